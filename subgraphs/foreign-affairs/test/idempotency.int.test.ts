/**
 * A retried issue or delivery does not store a second record: with an idempotency key the same
 * request answers with what the first one created (stored and audited once); the key with a
 * different request is refused and stores nothing.
 */
import { randomUUID } from 'node:crypto';
import { type Caller } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, centerStaff, DELIVER, ISSUE, issueInput, officer, stationStaff, today } from './aid-entrustment-fixtures';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

type Result = Record<string, unknown> & { __typename: string; aidEntrustment?: { id: string }; delivery?: { id: string } };

async function run(query: string, variables: Record<string, unknown>, caller: Caller): Promise<Result> {
  const result = await subgraph.execute<Record<string, Result>>(query, variables, caller);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

/** Rows of a table with a column's value, and the CREATE audit lines written for them. */
async function stored(table: string, column: string, value: string, recordType: string): Promise<{ rows: number; audited: number }> {
  const connection = subgraph.orm.em.fork().getConnection();
  const [rows] = await connection.execute<Array<{ n: string }>>(`select count(*) as n from ${table} where ${column} = ?`, [value]);
  const [audited] = await connection.execute<Array<{ n: string }>>(
    `select count(*) as n from audit_event where record_type = ? and operation = 'CREATE' and record_id in (select id::text from ${table} where ${column} = ?)`,
    [recordType, value],
  );
  return { rows: Number(rows!.n), audited: Number(audited!.n) };
}

const REUSED = { __typename: 'AidInputRejected', field: 'idempotencyKey', code: 'REUSED', message: expect.stringContaining('different request') };

describe('issuing an entrustment with an idempotency key', () => {
  it('answers the same request again with the first entrustment, stored and audited once', async () => {
    const input: Record<string, unknown> = { ...issueInput(), idempotencyKey: randomUUID() };
    const first = await run(ISSUE, { input }, officer);
    expect(first.__typename).toBe('AidEntrustmentChanged');
    const again = await run(ISSUE, { input }, officer);
    expect(again).toEqual(first);
    expect(await stored('aid_entrustment', 'document_number', String(input.documentNumber), 'AidEntrustment')).toEqual({ rows: 1, audited: 1 });
  });

  it('refuses the key with another entrustment, or a malformed key, and stores nothing', async () => {
    const key = randomUUID();
    expect((await run(ISSUE, { input: { ...issueInput(), idempotencyKey: key } }, officer)).__typename).toBe('AidEntrustmentChanged');
    const other = issueInput();
    expect(await run(ISSUE, { input: { ...other, idempotencyKey: key } }, officer)).toEqual(REUSED);
    expect(await run(ISSUE, { input: { ...other, idempotencyKey: 'no spaces allowed' } }, officer)).toMatchObject({ field: 'idempotencyKey', code: 'FORMAT' });
    expect(await stored('aid_entrustment', 'document_number', String(other.documentNumber), 'AidEntrustment')).toEqual({ rows: 0, audited: 0 });
  });
});

describe('recording a delivery with an idempotency key', () => {
  it('answers a retried delivery with the first one and counts it once against the caps; another delivery under the key is refused', async () => {
    const entrustment = (await run(ISSUE, { input: issueInput() }, officer)).aidEntrustment!;
    expect((await run(ACCEPT, { id: entrustment.id }, centerStaff)).__typename).toBe('AidEntrustmentChanged');
    const key = randomUUID();
    const delivery = { entrustmentId: entrustment.id, kind: 'FOOD', quantity: 1, amountFen: 4_000, deliveredOn: today(), receiptNumber: `R-${randomUUID().slice(0, 8)}`, idempotencyKey: key };
    const first = await run(DELIVER, { input: delivery }, stationStaff);
    expect(first.__typename).toBe('AidDeliveryRecorded');
    expect(await run(DELIVER, { input: delivery }, stationStaff)).toEqual(first);
    expect(await stored('aid_delivery', 'entrustment_id', entrustment.id, 'AidDelivery')).toEqual({ rows: 1, audited: 1 });
    expect(await run(DELIVER, { input: { ...delivery, amountFen: 9_000, receiptNumber: 'R-other' } }, stationStaff)).toEqual(REUSED);
    expect(await stored('aid_delivery', 'entrustment_id', entrustment.id, 'AidDelivery')).toEqual({ rows: 1, audited: 1 });
  });
});
