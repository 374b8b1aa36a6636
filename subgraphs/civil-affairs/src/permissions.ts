/**
 * Who may touch which field of the civil-affairs graph, as one table. graphql-shield denies
 * anything not listed (fallbackRule deny), and a refusal is audited. Which *rows* a caller sees is
 * decided in the data layer (domain/person-access.ts); masking of ID and phone numbers in the
 * resolvers. Every request here already carries the gateway's verified internal token. An
 * integrating system is narrowed further by its token's scopes (the scope table, `withScopes`).
 */
import { auditTrailRules, CHANGE_LOG_TIMES, changeFeedRules, connectionRules, withChangeLogTimeRules, webhookRules, exchangeStateRules, holdsRole, isAuthenticated, ofAgency, PERSON_WORK_ROLES, ROLES, viaGateway, withScopes } from '@lifeline/subgraph-runtime';
import { allow, and, or, rule, type IRules } from 'graphql-shield';
import { type SubgraphContext } from './context';
import { PersonAccessGrant } from './entities/person-access-grant.entity';

/** Staff whose work is about persons (rows are then scoped per caller). */
const worksWithPersons = holdsRole(...PERSON_WORK_ROLES);
/** Anyone signed in may see the network itself (stations and their counts). */
const network = and(viaGateway, isAuthenticated);
const personRecords = and(viaGateway, worksWithPersons);
/** The caller referred at least one victim to the shelter (she holds an access grant). */
const referredSomeone = rule({ cache: 'contextual' })(
  async (_p, _a, ctx: SubgraphContext) => (await ctx.em.count(PersonAccessGrant, { grantee: ctx.caller.id })) > 0,
);
/** Where a shelter is and how to reach it: its own staff and the referring caseworkers. */
const shelterLocation = and(viaGateway, or(holdsRole(ROLES.SHELTER_STAFF), and(holdsRole(ROLES.WF_CASEWORKER, ROLES.WF_SUPERVISOR, ROLES.POLICE_OFFICER), referredSomeone)));
const auditors = and(viaGateway, holdsRole(ROLES.AUDITOR));
/** Station work: receiving, screening, discharging (the station must be in the caller's jurisdiction). */
const stationWork = and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF));
/** Reporting a sighting: station staff, and civil affairs' own system (110 linkage, the city-management platform; scope `write:street-reports`). */
const sightingReporters = and(viaGateway, or(holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF), and(holdsRole(ROLES.INTEGRATION), ofAgency('CIVIL_AFFAIRS'))));
/** Family tracing: station staff, and the shelter's staff for the victims in their care. */
/** Decisions that belong to the regional center alone. */
const centerDecision = and(viaGateway, holdsRole(ROLES.CENTER_STAFF));
const tracingWork = and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF));
/** The shelter's own work: placements, rooms, who is where. */
const shelterWork = and(viaGateway, holdsRole(ROLES.SHELTER_STAFF));
/**
 * A referral's placement status: the shelter staff, and the referring caseworker or officer for
 * her own referrals (the loader returns no placement for anyone else's).
 */
const placementStatus = and(viaGateway, holdsRole(ROLES.SHELTER_STAFF, ROLES.WF_CASEWORKER, ROLES.POLICE_OFFICER));

/** Answers that several changes share: whoever may make one of them. */
const changeAnswers = or(tracingWork, sightingReporters);

/** Emergency figures: station work, and the center's leadership (counts, no person data). */
const emergencyFigures = and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.LEADERSHIP));
const every = (fields: readonly string[], rule: typeof stationWork) => Object.fromEntries(fields.map((field) => [field, rule]));

/** Emergency aid (events, temporary points, help) and settlement. */
const emergencyAndSettlementRules: IRules = {
  EmergencyEvent: {
    ...every(['id', 'kind', 'name', 'description', 'districts', 'startedAt', 'endedAt', 'state', 'points', 'dailyHelpCounts', 'peopleHelped', 'version', 'createdAt', 'updatedAt'], emergencyFigures),
    ...every(['declaredBy', 'endedBy', 'endReason'], stationWork),
  },
  ...connectionRules('EmergencyEvent', emergencyFigures),
  EmergencyPoint: {
    ...every(['id', 'event', 'station', 'state', 'openedAt', 'closedAt', 'peopleHelped', 'dailyHelpCounts', 'version'], emergencyFigures),
    ...every(['openedBy', 'openNote', 'closedBy', 'closeReason', 'recentHelp'], stationWork),
  },
  EmergencyHelp: every(['id', 'helpedAt', 'kinds', 'person', 'sex', 'estimatedAge', 'recordedBy', 'note'], stationWork),
  EmergencyHelpCount: every(['point', 'day', 'peopleHelped', 'food', 'lodging', 'clothing'], emergencyFigures),
  EmergencyEventChanged: { event: stationWork },
  EmergencyPointChanged: { point: stationWork },
  EmergencyHelpRecorded: { help: stationWork, point: stationWork },
  EmergencyStepRefused: { currentState: stationWork, message: stationWork, code: stationWork, field: stationWork },
  IdentityCheck: { id: stationWork },
  Settlement: every(
    [
      'id', 'person', 'rescueCase', 'status', 'proposedBy', 'proposedAt', 'proposalNote', 'decidedBy', 'decidedAt', 'declineReason', 'identityRecheck', 'recheckStatement',
      'institutionLevel', 'institutionName', 'householdRegistrationRef', 'settledAt', 'settledBy', 'revokedAt', 'revokedBy', 'revokeReason', 'identityFoundBy',
      'identityFoundReference', 'goingHomeArrangement', 'escort', 'version', 'createdAt', 'updatedAt',
    ],
    stationWork,
  ),
  ...connectionRules('Settlement', stationWork),
  ...connectionRules('StreetReport', stationWork),
  SettlementChanged: { settlement: stationWork },
  NotEligibleForSettlement: { reason: stationWork, message: stationWork, code: stationWork, field: stationWork },
  SettlementStepRefused: { currentStatus: stationWork, message: stationWork, code: stationWork, field: stationWork },
};

/** The change feed: anyone signed in may ask; it lists only the records the caller may read by id. */
const feed = changeFeedRules('civilAffairsChanges', network);
/** Webhooks on the feed: integrating systems manage their own subscriptions. */
const webhooks = webhookRules('civilAffairsChanges', and(viaGateway, holdsRole(ROLES.INTEGRATION)));

export const permissions: IRules = withScopes('civil-affairs', withChangeLogTimeRules({
  ...feed.types,
  ...webhooks.types,
  // The tombstone of an ended person's record: the feed lists it only to those who could read the record before.
  EndedRecord: { id: network, reason: network, successorId: network },
  Query: {
    _service: viaGateway,
    _entities: viaGateway,
    ...feed.query,
    ...webhooks.query,
    person: personRecords,
    persons: personRecords,
    station: network,
    stations: network,
    careZone: network,
    rescueCase: personRecords,
    rescueCaseEvent: personRecords,
    careService: personRecords,
    shelters: network,
    shelter: network,
    auditEvents: auditors,
    auditTrail: auditors,
    exchangeState: auditors,
    dispatchBoard: stationWork,
    dispatchBoardConnection: stationWork,
    streetReport: stationWork,
    escort: stationWork,
    escorts: stationWork,
    escortsConnection: stationWork,
    tracingWorkList: tracingWork,
    tracingWorkListConnection: tracingWork,
    tracingCandidates: tracingWork,
    missingPersonReport: tracingWork,
    casesPastStandardStay: stationWork,
    casesPastStandardStayConnection: stationWork,
    dispatchPerformance: and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.LEADERSHIP)),
    careTrend: and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.LEADERSHIP)),
    emergencyEvents: emergencyFigures,
    emergencyEventsConnection: emergencyFigures,
    emergencyEvent: emergencyFigures,
    emergencyPoint: emergencyFigures,
    emergencyHelp: stationWork,
    settlements: stationWork,
    settlementsConnection: stationWork,
    settlement: stationWork,
    settlementCandidates: stationWork,
    settlementCandidatesConnection: stationWork,
    shelterPlacements: shelterWork,
    shelterPlacementsConnection: shelterWork,
    shelterReferralsAwaitingAnswer: shelterWork,
    shelterPlacement: shelterWork,
    shelterRoom: shelterWork,
  },
  StreetReport: every(
    [
      'id', 'source', 'description', 'latitude', 'longitude', 'address', 'district', 'status', 'reportedAt', 'acceptedAt', 'dispatchedAt', 'onSceneAt', 'verifiedAt',
      'closedAt', 'closure', 'dispatchedTo', 'dispatchDistanceMeters', 'minutesToScene', 'missedThirtyMinutes', 'version',
    ],
    sightingReporters,
  ),
  MissingPersonReport: every(
    [
      'id', 'name', 'namePinyin', 'sex', 'birthDate', 'ageWhenMissing', 'lastSeenAt', 'lastSeenDivision', 'lastSeenPlace', 'dialectRegion', 'features', 'reportedBy',
      'resolved',
    ],
    tracingWork,
  ),
  TracingStatus: every(['person', 'rescueCase', 'noticeDueAt', 'noticePublishedAt', 'dnaRequestDueAt', 'dnaRequestedAt', 'policeResultDueAt', 'overdue'], tracingWork),
  ...connectionRules('TracingStatus', tracingWork),
  ...connectionRules('RescueCase', stationWork),
  TracingCandidate: { report: tracingWork, score: tracingWork, evidence: tracingWork },
  MatchEvidence: { field: tracingWork, score: tracingWork, weight: tracingWork, detail: tracingWork },
  Escort: every(
    [
      'id', 'rescueCase', 'destinationDivision', 'destination', 'crossProvince', 'status', 'declineReason', 'declineGuidance', 'decidedBy', 'legs', 'totalCost',
      'totalCostFen', 'receivingAgency', 'handoverRecord', 'handedOverAt', 'version', 'createdAt', 'updatedAt',
    ],
    stationWork,
  ),
  ...connectionRules('Escort', stationWork),
  EscortLeg: every(['sequence', 'fromPlace', 'toPlace', 'mode', 'tickets', 'escortStaff', 'departAt', 'cost', 'costFen'], stationWork),
  /** Today only the escorts' costs: read under their rule. */
  Money: { amountFen: stationWork, currency: stationWork, yuan: stationWork },
  EscortChanged: { escort: stationWork },
  EscortStepRefused: { currentStatus: stationWork, message: stationWork, code: stationWork, field: stationWork },
  StreetReportChanged: { streetReport: sightingReporters },
  DispatchStepRefused: { currentStatus: stationWork, message: stationWork, code: stationWork, field: stationWork },
  DispatchPerformance: { group: allow, name: allow, reports: allow, onSceneWithin30: allow, share: allow },
  CareMonth: { month: allow, received: allow, exits: allow, averageStayDays: allow },
  ExitCount: { reason: allow, count: allow },
  Mutation: {
    ...webhooks.mutation,
    recordTracingNotice: tracingWork,
    recordDnaRequest: tracingWork,
    confirmTracingMatch: tracingWork,
    requestEscort: stationWork,
    decideEscort: centerDecision,
    scheduleEscort: stationWork,
    advanceEscort: stationWork,
    extendStay: stationWork,
    recordCareService: stationWork,
    reportStreetSighting: sightingReporters,
    advanceStreetReport: stationWork,
    receivePerson: stationWork,
    screenRescueCase: stationWork,
    exitRescueCase: stationWork,
    declareEmergencyEvent: stationWork,
    endEmergencyEvent: stationWork,
    openEmergencyPoint: stationWork,
    closeEmergencyPoint: stationWork,
    recordEmergencyHelp: stationWork,
    proposeSettlement: stationWork,
    decideSettlement: centerDecision,
    settlePerson: stationWork,
    revokeSettlement: stationWork,
    acceptShelterReferral: shelterWork,
    declineShelterReferral: shelterWork,
    admitToShelter: shelterWork,
    extendShelterStay: shelterWork,
    dischargeFromShelter: shelterWork,
    referOutFromShelter: shelterWork,
    closeShelterPlacement: shelterWork,
    // Ending a person record: the regional center alone (a protected victim only by staff she was granted to).
    mergePersons: centerDecision,
    removePerson: centerDecision,
  },
  PersonsMerged: { person: centerDecision, mergedPersonId: centerDecision, movedCases: centerDecision },
  PersonRemoved: { personId: centerDecision, removedAt: centerDecision },
  // Results of changes: whoever may make one of the changes that answer with them.
  RescueCaseChanged: { rescueCase: tracingWork },
  InputRejected: { field: changeAnswers, code: changeAnswers, message: changeAnswers },
  TransitionRefused: { currentStatus: tracingWork, message: tracingWork, code: tracingWork, field: tracingWork },
  ZoneFull: { zone: tracingWork, message: tracingWork, code: tracingWork, field: tracingWork },
  VersionConflict: { currentVersion: tracingWork, message: tracingWork, code: tracingWork, field: tracingWork },
  RecordNotFound: { message: changeAnswers, code: changeAnswers, field: changeAnswers },
  CareService: { id: personRecords, kind: personRecords, givenAt: personRecords, givenBy: personRecords, note: personRecords },
  CareZone: { id: network, kind: network, name: network, places: network, freePlaces: network },
  _Service: { sdl: viaGateway },
  Person: every(
    [
      'id', 'displayName', 'name', 'namePinyin', 'sex', 'birthDate', 'estimatedAgeMin', 'estimatedAgeMax', 'idNumber', 'phone', 'dialectRegion', 'features',
      'identityStatus', 'createdAt', 'rescueCases',
    ],
    personRecords,
  ),
  Station: every(['id', 'name', 'level', 'kind', 'jurisdiction', 'jurisdictionName', 'parent', 'children', 'address', 'latitude', 'longitude', 'isOpen', 'openCaseCount', 'careZones'], network),
  RescueCase: every(
    [
      'id', 'person', 'station', 'status', 'intakeSource', 'intakeAt', 'zone', 'exitAt', 'exitReason', 'stayDays', 'version', 'stayFlag', 'extendedUntil', 'services',
      'events',
    ],
    personRecords,
  ),
  RescueCaseEvent: every(['id', 'fromStatus', 'toStatus', 'at', 'actor', 'reason'], personRecords),
  ...connectionRules('Person', personRecords),
  PageInfo: { hasNextPage: allow, hasPreviousPage: allow, startCursor: allow, endCursor: allow },
  Shelter: {
    id: network,
    name: network,
    address: shelterLocation,
    contactPhone: shelterLocation,
    totalPlaces: network,
    freePlaces: network,
    freeFamilyRooms: network,
    rooms: shelterWork,
  },
  ...emergencyAndSettlementRules,
  ShelterRoom: { id: shelterWork, label: shelterWork, kind: shelterWork, places: shelterWork, freePlaces: shelterWork },
  ShelterReferral: { id: placementStatus, placement: placementStatus },
  ...connectionRules('ShelterPlacement', shelterWork),
  ...connectionRules('ShelterWaiting', shelterWork),
  ShelterPlacement: {
    ...every(['id', 'status'], placementStatus),
    ...every(
      [
        'referralId', 'shelter', 'partySize', 'children', 'places', 'referringCaseworker', 'referringOrganisation', 'referralFileStatus', 'decidedBy', 'decidedAt',
        'declineReason', 'person', 'rescueCase', 'admittedAt', 'stayUntil', 'extensionReason', 'endedAt', 'referredOutTo', 'endNote', 'version',
      ],
      shelterWork,
    ),
  },
  ShelterPlaceHold: { room: shelterWork, placeNumber: shelterWork, forVictim: shelterWork },
  ShelterPlacementChanged: { placement: shelterWork },
  NoCapacity: { requested: shelterWork, free: shelterWork, message: shelterWork, code: shelterWork, field: shelterWork },
  PlacementStepRefused: { currentStatus: shelterWork, message: shelterWork, code: shelterWork, field: shelterWork },
  ...auditTrailRules('civilAffairs', auditors),
  ...exchangeStateRules('civilAffairs', auditors),
}, CHANGE_LOG_TIMES['civil-affairs']));
