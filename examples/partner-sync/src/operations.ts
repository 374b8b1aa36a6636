/**
 * The operations this partner sends, as typed documents: `npm run codegen` (at the repository's
 * root) reads them here and writes their result and variable types into `gql/` from
 * `schema/api.graphql`, so a schema change that breaks them fails the partner's typecheck.
 */
import { graphql } from './gql';

export const PersonsPage = graphql(`
  query PartnerPersonsPage($after: String) {
    persons(first: 100, after: $after) {
      totalCount
      edges { node { id displayName identityStatus } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const PersonById = graphql(`
  query PartnerPersonById($id: ID!) {
    person(id: $id) { id displayName identityStatus }
  }
`);

export const Subscribe = graphql(`
  mutation PartnerSubscribe($input: WebhookSubscriptionInput!) {
    subscribeToCivilAffairsChanges(input: $input) {
      __typename
      ... on WebhookSubscriptionChanged { secret subscription { id cursor } }
      ... on UserError { code field message }
    }
  }
`);

export const Cancel = graphql(`
  mutation PartnerCancel($id: ID!) {
    cancelCivilAffairsWebhook(id: $id) {
      __typename
      ... on UserError { code message }
    }
  }
`);
