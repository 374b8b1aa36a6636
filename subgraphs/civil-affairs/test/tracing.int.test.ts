import { buildDemoRegion } from '@lifeline/demo-region';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { publishPersonFacts } from '../src/domain/person-exchange';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const region = buildDemoRegion();
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: region.city.code });
const shelterStaff = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: region.city.code });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const inCare = region.rescueCases.filter((c) => c.status === 'IN_CARE');
/** The seeder writes missing-person reports for the first of these, in this order. */
const unidentified = region.persons.filter(
  (p) => p.identityStatus === 'UNIDENTIFIED' && p.category !== 'DV_VICTIM' && p.category !== 'TRAFFICKING_VICTIM' && p.features && inCare.some((c) => c.personId === p.id),
);

type Candidate = { score: number; report: { id: string; name: string }; evidence: Array<{ field: string; score: number; weight: number; detail: string }> };
const candidates = async (personId: string) =>
  (
    await subgraph.execute<{ tracingCandidates: Candidate[] }>(
      `query($id: ID!) { tracingCandidates(personId: $id, first: 5) { score report { id name } evidence { field score weight detail } } }`,
      { id: personId },
      center,
    )
  ).data!.tracingCandidates;

describe('family tracing', () => {
  it('lists unidentified persons in care with their clocks, overdue first, and never a notice clock for a protected victim', async () => {
    const list = await subgraph.execute<{ tracingWorkList: Array<{ person: { id: string }; noticeDueAt: string | null; overdue: string[] }> }>(
      `{ tracingWorkList { person { id } noticeDueAt dnaRequestDueAt overdue } }`,
      undefined,
      shelterStaff,
    );
    const rows = list.data!.tracingWorkList;
    expect(rows.length).toBeGreaterThan(0);
    const overdueCounts = rows.map((r) => r.overdue.length);
    expect([...overdueCounts].sort((a, b) => b - a)).toEqual(overdueCounts);
    const protectedIds = new Set(region.persons.filter((p) => p.category === 'DV_VICTIM' || p.category === 'TRAFFICKING_VICTIM').map((p) => p.id));
    for (const row of rows.filter((r) => protectedIds.has(r.person.id))) expect(row.noticeDueAt).toBeNull();
  });

  it('ranks the report that describes the person first and explains every field', async () => {
    const person = unidentified[0]!;
    const found = await candidates(person.id);
    expect(found.length).toBeGreaterThan(0);
    const best = found[0]!;
    expect(best.report.name).toBe('刘建军');
    expect(best.evidence.map((e) => e.field)).toEqual(expect.arrayContaining(['sex', 'age', 'place', 'date', 'features']));
    const recomputed = best.evidence.reduce((s, e) => s + e.score * e.weight, 0) / best.evidence.reduce((s, e) => s + e.weight, 0);
    expect(best.score).toBeCloseTo(recomputed, 2);
    if (found[1]) expect(found[1].score).toBeLessThanOrEqual(best.score);
  });

  it('resolves the identity only when a person confirms, and tells the station', async () => {
    const person = unidentified[1]!;
    const [best] = await candidates(person.id);
    const before = await subgraph.execute<{ person: { identityStatus: string } }>(`query($id: ID!) { person(id: $id) { identityStatus } }`, { id: person.id }, center);
    expect(before.data!.person.identityStatus).toBe('UNIDENTIFIED');
    const confirmed = await subgraph.execute<{ confirmTracingMatch: { __typename: string } }>(
      `mutation($p: ID!, $r: ID!) { confirmTracingMatch(personId: $p, missingPersonReportId: $r) { __typename } }`,
      { p: person.id, r: best!.report.id },
      center,
    );
    expect(confirmed.data!.confirmTracingMatch.__typename).toBe('RescueCaseChanged');
    const after = await subgraph.execute<{ person: { identityStatus: string; name: string } }>(`query($id: ID!) { person(id: $id) { identityStatus name } }`, { id: person.id }, center);
    expect(after.data!.person).toEqual({ identityStatus: 'CLAIMED', name: best!.report.name });
    const [notice] = await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>(`select count(*) as n from station_notification where subject_id = ?`, [person.id]);
    expect(Number(notice!.n)).toBe(1);
    const again = await subgraph.execute<{ confirmTracingMatch: { __typename: string; code?: string } }>(
      `mutation($p: ID!, $r: ID!) { confirmTracingMatch(personId: $p, missingPersonReportId: $r) { __typename ... on InputRejected { code } } }`,
      { p: person.id, r: best!.report.id },
      center,
    );
    expect(again.data!.confirmTracingMatch.__typename).toBe('InputRejected');
    // Public security learns the claimed identity over the exchange, once, with only what it needs.
    const outbox = async () =>
      subgraph.orm.em.fork().getConnection().execute<Array<{ type: string; payload: unknown; occurred_at: Date }>>(`select type, payload, occurred_at from exchange_outbox where subject_id = ? order by position`, [person.id]);
    const published = (await outbox()).filter((e) => e.type === 'tracing.match-confirmed');
    expect(published).toHaveLength(1);
    const payload = typeof published[0]!.payload === 'string' ? JSON.parse(published[0]!.payload) : published[0]!.payload;
    expect(payload).toEqual({ personId: person.id, confirmedName: best!.report.name, confirmedAt: new Date(published[0]!.occurred_at).toISOString() });
    // Nor is it mistaken for a change of the person's shared facts.
    const events = (await outbox()).length;
    await subgraph.orm.em.fork().transactional((tx) => publishPersonFacts(tx, [person.id]));
    expect((await outbox()).length).toBe(events);
  });

  it('refuses a public notice for a protected victim', async () => {
    const victim = region.rescueCases.find((c) => c.zone === 'DV_SHELTER' && c.status === 'IN_CARE')!;
    const result = await subgraph.execute<{ recordTracingNotice: { __typename: string; code?: string } }>(
      `mutation($p: ID!) { recordTracingNotice(personId: $p) { __typename ... on InputRejected { code } ... on RecordNotFound { message } } }`,
      { p: victim.personId },
      center,
    );
    // Center staff cannot see her at all; the answer is the same as for nobody.
    expect(result.data!.recordTracingNotice.__typename).toBe('RecordNotFound');
    const byShelter = await subgraph.execute<{ recordTracingNotice: { __typename: string; code?: string } }>(
      `mutation($p: ID!) { recordTracingNotice(personId: $p) { __typename ... on InputRejected { code } } }`,
      { p: victim.personId },
      shelterStaff,
    );
    expect(byShelter.data!.recordTracingNotice).toEqual(expect.objectContaining({ __typename: 'InputRejected' }));
    expect(['PROTECTED', 'IDENTIFIED']).toContain(byShelter.data!.recordTracingNotice.code);
  });
});
