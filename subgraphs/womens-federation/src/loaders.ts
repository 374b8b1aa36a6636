/**
 * This request's DataLoaders (one statement per batch, whatever the list length), each scoped to
 * the referrals the caller may see. They answer with read views of the rows (`findViews`), not
 * managed entities: no mutation reads them.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { findViews, loaderByKey, loaderOfLists, withVisibleParent, type Caller } from '@lifeline/subgraph-runtime';
import type DataLoader from 'dataloader';
import { ReferralService } from './entities/referral-service.entity';
import { ShelterReferral } from './entities/shelter-referral.entity';
import { ShelterReferralChild } from './entities/shelter-referral-child.entity';
import { shelterReferralScope } from './domain/access';

export interface Loaders {
  shelterReferralById: DataLoader<string, ShelterReferral | null>;
  shelterReferralsByPerson: DataLoader<string, ShelterReferral[]>;
  /** Children and services of referrals already loaded through the scope above. */
  childrenByReferral: DataLoader<string, ShelterReferralChild[]>;
  servicesByReferral: DataLoader<string, ReferralService[]>;
  /** A service by id, only when the caller sees its referral (asked through `shelterReferralById`). */
  serviceById: DataLoader<string, ReferralService | null>;
}

/** Creates the loaders for one request over its EntityManager, scoped to the caller. */
export function createLoaders(em: EntityManager, caller: Caller): Loaders {
  const scope = shelterReferralScope(caller);
  const find = async (where: FilterQuery<ShelterReferral>) =>
    scope === null ? [] : findViews(em, ShelterReferral, { $and: [scope, where] }, { submittedAt: 'desc', id: 'desc' });
  const shelterReferralById = loaderByKey((ids: readonly string[]) => find({ id: { $in: [...ids] } }), (r) => r.id);
  return {
    shelterReferralById,
    shelterReferralsByPerson: loaderOfLists((personIds) => find({ personId: { $in: [...personIds] } }), (r) => r.personId!),
    childrenByReferral: loaderOfLists(
      (referralIds) => findViews(em, ShelterReferralChild, { referral: { $in: [...referralIds] } }, { position: 'asc' }),
      (child) => child.referral.id,
    ),
    servicesByReferral: loaderOfLists(
      (referralIds) => findViews(em, ReferralService, { referral: { $in: [...referralIds] } }, { requestedAt: 'asc', id: 'asc' }),
      (service) => service.referral.id,
    ),
    // Visible exactly when its referral is: the referral's own scoped loader decides.
    serviceById: loaderByKey(
      async (ids) => withVisibleParent(await findViews(em, ReferralService, { id: { $in: [...ids] } }), (service) => service.referral.id, shelterReferralById),
      (service) => service.id,
    ),
  };
}
