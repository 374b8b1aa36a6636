import { graphql } from '@/gql';

/** Cases received and ended per month in the caller's jurisdiction (the home page's trend chart). */
export const CareTrendQuery = graphql(`
  query CareTrend($months: Int) {
    careTrend(months: $months) {
      month
      received
      exits {
        reason
        count
      }
      averageStayDays
    }
  }
`);
