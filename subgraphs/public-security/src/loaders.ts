/**
 * This request's DataLoaders (one statement per batch, whatever the list length), each scoped to
 * the checks the caller may see.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfLists, type Caller } from '@lifeline/subgraph-runtime';
import type DataLoader from 'dataloader';
import { BiometricSample } from './entities/biometric-sample.entity';
import { IdentityCheck } from './entities/identity-check.entity';
import { IdentityCheckEvent } from './entities/identity-check-event.entity';
import { identityCheckScope } from './domain/identity-check-access';
import { OPEN_CHECK_STATUSES } from './domain/vocabulary';

export interface Loaders {
  identityCheckById: DataLoader<string, IdentityCheck | null>;
  identityChecksByPerson: DataLoader<string, IdentityCheck[]>;
  openIdentityChecksByStation: DataLoader<string, IdentityCheck[]>;
  samplesByIdentityCheck: DataLoader<string, BiometricSample[]>;
  eventsByIdentityCheck: DataLoader<string, IdentityCheckEvent[]>;
}

/** Creates the loaders for one request over its EntityManager, scoped to the caller. */
export function createLoaders(em: EntityManager, caller: Caller): Loaders {
  const scope = identityCheckScope(caller);
  const findChecks = async (where: FilterQuery<IdentityCheck>, orderBy: Record<string, 'asc' | 'desc'>) =>
    scope === null ? [] : em.find(IdentityCheck, { $and: [scope, where] }, { orderBy });
  return {
    identityCheckById: loaderByKey((ids) => findChecks({ id: { $in: [...ids] } }, { id: 'asc' }), (c) => c.id),
    identityChecksByPerson: loaderOfLists(
      (personIds) => findChecks({ personId: { $in: [...personIds] } }, { requestedAt: 'desc', id: 'desc' }),
      (c) => c.personId,
    ),
    openIdentityChecksByStation: loaderOfLists(
      (stationIds) =>
        findChecks({ requestingStationId: { $in: [...stationIds] }, status: { $in: [...OPEN_CHECK_STATUSES] } }, { requestedAt: 'asc', id: 'asc' }),
      (c) => c.requestingStationId,
    ),
    samplesByIdentityCheck: loaderOfLists(
      (checkIds) => em.find(BiometricSample, { identityCheck: { $in: [...checkIds] } }, { orderBy: { collectedAt: 'asc', id: 'asc' } }),
      (s) => s.identityCheck.id,
    ),
    eventsByIdentityCheck: loaderOfLists(
      (checkIds) => em.find(IdentityCheckEvent, { identityCheck: { $in: [...checkIds] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (e) => e.identityCheck.id,
    ),
  };
}
