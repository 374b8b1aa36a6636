import { graphql } from '@/gql';

/** Aid spent per month under the entrustments the caller may see (the home page's spending chart). */
export const AidSpendTrendQuery = graphql(`
  query AidSpendTrend($months: Int) {
    aidSpendTrend(months: $months) {
      month
      total {
        yuan
      }
      deliveries
      byKind {
        kind
        amount {
          yuan
        }
        deliveries
      }
    }
  }
`);
