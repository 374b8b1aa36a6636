/**
 * This request's DataLoaders (one statement per batch, whatever the list length); a caller who
 * may not see entrustments gets none, whichever way they ask.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfLists, type Caller } from '@lifeline/subgraph-runtime';
import type DataLoader from 'dataloader';
import { AidEntrustment } from './entities/aid-entrustment.entity';
import { EntrustedAidItem } from './entities/entrusted-aid-item.entity';
import { seesAidEntrustments } from './domain/aid-entrustment-access';

export interface Loaders {
  aidEntrustmentById: DataLoader<string, AidEntrustment | null>;
  aidEntrustmentsByPerson: DataLoader<string, AidEntrustment[]>;
  itemsByEntrustment: DataLoader<string, EntrustedAidItem[]>;
}

/** Creates the loaders for one request over its EntityManager, scoped to the caller. */
export function createLoaders(em: EntityManager, caller: Caller): Loaders {
  const visible = seesAidEntrustments(caller);
  const find = async (where: FilterQuery<AidEntrustment>) =>
    visible ? em.find(AidEntrustment, where, { orderBy: { issuedAt: 'desc', id: 'desc' } }) : [];
  return {
    aidEntrustmentById: loaderByKey((ids) => find({ id: { $in: [...ids] } }), (e) => e.id),
    aidEntrustmentsByPerson: loaderOfLists((personIds) => find({ personId: { $in: [...personIds] } }), (e) => e.personId),
    itemsByEntrustment: loaderOfLists(
      (ids) => em.find(EntrustedAidItem, { entrustment: { $in: [...ids] } }, { orderBy: { kind: 'asc' } }),
      (item) => item.entrustment.id,
    ),
  };
}
