import { buildDemoRegion } from '@lifeline/demo-region';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
const city = region.city.code;
const fao = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], orgUnit: `${city}-foreign-affairs-office`, jurisdiction: city });
const integration = testCaller({ id: 'foreign-affairs-system', kind: 'service', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.INTEGRATION], scopes: ['read:aid-entrustments'] });
const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], jurisdiction: city });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const entrustment = region.aidEntrustments[0]!;
const ONE = `query($id: ID!) { aidEntrustment(id: $id) { id passportNumber } }`;

describe('aid entrustments', () => {
  it('show passport numbers in full to the office and masked to its integrating system', async () => {
    const full = await subgraph.execute<{ aidEntrustment: { passportNumber: string } }>(ONE, { id: entrustment.id }, fao);
    expect(full.data!.aidEntrustment.passportNumber).toBe(entrustment.passportNumber);
    const masked = await subgraph.execute<{ aidEntrustment: { passportNumber: string } }>(ONE, { id: entrustment.id }, integration);
    expect(masked.data!.aidEntrustment.passportNumber).not.toBe(entrustment.passportNumber);
    expect(masked.data!.aidEntrustment.passportNumber).toContain('*');
  });

  it('do not exist for callers outside the office and the center', async () => {
    const one = await subgraph.execute<{ aidEntrustment: unknown }>(ONE, { id: entrustment.id }, caseworker);
    expect(one).toEqual({ data: { aidEntrustment: null } });
    const list = await subgraph.execute<{ aidEntrustments: unknown[] }>(`{ aidEntrustments { id } }`, undefined, caseworker);
    expect(list).toEqual({ data: { aidEntrustments: [] } });
  });

  it('leave a line in the audit trail when a passport number is read in full', async () => {
    await subgraph.execute(ONE, { id: entrustment.id }, fao);
    const rows = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ fields: string }>>(`select fields from audit_event where actor = 'fao.officer' and record_id = ?`, [entrustment.id]);
    expect(rows.map((r) => r.fields)).toContain('passportNumber');
  });
});
