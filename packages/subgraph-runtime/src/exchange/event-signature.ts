/**
 * Events signed by the agency that owns them: the producer signs each event it serves (feed page
 * or broker message) with its exchange key, and a consumer applies only events whose signature
 * its source's public key verifies. Whoever can reach the broker or sit between two agencies can
 * then neither forge an agency's fact nor alter one in transit. The signature covers the event,
 * not its position (the transport's bookkeeping).
 */
import { sign, verify, type KeyObject } from 'node:crypto';
import { type ExchangeEnvelope } from './event-catalog';

type SignedFields = Pick<ExchangeEnvelope, 'eventId' | 'type' | 'owner' | 'subjectType' | 'subjectId' | 'subjectSeq' | 'occurredAt' | 'payloadVersion' | 'payload'>;

/** JSON with object keys sorted at every level, so both sides sign and verify the same bytes. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function signedBytes(event: SignedFields): Buffer {
  return Buffer.from(
    canonical([event.eventId, event.type, event.owner, event.subjectType, event.subjectId, event.subjectSeq, event.occurredAt, event.payloadVersion, event.payload]),
    'utf8',
  );
}

/** The producer's ES256 signature of an event (base64url). */
export function signEvent(event: SignedFields, privateKey: KeyObject): string {
  return sign('sha256', signedBytes(event), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
}

/** Whether `signature` is the owner's signature of the event. */
export function verifyEventSignature(event: SignedFields, signature: string | undefined, publicKey: KeyObject): boolean {
  if (!signature) return false;
  try {
    return verify('sha256', signedBytes(event), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
