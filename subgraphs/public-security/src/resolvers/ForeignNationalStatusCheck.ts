import { disclose } from '@lifeline/subgraph-runtime';
import { type ForeignNationalStatusCheckResolvers } from '../__generated__/resolvers-types';
import { seesFullPassportNumbers } from '../domain/access';
import { auditedReads } from '../domain/foreign-national-audit';

export const ForeignNationalStatusCheck: ForeignNationalStatusCheckResolvers = {
  // Reloaded through the caller's scope: a representation proves nothing about access.
  __resolveReference: async (reference, { loaders, audit }) => auditedReads(audit, 'ForeignNationalStatusCheck', await loaders.statusCheckById.load(reference.id)),
  person: (check) => ({ id: check.personId }),
  requestingStation: (check) => ({ id: check.requestingStationId }),
  passportNumber: (check, _, { caller, audit }) => {
    if (!seesFullPassportNumbers(caller)) return disclose(caller, 'PASSPORT', check.passportNumber);
    audit.record({ operation: 'READ', recordType: 'ForeignNationalStatusCheck', recordId: check.id, fields: ['passportNumber'], outcome: 'ALLOWED' });
    return check.passportNumber;
  },
  events: (check, _, { loaders }) => loaders.eventsByStatusCheck.load(check.id),
  foreignAffairsNotification: async (check, _, { loaders, audit }) => auditedReads(audit, 'ForeignAffairsNotification', await loaders.notificationByStatusCheck.load(check.id)),
  policeHandOver: (check, _, { loaders }) => loaders.handOverByStatusCheck.load(check.id),
};
