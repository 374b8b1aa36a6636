/** The agencies' list pages: the rescue network, and each partner agency's work queue. */
import { graphql } from '@/gql';

export const StationsQuery = graphql(`
  query Stations($level: NetworkLevel, $jurisdiction: String) {
    stations(level: $level, jurisdiction: $jurisdiction) {
      id
      name
      level
      kind
      jurisdiction
      jurisdictionName
      address
      isOpen
      openCaseCount
      parent {
        id
        name
      }
    }
  }
`);

export const IdentityChecksQuery = graphql(`
  query IdentityChecks($statuses: [IdentityCheckStatus!], $first: Int, $after: String) {
    identityChecksConnection(statuses: $statuses, order: OLDEST_FIRST, first: $first, after: $after) {
      edges {
        node {
          ...IdentityCheckRow
          person {
            ...PersonRef
          }
        }
      }
      pageInfo {
        ...ListPageOnInfo
      }
      totalCount
    }
  }
`);

export const ShelterReferralsQuery = graphql(`
  query ShelterReferrals($statuses: [ShelterReferralStatus!], $first: Int, $after: String) {
    shelterReferralsConnection(statuses: $statuses, order: NEWEST_FIRST, first: $first, after: $after) {
      edges {
        node {
          ...ShelterReferralRow
          person {
            ...PersonRef
          }
        }
      }
      pageInfo {
        ...ListPageOnInfo
      }
      totalCount
    }
  }
`);

export const AidEntrustmentsQuery = graphql(`
  query AidEntrustments($statuses: [AidEntrustmentStatus!], $first: Int, $after: String) {
    aidEntrustmentsConnection(statuses: $statuses, order: NEWEST_FIRST, first: $first, after: $after) {
      edges {
        node {
          ...AidEntrustmentRow
          person {
            ...PersonRef
          }
        }
      }
      pageInfo {
        ...ListPageOnInfo
      }
      totalCount
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard {
    everyone: persons(first: 1) {
      totalCount
    }
    unidentified: persons(filter: { identityStatus: UNIDENTIFIED }, first: 1) {
      totalCount
    }
    inCare: persons(filter: { caseStatus: IN_CARE }, first: 1) {
      totalCount
    }
    stations {
      id
      level
      isOpen
      openCaseCount
    }
  }
`);
