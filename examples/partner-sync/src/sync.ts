/**
 * The worked integration, step by step, as a partner system of civil affairs would run it:
 *
 * 1. sign in with its client credentials, narrowed to `read:persons`;
 * 2. page through every person it may see (`persons`, 100 at a time, `after` the last `endCursor`);
 * 3. subscribe a webhook on civil affairs' change feed for persons, with a receiver of its own;
 * 4. take each delivery whose signature is genuine (answering 204; 401 to anything else), and read
 *    each changed person by id with its own token;
 * 5. cancel the subscription.
 */
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { clientCredentialsToken, graphClient } from './client';
import { type PartnerPersonsPageQuery } from './gql/graphql';
import { Cancel, PersonById, PersonsPage, Subscribe } from './operations';
import { isGenuineDelivery } from './signature';

export interface PartnerSyncOptions {
  /** The gateway's GraphQL URL (`http://127.0.0.1:4000/graphql` when running `npm start`). */
  graphqlUrl: string;
  clientId: string;
  clientSecret: string;
  /** Called once the webhook is subscribed (the demo makes a change there). */
  afterSubscribing?: () => Promise<void>;
  /** How long to wait for a delivery. */
  waitMs?: number;
}

export interface Delivery {
  genuine: boolean;
  changes: Array<{ cursor: string; recordType: string; recordId: string; operation: string; changedAt: string }>;
}

export interface PartnerSyncResult {
  /** Persons read page by page, and the count the graph gives. */
  persons: { read: number; totalCount: number; pages: number };
  /** Every post the receiver got, genuine or not. */
  deliveries: Delivery[];
  /** The changed persons as read by id after a genuine delivery. */
  changedPersons: Array<{ id: string; displayName: string; identityStatus: string }>;
}

/** A webhook receiver on this machine: answers 204 to a genuine delivery and 401 to anything else. */
async function startReceiver(secret: () => string | null, deliveries: Delivery[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const key = secret();
      const genuine = key !== null && isGenuineDelivery(key, req.headers['lifeline-signature'] as string | undefined, body);
      deliveries.push({ genuine, changes: genuine ? (JSON.parse(body) as { changes: Delivery['changes'] }).changes : [] });
      res.writeHead(genuine ? 204 : 401).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/lifeline-webhook` };
}

export async function runPartnerSync(options: PartnerSyncOptions): Promise<PartnerSyncResult> {
  const token = await clientCredentialsToken(options.graphqlUrl, options.clientId, options.clientSecret, 'read:persons');
  const graph = graphClient(options.graphqlUrl, token);

  // 2. Every person, page after page.
  let after: string | null = null;
  const persons = { read: 0, totalCount: 0, pages: 0 };
  for (;;) {
    const { persons: page }: PartnerPersonsPageQuery = await graph(PersonsPage, { after });
    persons.read += page.edges.length;
    persons.totalCount = page.totalCount;
    persons.pages += 1;
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? null;
  }

  // 3. A webhook for changes to persons.
  const deliveries: Delivery[] = [];
  let secret: string | null = null;
  const receiver = await startReceiver(() => secret, deliveries);
  const changedPersons: PartnerSyncResult['changedPersons'] = [];
  try {
    const { subscribeToCivilAffairsChanges: answer } = await graph(Subscribe, { input: { url: receiver.url, types: ['PERSON'] } });
    if (answer.__typename !== 'WebhookSubscriptionChanged') throw new Error(`subscribing was refused: ${answer.message}`);
    secret = answer.secret ?? null;
    const subscriptionId = answer.subscription.id;
    try {
      await options.afterSubscribing?.();
      // 4. Wait for a genuine delivery, then read what changed.
      const deadline = Date.now() + (options.waitMs ?? 30_000);
      while (!deliveries.some((d) => d.genuine) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      const ids = new Set(deliveries.filter((d) => d.genuine).flatMap((d) => d.changes.map((c) => c.recordId)));
      for (const id of ids) {
        const { person } = await graph(PersonById, { id });
        if (person) changedPersons.push(person);
      }
    } finally {
      // 5. Nothing more is posted.
      await graph(Cancel, { id: subscriptionId });
    }
  } finally {
    await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
  }
  return { persons, deliveries, changedPersons };
}
