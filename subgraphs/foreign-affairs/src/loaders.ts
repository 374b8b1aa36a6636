/**
 * This request's DataLoaders (one statement per batch, whatever the list length).
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfLists } from '@lifeline/subgraph-runtime';
import type DataLoader from 'dataloader';
import { AidEntrustment } from './entities/aid-entrustment.entity';
import { EntrustedAidItem } from './entities/entrusted-aid-item.entity';

export interface Loaders {
  aidEntrustmentById: DataLoader<string, AidEntrustment | null>;
  aidEntrustmentsByPerson: DataLoader<string, AidEntrustment[]>;
  itemsByEntrustment: DataLoader<string, EntrustedAidItem[]>;
}

/** Creates the loaders for one request over its EntityManager. */
export function createLoaders(em: EntityManager): Loaders {
  return {
    aidEntrustmentById: loaderByKey((ids) => em.find(AidEntrustment, { id: { $in: [...ids] } }), (e) => e.id),
    aidEntrustmentsByPerson: loaderOfLists(
      (personIds) => em.find(AidEntrustment, { personId: { $in: [...personIds] } }, { orderBy: { issuedAt: 'desc', id: 'desc' } }),
      (e) => e.personId,
    ),
    itemsByEntrustment: loaderOfLists(
      (ids) => em.find(EntrustedAidItem, { entrustment: { $in: [...ids] } }, { orderBy: { kind: 'asc' } }),
      (item) => item.entrustment.id,
    ),
  };
}
