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
