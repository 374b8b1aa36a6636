import { maskIdentifier } from '@lifeline/identity-documents';
import { type AidEntrustmentResolvers } from '../__generated__/resolvers-types';
import { seesFullPassportNumbers } from '../domain/aid-entrustment-access';

export const AidEntrustment: AidEntrustmentResolvers = {
  // Reloaded through the caller's scope: a representation proves nothing about access.
  __resolveReference: (reference, { loaders }) => loaders.aidEntrustmentById.load(reference.id),
  person: (entrustment) => ({ id: entrustment.personId }),
  items: (entrustment, _, { loaders }) => loaders.itemsByEntrustment.load(entrustment.id),
  passportNumber: (entrustment, _, { caller, audit }) => {
    if (!seesFullPassportNumbers(caller)) return maskIdentifier(entrustment.passportNumber);
    audit.record({ operation: 'READ', recordType: 'AidEntrustment', recordId: entrustment.id, fields: ['passportNumber'], outcome: 'ALLOWED' });
    return entrustment.passportNumber;
  },
};
