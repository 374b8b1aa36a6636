/**
 * The exchange's guarantees, proved against real databases (one per agency) and run once per
 * transport: a rolled-back change emits nothing; a consumer stopped mid-stream and restarted loses
 * nothing and applies nothing twice; a poison event lands in the dead letters and the rest apply;
 * many concurrent changes end with the projection equal to the source.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Entity, MikroORM, PrimaryKey, Property } from '@mikro-orm/core';
import { type EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ormOptions } from '../src/database/orm';
import {
  EXCHANGE_ENTITIES,
  ExchangeConsumer,
  ExchangeDeadLetter,
  ExchangeOutboxEvent,
  ExchangeProcessedEvent,
  ExchangePublishError,
  ExchangeRejection,
  embeddedTransport,
  exchangeFeedRoute,
  exchangeKeys,
  feedUrl,
  natsTransport,
  hasDrift,
  publish,
  readFeed,
  rebuildProjection,
  reconcileProjection,
  signEvent,
  signExchangeToken,
  toEnvelope,
  type ExchangeHandlers,
  type ExchangeTransport,
  type ProjectionDefinition,
} from '../src/exchange';
import { optionalTestEnv, testEnv } from '../src/testing';

/** The facts the producer publishes of a person, as columns of its record and of the consumer's projection of it. */
abstract class TestPersonFacts {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text', nullable: true })
  county: string | null = null;

  @Property({ type: 'boolean' })
  foreignNational = false;

  @Property({ type: 'boolean' })
  protected = false;
}

/** The producer's own record: a person with the facts it publishes. */
@Entity({ tableName: 'test_person' })
class TestPerson extends TestPersonFacts {}

/** The consumer's projection of it, with how many events were applied to each row. */
@Entity({ tableName: 'test_person_projection' })
class TestPersonProjection extends TestPersonFacts {
  @Property({ type: 'text' })
  entitled = '';

  @Property({ type: 'uuid', nullable: true })
  mergedInto: string | null = null;

  @Property({ type: 'boolean' })
  removed = false;

  @Property({ type: 'integer' })
  appliedEvents = 0;
}

const PRODUCER = 'civil-affairs';
const CONSUMER = 'public-security';

async function openOrm(clientUrl: string): Promise<MikroORM<PostgreSqlDriver>> {
  const orm = await MikroORM.init(ormOptions({ name: 'exchange-test', clientUrl, entities: [...EXCHANGE_ENTITIES, TestPerson, TestPersonProjection], migrationsPath: __dirname }));
  await orm.schema.refreshDatabase();
  return orm;
}

const handlers: ExchangeHandlers = {
  'person.registered': async (em, event) => upsert(em, event.payload.personId, { county: event.payload.county, foreignNational: event.payload.foreignNational }),
  'person.updated': async (em, event) => upsert(em, event.payload.personId, { county: event.payload.county, foreignNational: event.payload.foreignNational }),
  'person.protection-started': async (em, event) => upsert(em, event.payload.personId, { protected: true, entitled: event.payload.entitledUsernames.join(' ') }),
  'person.protection-ended': async (em, event) => upsert(em, event.payload.personId, { protected: false, entitled: '' }),
  'person.merged': async (em, event) => upsert(em, event.payload.personId, { mergedInto: event.payload.intoPersonId }),
  'person.removed': async (em, event) => upsert(em, event.payload.personId, { removed: true }),
};

async function upsert(em: EntityManager, id: string, facts: Partial<TestPersonProjection>) {
  const row = (await em.findOne(TestPersonProjection, { id })) ?? em.create(TestPersonProjection, { id, foreignNational: false, protected: false, entitled: '', removed: false, appliedEvents: 0 });
  em.assign(row, facts);
  row.appliedEvents += 1;
  await em.flush();
}

/** One change at the producer: the record and its event in one transaction. */
async function register(orm: MikroORM<PostgreSqlDriver>, county: string, options: { fail?: boolean } = {}): Promise<string> {
  const id = randomUUID();
  await orm.em.fork().transactional(async (tx) => {
    tx.create(TestPerson, { id, county, foreignNational: false, protected: false });
    await tx.flush();
    await publish(tx, PRODUCER, { type: 'person.registered', subjectId: id, payload: { personId: id, county, foreignNational: false } });
    if (options.fail) throw new Error('the change failed after publishing');
  });
  return id;
}

async function move(orm: MikroORM<PostgreSqlDriver>, id: string, county: string): Promise<void> {
  await orm.em.fork().transactional(async (tx) => {
    const person = await tx.findOneOrFail(TestPerson, { id });
    person.county = county;
    await tx.flush();
    await publish(tx, PRODUCER, { type: 'person.updated', subjectId: id, payload: { personId: id, county, foreignNational: person.foreignNational } });
  });
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface TransportFixture {
  transport: ExchangeTransport;
  close(): Promise<void>;
}

const dataDir = mkdtempSync(join(tmpdir(), 'lifeline-exchange-'));
const producerKey = () => exchangeKeys(dataDir, PRODUCER);
/** An event as the producer signs it. */
function signed<T extends Parameters<typeof signEvent>[0]>(event: T): T & { signature: string } {
  return { ...event, signature: signEvent(event, producerKey().privateKey) };
}

/** The embedded feed: the producer's outbox served over HTTP, read with the consumer's exchange token. */
async function embeddedFixture(producerOrm: MikroORM<PostgreSqlDriver>): Promise<TransportFixture & { url: string }> {
  const route = exchangeFeedRoute({
    orm: producerOrm,
    producer: PRODUCER,
    publicKeyOf: (agency) => exchangeKeys(dataDir, agency).publicKey,
    signingKey: exchangeKeys(dataDir, PRODUCER).privateKey,
  });
  const server: Server = createServer((req, res) => {
    route(req, res).then(
      (handled) => {
        if (!handled) res.writeHead(404).end();
      },
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const transport = embeddedTransport({ reader: CONSUMER, key: exchangeKeys(dataDir, CONSUMER), feedUrlOf: () => feedUrl(url), pollIntervalMs: 20, pageSize: 50 });
  return {
    transport,
    url,
    close: async () => {
      await transport.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** NATS JetStream: the producer's relay publishes its outbox to its stream; the consumer reads a durable consumer. */
async function natsFixture(producerOrm: MikroORM<PostgreSqlDriver>): Promise<TransportFixture> {
  // Unique stream and consumer names per run, so parallel runs never share them. The relay sleeps a
  // minute when drained, so only the producer's commits can move events in time.
  const prefix = `test_${randomUUID().slice(0, 8)}`;
  const log = { debug() {}, info() {}, warn() {}, error() {} };
  const servers = testEnv('TEST_NATS_URL');
  const relay = await natsTransport({ servers, agency: PRODUCER, orm: producerOrm, log, prefix, relayIntervalMs: 60_000, signingKey: exchangeKeys(dataDir, PRODUCER).privateKey });
  await relay.startProducer!();
  // Small batches, as the embedded feed's pages here, so a consumer can be stopped mid-stream.
  const transport = await natsTransport({ servers, agency: CONSUMER, orm: producerOrm, log, prefix, applyBatch: 50 });
  return {
    transport,
    close: async () => {
      await transport.close();
      await relay.close();
    },
  };
}

const NATS_REACHABLE = optionalTestEnv('TEST_NATS_REACHABLE') === 'true';
type MakeFixture = (orm: MikroORM<PostgreSqlDriver>) => Promise<TransportFixture>;
const transports: Array<[string, MakeFixture]> = [['embedded feed', embeddedFixture]];
if (NATS_REACHABLE) transports.push(['NATS JetStream', natsFixture]);

if (!NATS_REACHABLE) {
  describe.skip(`the exchange over NATS JetStream: skipped, no NATS server answers at ${optionalTestEnv('TEST_NATS_URL')}`, () => {
    it('runs when a NATS server with JetStream answers', () => undefined);
  });
}

describe.each(transports)('the exchange over the %s', (_name, makeFixture) => {
  let producer: MikroORM<PostgreSqlDriver>;
  let consumerOrm: MikroORM<PostgreSqlDriver>;
  let fixture: TransportFixture;
  let consumer: ExchangeConsumer;

  const count = async (orm: MikroORM<PostgreSqlDriver>, entity: Parameters<EntityManager['count']>[0]) => orm.em.fork().count(entity, {});
  const projectionEqualsSource = async () => {
    const source = await producer.em.fork().find(TestPerson, {}, { orderBy: { id: 'asc' } });
    const projection = await consumerOrm.em.fork().find(TestPersonProjection, {}, { orderBy: { id: 'asc' } });
    return JSON.stringify(source.map((p) => [p.id, p.county])) === JSON.stringify(projection.map((p) => [p.id, p.county]));
  };
  const caughtUp = async () => (await consumer.storedPosition()) === ((await producer.em.fork().getConnection().execute('select coalesce(max(position), 0)::text as head from exchange_outbox'))[0] as { head: string }).head;

  beforeAll(async () => {
    producer = await openOrm(testEnv('TEST_PRODUCER_DATABASE_URL'));
    consumerOrm = await openOrm(testEnv('TEST_CONSUMER_DATABASE_URL'));
    fixture = await makeFixture(producer);
    consumer = new ExchangeConsumer({ orm: consumerOrm, consumer: CONSUMER, source: PRODUCER, handlers, transport: fixture.transport, publicKey: producerKey().publicKey });
  });

  afterAll(async () => {
    await consumer.stop();
    await fixture.close();
    await producer.close(true);
    await consumerOrm.close(true);
  });

  it('emits nothing for a rolled-back change, and the next committed change arrives', async () => {
    await expect(register(producer, '379902', { fail: true })).rejects.toThrow('the change failed');
    expect(await count(producer, TestPerson)).toBe(0);
    expect(await count(producer, ExchangeOutboxEvent)).toBe(0);
    const id = await register(producer, '379903');
    await consumer.start();
    await until(caughtUp, 'the consumer caught up');
    const projection = await consumerOrm.em.fork().find(TestPersonProjection, {});
    expect(projection.map((p) => [p.id, p.county])).toEqual([[id, '379903']]);
    await consumer.stop();
  });

  it('refuses to publish outside a transaction or with a payload its schema refuses, and stores nothing', async () => {
    const before = await count(producer, ExchangeOutboxEvent);
    await expect(
      publish(producer.em.fork() as EntityManager, PRODUCER, { type: 'person.registered', subjectId: 'x', payload: { personId: randomUUID(), county: null, foreignNational: false } }),
    ).rejects.toThrow(ExchangePublishError);
    await expect(
      producer.em.fork().transactional((tx) =>
        publish(tx, PRODUCER, { type: 'person.registered', subjectId: 'x', payload: { personId: 'not-a-uuid', county: '37', foreignNational: false, shelterAddress: 'secret' } as never }),
      ),
    ).rejects.toThrow(/payload refused/);
    await expect(
      producer.em.fork().transactional((tx) => publish(tx, 'public-security', { type: 'person.protection-ended', subjectId: 'x', payload: { personId: randomUUID() } })),
    ).rejects.toThrow(/owned by civil-affairs/);
    expect(await count(producer, ExchangeOutboxEvent)).toBe(before);
  });

  it('loses nothing and applies nothing twice when the consumer is stopped mid-stream and restarted', async () => {
    const before = await count(producer, ExchangeOutboxEvent);
    const ids: string[] = [];
    for (let i = 0; i < 40; i += 1) ids.push(await register(producer, '379901'));
    for (let round = 0; round < 5; round += 1) for (const id of ids) await move(producer, id, `37990${round + 2}`);
    const published = await count(producer, ExchangeOutboxEvent);
    expect(published - before).toBe(40 * 6);

    await consumer.start();
    await until(async () => Number(await consumer.storedPosition()) >= before + 60, 'part of the stream was applied');
    await consumer.stop();
    const midway = Number(await consumer.storedPosition());
    expect(midway).toBeLessThan(published);

    await consumer.start();
    await until(caughtUp, 'the restarted consumer caught up');
    await consumer.stop();
    expect(await count(consumerOrm, ExchangeProcessedEvent)).toBe(published);
    const applied = await consumerOrm.em.fork().find(TestPersonProjection, { id: { $in: ids } });
    expect(applied.map((p) => p.appliedEvents)).toEqual(ids.map(() => 6));
    expect(await projectionEqualsSource()).toBe(true);
    expect(consumer.lag()).toMatchObject({ eventsBehind: 0, secondsBehind: 0 });
    // 240 changes, each its own transaction, and two waits of up to 30 s: more than the default
    // minute on a machine busy with the other workspaces' suites (a test that times out keeps
    // running and would change the records the next test reads).
  }, 180_000);

  it('changes nothing when an event is delivered again, and skips an older event of a subject', async () => {
    const rows = await producer.em.fork().find(ExchangeOutboxEvent, {}, { orderBy: { position: 'asc' }, limit: 3 });
    const envelopes = rows.map((row) => toEnvelope(row, producerKey().privateKey));
    const before = await consumerOrm.em.fork().find(TestPersonProjection, {}, { orderBy: { id: 'asc' } });
    expect(await consumer.deliver(envelopes)).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    // The same subject's older sequence under a new id: applied after a newer one, it would roll the projection back.
    const stale = signed({ ...envelopes[1]!, eventId: randomUUID(), subjectSeq: 1, payload: { ...(envelopes[1]!.payload as object), county: '379999' } });
    expect(await consumer.deliver([stale])).toEqual(['SKIPPED']);
    const after = await consumerOrm.em.fork().find(TestPersonProjection, {}, { orderBy: { id: 'asc' } });
    expect(after.map((p) => [p.id, p.county, p.appliedEvents])).toEqual(before.map((p) => [p.id, p.county, p.appliedEvents]));
  });

  it('puts a poison event in the dead letters with the reason and applies the events after it', async () => {
    const outbox = producer.em.fork();
    const bad = randomUUID();
    // Written past publish's checks, as a faulty or hostile producer could: a bad payload, and a fact this agency does not own.
    await outbox.getConnection().execute(
      `insert into exchange_outbox (event_id, type, owner, subject_type, subject_id, subject_seq, occurred_at, payload_version, payload) values
         (?, 'person.registered', 'civil-affairs', 'Person', ?, 1, now(), 1, '{"personId":"nope"}'),
         (?, 'person.registered', 'public-security', 'Person', ?, 1, now(), 1, ?)`,
      [bad, bad, randomUUID(), randomUUID(), JSON.stringify({ personId: randomUUID(), county: null, foreignNational: false })],
    );
    const next = await register(producer, '379904');
    await consumer.start();
    await until(caughtUp, 'the consumer passed the poison events');
    await consumer.stop();
    const letters = await consumerOrm.em.fork().find(ExchangeDeadLetter, {}, { orderBy: { id: 'asc' } });
    expect(letters.map((l) => l.reason)).toEqual([expect.stringMatching(/^person\.registered payload refused: personId/), 'person.registered is owned by civil-affairs; refused from public-security through the feed of civil-affairs']);
    expect(await consumerOrm.em.fork().findOne(TestPersonProjection, { id: next })).toMatchObject({ county: '379904' });
  });

  it('applies only what the source signed: an unsigned, altered or foreign-signed event goes to the dead letters', async () => {
    const id = randomUUID();
    const base = { eventId: randomUUID(), type: 'person.registered', owner: PRODUCER, subjectType: 'Person', subjectId: id, subjectSeq: 1, occurredAt: new Date().toISOString(), payloadVersion: 1, payload: { personId: id, county: '379905', foreignNational: false } };
    // Positions below the consumer's own, so these hand-delivered events leave its offset where it is.
    const at = 1n;
    const unsigned = { ...base, position: String(at) };
    const altered = { ...signed({ ...base, eventId: randomUUID(), position: String(at + 1n) }), payload: { ...base.payload, county: '379906' } };
    const stranger = exchangeKeys(mkdtempSync(join(tmpdir(), 'lifeline-stranger-')), PRODUCER);
    const foreign = { ...base, eventId: randomUUID(), position: String(at + 2n) };
    const foreignSigned = { ...foreign, signature: signEvent(foreign, stranger.privateKey) };
    expect(await consumer.deliver([unsigned, altered, foreignSigned])).toEqual(['DEAD_LETTER', 'DEAD_LETTER', 'DEAD_LETTER']);
    const letters = await consumerOrm.em.fork().find(ExchangeDeadLetter, { eventId: { $in: [unsigned.eventId, altered.eventId, foreignSigned.eventId] } }, { orderBy: { id: 'asc' } });
    expect(letters.map((l) => l.reason)).toEqual([
      'person.registered is not signed by civil-affairs: no signature',
      'person.registered is not signed by civil-affairs: the signature does not match the event',
      'person.registered is not signed by civil-affairs: the signature does not match the event',
    ]);
    expect(await consumerOrm.em.fork().findOne(TestPersonProjection, { id })).toBeNull();
    // The same event as the source signs it is applied.
    expect(await consumer.deliver([signed({ ...base, eventId: randomUUID(), position: String(at + 3n) })])).toEqual(['APPLIED']);
    expect(await consumerOrm.em.fork().findOne(TestPersonProjection, { id })).toMatchObject({ county: '379905' });
    // No producer record stands behind this hand-made event: the projection is left as the source implies.
    await consumerOrm.em.fork().nativeDelete(TestPersonProjection, { id });
  });

  it('applies a page of events together, in order, skipping repeats and stale ones inside it; a failing event alone goes to the dead letters', async () => {
    const at = 1n; // below the consumer's own offset, which these hand-delivered events leave where it is
    const event = (personId: string, type: 'person.registered' | 'person.updated', subjectSeq: number, county: string, offset: bigint) =>
      signed({ eventId: randomUUID(), type, owner: PRODUCER, subjectType: 'Person', subjectId: personId, subjectSeq, occurredAt: new Date().toISOString(), payloadVersion: 1, payload: { personId, county, foreignNational: false }, position: String(at + offset) });
    const projectionOf = (id: string) => consumerOrm.em.fork().findOne(TestPersonProjection, { id });

    // A subject's events in one page: the repeat and the older one inside the page change nothing.
    const one = randomUUID();
    const registered = event(one, 'person.registered', 1, '379911', 0n);
    const updated = event(one, 'person.updated', 2, '379912', 1n);
    const stale = event(one, 'person.updated', 1, '379913', 2n);
    expect(await consumer.deliver([registered, updated, stale, registered])).toEqual(['APPLIED', 'APPLIED', 'SKIPPED', 'DUPLICATE']);
    expect(await projectionOf(one)).toMatchObject({ county: '379912', appliedEvents: 2 });
    expect(await consumerOrm.em.fork().count(ExchangeProcessedEvent, { eventId: { $in: [registered.eventId, updated.eventId, stale.eventId] } })).toBe(2);
    // Rows written by one transaction share its id (xmin): the page was applied in one.
    const transactionsOf = async (eventIds: string[]) =>
      Number(
        (
          await consumerOrm.em
            .fork()
            .getConnection()
            .execute<Array<{ n: string | number }>>(`select count(distinct xmin::text) as n from exchange_processed_event where event_id in (${eventIds.map(() => '?').join(', ')})`, eventIds)
        )[0]!.n,
      );
    expect(await transactionsOf([registered.eventId, updated.eventId])).toBe(1);

    // A handler that fails on one event of the page: the others are applied once, that one is dead-lettered with the reason.
    const refusing = new ExchangeConsumer({
      orm: consumerOrm,
      consumer: CONSUMER,
      source: PRODUCER,
      transport: fixture.transport,
      publicKey: producerKey().publicKey,
      handlers: {
        ...handlers,
        'person.updated': async (em, received) => {
          if (received.payload.county === '379900') throw new ExchangeRejection('county 379900 is closed');
          await handlers['person.updated']!(em, received);
        },
      },
    });
    const two = randomUUID();
    const three = randomUUID();
    const page = [event(two, 'person.registered', 1, '379914', 3n), event(two, 'person.updated', 2, '379900', 4n), event(three, 'person.registered', 1, '379915', 5n), event(two, 'person.updated', 3, '379916', 6n)];
    expect(await refusing.deliver(page)).toEqual(['APPLIED', 'DEAD_LETTER', 'APPLIED', 'APPLIED']);
    expect(await projectionOf(two)).toMatchObject({ county: '379916', appliedEvents: 2 });
    expect(await projectionOf(three)).toMatchObject({ county: '379915', appliedEvents: 1 });
    const letter = await consumerOrm.em.fork().findOneOrFail(ExchangeDeadLetter, { eventId: page[1]!.eventId });
    expect(letter.reason).toBe('county 379900 is closed');
    expect(await consumerOrm.em.fork().count(ExchangeProcessedEvent, { eventId: { $in: page.map((e) => e.eventId) } })).toBe(3);
    // That page was kept nowhere as a whole, then applied one event at a time.
    expect(await transactionsOf([page[0]!.eventId, page[2]!.eventId, page[3]!.eventId])).toBe(3);
    // Delivered again, the whole page is a repeat (the dead-lettered event is not applied on a second delivery either).
    expect((await refusing.deliver(page)).filter((outcome) => outcome === 'APPLIED')).toEqual([]);
    expect(await projectionOf(two)).toMatchObject({ county: '379916', appliedEvents: 2 });
    // No producer record stands behind these hand-made events.
    await consumerOrm.em.fork().nativeDelete(TestPersonProjection, { id: { $in: [one, two, three] } });
  });

  it('carries merges and removals in order after the facts they end, and refuses a merge into itself at publish', async () => {
    const [duplicate, survivor, mistaken] = [await register(producer, '379904'), await register(producer, '379904'), await register(producer, '379904')];
    const at = new Date().toISOString();
    await producer.em.fork().transactional(async (tx) => {
      await publish(tx, PRODUCER, { type: 'person.merged', subjectId: duplicate, payload: { personId: duplicate, intoPersonId: survivor, mergedAt: at } });
      await publish(tx, PRODUCER, { type: 'person.removed', subjectId: mistaken, payload: { personId: mistaken, removedAt: at } });
    });
    const before = await count(producer, ExchangeOutboxEvent);
    await expect(
      producer.em.fork().transactional((tx) => publish(tx, PRODUCER, { type: 'person.merged', subjectId: survivor, payload: { personId: survivor, intoPersonId: survivor, mergedAt: at } })),
    ).rejects.toThrow(/payload refused: intoPersonId a person cannot be merged into itself/);
    expect(await count(producer, ExchangeOutboxEvent)).toBe(before);
    await consumer.start();
    await until(caughtUp, 'the consumer caught up');
    await consumer.stop();
    const rows = await consumerOrm.em.fork().find(TestPersonProjection, { id: { $in: [duplicate, survivor, mistaken] } });
    const byId = new Map(rows.map((row) => [row.id, [row.mergedInto, row.removed, row.appliedEvents]]));
    expect([byId.get(duplicate), byId.get(survivor), byId.get(mistaken)]).toEqual([
      [survivor, false, 2],
      [null, false, 1],
      [null, true, 2],
    ]);
  });

  it('ends 1,000 concurrent changes with the projection equal to the source', async () => {
    await consumer.start();
    // 100 changes in flight at a time (the pool holds 10 connections; more would only queue for one).
    const ids: string[] = [];
    for (let wave = 0; wave < 5; wave += 1) {
      ids.push(...(await Promise.all(Array.from({ length: 100 }, (_, i) => register(producer, `3799${String(10 + ((wave * 100 + i) % 80)).padStart(2, '0')}`)))));
    }
    for (let wave = 0; wave < 5; wave += 1) {
      await Promise.all(ids.slice(wave * 100, wave * 100 + 100).map((id, i) => move(producer, id, `3799${String(10 + (((wave * 100 + i) * 7) % 80)).padStart(2, '0')}`)));
    }
    await until(caughtUp, 'the consumer caught up with 1,000 changes', 230_000);
    await consumer.stop();
    expect(await projectionEqualsSource()).toBe(true);
    const applied = await consumerOrm.em.fork().find(TestPersonProjection, { id: { $in: ids } });
    expect(applied.every((p) => p.appliedEvents === 2)).toBe(true);
  }, 240_000);
});

describe('the embedded feed', () => {
  let producer: MikroORM<PostgreSqlDriver>;
  let fixture: Awaited<ReturnType<typeof embeddedFixture>>;

  beforeAll(async () => {
    producer = await MikroORM.init(ormOptions({ name: 'exchange-test', clientUrl: testEnv('TEST_PRODUCER_DATABASE_URL'), entities: [...EXCHANGE_ENTITIES, TestPerson, TestPersonProjection], migrationsPath: __dirname }));
    fixture = await embeddedFixture(producer);
  });
  afterAll(async () => {
    await fixture.close();
    await producer.close(true);
  });

  const get = (query: string, token?: string) => fetch(`${feedUrl(fixture.url)}${query}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('answers only an agency that signs with its own exchange key, for this producer', async () => {
    expect((await get('?after=0')).status).toBe(401);
    const stranger = exchangeKeys(mkdtempSync(join(tmpdir(), 'lifeline-stranger-')), CONSUMER);
    expect((await get('?after=0', signExchangeToken(CONSUMER, PRODUCER, stranger))).status).toBe(401);
    expect((await get('?after=0', signExchangeToken(CONSUMER, 'foreign-affairs', exchangeKeys(dataDir, CONSUMER)))).status).toBe(401);
    const ok = await get('?after=0&limit=2', signExchangeToken(CONSUMER, PRODUCER, exchangeKeys(dataDir, CONSUMER)));
    expect(ok.status).toBe(200);
    const page = (await ok.json()) as { events: unknown[]; head: string };
    expect(page.events).toHaveLength(2);
    expect(Number(page.head)).toBeGreaterThan(2);
  });

  it('refuses a malformed position, limit or wait', async () => {
    const token = signExchangeToken(CONSUMER, PRODUCER, exchangeKeys(dataDir, CONSUMER));
    expect((await get('?after=1;drop', token)).status).toBe(400);
    expect((await get('?after=0&limit=100000', token)).status).toBe(400);
    expect((await get('?after=0&wait=600000', token)).status).toBe(400);
    expect((await get('?after=0&wait=soon', token)).status).toBe(400);
  });
  it('lets an operator reconcile a projection with the feed, find drift, and rebuild it from the start', async () => {
    const consumerOrm = await MikroORM.init(
      ormOptions({ name: 'exchange-test', clientUrl: testEnv('TEST_CONSUMER_DATABASE_URL'), entities: [...EXCHANGE_ENTITIES, TestPerson, TestPersonProjection], migrationsPath: __dirname }),
    );
    const projection: ProjectionDefinition = {
      description: 'test persons by county',
      tables: ['test_person_projection'],
      fold(events) {
        const rows = new Map<string, Record<string, unknown>>();
        for (const event of events) {
          if (event.type === 'person.registered' || event.type === 'person.updated') {
            const payload = event.payload as { personId: string; county: string | null };
            rows.set(payload.personId, { county: payload.county });
          }
        }
        return rows;
      },
      async load(em) {
        return new Map((await em.find(TestPersonProjection, {}, { disableIdentityMap: true })).map((row) => [row.id, { county: row.county }]));
      },
    };
    const feed = () => readFeed({ url: feedUrl(fixture.url), reader: CONSUMER, source: PRODUCER, key: exchangeKeys(dataDir, CONSUMER), pageSize: 100 });
    const reconcile = () => reconcileProjection(consumerOrm.em.fork(), PRODUCER, projection, feed(), producerKey().publicKey);
    // Stopped in `finally` too: a consumer left polling after a failed wait would keep Jest alive.
    let replay: ExchangeConsumer | undefined;
    try {
      // After the runs above the projection agrees with every event it applied.
      const clean = await reconcile();
      expect(hasDrift(clean)).toBe(false);
      expect(clean.rowsStored).toBeGreaterThanOrEqual(500);
      expect(clean.rowsExpected).toBe(clean.rowsStored);
      expect(clean.eventsRead).toBeGreaterThanOrEqual(1_000);
      expect(clean.eventsBehind).toBe(0);

      // A row changed behind the consumer's back, one removed and one that no event made.
      const db = consumerOrm.em.fork().getConnection();
      const [changed, removed] = (await db.execute<Array<{ id: string }>>('select id from test_person_projection order by id limit 2')).map((r) => r.id);
      const stray = randomUUID();
      await db.execute(`update test_person_projection set county = '000000' where id = ?`, [changed]);
      await db.execute(`delete from test_person_projection where id = ?`, [removed]);
      await db.execute(`insert into test_person_projection (id, county, foreign_national, protected, entitled, applied_events) values (?, '379901', false, false, '', 1)`, [stray]);
      const drift = await reconcile();
      expect(hasDrift(drift)).toBe(true);
      expect(drift.missing).toEqual([removed]);
      expect(drift.unexpected).toEqual([stray]);
      expect(drift.differing).toEqual([{ id: changed, fields: ['county'] }]);

      // A rebuild empties the projection and the consumer's memory of the feed …
      const rebuilt = await rebuildProjection(consumerOrm.em.fork(), PRODUCER, projection);
      expect(rebuilt.cleared).toEqual({ test_person_projection: clean.rowsStored });
      expect(rebuilt.forgottenEvents).toBeGreaterThan(0);
      expect(Number(rebuilt.previousPosition)).toBeGreaterThan(0);
      expect(await consumerOrm.em.fork().count(TestPersonProjection, {})).toBe(0);
      expect(await consumerOrm.em.fork().count(ExchangeProcessedEvent, { source: PRODUCER })).toBe(0);

      // … and a consumer started afterwards applies the whole feed again: no drift left.
      const transport = embeddedTransport({ reader: CONSUMER, key: exchangeKeys(dataDir, CONSUMER), feedUrlOf: () => feedUrl(fixture.url), pollIntervalMs: 20, pageSize: 200 });
      const replaying = new ExchangeConsumer({ orm: consumerOrm, consumer: CONSUMER, source: PRODUCER, handlers, transport, publicKey: producerKey().publicKey });
      replay = replaying;
      await replaying.start();
      const head = ((await producer.em.fork().getConnection().execute('select coalesce(max(position), 0)::text as head from exchange_outbox'))[0] as { head: string }).head;
      await until(async () => BigInt(await replaying.storedPosition()) >= BigInt(head), 'the rebuilt projection caught up', 120_000);
      await replaying.stop();
      const after = await reconcile();
      expect(hasDrift(after)).toBe(false);
      expect(after.rowsStored).toBe(clean.rowsStored);
    } finally {
      await replay?.stop();
      await consumerOrm.close(true);
    }
  }, 180_000);

  it('holds a caught-up reader until the producer commits, then answers with the new event (not on a timer)', async () => {
    const token = signExchangeToken(CONSUMER, PRODUCER, exchangeKeys(dataDir, CONSUMER));
    const head = ((await (await get('?after=0&limit=1', token)).json()) as { head: string }).head;
    let answered = false;
    // Held for up to the longest wait, far beyond this test's own time-out: only the commit can answer it in time.
    const held = get(`?after=${head}&wait=30000`, token).then(async (response) => {
      answered = true;
      return (await response.json()) as { events: Array<{ type: string; subjectId: string }> };
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered).toBe(false);
    await expect(register(producer, '379999', { fail: true })).rejects.toThrow('the change failed');
    const id = await register(producer, '379998');
    const page = await held;
    expect(page.events.map((event) => [event.type, event.subjectId])).toEqual([['person.registered', id]]);
  }, 10_000);
});
