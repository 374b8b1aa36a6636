/**
 * Three tiny agency subgraphs for the gateway's in-process tests, built like the real ones
 * (Federation 2 SDL through buildSubgraphSchema, the runtime's HTTP edge, internal tokens checked
 * with authenticateInternalRequest) and recording every call they receive. Their contributed
 * Person fields are nullable, as an outage-tolerant graph needs.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { type IncomingHttpHeaders } from 'node:http';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { authenticateInternalRequest, createLog, serveHttp, type RequestScope } from '@lifeline/subgraph-runtime';
import { serveGateway, type RunningGateway, type ServeGatewayOptions } from '../src/server';

const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

export const FAKE_SDL: Record<string, string> = {
  'civil-affairs': `${FEDERATION}
    type Person @key(fields: "id") { id: ID! displayName: String! sex: String! }
    type Query { person(id: ID!): Person persons(first: Int = 20): [Person!]! }`,
  'public-security': `${FEDERATION}
    type Person @key(fields: "id") { id: ID! identityChecks: [IdentityCheck!] }
    type IdentityCheck @key(fields: "id") { id: ID! status: String! person: Person! }`,
  'womens-federation': `${FEDERATION}
    type Person @key(fields: "id") { id: ID! shelterReferrals: [ShelterReferral!] }
    type ShelterReferral @key(fields: "id") { id: ID! status: String! }`,
};

type Ref = { id: string };

const RESOLVERS: Record<string, unknown> = {
  'civil-affairs': {
    Query: {
      person: (_: unknown, { id }: Ref) => ({ id, displayName: `Person ${id}`, sex: 'UNKNOWN' }),
      persons: (_: unknown, { first }: { first: number }) =>
        Array.from({ length: first }, (_v, i) => ({ id: `p${i + 1}`, displayName: `Person p${i + 1}`, sex: 'UNKNOWN' })),
    },
    Person: { __resolveReference: (ref: Ref) => ({ id: ref.id, displayName: `Person ${ref.id}`, sex: 'UNKNOWN' }) },
  },
  'public-security': {
    Person: {
      __resolveReference: (ref: Ref) => ref,
      identityChecks: (person: Ref) => [{ id: `ic-${person.id}`, status: 'REQUESTED', person: { id: person.id } }],
    },
  },
  'womens-federation': {
    Person: {
      __resolveReference: (ref: Ref) => ref,
      shelterReferrals: (person: Ref) => [{ id: `sr-${person.id}`, status: 'SUBMITTED' }],
    },
  },
};

/** The supergraph of the fake subgraphs, composed the way schema/compose.mjs composes the real one. */
export function composeFakeSupergraph(urls: Record<string, string>): string {
  const result = composeServices(
    Object.entries(FAKE_SDL).map(([name, sdl]) => ({ name, url: urls[name] ?? `http://127.0.0.1:9/${name}`, typeDefs: parse(sdl) })),
  );
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

export interface ReceivedCall {
  headers: IncomingHttpHeaders;
  scope: RequestScope;
  /** The decoded claims of the internal token, as sent. */
  claims: Record<string, unknown>;
}

export interface FakeSubgraph {
  name: string;
  url: string;
  calls: ReceivedCall[];
  /** Requests refused for a missing or invalid internal token. */
  rejected: number;
  /** While set, every call is recorded and then waits for it before being answered (a hung agency). */
  hold?: Promise<void> | undefined;
  close(): Promise<void>;
}

/** Starts one fake subgraph on a free port, accepting only internal tokens signed for it. */
export async function startFakeSubgraph(name: string, publicKey: KeyObject): Promise<FakeSubgraph> {
  const apollo = new ApolloServer<RequestScope>({
    schema: buildSubgraphSchema({ typeDefs: parse(FAKE_SDL[name]!), resolvers: RESOLVERS[name] as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const fake: FakeSubgraph = { name, url: '', calls: [], rejected: 0, close: async () => {} };
  const http = await serveHttp<RequestScope>({
    apollo,
    host: '127.0.0.1',
    port: 0,
    log: createLog(name, 'silent'),
    ready: async () => true,
    // Like a real subgraph, the gateway names the request.
    requestIds: 'trust-caller',
    context: async ({ req, requestId }) => {
      try {
        const scope = authenticateInternalRequest(req.headers.authorization, publicKey, name, requestId);
        const token = (req.headers.authorization ?? '').split(' ')[1] ?? '';
        const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
        fake.calls.push({ headers: req.headers, scope, claims });
        if (fake.hold) await fake.hold;
        return scope;
      } catch (error) {
        fake.rejected += 1;
        throw error;
      }
    },
  });
  fake.url = http.url;
  fake.close = http.close;
  return fake;
}

/** A fresh ES256 key pair, as the gateway and the subgraphs would share. */
export function testSigningKeys(): { privateKey: KeyObject; publicKey: KeyObject; kid: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, publicKey, kid: 'test-key' };
}

/**
 * Trusted documents as the demo runs them (text accepted from everyone, no manifest): for the
 * suites about other things, which send query text.
 */
export const TEXT_ALLOWED = { freeText: 'allow', manifest: new Map<string, string>() } as const;

/**
 * The gateway over the fake subgraphs at `subgraphUrls`, as the suites start it: production mode,
 * silent, on a free local port, query text allowed; `options` sets anything else (a caller, a cost
 * budget, call policies, the mode, trusted documents).
 */
export function serveTestGateway(
  subgraphUrls: Record<string, string>,
  signingKey: ServeGatewayOptions['signingKey'],
  options: Partial<ServeGatewayOptions> = {},
): Promise<RunningGateway> {
  return serveGateway({
    supergraphSdl: composeFakeSupergraph(subgraphUrls),
    subgraphUrls,
    signingKey,
    trustedDocuments: TEXT_ALLOWED,
    mode: 'production',
    log: createLog('gateway', 'silent'),
    host: '127.0.0.1',
    port: 0,
    ...options,
  });
}
