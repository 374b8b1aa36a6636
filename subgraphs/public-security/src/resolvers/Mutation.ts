import { type MutationResolvers } from '../__generated__/resolvers-types';
import { acknowledgeForeignAffairsNotification, recordForeignNationalStatus, requestForeignNationalStatusCheck } from '../domain/foreign-national-status-check.service';
import { recordIdentityResult, recordSample, requestIdentityCheck, startComparison } from '../domain/identity-check.service';

export const Mutation: MutationResolvers = {
  requestIdentityCheck: (_, { input }, { em, caller, audit }) => requestIdentityCheck({ em, caller, audit }, input),
  recordSample: (_, { input }, { em, caller, audit }) => recordSample({ em, caller, audit }, input),
  startComparison: (_, args, { em, caller, audit }) => startComparison({ em, caller, audit }, args),
  recordIdentityResult: (_, { input }, { em, caller, audit }) => recordIdentityResult({ em, caller, audit }, input),
  requestForeignNationalStatusCheck: (_, { input }, { em, caller, audit }) => requestForeignNationalStatusCheck({ em, caller, audit }, input),
  recordForeignNationalStatus: (_, { input }, { em, caller, audit }) => recordForeignNationalStatus({ em, caller, audit }, input),
  acknowledgeForeignAffairsNotification: (_, args, { em, caller, audit }) => acknowledgeForeignAffairsNotification({ em, caller, audit }, args),
};
