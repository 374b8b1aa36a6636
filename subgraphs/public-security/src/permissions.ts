/**
 * Who may touch which field of the public-security graph, as one table; anything not listed is
 * denied, and a refusal is audited. Which checks a caller sees is decided in the data layer
 * (domain/identity-check-access.ts). Biometric sample details are for public-security roles only.
 */
import { auditTrailRules, exchangeStateRules, holdsRole, ROLES, viaGateway } from '@lifeline/subgraph-runtime';
import { and, type IRules } from 'graphql-shield';

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
const policeWork = and(viaGateway, holdsRole(ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER));
const changeResult = and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER));
/** A refused input answers identity-check, status-check and notification changes alike. */
const inputRejectedReaders = and(
  viaGateway,
  holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF, ROLES.POLICE_OFFICER, ROLES.FORENSIC_OFFICER, ROLES.FAO_OFFICER),
);

/** Whoever may read a person's identity status in civil affairs: the verification (when and which check, no identity) answers it. */
const identityStatusReaders = and(
  viaGateway,
  holdsRole(
    ROLES.CENTER_STAFF,
    ROLES.STATION_STAFF,
    ROLES.SHELTER_STAFF,
    ROLES.POLICE_OFFICER,
    ROLES.FORENSIC_OFFICER,
    ROLES.WF_CASEWORKER,
    ROLES.WF_SUPERVISOR,
    ROLES.FAO_OFFICER,
    ROLES.INTEGRATION,
  ),
);
/** Foreign-national status checks: stations, the police and the foreign-affairs office (rows then scoped per caller). */
const statusCheckRecords = and(
  viaGateway,
  holdsRole(ROLES.POLICE_OFFICER, ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF, ROLES.FAO_OFFICER, ROLES.INTEGRATION),
);
/** Notifications to the foreign-affairs office: its officers, and the police who send them. */
const notificationRecords = and(viaGateway, holdsRole(ROLES.FAO_OFFICER, ROLES.POLICE_OFFICER, ROLES.INTEGRATION));
/** Stations (and the shelter, for the foreign nationals in its care) ask for status checks. */
const statusCheckRequesters = and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF));
const statusCheckPolice = and(viaGateway, holdsRole(ROLES.POLICE_OFFICER));
const statusCheckChangeResult = and(viaGateway, holdsRole(ROLES.CENTER_STAFF, ROLES.STATION_STAFF, ROLES.SHELTER_STAFF, ROLES.POLICE_OFFICER));
const notificationAcknowledgers = and(viaGateway, holdsRole(ROLES.FAO_OFFICER));

export const permissions: IRules = {
  Query: {
    _service: viaGateway,
    _entities: viaGateway,
    identityCheck: checkRecords,
    identityChecks: checkRecords,
    foreignNationalStatusCheck: statusCheckRecords,
    foreignNationalStatusChecks: statusCheckRecords,
    foreignAffairsNotifications: notificationRecords,
  },
  Mutation: {
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
  IdentityCheckRefused: { currentStatus: changeResult, currentVersion: changeResult, message: changeResult },
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
  },
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
  },
  ForeignNationalStatusCheckChanged: { statusCheck: statusCheckChangeResult },
  ForeignNationalStatusCheckRefused: { currentStatus: statusCheckChangeResult, currentVersion: statusCheckChangeResult, message: statusCheckChangeResult },
  ForeignAffairsNotificationAcknowledged: { notification: notificationAcknowledgers },
  ForeignAffairsNotificationRefused: { acknowledgedAt: notificationAcknowledgers, acknowledgedBy: notificationAcknowledgers, message: notificationAcknowledgers },
  ...auditTrailRules('publicSecurity', auditors),
  ...exchangeStateRules('publicSecurity', auditors),
};
