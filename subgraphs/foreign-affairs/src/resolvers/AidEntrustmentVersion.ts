import { type AidEntrustmentVersionResolvers } from '../__generated__/resolvers-types';
import { itemsOfTerms } from '../loaders';

export const AidEntrustmentVersion: AidEntrustmentVersionResolvers = {
  items: (version, _, { loaders }) => itemsOfTerms(loaders, version.entrustment.id, version.number),
};
