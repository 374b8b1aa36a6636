/** What each role has waiting (the home page's to-do panel): one small read per kind of work. */
import { graphql } from '@/gql';

/** A page of the dispatch board, oldest first: the late reports lead it (`todo.read.ts` reads on only while they may continue). */
export const TodoDispatchQuery = graphql(`
  query TodoDispatch($after: String) {
    dispatchBoardConnection(first: 100, after: $after) {
      pageInfo {
        ...ListPageOnInfo
      }
      edges {
        node {
          id
          reportedAt
          missedThirtyMinutes
          onSceneAt
        }
      }
    }
  }
`);

export const TodoStaysQuery = graphql(`
  query TodoStays {
    casesPastStandardStay(first: 100) {
      id
      stayDays
    }
  }
`);

export const TodoTracingQuery = graphql(`
  query TodoTracing {
    tracingWorkList(overdueOnly: true) {
      overdue
      noticeDueAt
      dnaRequestDueAt
    }
  }
`);

export const TodoEscortsQuery = graphql(`
  query TodoEscorts {
    escortsConnection(statuses: [REQUESTED], crossProvince: true, order: OLDEST_FIRST, first: 1) {
      totalCount
      edges {
        node {
          id
          createdAt
        }
      }
    }
  }
`);

export const TodoIdentityChecksQuery = graphql(`
  query TodoIdentityChecks {
    identityChecksConnection(overdue: true, order: DUE_FIRST, first: 1) {
      totalCount
      edges {
        node {
          id
          resultDueAt
        }
      }
    }
  }
`);

export const TodoStatusChecksQuery = graphql(`
  query TodoStatusChecks {
    foreignNationalStatusChecksConnection(statuses: [REQUESTED], order: OLDEST_FIRST, first: 1) {
      totalCount
      edges {
        node {
          id
          requestedAt
        }
      }
    }
  }
`);

export const TodoReferralsQuery = graphql(`
  query TodoReferrals {
    shelterReferralsConnection(statuses: [SUBMITTED], order: OLDEST_FIRST, first: 1) {
      totalCount
      edges {
        node {
          id
          submittedAt
        }
      }
    }
  }
`);

export const TodoNotificationsQuery = graphql(`
  query TodoNotifications {
    foreignAffairsNotificationsConnection(acknowledged: false, order: OLDEST_FIRST, first: 1) {
      totalCount
      edges {
        node {
          id
          notifiedAt
        }
      }
    }
  }
`);

export const TodoEntrustmentsQuery = graphql(`
  query TodoEntrustments {
    aidEntrustmentsConnection(statuses: [ISSUED, ACCEPTED, IN_PROGRESS], order: EXPIRING_FIRST, first: 100) {
      edges {
        node {
          id
          status
          validUntil
        }
      }
    }
  }
`);
