import { type MutationResolvers } from '../__generated__/resolvers-types';
import { recordIdentityResult, recordSample, requestIdentityCheck, startComparison } from '../domain/identity-check.service';

export const Mutation: MutationResolvers = {
  requestIdentityCheck: (_, { input }, { em, caller, audit }) => requestIdentityCheck({ em, caller, audit }, input),
  recordSample: (_, { input }, { em, caller, audit }) => recordSample({ em, caller, audit }, input),
  startComparison: (_, args, { em, caller, audit }) => startComparison({ em, caller, audit }, args),
  recordIdentityResult: (_, { input }, { em, caller, audit }) => recordIdentityResult({ em, caller, audit }, input),
};
