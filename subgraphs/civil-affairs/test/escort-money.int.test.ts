import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { buildSchema, isObjectType } from 'graphql';
import { type SubgraphContext } from '../src/context';
import { CareZone } from '../src/entities/care-zone.entity';
import { Station } from '../src/entities/station.entity';
import { ZonePlace } from '../src/entities/zone-place.entity';
import { definition } from '../src/server';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so these tests never touch the demo region's figures. */
const TEST_COUNTY = '379994';
const county = testCaller({ id: 'money.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const em = subgraph.orm.em.fork();
  const station = em.create(Station, { name: '费用测试县救助站', level: 'COUNTY', kind: 'COUNTY_STATION', jurisdiction: TEST_COUNTY, jurisdictionName: '费用测试县' });
  const zone = em.create(CareZone, { station, kind: 'MEN', name: 'MEN', places: 10 });
  for (let n = 1; n <= 10; n++) em.create(ZonePlace, { zone, number: n });
  await em.flush();
  stationId = station.id;
});
afterAll(() => subgraph.close());

type Data = Record<string, unknown>;
const MONEY = 'amountFen currency yuan';
const leg = { fromPlace: '青石县救助站', toPlace: '邻县救助站', mode: 'CAR', escortStaff: '王强', departAt: '2026-12-01T01:00:00Z', costFen: 45_650 };

async function mutate(name: string, type: string, input: Data): Promise<{ id: string; version: number }> {
  const result = await subgraph.execute<Record<string, { escort: { id: string; version: number } }>>(`mutation($i: ${type}!) { ${name}(input: $i) { ... on EscortChanged { escort { id version } } } }`, { i: input }, county);
  expect(result.errors).toBeUndefined();
  return result.data![name]!.escort;
}

/** A scheduled escort in the county (no cross-province approval needed) with legs of 456.50 and 80.00. */
async function scheduled(): Promise<string> {
  const { caseId } = await personInCare(subgraph, stationId, county);
  const requested = await mutate('requestEscort', 'RequestEscortInput', { rescueCaseId: caseId, destinationDivision: `${TEST_COUNTY.slice(0, 4)}01`, destination: '本省邻县' });
  const done = await mutate('scheduleEscort', 'ScheduleEscortInput', { escortId: requested.id, expectedVersion: requested.version, legs: [leg, { ...leg, departAt: '2026-12-01T09:00:00Z', costFen: 8_000 }] });
  return done.id;
}

const read = (id: string, fields: string) => subgraph.execute<{ escort: Data | null }>(`query($id: ID!) { escort(id: $id) { ${fields} } }`, { id }, county);

describe('escort costs as Money', () => {
  it('equal the deprecated Int fields for ordinary costs', async () => {
    const id = await scheduled();
    const result = await read(id, `totalCost { ${MONEY} } totalCostFen legs { sequence cost { ${MONEY} } costFen }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.escort).toEqual({
      totalCost: { amountFen: '53650', currency: 'CNY', yuan: '536.50' },
      totalCostFen: 53_650,
      legs: [
        { sequence: 1, cost: { amountFen: '45650', currency: 'CNY', yuan: '456.50' }, costFen: 45_650 },
        { sequence: 2, cost: { amountFen: '8000', currency: 'CNY', yuan: '80.00' }, costFen: 8_000 },
      ],
    });
  });

  it('answer a cost stored above 2^31-1 exactly, and the deprecated Int field refuses it with an error instead of a wrong number', async () => {
    const id = await scheduled();
    // Beyond a 32-bit Int, and beyond what a JavaScript number holds exactly (2^53 + 1).
    await subgraph.orm.em.fork().getConnection().execute(`update escort_leg set cost_fen = 9007199254740993 where escort_id = ? and sequence = 1`, [id]);
    const exact = await read(id, `totalCost { ${MONEY} } legs { sequence cost { amountFen yuan } }`);
    expect(exact.errors).toBeUndefined();
    expect(exact.data!.escort).toEqual({
      totalCost: { amountFen: '9007199254748993', currency: 'CNY', yuan: '90071992547489.93' },
      legs: [
        { sequence: 1, cost: { amountFen: '9007199254740993', yuan: '90071992547409.93' } },
        { sequence: 2, cost: { amountFen: '8000', yuan: '80.00' } },
      ],
    });
    for (const [fields, path, money] of [['totalCostFen', ['totalCostFen'], 'totalCost'], ['legs { costFen }', ['legs', 0, 'costFen'], 'cost']] as const) {
      const old = await read(id, fields);
      expect(old.data?.escort ?? null).toBeNull();
      expect(old.errors).toHaveLength(1);
      expect(old.errors![0]).toMatchObject({ path: ['escort', ...path], extensions: { code: 'VALUE_OUT_OF_RANGE' } });
      expect(old.errors![0]!.message).toContain(`read \`${money}\` (Money)`);
    }
  });

  it('are deprecated in the public API schema (schema/api.graphql) for their Money fields', () => {
    const api = buildSchema(readFileSync(join(__dirname, '../../../schema/api.graphql'), 'utf8'));
    for (const [typeName, field, money] of [['Escort', 'totalCostFen', 'totalCost'], ['EscortLeg', 'costFen', 'cost']]) {
      const type = api.getType(typeName!);
      if (!isObjectType(type)) throw new Error(`${typeName} is no object type`);
      expect(type.getFields()[field!]!.deprecationReason).toBe(`Use ${money} (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.`);
      expect(String(type.getFields()[money!]!.type)).toBe('Money!');
    }
  });
});
