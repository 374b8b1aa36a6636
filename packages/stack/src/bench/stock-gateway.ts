/**
 * The benchmark's baseline: a stock `@apollo/gateway` inside a plain `@apollo/server`
 * `startStandaloneServer`, on the same supergraph, with nothing added but the internal token every
 * subgraph demands, carrying one fixed caller (the benchmark's signed-in user; the stock gateway
 * verifies no user token). Run as its own process, like the Lifeline gateway:
 * `node stock-gateway.js --port 4100 --supergraph <file> --keys <dir> --caller <json> --subgraph name=url ...`
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ANONYMOUS, loadOrCreateSigningKeys, signInternalToken, type Caller } from '@lifeline/subgraph-runtime';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      supergraph: { type: 'string' },
      keys: { type: 'string' },
      caller: { type: 'string' },
      subgraph: { type: 'string', multiple: true },
    },
  });
  if (!values.port || !values.supergraph || !values.keys) throw new Error('--port, --supergraph and --keys are required');
  const urls = Object.fromEntries((values.subgraph ?? []).map((pair) => pair.split('=', 2) as [string, string]));
  const key = loadOrCreateSigningKeys(values.keys, 'internal-token');
  const caller = values.caller ? (JSON.parse(values.caller) as Caller) : ANONYMOUS;

  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(values.supergraph, 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url: urls[name] ?? url,
        willSendRequest({ request }) {
          const token = signInternalToken({ caller, requestId: randomUUID(), audience: name }, key);
          request.http?.headers.set('authorization', `Bearer ${token}`);
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(values.port), host: '127.0.0.1' } });
  console.log(`stock gateway listening at ${url}`);
}

main().catch((error: unknown) => {
  console.error(`stock gateway failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
