import { auditEventConnection, auditEventPage } from '@lifeline/subgraph-runtime';
import { type AuditTrailResolvers } from '../__generated__/resolvers-types';

export const AuditTrail: AuditTrailResolvers = {
  __resolveReference: (reference) => ({ filterKey: reference.filterKey }),
  foreignAffairs: (trail, _, { em }) => auditEventPage(em, trail.filterKey),
  foreignAffairsConnection: (trail, args, { em, audit }) => auditEventConnection(em, trail.filterKey, args, audit),
};
