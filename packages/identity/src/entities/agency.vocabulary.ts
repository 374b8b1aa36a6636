/**
 * The agencies an account or a client can belong to, as stored in the identity database. The
 * names are the runtime's `Agency` union, spelled out once so the database can check them.
 */
import { type Agency } from '@lifeline/subgraph-runtime';

/** Every agency Lifeline knows, in the order of DOMAIN.md §1 (plus the oversight office). */
export const AGENCIES = ['CIVIL_AFFAIRS', 'PUBLIC_SECURITY', 'WOMENS_FEDERATION', 'FOREIGN_AFFAIRS', 'OVERSIGHT'] as const satisfies readonly Agency[];

/** True when `value` names an agency. */
export function isAgency(value: unknown): value is Agency {
  return typeof value === 'string' && (AGENCIES as readonly string[]).includes(value);
}
