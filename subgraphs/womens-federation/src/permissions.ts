/**
 * Who may touch which field of the women's-federation graph, as one table; anything not listed
 * is denied, and a refusal is audited. Which referrals a caller sees is decided in the data layer
 * (domain/shelter-referral-access.ts): for anyone else the lists are simply empty.
 */
import { auditTrailRules, holdsRole, isAuthenticated, ROLES, viaGateway } from '@lifeline/subgraph-runtime';
import { and, type IRules } from 'graphql-shield';

/**
 * Any signed-in caller may ask (a person's referrals are part of the profile everyone opens);
 * rows are scoped so that only the entitled ever get any.
 */
const referrals = and(viaGateway, isAuthenticated);
const auditors = and(viaGateway, holdsRole(ROLES.AUDITOR));

export const permissions: IRules = {
  Query: {
    _service: viaGateway,
    _entities: viaGateway,
    shelterReferral: referrals,
    shelterReferrals: referrals,
  },
  _Service: { sdl: viaGateway },
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
  },
  ...auditTrailRules('womensFederation', auditors),
};
