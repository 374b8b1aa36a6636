/**
 * The partner's side of the wire: a client-credentials token from the gateway's OAuth endpoint, and
 * a GraphQL client that sends typed documents (generated from `schema/api.graphql`) with it.
 */
import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A token for the system, narrowed to `scope` when given (OAuth 2.0 client credentials, RFC 6749 §4.4). */
export async function clientCredentialsToken(graphqlUrl: string, clientId: string, clientSecret: string, scope?: string): Promise<string> {
  const response = await fetch(new URL('/oauth/token', graphqlUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, ...(scope ? { scope } : {}) }).toString(),
  });
  if (!response.ok) throw new Error(`the token endpoint answered ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** An error the graph answered (its code is in `extensions.code`). */
export class GraphError extends Error {
  override name = 'GraphError';
  constructor(readonly errors: ReadonlyArray<{ message: string; extensions?: { code?: string } }>) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

export type Graph = <TResult, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables) => Promise<TResult>;

/** Sends typed operations to the gateway with the token; throws `GraphError` on any error. */
export function graphClient(graphqlUrl: string, token: string): Graph {
  return async (document, variables) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (body.errors?.length) throw new GraphError(body.errors);
    if (!response.ok || !body.data) throw new Error(`the gateway answered ${response.status}`);
    return body.data as never;
  };
}
