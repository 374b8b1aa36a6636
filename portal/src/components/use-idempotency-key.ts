'use client';
/**
 * One idempotency key per submission of a create form: made when the form opens, sent again with
 * every retry of that submission (a double click, a resubmission after a lost answer or a refusal),
 * so the graph answers with the record the first one created instead of storing a second one.
 * `renew` after a success: the form's next submission is a new record.
 */
import { useEffect, useState } from 'react';

/** A random key the graph accepts (32 hex digits). getRandomValues: randomUUID exists only on https or localhost pages. */
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The form's key; given the refusal the form shows, a refusal of the key itself renews it. */
export function useIdempotencyKey(refusal?: object | null): { idempotencyKey: string; renew: () => void } {
  const [idempotencyKey, setKey] = useState(newIdempotencyKey);
  useEffect(() => {
    if (refusesKey(refusal)) setKey(newIdempotencyKey());
  }, [refusal]);
  return { idempotencyKey, renew: () => setKey(newIdempotencyKey()) };
}

/**
 * True when the graph refused the key itself (used before for a different request, after an answer
 * that never arrived and an edit; or malformed): the next submission takes a new key (`renew`).
 */
export function refusesKey(refusal: object | null | undefined): boolean {
  return !!refusal && 'field' in refusal && refusal.field === 'idempotencyKey';
}
