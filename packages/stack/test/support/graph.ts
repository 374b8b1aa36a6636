/**
 * Calling the shared stack's gateway as a demo account, signing each account in once per suite.
 */
import { readFileSync } from 'node:fs';
import { demoPassword } from '../../src/config';
import { postGraphQL, type GraphQLHttpResponse } from '../../src/graphql-request';
import { signIn } from '../../src/sign-in';
import { sharedStack } from './shared-stack';

export type AsUser = <T>(username: string, query: string, variables?: Record<string, unknown>) => Promise<GraphQLHttpResponse<T>>;

/** Calls as one user and returns the data, failing the test on any GraphQL error. */
export type DataAs = (username: string) => <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Calls the gateway as one caller (a user, a system, or a token made by the test). */
export type Reader = <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLHttpResponse<T>>;

/** Calls `gatewayUrl` (default: the shared stack's) with a bearer token the test already holds. */
export function withToken(token: string, gatewayUrl: () => string = () => sharedStack().gatewayUrl): Reader {
  return (query, variables = {}) => postGraphQL(gatewayUrl(), query, variables, { authorization: `Bearer ${token}` });
}

/** A caller of `gatewayUrl` (default: the shared stack's) that signs each user in on first use. */
export function gatewayCaller(gatewayUrl: () => string = () => sharedStack().gatewayUrl): {
  as: AsUser;
  dataAs: DataAs;
  /** The same as `as`, one user at a time: `reader('center.staff')(query)`. */
  reader: (username: string) => Reader;
  token: (username: string) => Promise<string>;
} {
  const tokens = new Map<string, string>();
  const token = async (username: string) => {
    let value = tokens.get(username);
    if (!value) {
      value = await signIn(gatewayUrl(), username, demoPassword());
      tokens.set(username, value);
    }
    return value;
  };
  const as: AsUser = async (username, query, variables = {}) =>
    postGraphQL(gatewayUrl(), query, variables, { authorization: `Bearer ${await token(username)}` });
  const dataAs: DataAs =
    (username) =>
    async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const res = await as<T>(username, query, variables);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
  const reader = (username: string): Reader => (query, variables) => as(username, query, variables);
  return { as, dataAs, reader, token };
}

export type AsClient = <T>(clientId: string, query: string, variables?: Record<string, unknown>) => Promise<GraphQLHttpResponse<T>>;

/**
 * A caller of the shared stack's gateway as a demo integrating system, with a client-credentials
 * token (every scope the client may ask for unless `scope` narrows it), fetched once per client.
 */
export function clientCaller(scopeOf: (clientId: string) => string | undefined = () => undefined): {
  as: AsClient;
  reader: (clientId: string) => Reader;
  /** The client's access token (for requests other than `POST /graphql` with text). */
  token: (clientId: string) => Promise<string>;
} {
  const tokens = new Map<string, string>();
  const token = async (clientId: string) => {
    let value = tokens.get(clientId);
    if (!value) {
      const stack = sharedStack();
      const { clients } = JSON.parse(readFileSync(stack.demoClientsFile, 'utf8')) as { clients: Array<{ clientId: string; clientSecret: string }> };
      const secret = clients.find((c) => c.clientId === clientId)?.clientSecret;
      if (!secret) throw new Error(`no demo client ${clientId}`);
      const scope = scopeOf(clientId);
      const response = await fetch(new URL('/oauth/token', stack.gatewayUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, ...(scope ? { scope } : {}) }).toString(),
      });
      if (response.status !== 200) throw new Error(`token for ${clientId}: HTTP ${response.status}`);
      value = ((await response.json()) as { access_token: string }).access_token;
      tokens.set(clientId, value);
    }
    return value;
  };
  const as: AsClient = async (clientId, query, variables = {}) => postGraphQL(sharedStack().gatewayUrl, query, variables, { authorization: `Bearer ${await token(clientId)}` });
  const reader = (clientId: string): Reader => (query, variables) => as(clientId, query, variables);
  return { as, reader, token };
}
