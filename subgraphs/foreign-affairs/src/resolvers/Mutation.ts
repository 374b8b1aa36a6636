import { type MutationResolvers } from '../__generated__/resolvers-types';
import { recordAidDelivery } from '../domain/aid-delivery.service';
import { amendAidEntrustment, changeAidEntrustmentStatus, issueAidEntrustment } from '../domain/aid-entrustment.service';

export const Mutation: MutationResolvers = {
  issueAidEntrustment: (_, { input }, { em, caller, audit }) => issueAidEntrustment({ em, caller, audit }, input),
  amendAidEntrustment: (_, { input }, { em, caller, audit }) => amendAidEntrustment({ em, caller, audit }, input),
  acceptAidEntrustment: (_, { entrustmentId }, { em, caller, audit }) => changeAidEntrustmentStatus({ em, caller, audit }, entrustmentId, 'ACCEPT', null),
  revokeAidEntrustment: (_, { entrustmentId, reason }, { em, caller, audit }) => changeAidEntrustmentStatus({ em, caller, audit }, entrustmentId, 'REVOKE', reason),
  closeAidEntrustment: (_, { entrustmentId, reason }, { em, caller, audit }) => changeAidEntrustmentStatus({ em, caller, audit }, entrustmentId, 'CLOSE', reason),
  recordAidDelivery: (_, { input }, { em, caller, audit }) => recordAidDelivery({ em, caller, audit }, input),
};
