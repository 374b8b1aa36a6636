/**
 * This request's DataLoaders (one statement per batch, whatever the list length).
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfLists } from '@lifeline/subgraph-runtime';
import type DataLoader from 'dataloader';
import { ShelterReferral } from './entities/shelter-referral.entity';

export interface Loaders {
  shelterReferralById: DataLoader<string, ShelterReferral | null>;
  shelterReferralsByPerson: DataLoader<string, ShelterReferral[]>;
}

/** Creates the loaders for one request over its EntityManager. */
export function createLoaders(em: EntityManager): Loaders {
  return {
    shelterReferralById: loaderByKey((ids) => em.find(ShelterReferral, { id: { $in: [...ids] } }), (r) => r.id),
    shelterReferralsByPerson: loaderOfLists(
      (personIds) => em.find(ShelterReferral, { personId: { $in: [...personIds] } }, { orderBy: { submittedAt: 'desc', id: 'desc' } }),
      (r) => r.personId,
    ),
  };
}
