import { graphql } from '@/gql';

/**
 * The auditors' work list: one agency's trail as a cursor page (newest first) under the filter,
 * and, when `withOthers`, the other three agencies' counts under the same filter and the state of
 * their hash chains, for the tabs. One document per agency, since each agency pages its own trail
 * with its own cursors; the export reads the same documents with `purpose: "export"` and without
 * the others, so each exported line is written to that agency's trail.
 */
export const AuditTrailTabFragment = graphql(`
  fragment AuditTrailTabFields on AuditEventConnection {
    totalCount
    chain {
      ok
      checked
      firstBrokenSeq
    }
  }
`);

/** A page of one agency's lines. */
export const AuditTrailPageFragment = graphql(`
  fragment AuditTrailPageFields on AuditEventConnection {
    ...AuditTrailTabFields
    pageInfo {
      ...ListPageInfo
    }
    edges {
      node {
        seq
        at
        actor
        actorKind
        agency
        roles
        requestId
        operation
        recordType
        recordId
        fields
        purpose
        outcome
        hash
      }
    }
  }
`);

/**
 * Each agency's tab beside another agency's page: its count and chain state under the same
 * filter, read only `withOthers`. Each document spreads the other three agencies' tabs.
 */
export const CivilAffairsAuditTabFragment = graphql(`
  fragment CivilAffairsAuditTab on AuditTrail {
    civilAffairs: civilAffairsConnection(first: 1) @include(if: $withOthers) {
      ...AuditTrailTabFields
    }
  }
`);

export const PublicSecurityAuditTabFragment = graphql(`
  fragment PublicSecurityAuditTab on AuditTrail {
    publicSecurity: publicSecurityConnection(first: 1) @include(if: $withOthers) {
      ...AuditTrailTabFields
    }
  }
`);

export const WomensFederationAuditTabFragment = graphql(`
  fragment WomensFederationAuditTab on AuditTrail {
    womensFederation: womensFederationConnection(first: 1) @include(if: $withOthers) {
      ...AuditTrailTabFields
    }
  }
`);

export const ForeignAffairsAuditTabFragment = graphql(`
  fragment ForeignAffairsAuditTab on AuditTrail {
    foreignAffairs: foreignAffairsConnection(first: 1) @include(if: $withOthers) {
      ...AuditTrailTabFields
    }
  }
`);

/** CivilAffairs's trail as the active tab. */
export const AuditTrailCivilAffairsQuery = graphql(`
  query AuditTrailCivilAffairs($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String, $purpose: String, $withOthers: Boolean!) {
    auditTrail(filter: $filter) {
      page: civilAffairsConnection(first: $first, after: $after, last: $last, before: $before, purpose: $purpose) {
        ...AuditTrailPageFields
      }
      ...PublicSecurityAuditTab
      ...WomensFederationAuditTab
      ...ForeignAffairsAuditTab
    }
  }
`);

/** PublicSecurity's trail as the active tab. */
export const AuditTrailPublicSecurityQuery = graphql(`
  query AuditTrailPublicSecurity($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String, $purpose: String, $withOthers: Boolean!) {
    auditTrail(filter: $filter) {
      page: publicSecurityConnection(first: $first, after: $after, last: $last, before: $before, purpose: $purpose) {
        ...AuditTrailPageFields
      }
      ...CivilAffairsAuditTab
      ...WomensFederationAuditTab
      ...ForeignAffairsAuditTab
    }
  }
`);

/** WomensFederation's trail as the active tab. */
export const AuditTrailWomensFederationQuery = graphql(`
  query AuditTrailWomensFederation($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String, $purpose: String, $withOthers: Boolean!) {
    auditTrail(filter: $filter) {
      page: womensFederationConnection(first: $first, after: $after, last: $last, before: $before, purpose: $purpose) {
        ...AuditTrailPageFields
      }
      ...CivilAffairsAuditTab
      ...PublicSecurityAuditTab
      ...ForeignAffairsAuditTab
    }
  }
`);

/** ForeignAffairs's trail as the active tab. */
export const AuditTrailForeignAffairsQuery = graphql(`
  query AuditTrailForeignAffairs($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String, $purpose: String, $withOthers: Boolean!) {
    auditTrail(filter: $filter) {
      page: foreignAffairsConnection(first: $first, after: $after, last: $last, before: $before, purpose: $purpose) {
        ...AuditTrailPageFields
      }
      ...CivilAffairsAuditTab
      ...PublicSecurityAuditTab
      ...WomensFederationAuditTab
    }
  }
`);
