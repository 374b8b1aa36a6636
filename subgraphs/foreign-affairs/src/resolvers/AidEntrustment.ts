import { type AidEntrustmentResolvers } from '../__generated__/resolvers-types';

export const AidEntrustment: AidEntrustmentResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.aidEntrustmentById.load(reference.id),
  person: (entrustment) => ({ id: entrustment.personId }),
  items: (entrustment, _, { loaders }) => loaders.itemsByEntrustment.load(entrustment.id),
};
