/**
 * The identity checks a caller may see, as cursor pages in one of four orders: the police work
 * queue (due first), newest or oldest request first, and a partner's sync (least recently changed
 * first, from `updatedSince`). Every order ends with the id, so paging to the end yields each
 * visible check once. The count and the page are two statements whatever the page size.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { EMPTY_PAGE, errorCode, keysetPage, readPurpose, recordExports, type Caller, type KeysetOrder, type KeysetPage, type RequestAudit } from '@lifeline/subgraph-runtime';
import { GraphQLError } from 'graphql';
import { type IdentityCheckOrder, type QueryIdentityChecksConnectionArgs } from '../__generated__/resolvers-types';
import { IdentityCheck } from '../entities/identity-check.entity';
import { identityCheckScope } from './access';
import { OPEN_CHECK_STATUSES } from './vocabulary';

/** The most persons one page may be filtered by. */
const MAX_PERSON_IDS = 100;

/** Each order's keyset. */
const KEYSETS: Record<IdentityCheckOrder, KeysetOrder<IdentityCheck>> = {
  DUE_FIRST: { property: 'resultDueAt', direction: 'asc' },
  NEWEST_FIRST: { property: 'requestedAt', direction: 'desc' },
  OLDEST_FIRST: { property: 'requestedAt', direction: 'asc' },
  UPDATED: { property: 'updatedAt', direction: 'asc' },
};

export async function findIdentityChecksPage(
  em: EntityManager,
  caller: Caller,
  audit: RequestAudit,
  args: QueryIdentityChecksConnectionArgs,
  now: Date,
): Promise<KeysetPage<IdentityCheck>> {
  const purpose = readPurpose(args.purpose);
  if (args.personIds && args.personIds.length > MAX_PERSON_IDS) {
    throw new GraphQLError(`personIds takes at most ${MAX_PERSON_IDS} ids`, { extensions: { code: errorCode('BAD_USER_INPUT') } });
  }
  if (args.personIds?.length === 0) return EMPTY_PAGE;
  if (identityCheckScope(caller) === null) return EMPTY_PAGE;
  const where = (): FilterQuery<IdentityCheck> => {
    const conditions: Array<FilterQuery<IdentityCheck>> = [identityCheckScope(caller)!];
    if (args.statuses) conditions.push({ status: { $in: [...new Set(args.statuses)] } });
    if (args.requestingStationId) conditions.push({ requestingStationId: args.requestingStationId });
    if (args.personIds) conditions.push({ personId: { $in: [...new Set(args.personIds.map((id) => id.toLowerCase()))] } });
    if (args.overdue === true) conditions.push({ status: { $in: [...OPEN_CHECK_STATUSES] }, resultDueAt: { $lt: now } });
    if (args.overdue === false) conditions.push({ $or: [{ status: { $nin: [...OPEN_CHECK_STATUSES] } }, { resultDueAt: { $gte: now } }] });
    if (args.updatedSince) conditions.push({ updatedAt: { $gte: args.updatedSince as Date } });
    if (args.updatedBefore) conditions.push({ updatedAt: { $lt: args.updatedBefore as Date } });
    return { $and: conditions };
  };
  const order = args.order ?? 'DUE_FIRST';
  const page = await keysetPage(em, IdentityCheck, where, { order, keyset: KEYSETS[order], first: args.first, after: args.after, last: args.last, before: args.before, readAs: 'views' });
  recordExports(audit, purpose, 'IdentityCheck', page.edges.map(({ node }) => node.id), ['status', 'reason', 'requestedAt', 'resultDueAt']);
  return page;
}
