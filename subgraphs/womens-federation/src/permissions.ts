/**
 * Who may touch which field of the women's-federation graph, as one table; anything not listed
 * is denied, and a refusal is audited. Which referrals a caller sees is decided in the data layer
 * (domain/access.ts): for anyone else the lists are simply empty.
 */
import { auditTrailRules, CHANGE_LOG_TIMES, changeFeedRules, connectionRules, withChangeLogTimeRules, webhookRules, exchangeStateRules, holdsRole, isAuthenticated, ROLES, viaGateway, withScopes } from '@lifeline/subgraph-runtime';
import { allow, and, type IRules } from 'graphql-shield';

/**
 * Any signed-in caller may ask (a person's referrals are part of the profile everyone opens);
 * rows are scoped so that only the entitled ever get any.
 */
const referrals = and(viaGateway, isAuthenticated);
const auditors = and(viaGateway, holdsRole(ROLES.AUDITOR));
/** Referrals per month: the staff who work referrals (counted over what each may see, in the data layer). */
const trendReaders = and(viaGateway, holdsRole(ROLES.SHELTER_STAFF, ROLES.WF_SUPERVISOR, ROLES.WF_CASEWORKER, ROLES.POLICE_OFFICER));
/** Who submits referrals: caseworkers and police officers (their own referrals only). */
const submitters = and(viaGateway, holdsRole(ROLES.WF_CASEWORKER, ROLES.POLICE_OFFICER));
/** Who tracks referral-out services: the referring caseworker or officer, and the shelter staff. */
const serviceTrackers = and(viaGateway, holdsRole(ROLES.WF_CASEWORKER, ROLES.POLICE_OFFICER, ROLES.SHELTER_STAFF));
/** Whoever may make one of the changes (the answer types). */
const changers = serviceTrackers;
/** The change feed: anyone signed in may ask; it lists only the records the caller may read by id. */
const feed = changeFeedRules('womensFederationChanges', and(viaGateway, isAuthenticated));
/** Webhooks on the feed: integrating systems manage their own subscriptions. */
const webhooks = webhookRules('womensFederationChanges', and(viaGateway, holdsRole(ROLES.INTEGRATION)));

export const permissions: IRules = withScopes('womens-federation', withChangeLogTimeRules({
  Query: {
    _service: viaGateway,
    _entities: viaGateway,
    shelterReferral: referrals,
    referralService: referrals,
    shelterReferrals: referrals,
    shelterReferralsConnection: referrals,
    referralTrend: trendReaders,
    ...feed.query,
    ...webhooks.query,
  },
  ...feed.types,
  ...webhooks.types,
  ...connectionRules('ShelterReferral', referrals),
  _Service: { sdl: viaGateway },
  ReferralMonth: { month: trendReaders, submitted: trendReaders, byRisk: trendReaders, byVictimType: trendReaders },
  ReferralRiskCount: { riskLevel: trendReaders, count: trendReaders },
  ReferralVictimTypeCount: { victimType: trendReaders, count: trendReaders },
  // No list of this agency pages yet; the type is every agency's (shared.graphql).
  PageInfo: { hasNextPage: allow, hasPreviousPage: allow, startCursor: allow, endCursor: allow },
  Person: { id: referrals, shelterReferrals: referrals },
  ShelterReferral: {
    id: referrals,
    person: referrals,
    victimType: referrals,
    riskLevel: referrals,
    status: referrals,
    referringOrganisation: referrals,
    referringCaseworker: referrals,
    accompanyingChildren: referrals,
    submittedAt: referrals,
    victim: referrals,
    riskAssessment: referrals,
    statusReason: referrals,
    children: referrals,
    needs: referrals,
    needsNote: referrals,
    consent: referrals,
    services: referrals,
    version: referrals,
    updatedAt: referrals,
    // Civil affairs' field, only ever passed in by the gateway for `status` (@requires).
    placement: referrals,
  },
  ShelterPlacement: { id: referrals, status: referrals },
  ReferralVictim: { name: referrals, sex: referrals, age: referrals, ageEstimated: referrals, phone: referrals, idNumber: referrals },
  RiskAssessment: { level: referrals, factors: referrals, assessedBy: referrals, assessedAt: referrals },
  ReferralChild: { ageYears: referrals, sex: referrals },
  ReferralConsent: { givenBy: referrals, method: referrals, at: referrals },
  ReferralService: {
    id: referrals,
    kind: referrals,
    status: referrals,
    provider: referrals,
    requestedBy: referrals,
    requestedAt: referrals,
    startedAt: referrals,
    outcome: referrals,
    outcomeAt: referrals,
    version: referrals,
  },
  Mutation: {
    ...webhooks.mutation,
    submitShelterReferral: submitters,
    withdrawShelterReferral: submitters,
    closeShelterReferral: submitters,
    requestReferralService: serviceTrackers,
    startReferralService: serviceTrackers,
    recordReferralServiceOutcome: serviceTrackers,
  },
  ShelterReferralChanged: { shelterReferral: changers, replayed: changers },
  ReferralInputRejected: { field: changers, code: changers, message: changers },
  ReferralStepRefused: { currentStatus: changers, message: changers, code: changers, field: changers },
  IdempotencyConflict: { existingReferralId: changers, message: changers, code: changers, field: changers },
  ReferralVersionConflict: { currentVersion: changers, message: changers, code: changers, field: changers },
  ReferralNotFound: { message: changers, code: changers, field: changers },
  ReferralServiceChanged: { referralService: changers },
  ServiceStepRefused: { currentStatus: changers, message: changers, code: changers, field: changers },
  ...auditTrailRules('womensFederation', auditors),
  ...exchangeStateRules('womensFederation', auditors),
}, CHANGE_LOG_TIMES['womens-federation']));
