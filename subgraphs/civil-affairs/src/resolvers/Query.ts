import { encodeAuditFilterKey, EXCHANGE_STATE_ID, isUuid, pageSize } from '@lifeline/subgraph-runtime';
import { type QueryResolvers } from '../__generated__/resolvers-types';
import { Shelter } from '../entities/shelter.entity';
import { careTrend } from '../domain/care-trend';
import { dispatchBoard, dispatchBoardPage, dispatchPerformance } from '../domain/dispatch.service';
import { findEscorts, findEscortsPage } from '../domain/escort.list';
import { findPersons } from '../domain/person-directory';
import { findStations } from '../domain/station-directory';
import { findCasesPastStandardStay, findCasesPastStandardStayPage, findSettlementCandidates, findSettlementCandidatesPage } from '../domain/stay-list';
import { tracingCandidates } from '../domain/tracing.service';
import { findTracingWorkPage, tracingWorkList } from '../domain/tracing-work.list';
import { findEmergencyEvents, findEmergencyEventsPage } from '../domain/emergency-event.list';
import { findSettlements, findSettlementsPage } from '../domain/settlement.list';
import { shelterPlacementQueries } from './ShelterPlacement';

/** An id that cannot exist answers like a missing record, without a database round trip. */
const knownShape = (id: string) => isUuid(id);

export const Query: QueryResolvers = {
  person: (_, { id }, { loaders }) => (knownShape(id) ? loaders.personById.load(id) : null),
  persons: async (_, { filter, first, after, last, before }, { em, caller, audit }) => {
    const page = await findPersons(em, caller, filter ?? {}, { first, after, last, before });
    if (filter?.search) {
      // The search text itself is personal data: the trail says a search happened, not for whom.
      audit.record({ operation: 'SEARCH', recordType: 'Person', fields: ['search'], outcome: 'ALLOWED' });
    }
    return page;
  },
  station: (_, { id }, { loaders }) => (knownShape(id) ? loaders.stationById.load(id) : null),
  stations: (_, { level, jurisdiction }, { em }) => findStations(em, { level, jurisdiction }),
  rescueCase: (_, { id }, { loaders }) => (knownShape(id) ? loaders.rescueCaseById.load(id) : null),
  casesPastStandardStay: (_, { flag, first }, { em, caller }) => findCasesPastStandardStay(em, caller, flag, first),
  casesPastStandardStayConnection: (_, args, { em, caller }) => findCasesPastStandardStayPage(em, caller, args),
  tracingWorkList: (_, { overdueOnly }, { em, caller }) => tracingWorkList(em, caller, overdueOnly ?? false),
  tracingWorkListConnection: (_, args, { em, caller, audit }) => findTracingWorkPage(em, caller, audit, args),
  tracingCandidates: (_, { personId, first }, { em, caller, audit }) => {
    audit.record({ operation: 'SEARCH', recordType: 'MissingPersonReport', recordId: personId, fields: ['candidates'], purpose: 'family tracing', outcome: 'ALLOWED' });
    return tracingCandidates(em, caller, personId, pageSize(first, 20, 5));
  },
  escort: (_, { id }, { loaders }) => (knownShape(id) ? loaders.escortById.load(id) : null),
  escorts: (_, { status, first }, { em, caller }) => findEscorts(em, caller, status, pageSize(first)),
  escortsConnection: (_, args, { em, caller }) => findEscortsPage(em, caller, args),
  dispatchBoard: (_, __, { em, caller }) => dispatchBoard(em, caller),
  dispatchBoardConnection: (_, paging, { em, caller }) => dispatchBoardPage(em, caller, paging),
  dispatchPerformance: (_, { from, to }, { em, caller }) => dispatchPerformance(em, caller, from, to),
  careTrend: (_, { months, until }, { em, caller }) => careTrend(em, caller, months, until),
  shelters: (_, __, { em }) => em.find(Shelter, {}, { orderBy: { name: 'asc' } }),
  shelter: (_, { id }, { loaders }) => (knownShape(id) ? loaders.shelterById.load(id) : null),
  careZone: (_, { id }, { loaders }) => (knownShape(id) ? loaders.careZoneById.load(id) : null),
  careService: (_, { id }, { loaders }) => (knownShape(id) ? loaders.careServiceById.load(id) : null),
  rescueCaseEvent: (_, { id }, { loaders }) => (knownShape(id) ? loaders.rescueCaseEventById.load(id) : null),
  streetReport: (_, { id }, { loaders }) => (knownShape(id) ? loaders.streetReportById.load(id) : null),
  missingPersonReport: (_, { id }, { loaders }) => (knownShape(id) ? loaders.missingPersonReportById.load(id) : null),
  auditEvents: (_, { filter, first }) => ({ filterKey: encodeAuditFilterKey(filter, first) }),
  auditTrail: (_, { filter }) => ({ filterKey: encodeAuditFilterKey(filter, null) }),
  exchangeState: () => ({ id: EXCHANGE_STATE_ID }),
  emergencyEvents: (_, { ongoingOnly, first }, { em, caller }) => findEmergencyEvents(em, caller, ongoingOnly ?? false, pageSize(first)),
  emergencyEventsConnection: (_, args, { em, caller }) => findEmergencyEventsPage(em, caller, args),
  emergencyEvent: (_, { id }, { loaders }) => (knownShape(id) ? loaders.emergencyEventById.load(id) : null),
  emergencyPoint: (_, { id }, { loaders }) => (knownShape(id) ? loaders.emergencyPointById.load(id) : null),
  emergencyHelp: (_, { id }, { loaders }) => (knownShape(id) ? loaders.emergencyHelpById.load(id) : null),
  settlements: (_, { status, first }, { em, caller }) => findSettlements(em, caller, status, pageSize(first)),
  settlementsConnection: (_, args, { em, caller }) => findSettlementsPage(em, caller, args),
  settlement: (_, { id }, { loaders }) => (knownShape(id) ? loaders.settlementById.load(id) : null),
  settlementCandidates: (_, { first }, { em, caller }) => findSettlementCandidates(em, caller, first),
  settlementCandidatesConnection: (_, args, { em, caller }) => findSettlementCandidatesPage(em, caller, args),
  ...shelterPlacementQueries,
};
