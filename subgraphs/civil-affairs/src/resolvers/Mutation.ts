import { type MutationResolvers } from '../__generated__/resolvers-types';
import { advanceStreetReport, reportStreetSighting } from '../domain/dispatch.service';
import { advanceEscort, decideEscort, requestEscort, scheduleEscort } from '../domain/escort.service';
import { confirmTracingMatch, recordTracingStep } from '../domain/tracing.service';
import { closeEmergencyPoint, declareEmergencyEvent, endEmergencyEvent, openEmergencyPoint, recordEmergencyHelp } from '../domain/emergency.service';
import { decideSettlement, proposeSettlement, revokeSettlement, settlePerson } from '../domain/settlement.service';
import { shelterPlacementMutations } from './ShelterPlacement';
import { mergePersons, removePerson } from '../domain/person-record.service';
import { exitRescueCase, extendStay, receivePerson, recordCareService, screenRescueCase } from '../domain/rescue-case.service';

export const Mutation: MutationResolvers = {
  receivePerson: (_, { input }, { em, caller, audit }) => receivePerson({ em, caller, audit }, input),
  screenRescueCase: (_, { input }, { em, caller, audit }) => screenRescueCase({ em, caller, audit }, input),
  exitRescueCase: (_, { input }, { em, caller, audit }) => exitRescueCase({ em, caller, audit }, input),
  extendStay: (_, { input }, { em, caller, audit }) => extendStay({ em, caller, audit }, input),
  recordCareService: (_, { input }, { em, caller, audit }) => recordCareService({ em, caller, audit }, input),
  recordTracingNotice: (_, { personId }, { em, caller, audit }) => recordTracingStep({ em, caller, audit }, personId, 'NOTICE'),
  recordDnaRequest: (_, { personId }, { em, caller, audit }) => recordTracingStep({ em, caller, audit }, personId, 'DNA_REQUEST'),
  confirmTracingMatch: (_, { personId, missingPersonReportId }, { em, caller, audit }) => confirmTracingMatch({ em, caller, audit }, personId, missingPersonReportId),
  requestEscort: (_, { input }, { em, caller, audit }) => requestEscort({ em, caller, audit }, input),
  decideEscort: (_, { input }, { em, caller, audit }) => decideEscort({ em, caller, audit }, input),
  scheduleEscort: (_, { input }, { em, caller, audit }) => scheduleEscort({ em, caller, audit }, input),
  advanceEscort: (_, { input }, { em, caller, audit }) => advanceEscort({ em, caller, audit }, input),
  reportStreetSighting: (_, { input }, { em, caller, audit }) => reportStreetSighting({ em, caller, audit }, input),
  advanceStreetReport: (_, { input }, { em, caller, audit }) => advanceStreetReport({ em, caller, audit }, input),
  declareEmergencyEvent: (_, { input }, { em, caller, audit }) => declareEmergencyEvent({ em, caller, audit }, input),
  endEmergencyEvent: (_, { input }, { em, caller, audit }) => endEmergencyEvent({ em, caller, audit }, input),
  openEmergencyPoint: (_, { input }, { em, caller, audit }) => openEmergencyPoint({ em, caller, audit }, input),
  closeEmergencyPoint: (_, { input }, { em, caller, audit }) => closeEmergencyPoint({ em, caller, audit }, input),
  recordEmergencyHelp: (_, { input }, { em, caller, audit }) => recordEmergencyHelp({ em, caller, audit }, input),
  proposeSettlement: (_, { input }, { em, caller, audit }) => proposeSettlement({ em, caller, audit }, input),
  decideSettlement: (_, { input }, { em, caller, audit }) => decideSettlement({ em, caller, audit }, input),
  settlePerson: (_, { input }, { em, caller, audit }) => settlePerson({ em, caller, audit }, input),
  revokeSettlement: (_, { input }, { em, caller, audit }) => revokeSettlement({ em, caller, audit }, input),
  ...shelterPlacementMutations,
  mergePersons: (_, { input }, { em, caller, audit }) => mergePersons({ em, caller, audit }, input),
  removePerson: (_, { input }, { em, caller, audit }) => removePerson({ em, caller, audit }, input),
};
