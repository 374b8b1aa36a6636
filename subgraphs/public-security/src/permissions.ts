/**
 * Who may touch which field of the public-security graph, as one table; anything not listed is
 * denied, and a refusal is audited. Which checks a caller sees is decided in the data layer
 * (domain/identity-check-access.ts). Biometric sample details are for public-security roles only.
 * An integrating system is narrowed further by its token's scopes (the scope table, `withScopes`).
 */
import { auditTrailRules, CHANGE_LOG_TIMES, changeFeedRules, connectionRules, withChangeLogTimeRules, webhookRules, exchangeStateRules, holdsRole, isAuthenticated, ofAgency, PERSON_WORK_ROLES, ROLES, viaGateway, withScopes } from '@lifeline/subgraph-runtime';
import { allow, and, or, type IRules } from 'graphql-shield';

/** An integrating system of the agency (what it may touch is then narrowed by its token's scopes). */
const systemOf = (agency: 'PUBLIC_SECURITY' | 'FOREIGN_AFFAIRS') => and(holdsRole(ROLES.INTEGRATION), ofAgency(agency));

/** Anyone whose work involves identity checks (rows are then scoped per caller). */
const checkRecords = and(
  viaGateway,
  holdsRole(
    ROLES.POLICE_OFFICER,
    ROLES.FORENSIC_OFFICER,
    ROLES.CENTER_STAFF,
    ROLES.STATION_STAFF,
    ROLES.SHELTER_STAFF,
    ROLES.FAO_OFFICER,
    ROLES.INTEGRATION,
  ),
);
/** Sample kinds, codes, collectors and dates: public security only. */
const biometricDetails = and(viaGateway, holdsRole(ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER));
const auditors = and(viaGateway, holdsRole(ROLES.AUDITOR));
/** Stations ask for checks; the police answer them. */
const requesters = and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF));
/** Police work on a check: officers, and public security's own system (scope `write:identity-checks`). */
const policeWork = and(viaGateway, or(holdsRole(ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER), systemOf('PUBLIC_SECURITY')));
const changeResult = and(viaGateway, or(holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER), systemOf('PUBLIC_SECURITY')));
/** A refused input answers identity-check, status-check and notification changes alike. */
const inputRejectedReaders = and(
  viaGateway,
  or(
    holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER, ROLES.FAO_OFFICER),
    systemOf('PUBLIC_SECURITY'),
    systemOf('FOREIGN_AFFAIRS'),
  ),
);

/** Whoever may read a person's identity status in civil affairs: the verification (when and which check, no identity) answers it. */
const identityStatusReaders = and(viaGateway, holdsRole(...PERSON_WORK_ROLES));
/** Foreign-national status checks: stations, the police and the foreign-affairs office (rows then scoped per caller). */
const statusCheckRecords = and(
  viaGateway,
  holdsRole(ROLES.POLICE_OFFICER, ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF, ROLES.FAO_OFFICER, ROLES.INTEGRATION),
);
/** Notifications to the foreign-affairs office: its officers, and the police who send them. */
const notificationRecords = and(viaGateway, holdsRole(ROLES.FAO_OFFICER, ROLES.POLICE_OFFICER, ROLES.INTEGRATION));
/** Stations (and the shelter, for the foreign nationals in its care) ask for status checks. */
const statusCheckRequesters = and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF));
/** The police's answer to a status check: officers, and public security's system (scope `write:status-checks`). */
const statusCheckPolice = and(viaGateway, or(holdsRole(ROLES.POLICE_OFFICER), systemOf('PUBLIC_SECURITY')));
const statusCheckChangeResult = and(viaGateway, or(holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF, ROLES.POLICE_OFFICER), systemOf('PUBLIC_SECURITY')));
/** The foreign-affairs office, and its system (scope `write:foreign-affairs-notifications`). */
const notificationAcknowledgers = and(viaGateway, or(holdsRole(ROLES.FAO_OFFICER), systemOf('FOREIGN_AFFAIRS')));

/** The change feed: anyone signed in may ask; it lists only the records the caller may read by id. */
const feed = changeFeedRules('publicSecurityChanges', and(viaGateway, isAuthenticated));
/** Webhooks on the feed: integrating systems manage their own subscriptions. */
const webhooks = webhookRules('publicSecurityChanges', and(viaGateway, holdsRole(ROLES.INTEGRATION)));

export const permissions: IRules = withScopes('public-security', withChangeLogTimeRules({
  Query: {
    _service: viaGateway,
    _entities: viaGateway,
    identityCheck: checkRecords,
    identityChecks: checkRecords,
    identityChecksConnection: checkRecords,
    // As `IdentityCheck.samples`: public-security roles, and no integrating system's scope.
    biometricSample: biometricDetails,
    foreignNationalStatusCheck: statusCheckRecords,
    foreignNationalStatusChecks: statusCheckRecords,
    foreignNationalStatusChecksConnection: statusCheckRecords,
    // As `ForeignNationalStatusCheck.policeHandOver`.
    policeHandOver: statusCheckRecords,
    foreignAffairsNotification: notificationRecords,
    foreignAffairsNotifications: notificationRecords,
    foreignAffairsNotificationsConnection: notificationRecords,
    ...feed.query,
    ...webhooks.query,
  },
  ...feed.types,
  ...webhooks.types,
  Mutation: {
    ...webhooks.mutation,
    requestIdentityCheck: requesters,
    recordSample: policeWork,
    startComparison: policeWork,
    recordIdentityResult: policeWork,
    requestForeignNationalStatusCheck: statusCheckRequesters,
    recordForeignNationalStatus: statusCheckPolice,
    acknowledgeForeignAffairsNotification: notificationAcknowledgers,
  },
  IdentityCheckChanged: { identityCheck: changeResult },
  IdentityCheckInputRejected: { field: inputRejectedReaders, code: inputRejectedReaders, message: inputRejectedReaders },
  IdentityCheckRefused: { currentStatus: changeResult, currentVersion: changeResult, message: changeResult, code: changeResult, field: changeResult },
  IdentityCheckEvent: { fromStatus: checkRecords, toStatus: checkRecords, at: checkRecords, actor: checkRecords, note: checkRecords },
  _Service: { sdl: viaGateway },
  Person: { id: checkRecords, identityChecks: checkRecords, identityVerification: identityStatusReaders, foreignNationalStatusChecks: statusCheckRecords },
  IdentityVerification: { verifiedAt: identityStatusReaders, identityCheckId: identityStatusReaders },
  Station: { id: checkRecords, openIdentityChecks: checkRecords },
  IdentityCheck: {
    id: checkRecords,
    person: checkRecords,
    requestingStation: checkRecords,
    reason: checkRecords,
    status: checkRecords,
    requestedAt: checkRecords,
    concludedAt: checkRecords,
    outcome: checkRecords,
    completedAt: checkRecords,
    samples: biometricDetails,
    verifiedName: checkRecords,
    tracingConfirmedIdentity: checkRecords,
    verifiedIdNumber: checkRecords,
    householdRegistration: checkRecords,
    resultDueAt: checkRecords,
    overdue: checkRecords,
    version: checkRecords,
    events: checkRecords,
    createdAt: checkRecords,
    updatedAt: checkRecords,
  },
  ...connectionRules('IdentityCheck', checkRecords),
  ...connectionRules('ForeignNationalStatusCheck', statusCheckRecords),
  ...connectionRules('ForeignAffairsNotification', notificationRecords),
  PageInfo: { hasNextPage: allow, hasPreviousPage: allow, startCursor: allow, endCursor: allow },
  TracingConfirmation: { name: checkRecords, confirmedAt: checkRecords },
  BiometricSample: {
    id: biometricDetails,
    kind: biometricDetails,
    sampleCode: biometricDetails,
    collectedBy: biometricDetails,
    collectedAt: biometricDetails,
  },
  ForeignNationalStatusCheck: {
    id: statusCheckRecords,
    person: statusCheckRecords,
    requestingStation: statusCheckRecords,
    nationality: statusCheckRecords,
    passportNumber: statusCheckRecords,
    mrzVerified: statusCheckRecords,
    status: statusCheckRecords,
    requestedAt: statusCheckRecords,
    requestedBy: statusCheckRecords,
    concludedAt: statusCheckRecords,
    concludedBy: statusCheckRecords,
    version: statusCheckRecords,
    events: statusCheckRecords,
    foreignAffairsNotification: notificationRecords,
    policeHandOver: statusCheckRecords,
    createdAt: statusCheckRecords,
    updatedAt: statusCheckRecords,
  },
  ForeignNationalStatusCheckEvent: { fromStatus: statusCheckRecords, toStatus: statusCheckRecords, at: statusCheckRecords, actor: statusCheckRecords, note: statusCheckRecords },
  PoliceHandOver: { id: statusCheckRecords, recordNumber: statusCheckRecords, policeUnit: statusCheckRecords, officer: statusCheckRecords, handedOverAt: statusCheckRecords },
  ForeignAffairsNotification: {
    id: notificationRecords,
    statusCheck: notificationRecords,
    person: notificationRecords,
    status: notificationRecords,
    nationality: notificationRecords,
    notifiedAt: notificationRecords,
    acknowledged: notificationRecords,
    acknowledgedAt: notificationRecords,
    acknowledgedBy: notificationRecords,
    acknowledgementNote: notificationRecords,
    updatedAt: notificationRecords,
  },
  ForeignNationalStatusCheckChanged: { statusCheck: statusCheckChangeResult },
  ForeignNationalStatusCheckRefused: { currentStatus: statusCheckChangeResult, currentVersion: statusCheckChangeResult, message: statusCheckChangeResult, code: statusCheckChangeResult, field: statusCheckChangeResult },
  ForeignAffairsNotificationAcknowledged: { notification: notificationAcknowledgers },
  ForeignAffairsNotificationRefused: { acknowledgedAt: notificationAcknowledgers, acknowledgedBy: notificationAcknowledgers, message: notificationAcknowledgers, code: notificationAcknowledgers, field: notificationAcknowledgers },
  ...auditTrailRules('publicSecurity', auditors),
  ...exchangeStateRules('publicSecurity', auditors),
}, CHANGE_LOG_TIMES['public-security']));
