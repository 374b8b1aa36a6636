/**
 * The gateway process: read the configuration, load the supergraph and the signing key, listen,
 * and stop cleanly on SIGINT/SIGTERM. The only file of the gateway with side effects.
 */
import { existsSync, readFileSync } from 'node:fs';
import { bearerAuthenticator, openIdentity, readIdentityConfig } from '@lifeline/identity';
import { createLog, ServiceMetrics, startTelemetry } from '@lifeline/subgraph-runtime';
import { ConfigurationError, readGatewayConfig } from './config';
import { loadInternalSigningKey } from './internal-signing-key';
import { serveGateway } from './server';
import { loadTrustedDocumentManifest, manifestReloader } from './trusted-documents/trusted-document.manifest';

/**
 * The portal build's trusted documents; null when the default path has none (a gateway deployed
 * without the portal). A configured manifest that is missing or wrong stops the start.
 */
function readPortalManifest(path: string, configured: boolean): Map<string, string> | null {
  if (!configured && !existsSync(path)) return null;
  try {
    return loadTrustedDocumentManifest(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = error instanceof SyntaxError ? 'it is not JSON' : code ? `it cannot be read (${code})` : (error as Error).message;
    throw new ConfigurationError(`Invalid configuration for the gateway:\n  TRUSTED_DOCUMENTS_MANIFEST: ${path}: ${reason}`);
  }
}

async function main(): Promise<void> {
  const config = readGatewayConfig();
  const log = createLog('gateway', config.logLevel);
  // Tracing first (when configured), so every span of the gateway's work is exported.
  const telemetry = await startTelemetry(config.telemetry);
  const { trustedDocuments } = config;
  const manifest = readPortalManifest(trustedDocuments.manifestPath, trustedDocuments.manifestPathConfigured);
  if (!manifest) log.warn('no trusted-document manifest: the portal cannot run until TRUSTED_DOCUMENTS_MANIFEST names its build’s persisted-documents.json');
  // The identity endpoints (login, refresh, logout, client credentials, JWKS), token checks, and systems' trusted documents.
  const identity = await openIdentity(readIdentityConfig(), { log });
  const gateway = await serveGateway({
    trustedDocuments: {
      freeText: trustedDocuments.freeText,
      manifest: manifest ?? new Map(),
      // Outside production the portal's documents may change while the gateway runs (`npm run dev`, `npm run codegen`).
      ...(config.mode === 'production' ? {} : { reloadManifest: manifestReloader(trustedDocuments.manifestPath) }),
      clients: identity.trustedDocuments,
      perClientLimit: trustedDocuments.perClientLimit,
    },
    authenticate: bearerAuthenticator(identity.service),
    routes: identity.routes,
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    subgraphPolicies: config.subgraphPolicies,
    costBudget: config.costBudget,
    signingKey: loadInternalSigningKey(config),
    mode: config.mode,
    log,
    host: config.host,
    port: config.port,
    metrics: new ServiceMetrics('gateway'),
  });
  log.info('listening', {
    url: gateway.url,
    mode: config.mode,
    subgraphs: Object.keys(config.subgraphUrls),
    trustedDocuments: { freeText: trustedDocuments.freeText, manifest: manifest?.size ?? 0 },
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    Promise.all([gateway.close(), identity.close()]).then(() => telemetry.shutdown()).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    // Built from variable names and fixed advice only, never from values: safe to print whole.
    console.error(`[gateway] failed to start: ${error.message}`);
    process.exit(1);
  }
  // The class and code tell an operator what failed; a message may carry SQL or values.
  const code = (error as { code?: unknown }).code;
  console.error(`[gateway] failed to start: ${error instanceof Error ? error.name : 'error'}${typeof code === 'string' ? ` (${code})` : ''}`);
  process.exit(1);
});
