import { referenceOf } from '@lifeline/subgraph-runtime';
import { type PersonResolvers } from '../__generated__/resolvers-types';
import { auditedReads } from '../domain/foreign-national-audit';

export const Person: PersonResolvers = {
  __resolveReference: (representation) => referenceOf(representation),
  identityChecks: (person, _, { loaders }) => loaders.identityChecksByPerson.load(person.id),
  identityVerification: async (person, _, { loaders }) => {
    const verification = await loaders.identityVerificationByPerson.load(person.id);
    return verification && { verifiedAt: verification.verifiedAt, identityCheckId: verification.identityCheckId };
  },
  foreignNationalStatusChecks: async (person, _, { loaders, audit }) => auditedReads(audit, 'ForeignNationalStatusCheck', await loaders.statusChecksByPerson.load(person.id)),
};
