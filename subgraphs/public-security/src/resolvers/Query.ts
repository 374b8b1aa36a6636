import { isUuid, pageSize } from '@lifeline/subgraph-runtime';
import { type QueryResolvers } from '../__generated__/resolvers-types';
import { ForeignAffairsNotification } from '../entities/foreign-affairs-notification.entity';
import { ForeignNationalStatusCheck } from '../entities/foreign-national-status-check.entity';
import { IdentityCheck } from '../entities/identity-check.entity';
import { identityCheckScope, notificationScope, statusCheckScope } from '../domain/access';
import { auditedReads } from '../domain/foreign-national-audit';
import { findIdentityChecksPage } from '../domain/identity-check.list';
import { findNotificationsPage } from '../domain/notification.list';
import { findStatusChecksPage } from '../domain/status-check.list';

export const Query: QueryResolvers = {
  identityCheck: (_, { id }, { loaders }) => (isUuid(id) ? loaders.identityCheckById.load(id) : null),
  identityChecks: async (_, { status, first }, { em, caller }) => {
    const limit = pageSize(first);
    const scope = identityCheckScope(caller);
    if (scope === null) return [];
    return em.find(IdentityCheck, { $and: [scope, status ? { status } : {}] }, { orderBy: { requestedAt: 'asc', id: 'asc' }, limit });
  },
  identityChecksConnection: (_, args, { em, caller, audit }) => findIdentityChecksPage(em, caller, audit, args, new Date()),
  // Read as `IdentityCheck.samples` is: a read of the check's samples, in the audit trail.
  biometricSample: async (_, { id }, { loaders, audit }) => {
    const sample = isUuid(id) ? await loaders.sampleById.load(id) : null;
    if (sample) audit.record({ operation: 'READ', recordType: 'IdentityCheck', recordId: sample.identityCheck.id, fields: ['samples'], outcome: 'ALLOWED' });
    return sample;
  },
  foreignNationalStatusCheck: async (_, { id }, { loaders, audit }) => (isUuid(id) ? auditedReads(audit, 'ForeignNationalStatusCheck', await loaders.statusCheckById.load(id)) : null),
  foreignNationalStatusChecks: async (_, { status, first }, { em, caller, audit }) => {
    const limit = pageSize(first);
    const scope = statusCheckScope(caller);
    if (scope === null) return [];
    const rows = await em.find(ForeignNationalStatusCheck, { $and: [scope, status ? { status } : {}] }, { orderBy: { requestedAt: 'asc', id: 'asc' }, limit });
    return auditedReads(audit, 'ForeignNationalStatusCheck', rows);
  },
  // A hand-over is part of its status check: reading it is a read of the check, audited like one.
  policeHandOver: async (_, { id }, { loaders, audit }) => {
    const handOver = isUuid(id) ? await loaders.handOverById.load(id) : null;
    if (handOver) audit.record({ operation: 'READ', recordType: 'ForeignNationalStatusCheck', recordId: handOver.statusCheck.id, fields: ['policeHandOver'], outcome: 'ALLOWED' });
    return handOver;
  },
  foreignNationalStatusChecksConnection: (_, args, { em, caller, audit }) => findStatusChecksPage(em, caller, audit, args),
  foreignAffairsNotification: async (_, { id }, { loaders, audit }) => (isUuid(id) ? auditedReads(audit, 'ForeignAffairsNotification', await loaders.notificationById.load(id)) : null),
  foreignAffairsNotifications: async (_, { acknowledged, first }, { em, caller, audit }) => {
    const limit = pageSize(first);
    const scope = notificationScope(caller);
    if (scope === null) return [];
    const filter = acknowledged === true ? { acknowledgedAt: { $ne: null } } : acknowledged === false ? { acknowledgedAt: null } : {};
    const rows = await em.find(ForeignAffairsNotification, { $and: [scope, filter] }, { orderBy: { notifiedAt: 'asc', id: 'asc' }, limit });
    return auditedReads(audit, 'ForeignAffairsNotification', rows);
  },
  foreignAffairsNotificationsConnection: (_, args, { em, caller, audit }) => findNotificationsPage(em, caller, audit, args),
};
