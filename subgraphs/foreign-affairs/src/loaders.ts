/**
 * This request's DataLoaders (one statement per batch, whatever the list length); a caller who
 * may not see entrustments gets none, whichever way they ask. Items, versions, deliveries and
 * events are reached only through an entrustment the caller already sees (a delivery asked for by
 * its own id too: it is answered only when its entrustment is).
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { findViews, loaderByKey, loaderOfLists, viewFromRow, withVisibleParent, type Caller } from '@lifeline/subgraph-runtime';
import DataLoader from 'dataloader';
import { AidDelivery } from './entities/aid-delivery.entity';
import { AidEntrustmentEvent } from './entities/aid-entrustment-event.entity';
import { AidEntrustmentVersion } from './entities/aid-entrustment-version.entity';
import { AidEntrustment } from './entities/aid-entrustment.entity';
import { EntrustedAidItem } from './entities/entrusted-aid-item.entity';
import { type LegalStatusFinding } from './entities/legal-status-finding.entity';
import { visibleEntrustments } from './domain/access';
import { findingsOfPersons } from './domain/legal-status';

export interface Loaders {
  aidEntrustmentById: DataLoader<string, AidEntrustment | null>;
  aidEntrustmentsByPerson: DataLoader<string, AidEntrustment[]>;
  /** Items of every version of the terms (one statement for all versions of all entrustments). */
  itemsByEntrustment: DataLoader<string, EntrustedAidItem[]>;
  versionsByEntrustment: DataLoader<string, AidEntrustmentVersion[]>;
  deliveriesByEntrustment: DataLoader<string, AidDelivery[]>;
  /** A delivery by id, only when the caller sees its entrustment (asked through `aidEntrustmentById`). */
  deliveryById: DataLoader<string, AidDelivery | null>;
  eventsByEntrustment: DataLoader<string, AidEntrustmentEvent[]>;
  /** The newest legal status the police found per person (reached only through a visible entrustment). */
  legalStatusByPerson: DataLoader<string, LegalStatusFinding | null>;
}

/** The items of one version of the terms. */
export async function itemsOfTerms(loaders: Loaders, entrustmentId: string, number: number): Promise<EntrustedAidItem[]> {
  return (await loaders.itemsByEntrustment.load(entrustmentId)).filter((item) => item.termsVersion === number);
}

/** Creates the loaders for one request over its EntityManager, scoped to the caller. */
export function createLoaders(em: EntityManager, caller: Caller): Loaders {
  const find = async (where: FilterQuery<AidEntrustment>) => {
    const scope = visibleEntrustments(caller, new Date());
    return scope === null ? [] : findViews(em, AidEntrustment, { $and: [where, scope] }, { issuedAt: 'desc', id: 'desc' });
  };
  const aidEntrustmentById = loaderByKey((ids: readonly string[]) => find({ id: { $in: [...ids] } }), (e) => e.id);
  return {
    aidEntrustmentById,
    aidEntrustmentsByPerson: loaderOfLists((personIds) => find({ personId: { $in: [...personIds] } }), (e) => e.personId ?? ''),
    itemsByEntrustment: loaderOfLists(
      (ids) => findViews(em, EntrustedAidItem, { entrustment: { $in: [...ids] } }, { termsVersion: 'asc', kind: 'asc' }),
      (item) => item.entrustment.id,
    ),
    versionsByEntrustment: loaderOfLists(
      (ids) => findViews(em, AidEntrustmentVersion, { entrustment: { $in: [...ids] } }, { number: 'asc' }),
      (version) => version.entrustment.id,
    ),
    deliveriesByEntrustment: loaderOfLists(
      (ids) => findViews(em, AidDelivery, { entrustment: { $in: [...ids] } }, { deliveredOn: 'desc', recordedAt: 'desc' }),
      (delivery) => delivery.entrustment.id,
    ),
    // Visible exactly when its entrustment is: the entrustment's own scoped loader decides.
    deliveryById: loaderByKey(
      async (ids) => withVisibleParent(await findViews(em, AidDelivery, { id: { $in: [...ids] } }), (delivery) => delivery.entrustment.id, aidEntrustmentById),
      (delivery) => delivery.id,
    ),
    eventsByEntrustment: loaderOfLists(
      (ids) => findViews(em, AidEntrustmentEvent, { entrustment: { $in: [...ids] } }, { at: 'asc', id: 'asc' }),
      (event) => event.entrustment.id,
    ),
    // Ascending, so the newest finding of each person wins.
    // The newest finding per person (the rows come oldest first), counting records merged into her.
    legalStatusByPerson: new DataLoader<string, LegalStatusFinding | null>(async (personIds) => {
      const newest = new Map((await findingsOfPersons(em, personIds, viewFromRow)).map(({ personId, finding }) => [personId, finding] as const));
      return personIds.map((id) => newest.get(id) ?? null);
    }),
  };
}
