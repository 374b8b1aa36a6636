/**
 * Civil affairs' merges and removals reach foreign affairs' entrustments: after `person.merged`
 * the merged record's entrustments name the survivor (and her county scopes them), and the merged
 * id is refused like an unknown one; after `person.removed` the office's entrustment stands on its
 * own, naming no person (unless she was protected: then it stays hidden with her), and no new
 * entrustment can name her.
 */
import { openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, centerStaff, ISSUE, issueInput, officer, stationStaff } from './aid-entrustment-fixtures';
import { applyCivilAffairsEvent, knownPerson } from './person-projection.fixture';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const sql = <T extends object>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T>(query, params);
type Issued = { __typename: string; aidEntrustment?: { id: string }; field?: string; code?: string };
const issue = async (personId: string) => (await subgraph.execute<{ issueAidEntrustment: Issued }>(ISSUE, { input: issueInput({ personId }) }, officer)).data!.issueAidEntrustment;
const PERSON_OF = `query($id: ID!) { aidEntrustment(id: $id) { id person { id } } }`;
const personOf = async (id: string, caller = officer) => (await subgraph.execute<{ aidEntrustment: { id: string; person: { id: string } | null } | null }>(PERSON_OF, { id }, caller)).data!.aidEntrustment;

describe('a merge in civil affairs, in foreign affairs', () => {
  it("re-points the merged record's entrustments to the survivor, scoped by her county, and refuses the merged id", async () => {
    const duplicate = await knownPerson(subgraph, { county: '379999' });
    const survivor = await knownPerson(subgraph, { county: stationStaff.jurisdiction });
    const id = (await issue(duplicate)).aidEntrustment!.id;
    expect((await subgraph.execute<{ acceptAidEntrustment: { __typename: string } }>(ACCEPT, { id }, centerStaff)).data!.acceptAidEntrustment.__typename).toBe('AidEntrustmentChanged');
    expect(await personOf(id, stationStaff)).toBeNull();
    expect(await applyCivilAffairsEvent(subgraph, 'person.merged', duplicate, { intoPersonId: survivor, mergedAt: new Date().toISOString() })).toBe('APPLIED');
    expect(await personOf(id)).toEqual({ id, person: { id: survivor } });
    // The survivor's county is the county staff's: the entrustment is theirs to see now.
    expect(await personOf(id, stationStaff)).toEqual({ id, person: { id: survivor } });
    expect(await issue(duplicate)).toMatchObject({ __typename: 'AidInputRejected', field: 'personId', code: 'NOT_FOUND' });
    expect(await sql(`select 1 from audit_event where record_id = ? and actor = 'exchange:civil-affairs'`, [id])).toHaveLength(1);
  });
});

describe('a removal in civil affairs, in foreign affairs', () => {
  it("keeps the office's entrustment, naming no person, and refuses new ones for her", async () => {
    const mistaken = await knownPerson(subgraph, { county: stationStaff.jurisdiction });
    const id = (await issue(mistaken)).aidEntrustment!.id;
    expect(await applyCivilAffairsEvent(subgraph, 'person.removed', mistaken, { removedAt: new Date().toISOString() })).toBe('APPLIED');
    expect(await personOf(id)).toEqual({ id, person: null });
    expect(await issue(mistaken)).toMatchObject({ __typename: 'AidInputRejected', field: 'personId', code: 'NOT_FOUND' });
  });

  it("keeps a protected victim's entrustment hidden with her, from everyone", async () => {
    const victim = await knownPerson(subgraph, { county: stationStaff.jurisdiction, protectedFor: [officer.id] });
    const id = (await issue(victim)).aidEntrustment!.id;
    expect(await personOf(id)).toEqual({ id, person: { id: victim } });
    expect(await applyCivilAffairsEvent(subgraph, 'person.removed', victim, { removedAt: new Date().toISOString() })).toBe('APPLIED');
    expect(await personOf(id)).toBeNull();
    expect(await sql('select person_id from aid_entrustment where id = ?', [id])).toEqual([{ person_id: victim }]);
  });
});
