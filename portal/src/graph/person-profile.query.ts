/**
 * The profile page's headline query: one federated read of a person with every agency's
 * records, one fragment per agency section. When one agency's subgraph fails, its non-null
 * list nulls the whole `person` in the gateway's response (GraphQL null propagation), so the
 * page falls back to the per-section queries below to show every section that still answers.
 */
import { graphql } from '@/gql';

export const CivilAffairsSectionFragment = graphql(`
  fragment CivilAffairsSection on Person {
    ...PersonSummary
    idNumber
    phone
    dialectRegion
    features
    createdAt
    rescueCases {
      ...RescueCaseRow
    }
  }
`);

export const PublicSecuritySectionFragment = graphql(`
  fragment PublicSecuritySection on Person {
    identityChecks {
      ...IdentityCheckRow
    }
  }
`);

export const WomensFederationSectionFragment = graphql(`
  fragment WomensFederationSection on Person {
    shelterReferrals {
      ...ShelterReferralRow
    }
  }
`);

export const ForeignAffairsSectionFragment = graphql(`
  fragment ForeignAffairsSection on Person {
    aidEntrustments {
      ...AidEntrustmentRow
    }
  }
`);

export const PersonProfileQuery = graphql(`
  query PersonProfile($id: ID!) {
    person(id: $id) {
      id
      ...CivilAffairsSection
      ...PublicSecuritySection
      ...WomensFederationSection
      ...ForeignAffairsSection
    }
  }
`);

export const PersonCivilAffairsQuery = graphql(`
  query PersonCivilAffairs($id: ID!) {
    person(id: $id) {
      id
      ...CivilAffairsSection
    }
  }
`);

export const PersonPublicSecurityQuery = graphql(`
  query PersonPublicSecurity($id: ID!) {
    person(id: $id) {
      id
      ...PublicSecuritySection
    }
  }
`);

export const PersonWomensFederationQuery = graphql(`
  query PersonWomensFederation($id: ID!) {
    person(id: $id) {
      id
      ...WomensFederationSection
    }
  }
`);

export const PersonForeignAffairsQuery = graphql(`
  query PersonForeignAffairs($id: ID!) {
    person(id: $id) {
      id
      ...ForeignAffairsSection
    }
  }
`);
