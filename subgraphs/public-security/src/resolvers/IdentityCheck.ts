import { type IdentityCheckResolvers } from '../__generated__/resolvers-types';

export const IdentityCheck: IdentityCheckResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.identityCheckById.load(reference.id),
  person: (check) => ({ id: check.personId }),
  requestingStation: (check) => ({ id: check.requestingStationId }),
  samples: (check, _, { loaders }) => loaders.samplesByIdentityCheck.load(check.id),
};
