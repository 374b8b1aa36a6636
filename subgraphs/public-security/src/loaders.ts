/**
 * This request's DataLoaders (one statement per batch, whatever the list length).
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfLists } from '@lifeline/subgraph-runtime';
import type DataLoader from 'dataloader';
import { BiometricSample } from './entities/biometric-sample.entity';
import { IdentityCheck } from './entities/identity-check.entity';
import { OPEN_CHECK_STATUSES } from './domain/vocabulary';

export interface Loaders {
  identityCheckById: DataLoader<string, IdentityCheck | null>;
  identityChecksByPerson: DataLoader<string, IdentityCheck[]>;
  openIdentityChecksByStation: DataLoader<string, IdentityCheck[]>;
  samplesByIdentityCheck: DataLoader<string, BiometricSample[]>;
}

/** Creates the loaders for one request over its EntityManager. */
export function createLoaders(em: EntityManager): Loaders {
  return {
    identityCheckById: loaderByKey((ids) => em.find(IdentityCheck, { id: { $in: [...ids] } }), (c) => c.id),
    identityChecksByPerson: loaderOfLists(
      (personIds) => em.find(IdentityCheck, { personId: { $in: [...personIds] } }, { orderBy: { requestedAt: 'desc', id: 'desc' } }),
      (c) => c.personId,
    ),
    openIdentityChecksByStation: loaderOfLists(
      (stationIds) =>
        em.find(
          IdentityCheck,
          { requestingStationId: { $in: [...stationIds] }, status: { $in: [...OPEN_CHECK_STATUSES] } },
          { orderBy: { requestedAt: 'asc', id: 'asc' } },
        ),
      (c) => c.requestingStationId,
    ),
    samplesByIdentityCheck: loaderOfLists(
      (checkIds) => em.find(BiometricSample, { identityCheck: { $in: [...checkIds] } }, { orderBy: { collectedAt: 'asc', id: 'asc' } }),
      (s) => s.identityCheck.id,
    ),
  };
}
