import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { buildSchema, findBreakingChanges, isObjectType } from 'graphql';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, centerStaff, DELIVER, ISSUE, issueInput, officer, stationStaff, today } from './aid-entrustment-fixtures';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

type Money = { amountFen: string; currency: string; yuan: string };
type Data = Record<string, unknown>;

const MONEY = 'amountFen currency yuan';
/** Every amount of an entrustment as Money and, with `ints`, as the deprecated Int beside it. */
function amounts(ints: boolean): string {
  const both = (money: string) => `${money} { ${MONEY} }${ints ? ` ${money}Fen` : ''}`;
  const fields = (...names: string[]) => names.map(both).join(' ');
  return `
    ${fields('totalCap')}
    items { kind ${fields('cap')} }
    versions { number ${fields('totalCap')} items { kind ${fields('cap')} } }
    deliveries { receiptNumber ${fields('amount')} }
    remaining { ${fields('totalCap', 'delivered', 'remaining')} items { kind ${fields('cap', 'delivered', 'remaining')} } }
  `;
}
const ONE = (fields: string) => `query($id: ID!) { aidEntrustment(id: $id) { ${fields} } }`;
const DELIVER_MONEY = /* GraphQL */ `
  mutation($input: RecordAidDeliveryInput!) {
    recordAidDelivery(input: $input) {
      __typename
      ... on AidCapExceeded { kind cap { ${MONEY} } delivered { ${MONEY} } remaining { ${MONEY} } }
    }
  }
`;

const sql = (query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute(query, params);

async function mutate(query: string, variables: Data, caller = officer): Promise<Data & { __typename: string }> {
  const result = await subgraph.execute<Record<string, Data & { __typename: string }>>(query, variables, caller);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

let receipt = 0;
/** An accepted entrustment (FOOD 500.00, LODGING 1000.00, total 1200.00) with one FOOD delivery of 125.50. */
/**
 * Runs `check` while the entrustment's amounts are as large as `statements` make them, then puts
 * its amounts back: the suites share one database, and another suite's list of every entrustment
 * reads the deprecated Int fields, which refuse such amounts by design.
 */
async function withAmountsRaised(id: string, statements: string[], check: () => Promise<void>): Promise<void> {
  const [entrustment] = (await sql(`select total_cap_fen::text as total from aid_entrustment where id = ?`, [id])) as Array<{ total: string }>;
  const versions = (await sql(`select id, total_cap_fen::text as total from aid_entrustment_version where entrustment_id = ?`, [id])) as Array<{ id: string; total: string }>;
  const items = (await sql(`select id, cap_fen::text as cap from entrusted_aid_item where entrustment_id = ?`, [id])) as Array<{ id: string; cap: string }>;
  const deliveries = (await sql(`select id, amount_fen::text as amount from aid_delivery where entrustment_id = ?`, [id])) as Array<{ id: string; amount: string }>;
  try {
    for (const statement of statements) await sql(statement, [id]);
    await check();
  } finally {
    await sql(`update aid_entrustment set total_cap_fen = ?::bigint where id = ?`, [entrustment!.total, id]);
    for (const v of versions) await sql(`update aid_entrustment_version set total_cap_fen = ?::bigint where id = ?`, [v.total, v.id]);
    for (const item of items) await sql(`update entrusted_aid_item set cap_fen = ?::bigint where id = ?`, [item.cap, item.id]);
    for (const d of deliveries) await sql(`update aid_delivery set amount_fen = ?::bigint where id = ?`, [d.amount, d.id]);
  }
}

async function withDelivery(): Promise<string> {
  const issued = await mutate(ISSUE, { input: issueInput() });
  const id = (issued.aidEntrustment as { id: string }).id;
  await mutate(ACCEPT, { id }, centerStaff);
  const delivered = await mutate(DELIVER, { input: { entrustmentId: id, kind: 'FOOD', quantity: 1, amountFen: 12_550, deliveredOn: today(), receiptNumber: `M-${++receipt}` } }, stationStaff);
  expect(delivered.__typename).toBe('AidDeliveryRecorded');
  return id;
}

/** Each `[Money, Int]` pair in an answer: a `foo` object beside a `fooFen` number. */
function pairs(value: unknown, found: Array<[Money, number]> = []): Array<[Money, number]> {
  if (Array.isArray(value)) value.forEach((item) => pairs(item, found));
  else if (value !== null && typeof value === 'object') {
    const record = value as Data;
    for (const [key, inner] of Object.entries(record)) {
      if (key.endsWith('Fen') && typeof inner === 'number') found.push([record[key.slice(0, -3)] as Money, inner]);
      else pairs(inner, found);
    }
  }
  return found;
}

describe('amounts as Money', () => {
  it('equal the deprecated Int fields for ordinary amounts, in fen, in CNY and in yuan with two decimals', async () => {
    const id = await withDelivery();
    const result = await subgraph.execute<{ aidEntrustment: Data }>(ONE(amounts(true)), { id }, officer);
    expect(result.errors).toBeUndefined();
    const found = pairs(result.data!.aidEntrustment);
    expect(found).toHaveLength(16);
    for (const [money, fen] of found) {
      expect(money).toEqual({ amountFen: String(fen), currency: 'CNY', yuan: (fen / 100).toFixed(2) });
    }
    expect(result.data!.aidEntrustment).toMatchObject({ deliveries: [{ amount: { amountFen: '12550', yuan: '125.50' }, amountFen: 12_550 }] });
  });

  it('answer an amount stored above 2^31-1 exactly, and the deprecated Int field refuses it with an error instead of a wrong number', async () => {
    const id = await withDelivery();
    // Beyond a 32-bit Int, and beyond what a JavaScript number holds exactly (2^53 + 1).
    await withAmountsRaised(
      id,
      [
        `update aid_entrustment set total_cap_fen = 9007199254740993 where id = ?`,
        `update aid_entrustment_version set total_cap_fen = 9007199254740993 where entrustment_id = ?`,
        `update entrusted_aid_item set cap_fen = 9007199254740993 where entrustment_id = ? and kind = 'FOOD'`,
        `update aid_delivery set amount_fen = 3000000000 where entrustment_id = ?`,
      ],
      async () => {
        const exact = await subgraph.execute<{ aidEntrustment: Data }>(ONE(amounts(false)), { id }, officer);
        expect(exact.errors).toBeUndefined();
        expect(exact.data!.aidEntrustment).toMatchObject({
          totalCap: { amountFen: '9007199254740993', currency: 'CNY', yuan: '90071992547409.93' },
          deliveries: [{ amount: { amountFen: '3000000000', yuan: '30000000.00' } }],
          remaining: {
            totalCap: { amountFen: '9007199254740993' },
            delivered: { amountFen: '3000000000' },
            remaining: { amountFen: '9007196254740993', yuan: '90071962547409.93' },
            items: [
              { kind: 'FOOD', cap: { amountFen: '9007199254740993' }, delivered: { amountFen: '3000000000' }, remaining: { amountFen: '9007196254740993' } },
              { kind: 'LODGING', cap: { amountFen: '100000' }, delivered: { amountFen: '0' }, remaining: { amountFen: '100000' } },
            ],
          },
        });

        const deprecated: Array<[fields: string, path: string, money: string]> = [
          ['totalCapFen', 'totalCapFen', 'totalCap'],
          ['deliveries { amountFen }', 'deliveries.0.amountFen', 'amount'],
          ['remaining { deliveredFen }', 'remaining.deliveredFen', 'delivered'],
          ['items { capFen }', 'items.0.capFen', 'cap'],
        ];
        for (const [fields, path, money] of deprecated) {
          const old = await subgraph.execute<{ aidEntrustment: Data | null }>(ONE(fields), { id }, officer);
          expect(old.data?.aidEntrustment ?? null).toBeNull();
          expect(old.errors).toHaveLength(1);
          expect(old.errors![0]).toMatchObject({ path: ['aidEntrustment', ...path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key))], extensions: { code: 'VALUE_OUT_OF_RANGE' } });
          expect(old.errors![0]!.message).toContain(`read \`${money}\` (Money)`);
        }
      },
    );
  });

  it('keep a refusal over the cap exact beyond the 32-bit range', async () => {
    const id = await withDelivery();
    await withAmountsRaised(
      id,
      [
        `update aid_entrustment set total_cap_fen = 5000000000 where id = ?`,
        `update entrusted_aid_item set cap_fen = 5000000000 where entrustment_id = ? and kind = 'FOOD'`,
        `update aid_delivery set amount_fen = 4999999999 where entrustment_id = ?`,
      ],
      async () => {
        const refused = await mutate(DELIVER_MONEY, { input: { entrustmentId: id, kind: 'FOOD', quantity: 1, amountFen: 2, deliveredOn: today(), receiptNumber: `M-${++receipt}` } }, stationStaff);
        expect(refused).toEqual({
          __typename: 'AidCapExceeded',
          kind: 'FOOD',
          cap: { amountFen: '5000000000', currency: 'CNY', yuan: '50000000.00' },
          delivered: { amountFen: '4999999999', currency: 'CNY', yuan: '49999999.99' },
          remaining: { amountFen: '1', currency: 'CNY', yuan: '0.01' },
        });
      },
    );
  });
});

describe('what the suite leaves behind', () => {
  it('is no amount beyond a 32-bit Int, so other suites reading the deprecated fields are not refused', async () => {
    const [left] = (await sql(
      `select (select count(*) from aid_entrustment where total_cap_fen > 2147483647) + (select count(*) from aid_entrustment_version where total_cap_fen > 2147483647)
            + (select count(*) from entrusted_aid_item where cap_fen > 2147483647) + (select count(*) from aid_delivery where amount_fen > 2147483647) as n`,
    )) as Array<{ n: string }>;
    expect(Number(left!.n)).toBe(0);
  });
});

describe('the public API schema (schema/api.graphql)', () => {
  const api = buildSchema(readFileSync(join(__dirname, '../../../schema/api.graphql'), 'utf8'));
  const released = buildSchema(readFileSync(join(__dirname, '../../../schema/released/api.graphql'), 'utf8'));
  const intFields: Array<[type: string, field: string, money: string]> = [
    ['AidEntrustment', 'totalCapFen', 'totalCap'],
    ['EntrustedAidItem', 'capFen', 'cap'],
    ['AidEntrustmentVersion', 'totalCapFen', 'totalCap'],
    ['AidDelivery', 'amountFen', 'amount'],
    ['AidBalance', 'totalCapFen', 'totalCap'],
    ['AidBalance', 'deliveredFen', 'delivered'],
    ['AidBalance', 'remainingFen', 'remaining'],
    ['AidItemBalance', 'capFen', 'cap'],
    ['AidItemBalance', 'deliveredFen', 'delivered'],
    ['AidItemBalance', 'remainingFen', 'remaining'],
    ['AidCapExceeded', 'capFen', 'cap'],
    ['AidCapExceeded', 'deliveredFen', 'delivered'],
    ['AidCapExceeded', 'remainingFen', 'remaining'],
  ];

  it.each(intFields)('deprecates %s.%s for its Money field %s, and keeps it', (typeName, field, money) => {
    const type = api.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is no object type`);
    expect(type.getFields()[field]!.deprecationReason).toBe(`Use ${money} (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.`);
    expect(String(type.getFields()[field]!.type)).toBe('Int!');
    expect(String(type.getFields()[money]!.type)).toBe('Money!');
  });

  it('breaks nothing of the released schema with the money fields', () => {
    const touched = new Set([...intFields.map(([type]) => type), 'Money', 'Currency']);
    const breaking = findBreakingChanges(released, api).filter((change) => [...touched].some((type) => change.description.startsWith(`${type}.`)));
    expect(breaking).toEqual([]);
  });
});
