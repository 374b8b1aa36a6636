/**
 * Where the example finds Lifeline and its credentials: `LIFELINE_URL` (the gateway's GraphQL URL,
 * default `http://127.0.0.1:4000/graphql`), `LIFELINE_CLIENT_ID` (default civil affairs' demo
 * system) and `LIFELINE_CLIENT_SECRET` (default: the demo system's secret from `.data/demo-clients.json`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExampleConfig {
  graphqlUrl: string;
  clientId: string;
  clientSecret: string;
}

export function exampleConfig(env: NodeJS.ProcessEnv = process.env): ExampleConfig {
  const graphqlUrl = env.LIFELINE_URL ?? 'http://127.0.0.1:4000/graphql';
  const clientId = env.LIFELINE_CLIENT_ID ?? 'civil-affairs-system';
  if (env.LIFELINE_CLIENT_SECRET) return { graphqlUrl, clientId, clientSecret: env.LIFELINE_CLIENT_SECRET };
  const file = join(__dirname, '..', '..', '..', '.data', 'demo-clients.json');
  const { clients } = JSON.parse(readFileSync(file, 'utf8')) as { clients: Array<{ clientId: string; clientSecret: string }> };
  const found = clients.find((client) => client.clientId === clientId);
  if (!found) throw new Error(`no demo client ${clientId} in ${file}: set LIFELINE_CLIENT_SECRET`);
  return { graphqlUrl, clientId, clientSecret: found.clientSecret };
}
