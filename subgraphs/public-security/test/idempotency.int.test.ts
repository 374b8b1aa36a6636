/**
 * A retried identity-check request does not open a second check: with an idempotency key the same
 * request answers with the check the first one opened (stored and audited once), also when the
 * twins arrive at once; the key with a different request is refused and stores nothing.
 */
import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
const stationStaff = testCaller({ id: 'idem.station.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: '379902' });
const stationId = randomUUID();

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const REQUEST = `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) {
  __typename ... on IdentityCheckChanged { identityCheck { id status version } } ... on IdentityCheckInputRejected { field code message } } }`;
type Answer = { __typename: string; identityCheck?: { id: string }; field?: string; code?: string; message?: string };

const requestInput = (personId: string, key: string, note = '口音像川渝') => ({ personId, requestingStationId: stationId, reason: 'UNIDENTIFIED_PERSON', note, idempotencyKey: key });
async function request(input: Record<string, unknown>): Promise<Answer> {
  const result = await subgraph.execute<{ requestIdentityCheck: Answer }>(REQUEST, { i: input }, stationStaff);
  expect(result.errors).toBeUndefined();
  return result.data!.requestIdentityCheck;
}
/** A person's checks, and the CREATE audit lines written for them. */
async function checksOf(personId: string): Promise<{ rows: number; audited: number }> {
  const connection = subgraph.orm.em.fork().getConnection();
  const [rows] = await connection.execute<Array<{ n: string }>>('select count(*) as n from identity_check where person_id = ?', [personId]);
  const [audited] = await connection.execute<Array<{ n: string }>>(
    `select count(*) as n from audit_event where record_type = 'IdentityCheck' and operation = 'CREATE' and record_id in (select id::text from identity_check where person_id = ?)`,
    [personId],
  );
  return { rows: Number(rows!.n), audited: Number(audited!.n) };
}

describe('requesting an identity check with an idempotency key', () => {
  it('answers the same request again with the first check, where without a key it would be refused as a duplicate', async () => {
    const person = await knownPerson(subgraph);
    const key = randomUUID();
    const first = await request(requestInput(person, key));
    expect(first.__typename).toBe('IdentityCheckChanged');
    expect(await request(requestInput(person, key))).toEqual(first);
    expect(await checksOf(person)).toEqual({ rows: 1, audited: 1 });
  });

  it('opens one check when the twins arrive at the same moment', async () => {
    const person = await knownPerson(subgraph);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 4 }, () => request(requestInput(person, key))));
    expect(answers.every((a) => a.__typename === 'IdentityCheckChanged')).toBe(true);
    expect(new Set(answers.map((a) => a.identityCheck!.id)).size).toBe(1);
    expect(await checksOf(person)).toEqual({ rows: 1, audited: 1 });
  });

  it('refuses the key with a different request, or a malformed key, and stores nothing', async () => {
    const key = randomUUID();
    await request(requestInput(await knownPerson(subgraph), key));
    const other = await knownPerson(subgraph);
    expect(await request(requestInput(other, key))).toEqual({ __typename: 'IdentityCheckInputRejected', field: 'idempotencyKey', code: 'REUSED', message: expect.stringContaining('different request') });
    expect(await request(requestInput(other, 'x'.repeat(101)))).toEqual({ __typename: 'IdentityCheckInputRejected', field: 'idempotencyKey', code: 'FORMAT', message: expect.any(String) });
    expect(await checksOf(other)).toEqual({ rows: 0, audited: 0 });
  });
});
