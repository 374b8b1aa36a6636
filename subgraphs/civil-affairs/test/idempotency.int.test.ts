/**
 * A retried intake does not create a second person and case: `receivePerson` with an idempotency
 * key returns what the first request created, also when the twins arrive at once; the key with a
 * different request is refused and stores nothing; keys belong to the caller who sent them.
 */
import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so these tests never touch the demo region's figures. */
const COUNTY = '379994';
const staff = testCaller({ id: 'idem.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: COUNTY });
const colleague = testCaller({ id: 'idem.other.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: COUNTY });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: COUNTY, name: '幂等测试县' });
});
afterAll(() => subgraph.close());

const RECEIVE = `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) {
  __typename ... on RescueCaseChanged { rescueCase { id person { id } } } ... on InputRejected { field code message } } }`;
type Answer = { __typename: string; rescueCase?: { id: string; person: { id: string } }; field?: string; code?: string; message?: string };

function intake(features: string, key?: string) {
  return { stationId, source: 'OUTREACH', person: { sex: 'MALE', estimatedAgeMin: 60, estimatedAgeMax: 70, features }, ...(key ? { idempotencyKey: key } : {}) };
}
async function receive(input: Record<string, unknown>, caller = staff): Promise<Answer> {
  const result = await subgraph.execute<{ receivePerson: Answer }>(RECEIVE, { i: input }, caller);
  expect(result.errors).toBeUndefined();
  return result.data!.receivePerson;
}
/** Persons and cases at this test's own station (other suites may write elsewhere meanwhile). */
const stored = async () => {
  const [row] = await subgraph.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ persons: string; cases: string }>>(
      `select count(distinct rc.person_id) as persons, count(*) as cases from rescue_case rc join person p on p.id = rc.person_id where rc.station_id = ?`,
      [stationId],
    );
  return { persons: Number(row!.persons), cases: Number(row!.cases) };
};

describe('receiving a person with an idempotency key', () => {
  it('returns the first case when the same request comes again, and stores one person and one case', async () => {
    const key = randomUUID();
    const before = await stored();
    const first = await receive(intake('左手缺小指', key));
    expect(first.__typename).toBe('RescueCaseChanged');
    const again = await receive(intake('左手缺小指', key));
    expect(again).toEqual(first);
    expect(await stored()).toEqual({ persons: before.persons + 1, cases: before.cases + 1 });
  });

  it('creates one case when the twins arrive at the same moment', async () => {
    const key = randomUUID();
    const before = await stored();
    const answers = await Promise.all(Array.from({ length: 6 }, () => receive(intake('右耳戴银色耳环', key))));
    expect(answers.every((a) => a.__typename === 'RescueCaseChanged')).toBe(true);
    expect(new Set(answers.map((a) => a.rescueCase!.id)).size).toBe(1);
    expect(await stored()).toEqual({ persons: before.persons + 1, cases: before.cases + 1 });
  });

  it('refuses the key with a different request, and stores nothing', async () => {
    const key = randomUUID();
    const first = await receive(intake('背部有烫伤疤痕', key));
    const before = await stored();
    const other = await receive(intake('另一个人：戴眼镜', key));
    expect(other).toEqual({ __typename: 'InputRejected', field: 'idempotencyKey', code: 'REUSED', message: expect.stringContaining('different request') });
    expect(await stored()).toEqual(before);
    // The first request still replays.
    expect(await receive(intake('背部有烫伤疤痕', key))).toEqual(first);
  });

  it("keeps one caller's keys apart from another's", async () => {
    const key = randomUUID();
    const mine = await receive(intake('拄拐杖', key));
    const theirs = await receive(intake('拄拐杖', key), colleague);
    expect(theirs.__typename).toBe('RescueCaseChanged');
    expect(theirs.rescueCase!.id).not.toBe(mine.rescueCase!.id);
  });

  it('refuses a malformed key before anything is stored, and without a key every request is a new intake', async () => {
    const before = await stored();
    for (const bad of ['short', 'x'.repeat(101), 'has space in it', 'key/with/slashes']) {
      expect(await receive(intake('穿蓝色雨衣', bad))).toEqual({ __typename: 'InputRejected', field: 'idempotencyKey', code: 'FORMAT', message: expect.any(String) });
    }
    // A NUL byte is refused before the mutation runs, as in every text input.
    const nul = await subgraph.execute(RECEIVE, { i: intake('穿蓝色雨衣', 'null\u0000byte-key') }, staff);
    expect(nul.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stored()).toEqual(before);
    const a = await receive(intake('穿蓝色雨衣'));
    const b = await receive(intake('穿蓝色雨衣'));
    expect(a.rescueCase!.id).not.toBe(b.rescueCase!.id);
    expect(await stored()).toEqual({ persons: before.persons + 2, cases: before.cases + 2 });
  });
});

/** Rows of a table matching a condition, and the audit lines written for them. */
async function countRows(table: string, where: string, params: unknown[], recordType: string): Promise<{ rows: number; audited: number }> {
  const connection = subgraph.orm.em.fork().getConnection();
  const [rows] = await connection.execute<Array<{ n: string }>>(`select count(*) as n from ${table} where ${where}`, params);
  const [audited] = await connection.execute<Array<{ n: string }>>(
    `select count(*) as n from audit_event where record_type = ? and operation = 'CREATE' and record_id in (select id::text from ${table} where ${where})`,
    [recordType, ...params],
  );
  return { rows: Number(rows!.n), audited: Number(audited!.n) };
}

describe('the other creating mutations take a key the same way', () => {
  const SIGHTING = `mutation($i: ReportStreetSightingInput!) { reportStreetSighting(input: $i) {
    __typename ... on StreetReportChanged { streetReport { id status } } ... on InputRejected { field code message } } }`;
  const sighting = (description: string, key?: string) => ({
    source: 'HOTLINE',
    description,
    latitude: 30.61,
    longitude: 114.31,
    address: '幂等测试县汽车站',
    district: COUNTY,
    ...(key ? { idempotencyKey: key } : {}),
  });
  const report = async (input: Record<string, unknown>) => {
    const result = await subgraph.execute<{ reportStreetSighting: Answer & { streetReport?: { id: string } } }>(SIGHTING, { i: input }, staff);
    expect(result.errors).toBeUndefined();
    return result.data!.reportStreetSighting;
  };
  const reports = () => countRows('street_report', 'district = ?', [COUNTY], 'StreetReport');

  it('answers a retried street report with the first one, storing and auditing it once', async () => {
    const key = randomUUID();
    const before = await reports();
    const first = await report(sighting('汽车站候车厅有老人滞留', key));
    expect(first.__typename).toBe('StreetReportChanged');
    const again = await report(sighting('汽车站候车厅有老人滞留', key));
    expect(again).toEqual(first);
    expect(await reports()).toEqual({ rows: before.rows + 1, audited: before.audited + 1 });
  });

  it('refuses the key with another street report, and stores nothing', async () => {
    const key = randomUUID();
    await report(sighting('汽车站出口有人晕倒', key));
    const before = await reports();
    expect(await report(sighting('汽车站广场有儿童独自哭泣', key))).toEqual({ __typename: 'InputRejected', field: 'idempotencyKey', code: 'REUSED', message: expect.stringContaining('different request') });
    expect(await report(sighting('汽车站广场有儿童独自哭泣', 'bad key!'))).toEqual({ __typename: 'InputRejected', field: 'idempotencyKey', code: 'FORMAT', message: expect.any(String) });
    expect(await reports()).toEqual(before);
  });

  it('answers a retried emergency event with the first one, and refuses the key with another event', async () => {
    const DECLARE = `mutation($i: DeclareEmergencyEventInput!) { declareEmergencyEvent(input: $i) {
      __typename ... on EmergencyEventChanged { event { id name } } ... on InputRejected { field code message } } }`;
    const declare = async (name: string, key: string) => {
      const result = await subgraph.execute<{ declareEmergencyEvent: { __typename: string; event?: { id: string } } }>(DECLARE, { i: { kind: 'COLD_WAVE', name, districts: [COUNTY], idempotencyKey: key } }, staff);
      expect(result.errors).toBeUndefined();
      return result.data!.declareEmergencyEvent;
    };
    const events = () => countRows('emergency_event', `? = any(districts)`, [COUNTY], 'EmergencyEvent');
    const key = randomUUID();
    const before = await events();
    const first = await declare('幂等测试县寒潮应急', key);
    expect(first.__typename).toBe('EmergencyEventChanged');
    expect(await declare('幂等测试县寒潮应急', key)).toEqual(first);
    expect(await events()).toEqual({ rows: before.rows + 1, audited: before.audited + 1 });
    expect(await declare('幂等测试县暴雨应急', key)).toEqual({ __typename: 'InputRejected', field: 'idempotencyKey', code: 'REUSED', message: expect.any(String) });
    expect(await events()).toEqual({ rows: before.rows + 1, audited: before.audited + 1 });
  });
});
