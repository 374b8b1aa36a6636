/**
 * Who may touch which field of the public-security graph, as one table; anything not listed is
 * denied, and a refusal is audited. Which checks a caller sees is decided in the data layer
 * (domain/identity-check-access.ts). Biometric sample details are for public-security roles only.
 */
import { auditTrailRules, holdsRole, ROLES, viaGateway } from '@lifeline/subgraph-runtime';
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

export const permissions: IRules = {
  Query: {
    _service: viaGateway,
    _entities: viaGateway,
    identityCheck: checkRecords,
    identityChecks: checkRecords,
  },
  Mutation: {
    requestIdentityCheck: requesters,
    recordSample: policeWork,
    startComparison: policeWork,
    recordIdentityResult: policeWork,
  },
  IdentityCheckChanged: { identityCheck: changeResult },
  IdentityCheckInputRejected: { field: changeResult, code: changeResult, message: changeResult },
  IdentityCheckRefused: { currentStatus: changeResult, currentVersion: changeResult, message: changeResult },
  IdentityCheckEvent: { fromStatus: checkRecords, toStatus: checkRecords, at: checkRecords, actor: checkRecords, note: checkRecords },
  _Service: { sdl: viaGateway },
  Person: { id: checkRecords, identityChecks: checkRecords },
  Station: { id: checkRecords, openIdentityChecks: checkRecords },
  IdentityCheck: {
    id: checkRecords,
    person: checkRecords,
    requestingStation: checkRecords,
    reason: checkRecords,
    status: checkRecords,
    requestedAt: checkRecords,
    concludedAt: checkRecords,
    samples: biometricDetails,
    verifiedName: checkRecords,
    verifiedIdNumber: checkRecords,
    householdRegistration: checkRecords,
    resultDueAt: checkRecords,
    overdue: checkRecords,
    version: checkRecords,
    events: checkRecords,
  },
  BiometricSample: {
    id: biometricDetails,
    kind: biometricDetails,
    sampleCode: biometricDetails,
    collectedBy: biometricDetails,
    collectedAt: biometricDetails,
  },
  ...auditTrailRules('publicSecurity', auditors),
};
