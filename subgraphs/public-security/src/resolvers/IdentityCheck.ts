import { disclose } from '@lifeline/subgraph-runtime';
import { type IdentityCheckResolvers } from '../__generated__/resolvers-types';
import { seesFullIdentifiers } from '../domain/access';
import { isOverdue } from '../domain/identity-check.workflow';

export const IdentityCheck: IdentityCheckResolvers = {
  // Reloaded through the caller's scope: a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.identityCheckById.load(reference.id),
  person: (check) => ({ id: check.personId }),
  overdue: (check) => isOverdue(check, new Date()),
  outcome: (check) => (check.status === 'MATCHED' || check.status === 'NO_MATCH' || check.status === 'INCONCLUSIVE' ? check.status : null),
  completedAt: (check) => check.concludedAt,
  events: (check, _, { loaders }) => loaders.eventsByIdentityCheck.load(check.id),
  requestingStation: (check) => ({ id: check.requestingStationId }),
  samples: (check, _, { loaders, audit }) => {
    audit.record({ operation: 'READ', recordType: 'IdentityCheck', recordId: check.id, fields: ['samples'], outcome: 'ALLOWED' });
    return loaders.samplesByIdentityCheck.load(check.id);
  },
  verifiedName: (check, _, { audit }) => {
    if (check.verifiedName) audit.record({ operation: 'READ', recordType: 'IdentityCheck', recordId: check.id, fields: ['verifiedName'], outcome: 'ALLOWED' });
    return check.verifiedName;
  },
  tracingConfirmedIdentity: async (check, _, { loaders, audit }) => {
    const confirmation = await loaders.tracingConfirmationByPerson.load(check.personId);
    if (confirmation) audit.record({ operation: 'READ', recordType: 'IdentityCheck', recordId: check.id, fields: ['tracingConfirmedIdentity'], outcome: 'ALLOWED' });
    return confirmation;
  },
  verifiedIdNumber: (check, _, { caller, audit }) => {
    if (!check.verifiedIdNumber) return null;
    if (!seesFullIdentifiers(caller)) return disclose(caller, 'RESIDENT_ID', check.verifiedIdNumber);
    audit.record({ operation: 'READ', recordType: 'IdentityCheck', recordId: check.id, fields: ['verifiedIdNumber'], outcome: 'ALLOWED' });
    return check.verifiedIdNumber;
  },
};
