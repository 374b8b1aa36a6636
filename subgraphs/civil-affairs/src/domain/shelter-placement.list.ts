/**
 * The shelter's records of referrals as cursor pages, newest or earliest answer first (the id
 * breaking ties, so paging to the end yields each record once; the page and the count are two
 * statements whatever the page size). Only the shelter's own staff read them: to anyone else the
 * pages are empty, as the old list is. Read with a purpose (an export), each record on the page
 * is written to the audit trail.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { EMPTY_PAGE, keysetPage, readPurpose, recordExports, type Caller, type KeysetOrder, type KeysetPage, type RequestAudit } from '@lifeline/subgraph-runtime';
import { type QueryShelterPlacementsConnectionArgs, type ShelterPlacementOrder } from '../__generated__/resolvers-types';
import { ShelterPlacement } from '../entities/shelter-placement.entity';
import { isShelterStaff } from './access';

/** Each order's keyset (the answer's time, then the id). */
const KEYSETS: Record<ShelterPlacementOrder, KeysetOrder<ShelterPlacement>> = {
  NEWEST_FIRST: { property: 'decidedAt', direction: 'desc' },
  OLDEST_FIRST: { property: 'decidedAt', direction: 'asc' },
};

/** One page of the shelter's records under the filter (none to a caller who is not the shelter's staff). */
export async function findShelterPlacementsPage(em: EntityManager, caller: Caller, audit: RequestAudit, args: QueryShelterPlacementsConnectionArgs): Promise<KeysetPage<ShelterPlacement>> {
  const purpose = readPurpose(args.purpose);
  if (!isShelterStaff(caller)) return EMPTY_PAGE;
  const order = args.order ?? 'NEWEST_FIRST';
  const statuses = args.statuses ? [...new Set(args.statuses)] : null;
  const page = await keysetPage(em, ShelterPlacement, () => (statuses ? { status: { $in: statuses } } : {}), { order, keyset: KEYSETS[order], first: args.first, after: args.after, last: args.last, before: args.before, readAs: 'views' });
  recordExports(audit, purpose, 'ShelterPlacement', page.edges.map(({ node }) => node.id), ['status', 'partySize', 'decidedAt', 'admittedAt', 'stayUntil']);
  return page;
}
