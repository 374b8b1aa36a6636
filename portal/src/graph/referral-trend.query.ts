import { graphql } from '@/gql';

/** Shelter referrals submitted per month, by risk, over those the caller may see (the home page's chart). */
export const ReferralTrendQuery = graphql(`
  query ReferralTrend($months: Int) {
    referralTrend(months: $months) {
      month
      submitted
      byRisk {
        riskLevel
        count
      }
    }
  }
`);
