/**
 * A record id taken from a page's URL: the graph answers a malformed id as bad input, so a page
 * answers it as it answers an unknown record (the 404 page) before asking.
 */
import { notFound } from 'next/navigation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a URL segment has the shape of a record id. */
export function isRecordId(value: string): boolean {
  return UUID.test(value);
}

/** The id, or the 404 page when it cannot name a record. */
export function recordIdOrNotFound(value: string): string {
  if (!isRecordId(value)) notFound();
  return value;
}
