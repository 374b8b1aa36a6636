import { type PoliceLegalStatusFindingResolvers } from '../__generated__/resolvers-types';

export const PoliceLegalStatusFinding: PoliceLegalStatusFindingResolvers = {
  statusCheck: (finding) => ({ id: finding.statusCheckId }),
};
