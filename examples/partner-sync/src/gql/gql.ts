/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PartnerPersonsPage($after: String) {\n    persons(first: 100, after: $after) {\n      totalCount\n      edges { node { id displayName identityStatus } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PartnerPersonsPageDocument,
    "\n  query PartnerPersonById($id: ID!) {\n    person(id: $id) { id displayName identityStatus }\n  }\n": typeof types.PartnerPersonByIdDocument,
    "\n  mutation PartnerSubscribe($input: WebhookSubscriptionInput!) {\n    subscribeToCivilAffairsChanges(input: $input) {\n      __typename\n      ... on WebhookSubscriptionChanged { secret subscription { id cursor } }\n      ... on UserError { code field message }\n    }\n  }\n": typeof types.PartnerSubscribeDocument,
    "\n  mutation PartnerCancel($id: ID!) {\n    cancelCivilAffairsWebhook(id: $id) {\n      __typename\n      ... on UserError { code message }\n    }\n  }\n": typeof types.PartnerCancelDocument,
};
const documents: Documents = {
    "\n  query PartnerPersonsPage($after: String) {\n    persons(first: 100, after: $after) {\n      totalCount\n      edges { node { id displayName identityStatus } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PartnerPersonsPageDocument,
    "\n  query PartnerPersonById($id: ID!) {\n    person(id: $id) { id displayName identityStatus }\n  }\n": types.PartnerPersonByIdDocument,
    "\n  mutation PartnerSubscribe($input: WebhookSubscriptionInput!) {\n    subscribeToCivilAffairsChanges(input: $input) {\n      __typename\n      ... on WebhookSubscriptionChanged { secret subscription { id cursor } }\n      ... on UserError { code field message }\n    }\n  }\n": types.PartnerSubscribeDocument,
    "\n  mutation PartnerCancel($id: ID!) {\n    cancelCivilAffairsWebhook(id: $id) {\n      __typename\n      ... on UserError { code message }\n    }\n  }\n": types.PartnerCancelDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPersonsPage($after: String) {\n    persons(first: 100, after: $after) {\n      totalCount\n      edges { node { id displayName identityStatus } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PartnerPersonsPage($after: String) {\n    persons(first: 100, after: $after) {\n      totalCount\n      edges { node { id displayName identityStatus } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPersonById($id: ID!) {\n    person(id: $id) { id displayName identityStatus }\n  }\n"): (typeof documents)["\n  query PartnerPersonById($id: ID!) {\n    person(id: $id) { id displayName identityStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerSubscribe($input: WebhookSubscriptionInput!) {\n    subscribeToCivilAffairsChanges(input: $input) {\n      __typename\n      ... on WebhookSubscriptionChanged { secret subscription { id cursor } }\n      ... on UserError { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerSubscribe($input: WebhookSubscriptionInput!) {\n    subscribeToCivilAffairsChanges(input: $input) {\n      __typename\n      ... on WebhookSubscriptionChanged { secret subscription { id cursor } }\n      ... on UserError { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerCancel($id: ID!) {\n    cancelCivilAffairsWebhook(id: $id) {\n      __typename\n      ... on UserError { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerCancel($id: ID!) {\n    cancelCivilAffairsWebhook(id: $id) {\n      __typename\n      ... on UserError { code message }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;