/**
 * Reading the auditors' work list for a view: the document of the view's agency (each agency pages
 * its own trail), with the paging arguments and, on the page, the other agencies' counts and chain
 * states for the tabs. The answer is one shape whatever the agency: `page` and `summaries` by the
 * agencies' fields on the graph's `AuditTrail`.
 */
import type { AuditTrailCivilAffairsQueryVariables, AuditTrailPageFieldsFragment, AuditTrailTabFieldsFragment } from '@/gql/graphql';
import { auditEventFilter, auditTrailPaging, type AuditAgencyKey, type AuditTrailView } from '@/lib/audit-trail.params';
import { queryGraph, type GraphError } from './graph-client';
import { AuditTrailCivilAffairsQuery, AuditTrailForeignAffairsQuery, AuditTrailPublicSecurityQuery, AuditTrailWomensFederationQuery } from './audit-trail.query';

type AgencyField = 'civilAffairs' | 'publicSecurity' | 'womensFederation' | 'foreignAffairs';

/** One agency's trail under a view. */
export interface AuditTrailRead {
  data: { page: AuditTrailPageFieldsFragment | null; summaries: Partial<Record<AgencyField, AuditTrailTabFieldsFragment | null>> } | null;
  errors: GraphError[];
}

/** The four documents take the same variables. */
type Variables = AuditTrailCivilAffairsQueryVariables;

/** The query of each agency's tab. */
async function queryAgency(agency: AuditAgencyKey, variables: Variables) {
  switch (agency) {
    case 'civil-affairs': {
      const { data, errors } = await queryGraph(AuditTrailCivilAffairsQuery, variables);
      const trail = data?.auditTrail;
      return { errors, data: trail ? { page: trail.page, summaries: { civilAffairs: trail.page, publicSecurity: trail.publicSecurity, womensFederation: trail.womensFederation, foreignAffairs: trail.foreignAffairs } } : null };
    }
    case 'public-security': {
      const { data, errors } = await queryGraph(AuditTrailPublicSecurityQuery, variables);
      const trail = data?.auditTrail;
      return { errors, data: trail ? { page: trail.page, summaries: { civilAffairs: trail.civilAffairs, publicSecurity: trail.page, womensFederation: trail.womensFederation, foreignAffairs: trail.foreignAffairs } } : null };
    }
    case 'womens-federation': {
      const { data, errors } = await queryGraph(AuditTrailWomensFederationQuery, variables);
      const trail = data?.auditTrail;
      return { errors, data: trail ? { page: trail.page, summaries: { civilAffairs: trail.civilAffairs, publicSecurity: trail.publicSecurity, womensFederation: trail.page, foreignAffairs: trail.foreignAffairs } } : null };
    }
    case 'foreign-affairs': {
      const { data, errors } = await queryGraph(AuditTrailForeignAffairsQuery, variables);
      const trail = data?.auditTrail;
      return { errors, data: trail ? { page: trail.page, summaries: { civilAffairs: trail.civilAffairs, publicSecurity: trail.publicSecurity, womensFederation: trail.womensFederation, foreignAffairs: trail.page } } : null };
    }
  }
}

/**
 * The page of `view` (its agency, filter and cursor), `size` lines; with `withOthers` the other
 * agencies' counts and chains too; with a `purpose` (an export) each line read is written to the
 * agency's trail.
 */
export async function readAuditTrailPage(view: AuditTrailView, options: { withOthers: boolean; size?: number; purpose?: string; after?: string | null }): Promise<AuditTrailRead> {
  const paging = options.after !== undefined ? { first: options.size ?? null, after: options.after, last: null, before: null } : auditTrailPaging(view, options.size);
  const variables = { filter: auditEventFilter(view), ...paging, purpose: options.purpose ?? null, withOthers: options.withOthers };
  const { data, errors } = await queryAgency(view.agency, variables);
  return { data: data ? { page: data.page ?? null, summaries: data.summaries } : null, errors };
}
