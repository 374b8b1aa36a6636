'use client';
/**
 * One idempotency key per submission of a create form: made when the form opens, sent again with
 * every retry of that submission (a double click, a resubmission after a lost answer or a refusal),
 * so the graph answers with the record the first one created instead of storing a second one.
 * `renew` after a success: the form's next submission is a new record.
 */
import { useState } from 'react';

/** A random key the graph accepts (32 hex digits). getRandomValues: randomUUID exists only on https or localhost pages. */
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function useIdempotencyKey(): { idempotencyKey: string; renew: () => void } {
  const [idempotencyKey, setKey] = useState(newIdempotencyKey);
  return { idempotencyKey, renew: () => setKey(newIdempotencyKey()) };
}
