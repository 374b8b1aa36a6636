/**
 * Who may touch which field of the civil-affairs graph, as one table. graphql-shield denies
 * anything not listed (fallbackRule deny), and a refusal is audited. Which *rows* a caller sees is
 * decided in the data layer (domain/person-access.ts); masking of ID and phone numbers in the
 * resolvers. Every request here already carries the gateway's verified internal token. An
 * integrating system is narrowed further by its token's scopes (the scope table, `withScopes`).
 */
import { auditTrailRules, CHANGE_LOG_TIMES, changeFeedRules, withChangeLogTimeRules, webhookRules, exchangeStateRules, holdsRole, isAuthenticated, ofAgency, ROLES, viaGateway, withScopes } from '@lifeline/subgraph-runtime';
import { allow, and, or, rule, type IRules } from 'graphql-shield';
import { type SubgraphContext } from './context';
import { PersonAccessGrant } from './entities/person-access-grant.entity';

/** Staff whose work is about persons (rows are then scoped per caller). */
const worksWithPersons = holdsRole(
  ROLES.CENTER_STAFF,
  ROLES.STATION_STAFF,
  ROLES.SHELTER_STAFF,
  ROLES.POLICE_OFFICER,
  ROLES.FORENSIC_OFFICER,
  ROLES.WF_CASEWORKER,
  ROLES.WF_SUPERVISOR,
  ROLES.FAO_OFFICER,
  ROLES.INTEGRATION,
);
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
  EmergencyEventConnection: every(['edges', 'pageInfo', 'totalCount'], emergencyFigures),
  EmergencyEventEdge: every(['cursor', 'node'], emergencyFigures),
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
  SettlementConnection: every(['edges', 'pageInfo', 'totalCount'], stationWork),
  StreetReportConnection: every(['edges', 'pageInfo', 'totalCount'], stationWork),
  StreetReportEdge: every(['cursor', 'node'], stationWork),
  SettlementEdge: every(['cursor', 'node'], stationWork),
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
    shelterPlacement: shelterWork,
    shelterRoom: shelterWork,
  },
  StreetReport: {
    id: sightingReporters,
    source: sightingReporters,
    description: sightingReporters,
    latitude: sightingReporters,
    longitude: sightingReporters,
    address: sightingReporters,
    district: sightingReporters,
    status: sightingReporters,
    reportedAt: sightingReporters,
    acceptedAt: sightingReporters,
    dispatchedAt: sightingReporters,
    onSceneAt: sightingReporters,
    verifiedAt: sightingReporters,
    closedAt: sightingReporters,
    closure: sightingReporters,
    dispatchedTo: sightingReporters,
    dispatchDistanceMeters: sightingReporters,
    minutesToScene: sightingReporters,
    missedThirtyMinutes: sightingReporters,
    version: sightingReporters,
  },
  MissingPersonReport: {
    id: tracingWork,
    name: tracingWork,
    namePinyin: tracingWork,
    sex: tracingWork,
    birthDate: tracingWork,
    ageWhenMissing: tracingWork,
    lastSeenAt: tracingWork,
    lastSeenDivision: tracingWork,
    lastSeenPlace: tracingWork,
    dialectRegion: tracingWork,
    features: tracingWork,
    reportedBy: tracingWork,
    resolved: tracingWork,
  },
  TracingStatus: {
    person: tracingWork,
    rescueCase: tracingWork,
    noticeDueAt: tracingWork,
    noticePublishedAt: tracingWork,
    dnaRequestDueAt: tracingWork,
    dnaRequestedAt: tracingWork,
    policeResultDueAt: tracingWork,
    overdue: tracingWork,
  },
  TracingStatusConnection: { edges: tracingWork, pageInfo: tracingWork, totalCount: tracingWork },
  TracingStatusEdge: { cursor: tracingWork, node: tracingWork },
  RescueCaseConnection: { edges: stationWork, pageInfo: stationWork, totalCount: stationWork },
  RescueCaseEdge: { cursor: stationWork, node: stationWork },
  TracingCandidate: { report: tracingWork, score: tracingWork, evidence: tracingWork },
  MatchEvidence: { field: tracingWork, score: tracingWork, weight: tracingWork, detail: tracingWork },
  Escort: {
    id: stationWork,
    rescueCase: stationWork,
    destinationDivision: stationWork,
    destination: stationWork,
    crossProvince: stationWork,
    status: stationWork,
    declineReason: stationWork,
    declineGuidance: stationWork,
    decidedBy: stationWork,
    legs: stationWork,
    totalCost: stationWork,
    totalCostFen: stationWork,
    receivingAgency: stationWork,
    handoverRecord: stationWork,
    handedOverAt: stationWork,
    version: stationWork,
    createdAt: stationWork,
    updatedAt: stationWork,
  },
  EscortConnection: { edges: stationWork, pageInfo: stationWork, totalCount: stationWork },
  EscortEdge: { cursor: stationWork, node: stationWork },
  EscortLeg: {
    sequence: stationWork,
    fromPlace: stationWork,
    toPlace: stationWork,
    mode: stationWork,
    tickets: stationWork,
    escortStaff: stationWork,
    departAt: stationWork,
    cost: stationWork,
    costFen: stationWork,
  },
  /** Today only the escorts' costs: read under their rule. */
  Money: { amountFen: stationWork, currency: stationWork, yuan: stationWork },
  EscortChanged: { escort: stationWork },
  EscortStepRefused: { currentStatus: stationWork, message: stationWork, code: stationWork, field: stationWork },
  StreetReportChanged: { streetReport: sightingReporters },
  DispatchStepRefused: { currentStatus: stationWork, message: stationWork, code: stationWork, field: stationWork },
  DispatchPerformance: { group: allow, name: allow, reports: allow, onSceneWithin30: allow, share: allow },
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
  Person: {
    id: personRecords,
    displayName: personRecords,
    name: personRecords,
    namePinyin: personRecords,
    sex: personRecords,
    birthDate: personRecords,
    estimatedAgeMin: personRecords,
    estimatedAgeMax: personRecords,
    idNumber: personRecords,
    phone: personRecords,
    dialectRegion: personRecords,
    features: personRecords,
    identityStatus: personRecords,
    createdAt: personRecords,
    rescueCases: personRecords,
  },
  Station: {
    id: network,
    name: network,
    level: network,
    kind: network,
    jurisdiction: network,
    jurisdictionName: network,
    parent: network,
    children: network,
    address: network,
    isOpen: network,
    openCaseCount: network,
    careZones: network,
  },
  RescueCase: {
    id: personRecords,
    person: personRecords,
    station: personRecords,
    status: personRecords,
    intakeSource: personRecords,
    intakeAt: personRecords,
    zone: personRecords,
    exitAt: personRecords,
    exitReason: personRecords,
    stayDays: personRecords,
    version: personRecords,
    stayFlag: personRecords,
    extendedUntil: personRecords,
    services: personRecords,
    events: personRecords,
  },
  RescueCaseEvent: {
    id: personRecords,
    fromStatus: personRecords,
    toStatus: personRecords,
    at: personRecords,
    actor: personRecords,
    reason: personRecords,
  },
  PersonConnection: { edges: personRecords, pageInfo: personRecords, totalCount: personRecords },
  PersonEdge: { cursor: personRecords, node: personRecords },
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
  ShelterPlacementConnection: { edges: shelterWork, pageInfo: shelterWork, totalCount: shelterWork },
  ShelterPlacementEdge: { cursor: shelterWork, node: shelterWork },
  ShelterPlacement: {
    id: placementStatus,
    status: placementStatus,
    referralId: shelterWork,
    shelter: shelterWork,
    partySize: shelterWork,
    children: shelterWork,
    places: shelterWork,
    referringCaseworker: shelterWork,
    referringOrganisation: shelterWork,
    referralFileStatus: shelterWork,
    decidedBy: shelterWork,
    decidedAt: shelterWork,
    declineReason: shelterWork,
    person: shelterWork,
    rescueCase: shelterWork,
    admittedAt: shelterWork,
    stayUntil: shelterWork,
    extensionReason: shelterWork,
    endedAt: shelterWork,
    referredOutTo: shelterWork,
    endNote: shelterWork,
    version: shelterWork,
  },
  ShelterPlaceHold: { room: shelterWork, placeNumber: shelterWork, forVictim: shelterWork },
  ShelterPlacementChanged: { placement: shelterWork },
  NoCapacity: { requested: shelterWork, free: shelterWork, message: shelterWork, code: shelterWork, field: shelterWork },
  PlacementStepRefused: { currentStatus: shelterWork, message: shelterWork, code: shelterWork, field: shelterWork },
  ...auditTrailRules('civilAffairs', auditors),
  ...exchangeStateRules('civilAffairs', auditors),
}, CHANGE_LOG_TIMES['civil-affairs']));
