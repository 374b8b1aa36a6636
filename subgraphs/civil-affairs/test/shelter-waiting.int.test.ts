/**
 * The referrals waiting for the shelter's answer as cursor pages (`shelterReferralsAwaitingAnswer`):
 * only files still open that the shelter has neither accepted nor declined, the highest risk first
 * and the longest waiting first within a level (or the longest waiting first), each once, counted,
 * both ways; the shelter's staff alone; a page read for an export leaves one audit line per
 * referral, and a bad purpose or cursor is refused with nothing written. The shelter's records
 * (`shelterPlacementsConnection`) are audited the same way when exported.
 */
import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { connectionReader, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { Shelter } from '../src/entities/shelter.entity';
import { ShelterPlacement } from '../src/entities/shelter-placement.entity';
import { ShelterReferralProjection } from '../src/entities/shelter-referral-projection.entity';
import { Station } from '../src/entities/station.entity';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const shelterStaff = testCaller({ id: 'waiting.shelter', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });
const center = testCaller({ id: 'waiting.center', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

type Node = { id: string };
const waiting = connectionReader<'shelterReferralsAwaitingAnswer', Node>(
  () => subgraph,
  'shelterReferralsAwaitingAnswer',
  /* GraphQL */ `
    query($order: ShelterWaitingOrder, $first: Int, $after: String, $last: Int, $before: String, $purpose: String) {
      shelterReferralsAwaitingAnswer(order: $order, first: $first, after: $after, last: $last, before: $before, purpose: $purpose) {
        edges { cursor node { id } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        totalCount
      }
    }
  `,
  shelterStaff,
);

/** This suite's referrals waiting, in the desk's order (risk, then submission); and those that are not waiting. */
const byRisk: string[] = [];
const byAge: string[] = [];
const notWaiting: string[] = [];

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  const em = subgraph.orm.em.fork();
  // Submitted an hour apart in the far past, so no other suite's referral falls between them.
  const base = Date.UTC(2001, 0, 1);
  const at = (hours: number) => new Date(base + hours * 3_600_000);
  const referral = (hours: number, riskLevel: string, fileStatus: 'SUBMITTED' | 'WITHDRAWN' = 'SUBMITTED') =>
    em.create(ShelterReferralProjection, {
      id: randomUUID(),
      referringCaseworker: 'wf.caseworker',
      referringOrganisation: '测试市妇联',
      victimType: 'DOMESTIC_VIOLENCE',
      riskLevel,
      accompanyingChildren: 0,
      needs: [],
      submittedAt: at(hours),
      fileStatus,
      updatedAt: at(hours),
    }).id;
  const levels: Array<[number, string]> = [[1, 'LOW'], [2, 'HIGH'], [3, 'CRITICAL'], [4, 'MEDIUM'], [5, 'HIGH'], [6, 'LOW'], [7, 'CRITICAL']];
  const made = levels.map(([hours, level]) => ({ hours, level, id: referral(hours, level) }));
  // Answered (accepted, or declined) or withdrawn: none of these waits.
  const station = em.create(Station, { name: '待答复测试庇护站', level: 'CITY', kind: 'REGIONAL_CENTER', jurisdiction: '379979', jurisdictionName: '测试市' });
  const shelter = em.create(Shelter, { name: '待答复测试庇护中心', station, address: '保密', contactPhone: '13800000003', totalPlaces: 4 });
  for (const [hours, status] of [[1.5, 'ACCEPTED'], [2.5, 'DECLINED']] as const) {
    const id = referral(hours, 'CRITICAL');
    notWaiting.push(id);
    em.create(ShelterPlacement, { referralId: id, shelter, status, partySize: 1, children: 0, referringCaseworker: 'wf.caseworker', referringOrganisation: '测试市妇联', decidedBy: 'waiting.shelter', decidedAt: at(hours + 0.1) });
  }
  notWaiting.push(referral(3.5, 'CRITICAL', 'WITHDRAWN'));
  await em.flush();
  const rank = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
  byRisk.push(...[...made].sort((a, b) => rank.indexOf(a.level) - rank.indexOf(b.level) || a.hours - b.hours).map((one) => one.id));
  byAge.push(...made.map((one) => one.id));
});
afterAll(() => subgraph.close());

const mine = (nodes: Node[]) => nodes.map((node) => node.id).filter((id) => byRisk.includes(id) || notWaiting.includes(id));

describe('the referrals waiting for the shelter’s answer', () => {
  it('pages, two at a time, only the open files the shelter has not answered, the highest risk first and the oldest first within a level, and counts them', async () => {
    const { nodes, totalCount } = await waiting.pageToTheEnd({ first: 2 });
    expect(mine(nodes)).toEqual(byRisk);
    expect(totalCount).toBe(nodes.length);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
  });

  it('pages the longest waiting first when asked, whatever the risk', async () => {
    const { nodes } = await waiting.pageToTheEnd({ order: 'OLDEST_FIRST', first: 3 });
    expect(mine(nodes)).toEqual(byAge);
  });

  it('pages back from the end as it pages forward, in either order', async () => {
    for (const order of ['HIGHEST_RISK_FIRST', 'OLDEST_FIRST']) {
      const { nodes } = await waiting.pagesBackAsForward({ order }, (node) => node.id, shelterStaff, (node) => byRisk.includes(node.id));
      expect(mine(nodes)).toEqual(order === 'OLDEST_FIRST' ? byAge : byRisk);
    }
  });

  it('drops a referral once the shelter answers it, and goes on after it from its cursor', async () => {
    const first = (await waiting.page({ first: 100 })).data!.shelterReferralsAwaitingAnswer;
    const at = first.edges.findIndex((edge) => edge.node.id === byRisk[1]);
    const em = subgraph.orm.em.fork();
    const shelter = await em.findOneOrFail(Shelter, { name: '待答复测试庇护中心' });
    em.create(ShelterPlacement, { referralId: byRisk[1]!, shelter, status: 'DECLINED', partySize: 1, children: 0, referringCaseworker: 'wf.caseworker', referringOrganisation: '测试市妇联', decidedBy: 'waiting.shelter', decidedAt: new Date() });
    await em.flush();
    const rest = (await waiting.page({ first: 100, after: first.edges[at]!.cursor })).data!.shelterReferralsAwaitingAnswer;
    expect(mine(rest.edges.map((edge) => edge.node))).toEqual(byRisk.slice(2));
    expect(rest.totalCount).toBe(first.totalCount - 1);
    byRisk.splice(1, 1);
    byAge.splice(byAge.indexOf(first.edges[at]!.node.id), 1);
  });

  it('costs the same statements for a page of 1 as for a page of 100', async () => {
    const one = await subgraph.queries.during(() => waiting.page({ first: 1 }));
    const hundred = await subgraph.queries.during(() => waiting.page({ first: 100 }));
    expect(hundred.result.data!.shelterReferralsAwaitingAnswer.edges.length).toBeGreaterThan(1);
    expect(hundred.statements).toBe(one.statements);
  });

  it('refuses paging forward and back at once, and a cursor of another order or forged, with BAD_USER_INPUT', async () => {
    await waiting.refusesMixedPaging({}, { order: 'OLDEST_FIRST' });
  });

  it('is the shelter staff’s alone: FORBIDDEN to the center’s staff', async () => {
    const result = await waiting.page({ first: 5 }, center);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('the shelter’s lists read for an export', () => {
  const exported = async (recordType: string) =>
    Number((await sql<{ n: string }>(`select count(*) as n from audit_event where operation = 'EXPORT' and record_type = ?`, [recordType]))[0]!.n);

  it('writes each waiting referral on a page read with a purpose to the audit trail, and nothing without one', async () => {
    const before = await exported('ShelterReferral');
    await waiting.page({ first: 3 });
    expect(await exported('ShelterReferral')).toBe(before);
    const page = (await waiting.page({ first: 3, purpose: 'export' })).data!.shelterReferralsAwaitingAnswer;
    const rows = await sql<{ record_id: string; actor: string; purpose: string }>(
      `select record_id, actor, purpose from audit_event where operation = 'EXPORT' and record_type = 'ShelterReferral' order by seq desc limit 3`,
    );
    expect(rows.map((row) => row.record_id).sort()).toEqual(page.edges.map((edge) => edge.node.id).sort());
    expect(rows.every((row) => row.actor === shelterStaff.id && row.purpose === 'export')).toBe(true);
  });

  it('writes each of the shelter’s records on a page read with a purpose to the audit trail', async () => {
    const before = await exported('ShelterPlacement');
    const result = await subgraph.execute<{ shelterPlacementsConnection: { edges: Array<{ node: { id: string } }> } }>(
      `{ shelterPlacementsConnection(first: 2, purpose: "export") { edges { node { id } } } }`,
      undefined,
      shelterStaff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.shelterPlacementsConnection.edges).toHaveLength(2);
    expect(await exported('ShelterPlacement')).toBe(before + 2);
  });

  it('refuses a bad purpose on either list with BAD_USER_INPUT before reading, writing nothing', async () => {
    const before = [await exported('ShelterReferral'), await exported('ShelterPlacement')];
    for (const purpose of ['', ' ', 'x'.repeat(201), 'export\u0007']) {
      for (const field of ['shelterReferralsAwaitingAnswer', 'shelterPlacementsConnection']) {
        const read = await subgraph.queries.during(() => subgraph.execute(`query($p: String) { ${field}(first: 5, purpose: $p) { totalCount } }`, { p: purpose }, shelterStaff));
        expect(read.result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        expect(read.result.data ?? null).toBeNull();
        expect(read.statements).toBe(0);
      }
    }
    expect([await exported('ShelterReferral'), await exported('ShelterPlacement')]).toEqual(before);
  });
});
