import { openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type Caller } from '@lifeline/subgraph-runtime';
import { type SubgraphContext } from '../src/context';
import { recordAidDelivery } from '../src/domain/aid-delivery.service';
import { definition } from '../src/server';
import { AMEND, centerStaff, DELIVER, ENTRUSTMENT_FIELDS, entrustmentSteps, issueInput, officer, ONE, police, REVOKE, stationStaff, today } from './aid-entrustment-fixtures';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

type Result = Record<string, unknown> & { __typename: string };

async function run(query: string, variables: Record<string, unknown>, caller: Caller): Promise<Result & { aidEntrustment?: Record<string, unknown> & { id: string } }> {
  const result = await subgraph.execute<Record<string, Result>>(query, variables, caller);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0] as never;
}

const sql = <T extends object>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T>(query, params);

async function ledger(id: string): Promise<{ rows: number; fen: number; status: string }> {
  const [row] = await sql<Array<{ rows: string; fen: string | null }>>('select count(*) as rows, sum(amount_fen) as fen from aid_delivery where entrustment_id = ?', [id]);
  const [entrustment] = await sql<Array<{ status: string }>>('select status from aid_entrustment where id = ?', [id]);
  return { rows: Number(row!.rows), fen: Number(row!.fen ?? 0), status: entrustment!.status };
}

const { issued, accepted } = entrustmentSteps(run);

let receipt = 0;
const delivery = (entrustmentId: string, overrides: Record<string, unknown> = {}) => ({ entrustmentId, kind: 'FOOD', quantity: 2, amountFen: 5_000, deliveredOn: today(), receiptNumber: `R-${++receipt}`, ...overrides });

describe('recording a delivery', () => {
  it('stores it with who, where and the new balance; the first one puts the entrustment IN_PROGRESS', async () => {
    const entrustment = await accepted();
    const result = await run(DELIVER, { input: delivery(entrustment.id, { amountFen: 12_550 }) }, stationStaff);
    expect(result).toMatchObject({
      __typename: 'AidDeliveryRecorded',
      delivery: { kind: 'FOOD', amountFen: 12_550, deliveredBy: 'county.staff', station: { id: stationStaff.orgUnit } },
      aidEntrustment: { status: 'IN_PROGRESS', remaining: { deliveredFen: 12_550, remainingFen: 120_000 - 12_550 } },
    });
    const read = (await subgraph.execute<{ aidEntrustment: { remaining: { items: Array<Record<string, unknown>> }; events: Array<{ action: string }> } }>(ONE, { id: entrustment.id }, officer)).data!.aidEntrustment;
    expect(read.remaining.items).toEqual([
      { kind: 'FOOD', capFen: 50_000, deliveredFen: 12_550, remainingFen: 50_000 - 12_550 },
      { kind: 'LODGING', capFen: 100_000, deliveredFen: 0, remainingFen: 100_000 },
    ]);
    expect(read.events.map((e) => e.action)).toEqual(['ISSUED', 'ACCEPTED', 'DELIVERY_STARTED']);
    const audit = await sql<unknown[]>(`select 1 from audit_event where actor = 'county.staff' and record_type = 'AidDelivery' and operation = 'CREATE'`);
    expect(audit.length).toBeGreaterThan(0);
  });

  const bad: Array<[string, Record<string, unknown>, string, string]> = [
    ['a negative amount', { amountFen: -100 }, 'amountFen', 'AMOUNT'],
    ['a zero amount', { amountFen: 0 }, 'amountFen', 'AMOUNT'],
    ['a zero quantity', { quantity: 0 }, 'quantity', 'QUANTITY'],
    ['a date in the future', { deliveredOn: '2099-01-01' }, 'deliveredOn', 'FUTURE'],
  ];
  it.each(bad)('refuses %s with a typed result and stores nothing', async (_name, overrides, field, code) => {
    const entrustment = await accepted();
    const result = await run(DELIVER, { input: delivery(entrustment.id, overrides) }, centerStaff);
    expect(result).toMatchObject({ __typename: 'AidInputRejected', field, code });
    expect(await ledger(entrustment.id)).toEqual({ rows: 0, fen: 0, status: 'ACCEPTED' });
  });

  it('cannot be given a fractional fen amount: the API refuses it, and so does the ledger', async () => {
    const entrustment = await accepted();
    const viaApi = await subgraph.execute(DELIVER, { input: delivery(entrustment.id, { amountFen: 1250.5 }) }, centerStaff);
    expect(viaApi.errors?.[0]?.message).toMatch(/Int cannot represent non-integer value/);
    const direct = await recordAidDelivery({ em: subgraph.orm.em.fork() as never, caller: centerStaff, audit: { appendWithin: async () => undefined } as never }, delivery(entrustment.id, { amountFen: 12.5 }) as never);
    expect(direct).toMatchObject({ __typename: 'AidInputRejected', field: 'amountFen', code: 'AMOUNT' });
    await expect(sql(`insert into aid_delivery (id, entrustment_id, kind, quantity, amount_fen, delivered_on, receipt_number, delivered_by, station_id, recorded_at) values (gen_random_uuid(), ?, 'FOOD', 1, -5, current_date, 'R-SQL', 'x', 'y', now())`, [entrustment.id])).rejects.toThrow(/aid_delivery_amount_check/);
    expect(await ledger(entrustment.id)).toEqual({ rows: 0, fen: 0, status: 'ACCEPTED' });
  });

  it('refuses an entrustment the center has not accepted yet', async () => {
    const entrustment = await issued();
    // The center sees it (to accept it) but may not deliver yet; station staff do not even see it.
    expect(await run(DELIVER, { input: delivery(entrustment.id) }, centerStaff)).toMatchObject({ __typename: 'AidEntrustmentRefused', currentStatus: 'ISSUED', code: 'NOT_ACCEPTED' });
    expect(await run(DELIVER, { input: delivery(entrustment.id) }, stationStaff)).toMatchObject({ __typename: 'AidRecordNotFound' });
    expect(await ledger(entrustment.id)).toEqual({ rows: 0, fen: 0, status: 'ISSUED' });
  });

  it('refuses a delivery on a revoked entrustment', async () => {
    const entrustment = await accepted();
    await run(REVOKE, { id: entrustment.id, reason: 'Left the city' }, officer);
    const result = await run(DELIVER, { input: delivery(entrustment.id) }, centerStaff);
    expect(result).toMatchObject({ __typename: 'AidEntrustmentRefused', currentStatus: 'REVOKED', code: 'NOT_ACTIVE' });
    expect(await ledger(entrustment.id)).toEqual({ rows: 0, fen: 0, status: 'REVOKED' });
  });

  it('treats an entrustment past its window as EXPIRED in every read and refuses deliveries on it', async () => {
    const entrustment = await accepted();
    await sql(`update aid_entrustment set valid_from = date_trunc('milliseconds', now()) - interval '20 days', valid_until = date_trunc('milliseconds', now()) - interval '1 hour' where id = ?`, [entrustment.id]);
    const result = await run(DELIVER, { input: delivery(entrustment.id) }, centerStaff);
    expect(result).toMatchObject({ __typename: 'AidEntrustmentRefused', currentStatus: 'EXPIRED', code: 'EXPIRED' });
    expect(await ledger(entrustment.id)).toEqual({ rows: 0, fen: 0, status: 'ACCEPTED' });
    const one = await subgraph.execute<{ aidEntrustment: { status: string } }>(ONE, { id: entrustment.id }, centerStaff);
    expect(one.data!.aidEntrustment.status).toBe('EXPIRED');
    const list = async (status: string) => (await subgraph.execute<{ aidEntrustments: Array<{ id: string; status: string }> }>(`query($s: AidEntrustmentStatus) { aidEntrustments(status: $s, first: 100) { id status } }`, { s: status }, officer)).data!.aidEntrustments;
    expect((await list('ACCEPTED')).map((e) => e.id)).not.toContain(entrustment.id);
    expect(await list('EXPIRED')).toContainEqual({ id: entrustment.id, status: 'EXPIRED' });
    const person = await subgraph.execute<{ _entities: Array<{ aidEntrustments: Array<{ id: string; status: string }> }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { aidEntrustments { id status } } } }`,
      { r: [{ __typename: 'Person', id: issueInput().personId }] },
      officer,
    );
    expect(person.data!._entities[0]!.aidEntrustments.find((e) => e.id === entrustment.id)!.status).toBe('EXPIRED');
  });

  it('refuses an item that is not entrusted', async () => {
    const entrustment = await accepted();
    const result = await run(DELIVER, { input: delivery(entrustment.id, { kind: 'INTERNATIONAL_TICKET' }) }, centerStaff);
    expect(result).toMatchObject({ __typename: 'AidEntrustmentRefused', code: 'NOT_ENTRUSTED' });
    expect(await ledger(entrustment.id)).toEqual({ rows: 0, fen: 0, status: 'ACCEPTED' });
  });

  it('refuses what would exceed an item cap or the total cap, saying what remains', async () => {
    const entrustment = await accepted();
    expect(await run(DELIVER, { input: delivery(entrustment.id, { amountFen: 50_001 }) }, centerStaff)).toMatchObject({ __typename: 'AidCapExceeded', kind: 'FOOD', capFen: 50_000, remainingFen: 50_000 });
    await run(DELIVER, { input: delivery(entrustment.id, { kind: 'LODGING', amountFen: 100_000 }) }, centerStaff);
    expect(await run(DELIVER, { input: delivery(entrustment.id, { amountFen: 20_001 }) }, centerStaff)).toMatchObject({ __typename: 'AidCapExceeded', kind: null, capFen: 120_000, deliveredFen: 100_000, remainingFen: 20_000 });
    expect(await ledger(entrustment.id)).toEqual({ rows: 1, fen: 100_000, status: 'IN_PROGRESS' });
  });

  it('refuses a receipt number already recorded for the entrustment', async () => {
    const entrustment = await accepted();
    await run(DELIVER, { input: delivery(entrustment.id, { receiptNumber: 'SAME-1' }) }, centerStaff);
    expect(await run(DELIVER, { input: delivery(entrustment.id, { receiptNumber: 'SAME-1' }) }, centerStaff)).toMatchObject({ __typename: 'AidInputRejected', field: 'receiptNumber', code: 'DUPLICATE' });
    expect(await ledger(entrustment.id)).toEqual({ rows: 1, fen: 5_000, status: 'IN_PROGRESS' });
  });

  it('marks the entrustment FULFILLED when the total cap is reached, and refuses more', async () => {
    const entrustment = await accepted({ items: [{ kind: 'FOOD', capFen: 10_000 }], totalCapFen: 10_000 });
    const result = await run(DELIVER, { input: delivery(entrustment.id, { amountFen: 10_000 }) }, centerStaff);
    expect(result).toMatchObject({ aidEntrustment: { status: 'FULFILLED', remaining: { remainingFen: 0 } } });
    expect(await run(DELIVER, { input: delivery(entrustment.id, { amountFen: 1 }) }, centerStaff)).toMatchObject({ __typename: 'AidEntrustmentRefused', currentStatus: 'FULFILLED' });
    expect(await ledger(entrustment.id)).toEqual({ rows: 1, fen: 10_000, status: 'FULFILLED' });
  });

  it('lets 20 racing deliveries take exactly what fits under the cap', async () => {
    const entrustment = await accepted({ items: [{ kind: 'FOOD', capFen: 7_000 }, { kind: 'LODGING', capFen: 100_000 }], totalCapFen: 100_000 });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => run(DELIVER, { input: delivery(entrustment.id, { amountFen: 1_000, receiptNumber: `RACE-${i}` }) }, i % 2 ? centerStaff : stationStaff)));
    expect(results.filter((r) => r.__typename === 'AidDeliveryRecorded')).toHaveLength(7);
    expect(results.filter((r) => r.__typename === 'AidCapExceeded')).toHaveLength(13);
    expect(await ledger(entrustment.id)).toEqual({ rows: 7, fen: 7_000, status: 'IN_PROGRESS' });
  });

  it('keeps the sum under the cap when an amendment lowering it races the deliveries', async () => {
    const entrustment = await accepted({ items: [{ kind: 'FOOD', capFen: 10_000 }, { kind: 'LODGING', capFen: 100_000 }], totalCapFen: 100_000 });
    const amend = run(AMEND, { input: { entrustmentId: entrustment.id, expectedVersion: 1, items: [{ kind: 'FOOD', capFen: 5_000 }, { kind: 'LODGING', capFen: 100_000 }], totalCapFen: 100_000, validFrom: entrustment.validFrom, validUntil: entrustment.validUntil, reason: 'less food' } }, officer);
    const deliveries = Array.from({ length: 10 }, (_, i) => run(DELIVER, { input: delivery(entrustment.id, { amountFen: 1_000, receiptNumber: `AMEND-RACE-${i}` }) }, centerStaff));
    const [amended, ...delivered] = await Promise.all([amend, ...deliveries]);
    const recorded = delivered.filter((r) => r.__typename === 'AidDeliveryRecorded').length;
    const [row] = await sql<Array<{ cap_fen: string }>>('select i.cap_fen from entrusted_aid_item i join aid_entrustment e on e.id = i.entrustment_id and i.terms_version = e.terms_version where e.id = ? and i.kind = ?', [entrustment.id, 'FOOD']);
    const { fen } = await ledger(entrustment.id);
    expect(fen).toBe(recorded * 1_000);
    expect(fen).toBeLessThanOrEqual(Number(row!.cap_fen)); // a bigint column reads as a string
    // Either the amendment came first (cap 5000, five deliveries fit) or it was refused as below what was delivered.
    if (amended.__typename === 'AidEntrustmentChanged') expect(row!.cap_fen).toBe('5000');
    else expect(amended).toMatchObject({ __typename: 'AidEntrustmentRefused', code: 'BELOW_DELIVERED' });
  });

  it('is for civil-affairs delivery staff only', async () => {
    const entrustment = await accepted();
    for (const caller of [officer, police]) {
      const result = await subgraph.execute(DELIVER, { input: delivery(entrustment.id) }, caller);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await ledger(entrustment.id)).toEqual({ rows: 0, fen: 0, status: 'ACCEPTED' });
  });
});

describe('reading deliveries and balances', () => {
  it('resolves a list of entrustments with deliveries, balances, versions and events in as many statements as one', async () => {
    for (let i = 0; i < 3; i++) {
      const entrustment = await accepted();
      await run(DELIVER, { input: delivery(entrustment.id) }, centerStaff);
    }
    const LIST = `query($first: Int) { aidEntrustments(first: $first) { ${ENTRUSTMENT_FIELDS} } }`;
    const one = await subgraph.queries.during(() => subgraph.execute(LIST, { first: 1 }, officer));
    const many = await subgraph.queries.during(() => subgraph.execute<{ aidEntrustments: Array<{ deliveries: unknown[] }> }>(LIST, { first: 30 }, officer));
    expect(many.result.errors).toBeUndefined();
    expect(many.result.data!.aidEntrustments.length).toBeGreaterThan(10);
    expect(many.result.data!.aidEntrustments.filter((e) => e.deliveries.length > 0).length).toBeGreaterThan(3);
    expect(many.statements).toBe(one.statements);
  });
});
