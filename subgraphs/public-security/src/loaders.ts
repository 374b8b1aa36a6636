/**
 * This request's DataLoaders (one statement per batch, whatever the list length), each scoped to
 * the checks the caller may see.
 */
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { findViews, loaderByKey, loaderOfLists, withVisibleParent, type Caller } from '@lifeline/subgraph-runtime';
import type DataLoader from 'dataloader';
import { BiometricSample } from './entities/biometric-sample.entity';
import { ForeignAffairsNotification } from './entities/foreign-affairs-notification.entity';
import { ForeignNationalStatusCheck } from './entities/foreign-national-status-check.entity';
import { ForeignNationalStatusCheckEvent } from './entities/foreign-national-status-check-event.entity';
import { PoliceHandOver } from './entities/police-hand-over.entity';
import { TracingConfirmation } from './entities/tracing-confirmation.entity';
import { IdentityCheck } from './entities/identity-check.entity';
import { IdentityCheckEvent } from './entities/identity-check-event.entity';
import { identityCheckScope, identityVerificationScope, notificationScope, statusCheckScope } from './domain/access';
import { OPEN_CHECK_STATUSES } from './domain/vocabulary';

export interface Loaders {
  identityCheckById: DataLoader<string, IdentityCheck | null>;
  identityChecksByPerson: DataLoader<string, IdentityCheck[]>;
  openIdentityChecksByStation: DataLoader<string, IdentityCheck[]>;
  samplesByIdentityCheck: DataLoader<string, BiometricSample[]>;
  /** A sample by id, only when the caller sees its identity check (asked through `identityCheckById`). */
  sampleById: DataLoader<string, BiometricSample | null>;
  eventsByIdentityCheck: DataLoader<string, IdentityCheckEvent[]>;
  identityVerificationByPerson: DataLoader<string, IdentityVerification | null>;
  statusCheckById: DataLoader<string, ForeignNationalStatusCheck | null>;
  statusChecksByPerson: DataLoader<string, ForeignNationalStatusCheck[]>;
  eventsByStatusCheck: DataLoader<string, ForeignNationalStatusCheckEvent[]>;
  notificationById: DataLoader<string, ForeignAffairsNotification | null>;
  notificationByStatusCheck: DataLoader<string, ForeignAffairsNotification | null>;
  handOverByStatusCheck: DataLoader<string, PoliceHandOver | null>;
  /** A hand-over by id, only when the caller sees its status check (asked through `statusCheckById`). */
  handOverById: DataLoader<string, PoliceHandOver | null>;
  /** Civil affairs' confirmed tracing identity per person (reached only through a visible check). */
  tracingConfirmationByPerson: DataLoader<string, TracingConfirmation | null>;
}

/** That a person's identity was verified: when and by which check, nothing of the identity itself. */
export interface IdentityVerification {
  personId: string;
  verifiedAt: Date;
  identityCheckId: string;
}

/** Creates the loaders for one request over its EntityManager, scoped to the caller. */
export function createLoaders(em: EntityManager, caller: Caller): Loaders {
  // Each scope is built afresh for every statement: its protection condition is a raw SQL
  // fragment, which the ORM consumes with the first statement it is used in.
  const findChecks = async (where: FilterQuery<IdentityCheck>, orderBy: Record<string, 'asc' | 'desc'>) => {
    const scope = identityCheckScope(caller);
    return scope === null ? [] : findViews(em, IdentityCheck, { $and: [scope, where] }, orderBy);
  };
  const findStatusChecks = async (where: FilterQuery<ForeignNationalStatusCheck>, orderBy: Record<string, 'asc' | 'desc'>) => {
    const scope = statusCheckScope(caller);
    return scope === null ? [] : findViews(em, ForeignNationalStatusCheck, { $and: [scope, where] }, orderBy);
  };
  const findNotifications = async (where: FilterQuery<ForeignAffairsNotification>) => {
    const scope = notificationScope(caller);
    return scope === null ? [] : findViews(em, ForeignAffairsNotification, { $and: [scope, where] });
  };
  const identityCheckById = loaderByKey((ids: readonly string[]) => findChecks({ id: { $in: [...ids] } }, { id: 'asc' }), (c) => c.id);
  const statusCheckById = loaderByKey((ids: readonly string[]) => findStatusChecks({ id: { $in: [...ids] } }, { id: 'asc' }), (c) => c.id);
  return {
    identityCheckById,
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
      (checkIds) => findViews(em, BiometricSample, { identityCheck: { $in: [...checkIds] } }, { collectedAt: 'asc', id: 'asc' }),
      (s) => s.identityCheck.id,
    ),
    sampleById: loaderByKey(
      async (ids) => withVisibleParent(await findViews(em, BiometricSample, { id: { $in: [...ids] } }), (s) => s.identityCheck.id, identityCheckById),
      (s) => s.id,
    ),
    eventsByIdentityCheck: loaderOfLists(
      (checkIds) => findViews(em, IdentityCheckEvent, { identityCheck: { $in: [...checkIds] } }, { at: 'asc', id: 'asc' }),
      (e) => e.identityCheck.id,
    ),
    // Not scoped to the caller's checks: it says only that (and when) the identity was verified,
    // which anyone who may read the person's identity status may know (the access module keeps a
    // protected victim's hidden).
    identityVerificationByPerson: loaderByKey(
      async (personIds) => {
        const verifications = identityVerificationScope(caller);
        if (verifications === null) return [];
        const matched = await findViews(
          em,
          IdentityCheck,
          { $and: [verifications, { personId: { $in: [...personIds] }, status: 'MATCHED', concludedAt: { $ne: null } }] },
          { concludedAt: 'asc', id: 'asc' },
        );
        // Ascending, so the newest match of each person wins.
        return matched.map((c) => ({ personId: c.personId, verifiedAt: c.concludedAt!, identityCheckId: c.id }));
      },
      (v) => v.personId,
    ),
    statusCheckById,
    statusChecksByPerson: loaderOfLists(
      (personIds) => findStatusChecks({ personId: { $in: [...personIds] } }, { requestedAt: 'desc', id: 'desc' }),
      (c) => c.personId,
    ),
    eventsByStatusCheck: loaderOfLists(
      (checkIds) => findViews(em, ForeignNationalStatusCheckEvent, { statusCheck: { $in: [...checkIds] } }, { at: 'asc', id: 'asc' }),
      (e) => e.statusCheck.id,
    ),
    notificationById: loaderByKey(
      (ids) => findNotifications({ id: { $in: [...ids] } }),
      (n) => n.id,
    ),
    notificationByStatusCheck: loaderByKey(
      (checkIds) => findNotifications({ statusCheck: { $in: [...checkIds] } }),
      (n) => n.statusCheck.id,
    ),
    handOverByStatusCheck: loaderByKey((checkIds) => findViews(em, PoliceHandOver, { statusCheck: { $in: [...checkIds] } }), (h) => h.statusCheck.id),
    handOverById: loaderByKey(
      async (ids) => withVisibleParent(await findViews(em, PoliceHandOver, { id: { $in: [...ids] } }), (h) => h.statusCheck.id, statusCheckById),
      (h) => h.id,
    ),
    tracingConfirmationByPerson: loaderByKey((personIds) => findViews(em, TracingConfirmation, { personId: { $in: [...personIds] } }), (t) => t.personId),
  };
}
