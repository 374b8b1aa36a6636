/**
 * Who may touch which field of the foreign-affairs graph, as one table; anything not listed is
 * denied, and a refusal is audited. Which entrustments a caller sees is decided in the data layer
 * (domain/aid-entrustment-access.ts): for anyone else the lists are empty.
 */
import { auditTrailRules, holdsRole, isAuthenticated, ROLES, viaGateway } from '@lifeline/subgraph-runtime';
import { and, type IRules } from 'graphql-shield';

/** Any signed-in caller may ask (it is part of a person's profile); rows are scoped per caller. */
const entrustments = and(viaGateway, isAuthenticated);
const auditors = and(viaGateway, holdsRole(ROLES.AUDITOR));

export const permissions: IRules = {
  Query: {
    _service: viaGateway,
    _entities: viaGateway,
    aidEntrustment: entrustments,
    aidEntrustments: entrustments,
  },
  _Service: { sdl: viaGateway },
  Person: { id: entrustments, aidEntrustments: entrustments },
  AidEntrustment: {
    id: entrustments,
    documentNumber: entrustments,
    issuingOffice: entrustments,
    person: entrustments,
    nationality: entrustments,
    passportNumber: entrustments,
    status: entrustments,
    items: entrustments,
    totalCapFen: entrustments,
    validFrom: entrustments,
    validUntil: entrustments,
    issuedAt: entrustments,
  },
  EntrustedAidItem: { kind: entrustments, capFen: entrustments },
  ...auditTrailRules('foreignAffairs', auditors),
};
