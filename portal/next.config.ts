/**
 * The portal's Next.js configuration. next-intl reads the request's locale from
 * `src/i18n/request.ts` (locale in a cookie, no locale-prefixed routes).
 */
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node as it is (the tracing SDK is required only when OTEL_* configure it).
  serverExternalPackages: ['@lifeline/subgraph-runtime'],
  // Types are checked once, by `npm run typecheck` (`next typegen && tsc --noEmit`, run by CI),
  // not again inside every build: that step cost about 17 s of each first `npm start`.
  typescript: { ignoreBuildErrors: true },
  // No Turbopack cache written under .next/cache by `next build`: writing it took about 13 s of a
  // fresh clone's first `npm start`, and turbo caches the whole build output already (an unchanged
  // portal is replayed, a changed one rebuilt).
  experimental: { turbopackFileSystemCacheForBuild: false },
};

export default withNextIntl(nextConfig);
