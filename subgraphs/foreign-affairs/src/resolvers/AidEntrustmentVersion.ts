import { type AidEntrustmentVersionResolvers } from '../__generated__/resolvers-types';
import { intFen } from '../domain/money';
import { itemsOfTerms } from '../loaders';

export const AidEntrustmentVersion: AidEntrustmentVersionResolvers = {
  items: (version, _, { loaders }) => itemsOfTerms(loaders, version.entrustment.id, version.number),
  totalCap: (version) => version.totalCapFen,
  totalCapFen: (version) => intFen(version.totalCapFen, 'totalCap'),
};
