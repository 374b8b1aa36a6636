import { request } from 'node:http';

/**
 * GETs a URL on a fresh connection and resolves to its status, or 0 when it fails or takes longer
 * than `timeoutMs`. With `followRedirects`, follows up to five same-origin redirects.
 */
export function probeStatus(url: string, options: { timeoutMs?: number; followRedirects?: boolean } = {}): Promise<number> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const get = (target: string, hops: number): Promise<number> =>
    new Promise((resolve) => {
      const req = request(target, { method: 'GET', agent: false, timeout: timeoutMs }, (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (options.followRedirects && status >= 300 && status < 400 && location && hops < 5) {
          const next = new URL(location, target);
          if (next.origin === new URL(target).origin) {
            resolve(get(next.toString(), hops + 1));
            return;
          }
        }
        res.on('end', () => resolve(status));
        res.on('error', () => resolve(0));
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(0));
      req.end();
    });
  return get(url, 0);
}
