/**
 * Checking a webhook delivery before trusting it, as any partner would write it: the
 * `Lifeline-Signature` header is `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed
 * with the secret answered when subscribing. A delivery older than five minutes is refused, so a
 * recorded one cannot be replayed later.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function isGenuineDelivery(secret: string, header: string | undefined, rawBody: string, now = Date.now()): boolean {
  const fields = new Map((header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(fields.get('t'));
  const v1 = fields.get('v1') ?? '';
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1) || Math.abs(now / 1000 - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}
