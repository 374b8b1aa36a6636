/**
 * The auditors' work list: `auditTrail(filter)` and civil affairs' `civilAffairsConnection`, cursor
 * pages of the trail newest first (by time, then by position) that yield every line under the
 * filter exactly once, forward and back, with a count; each filter; bad input refused before any
 * statement runs; auditors only; the same statements for any page; and an export that is itself
 * written to the trail. The lines read here are appended by the suite at instants in 2020, so the
 * other suites' lines (appended now, on the same database) never fall in its windows.
 */
import { randomUUID } from 'node:crypto';
import { appendAudit, ROLES, type AuditEntry, type Caller } from '@lifeline/subgraph-runtime';
import { everyPage, expectMixedPagingRefused, expectPagingBackAsForward, openTestSubgraph, testCaller, testDatabaseUrl, type TestPaging, type TestSubgraph, type TestTwoWayPage } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const auditor = testCaller({ id: 'auditor', agency: 'OVERSIGHT', roles: [ROLES.AUDITOR] });
const centerStaff = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF] });

const ACTORS: Caller[] = [
  testCaller({ id: 'audit.alpha', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF] }),
  testCaller({ id: 'audit.beta', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER] }),
  testCaller({ kind: 'service', id: 'audit-partner-system', agency: 'CIVIL_AFFAIRS', roles: [] }),
];
const OPERATIONS = ['READ', 'SEARCH', 'UPDATE', 'EXPORT'] as const;
const RECORDS = Array.from({ length: 5 }, () => randomUUID());

/** The suite's window: its 24 shaped lines, a minute apart, two of them (10 and 11) at the same instant. */
const WINDOW = { from: '2020-03-01T00:00:00.000Z', to: '2020-03-02T00:00:00.000Z' };
/** A second window of 120 lines of one actor, for pages of 100. */
const FILLER = { from: '2020-04-01T00:00:00.000Z', to: '2020-04-02T00:00:00.000Z' };

interface FixtureLine {
  index: number;
  caller: Caller;
  at: Date;
  entry: AuditEntry & { recordId: string };
}

const FIXTURE: FixtureLine[] = Array.from({ length: 24 }, (_, index) => ({
  index,
  caller: ACTORS[index % 3]!,
  at: new Date(Date.parse('2020-03-01T08:00:00.000Z') + (index === 11 ? 10 : index) * 60_000),
  entry: {
    operation: OPERATIONS[index % 4]!,
    recordType: index % 2 ? 'Person' : 'RescueCase',
    recordId: RECORDS[index % 5]!,
    fields: ['name', 'idNumber'],
    purpose: index % 4 === 1 ? 'Family Tracing follow-up' : index % 4 === 3 ? '100% export' : null,
    outcome: index % 6 === 5 ? 'DENIED' : 'ALLOWED',
  },
}));

/** The fixture's lines newest first: by instant, then by position (appended in index order). */
const NEWEST_FIRST = [...FIXTURE].sort((a, b) => b.at.getTime() - a.at.getTime() || b.index - a.index);

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  // One line per request id, so every node tells which fixture line it is.
  for (const line of FIXTURE) await appendAudit(subgraph.orm.em.fork(), line.caller, `fixture-${line.index}`, [line.entry], line.at);
  const filler = Array.from({ length: 120 }, () => ({ operation: 'READ', recordType: 'Person', recordId: randomUUID(), fields: ['name'], outcome: 'ALLOWED' as const }));
  await appendAudit(subgraph.orm.em.fork(), testCaller({ id: 'audit.filler' }), 'fixture-filler', filler, new Date('2020-04-01T09:00:00.000Z'));
});
afterAll(() => subgraph.close());

type Line = { seq: string; at: string; actor: string; actorKind: string; roles: string[]; requestId: string; operation: string; recordType: string; recordId: string | null; purpose: string | null; outcome: string };
type Connection = TestTwoWayPage<Line> & { chain?: { ok: boolean; checked: number } };
type Answer = { data?: { auditTrail: { civilAffairsConnection: Connection } } | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };

const PAGE = /* GraphQL */ `
  query($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String, $purpose: String) {
    auditTrail(filter: $filter) {
      civilAffairsConnection(first: $first, after: $after, last: $last, before: $before, purpose: $purpose) {
        edges { cursor node { seq at actor actorKind roles requestId operation recordType recordId purpose outcome } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        totalCount
      }
    }
  }
`;

const read = (variables: Record<string, unknown>, caller = auditor) => subgraph.execute(PAGE, variables, caller) as Promise<Answer>;
const connection = async (variables: Record<string, unknown>) => {
  const answer = await read(variables);
  expect(answer.errors).toBeUndefined();
  return answer.data!.auditTrail.civilAffairsConnection;
};
/** Every line under `filter`, page after page of `size`. */
const everyLine = (filter: Record<string, unknown>, size = 7) => everyPage((after) => connection({ filter, first: size, after }));
/** The fixture indexes of lines, in the order given. */
const indexes = (lines: readonly Line[]) => lines.map((line) => Number(line.requestId.replace('fixture-', '')));
const sql = <T>(query: string, params: unknown[] = []) => subgraph.orm.em.fork().getConnection().execute<T[]>(query, params);

describe('the audit trail as cursor pages', () => {
  it('yields every line of a window exactly once, newest first (the same instant by position), with the count, page after page', async () => {
    const { nodes, totalCount, pages } = await everyLine(WINDOW);
    expect(pages).toBe(4);
    expect(indexes(nodes)).toEqual(NEWEST_FIRST.map((line) => line.index));
    expect(totalCount).toBe(FIXTURE.length);
    // Lines 10 and 11 share their instant: the later in the trail comes first.
    expect(indexes(nodes).indexOf(11)).toBe(indexes(nodes).indexOf(10) - 1);
    const line = nodes.find((node) => node.requestId === 'fixture-1')!;
    expect(line).toMatchObject({ actor: 'audit.beta', actorKind: 'user', roles: [ROLES.POLICE_OFFICER], operation: 'SEARCH', recordType: 'Person', purpose: 'Family Tracing follow-up', outcome: 'ALLOWED' });
    expect(line.at).toBe(FIXTURE[1]!.at.toISOString());
  });

  it('pages back from the oldest end two at a time through the same lines, in the same order', async () => {
    const { nodes, pages } = await expectPagingBackAsForward(
      async (paging: TestPaging) => connection({ filter: WINDOW, ...paging }),
      (line) => line.seq,
    );
    expect(pages).toBe(12);
    expect(indexes(nodes)).toEqual(NEWEST_FIRST.map((line) => line.index));
  });

  it('answers 20 lines when no size is given, and at most 100', async () => {
    expect((await connection({ filter: FILLER })).edges).toHaveLength(20);
    const hundred = await connection({ filter: FILLER, first: 100 });
    expect(hundred.edges).toHaveLength(100);
    expect(hundred.totalCount).toBe(120);
    expect((await connection({ filter: FILLER, first: 100, after: hundred.pageInfo.endCursor })).edges).toHaveLength(20);
  });
});

describe('the filters', () => {
  const expectFiltered = async (filter: Record<string, unknown>, keep: (line: FixtureLine) => boolean) => {
    const expected = NEWEST_FIRST.filter(keep).map((line) => line.index);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(FIXTURE.length);
    const { nodes, totalCount } = await everyLine({ ...WINDOW, ...filter }, 5);
    expect(indexes(nodes)).toEqual(expected);
    expect(totalCount).toBe(expected.length);
  };

  it('keeps one actor’s lines', () => expectFiltered({ actor: 'audit.beta' }, (line) => line.caller.id === 'audit.beta'));
  it('keeps one operation’s lines', () => expectFiltered({ operation: 'EXPORT' }, (line) => line.entry.operation === 'EXPORT'));
  it('keeps one record type’s lines', () => expectFiltered({ recordType: 'Person' }, (line) => line.entry.recordType === 'Person'));
  it('keeps one record’s lines', () => expectFiltered({ recordType: 'RescueCase', recordId: RECORDS[2] }, (line) => line.entry.recordType === 'RescueCase' && line.entry.recordId === RECORDS[2]));
  it('keeps the refusals', () => expectFiltered({ outcome: 'DENIED' }, (line) => line.entry.outcome === 'DENIED'));
  it('keeps the lines whose purpose holds the text, ignoring case', () => expectFiltered({ purpose: 'family tracing' }, (line) => line.entry.purpose === 'Family Tracing follow-up'));
  it('takes a purpose’s % literally', () => expectFiltered({ purpose: '100%' }, (line) => line.entry.purpose === '100% export'));
  it('keeps a window of time: at or after its start, before its end', () =>
    expectFiltered({ from: FIXTURE[3]!.at.toISOString(), to: FIXTURE[9]!.at.toISOString() }, (line) => line.index >= 3 && line.index < 9));
  it('keeps the lines every condition holds for', () =>
    expectFiltered({ actor: 'audit.alpha', outcome: 'ALLOWED', recordType: 'RescueCase' }, (line) => line.caller.id === 'audit.alpha' && line.entry.outcome === 'ALLOWED' && line.entry.recordType === 'RescueCase'));
  it('finds nothing for an actor who did nothing, and counts none', async () => {
    const nobody = await connection({ filter: { ...WINDOW, actor: 'nobody.at.all' }, first: 5 });
    expect(nobody.edges).toEqual([]);
    expect(nobody.totalCount).toBe(0);
    expect(nobody.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

describe('bad input', () => {
  const expectRefused = async (variables: Record<string, unknown>, message: RegExp) => {
    const answer = await read(variables);
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors?.[0]?.message).toMatch(message);
    expect(answer.data ?? null).toBeNull();
  };

  it('refuses a malformed cursor, a cursor of another list and a page size out of range', async () => {
    await expectRefused({ filter: WINDOW, first: 2, after: 'bm90LWEtY3Vyc29y' }, /cursor is not valid/);
    const otherList = Buffer.from(`${new Date().toISOString()}|${randomUUID()}`).toString('base64url');
    await expectRefused({ filter: WINDOW, first: 2, after: otherList }, /cursor is not valid/);
    await expectRefused({ filter: WINDOW, first: 2, after: Buffer.from('audit|2020-03-01T08:00:00.000000Z|0').toString('base64url') }, /cursor is not valid/);
    await expectRefused({ filter: WINDOW, first: 0 }, /first must be between 1 and 100/);
    await expectRefused({ filter: WINDOW, first: 101 }, /first must be between 1 and 100/);
  });

  it('refuses paging forward and back at once, and a bad last or before', async () => {
    const { endCursor } = (await connection({ filter: WINDOW, first: 1 })).pageInfo;
    await expectMixedPagingRefused((paging) => read({ filter: WINDOW, ...paging }), endCursor!);
  });

  it('refuses a window that ends before it starts, or where it starts, naming the field', async () => {
    await expectRefused({ filter: { from: WINDOW.to, to: WINDOW.from } }, /filter\.to must be later than filter\.from/);
    await expectRefused({ filter: { from: WINDOW.from, to: WINDOW.from } }, /filter\.to must be later than filter\.from/);
  });

  it('refuses an operation that is no operation code, and text too long or not plain', async () => {
    await expectRefused({ filter: { operation: 'read' } }, /filter\.operation must be an operation code/);
    await expectRefused({ filter: { purpose: 'x'.repeat(201) } }, /filter\.purpose must be at most 200 characters/);
    await expectRefused({ filter: { actor: 'audit\u202Ealpha' } }, /filter\.actor must be plain text/);
    await expectRefused({ filter: WINDOW, first: 2, purpose: ' ' }, /purpose must be 1 to 200 characters/);
  });

  it('writes nothing to the trail for a refused export', async () => {
    const count = async () => Number((await sql<{ n: string }>(`select count(*) as n from audit_event where actor = 'auditor' and operation = 'EXPORT'`))[0]!.n);
    const before = await count();
    await expectRefused({ filter: WINDOW, first: 2, after: 'bm90LWEtY3Vyc29y', purpose: 'export' }, /cursor is not valid/);
    await expectRefused({ filter: { from: WINDOW.to, to: WINDOW.from }, first: 2, purpose: 'export' }, /later than/);
    expect(await count()).toBe(before);
  });
});

describe('who reads it, and what it costs', () => {
  it('answers auditors only: staff are refused, and the refusal is audited', async () => {
    const refused = await read({ filter: WINDOW, first: 2 }, centerStaff);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(refused.data ?? null).toBeNull();
    const denied = await sql<{ n: string }>(`select count(*) as n from audit_event where actor = 'center.staff' and outcome = 'DENIED' and record_type = 'Query' and fields = 'auditTrail'`);
    expect(Number(denied[0]!.n)).toBeGreaterThan(0);
    const anonymous = await read({ filter: WINDOW, first: 2 }, testCaller({ kind: 'anonymous', id: 'anonymous' }));
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('costs the same statements for a page of 2 as for a page of 100, and for a deep page as for the first', async () => {
    const two = await subgraph.queries.during(() => connection({ filter: FILLER, first: 2 }));
    const hundred = await subgraph.queries.during(() => connection({ filter: FILLER, first: 100 }));
    const deep = await subgraph.queries.during(() => connection({ filter: FILLER, first: 2, after: hundred.result.pageInfo.endCursor }));
    expect(hundred.result.edges).toHaveLength(100);
    expect(deep.result.edges).toHaveLength(2);
    // The page and its count.
    expect(two.statements).toBe(2);
    expect(hundred.statements).toBe(two.statements);
    expect(deep.statements).toBe(two.statements);
    // Without the count, the page alone.
    const withoutCount = await subgraph.queries.during(() => subgraph.execute(`{ auditTrail { civilAffairsConnection(first: 50) { edges { node { seq } } } } }`, undefined, auditor));
    expect(withoutCount.statements).toBe(1);
  });
});

describe('an export of the trail', () => {
  it('writes each exported line to the trail: operation EXPORT, the line’s seq as the record, with the purpose', async () => {
    const exported = await connection({ filter: { ...WINDOW, actor: 'audit.alpha' }, first: 5, purpose: 'export' });
    expect(exported.edges).toHaveLength(5);
    const notes = await connection({ filter: { actor: 'auditor', operation: 'EXPORT', recordType: 'AuditEvent' }, first: 100 });
    const noted = new Map(notes.edges.map(({ node }) => [node.recordId, node]));
    for (const { node } of exported.edges) expect(noted.get(node.seq)).toMatchObject({ actor: 'auditor', roles: [ROLES.AUDITOR], outcome: 'ALLOWED', purpose: 'export' });
    // Reading it on the screen is not an export: nothing more is written.
    const before = notes.totalCount;
    await connection({ filter: { ...WINDOW, actor: 'audit.alpha' }, first: 5 });
    expect((await connection({ filter: { actor: 'auditor', operation: 'EXPORT', recordType: 'AuditEvent' }, first: 1 })).totalCount).toBe(before);
  });
});

describe('the deprecated auditEvents', () => {
  it('still answers the newest lines of a filter, as the connection’s first page does', async () => {
    const old = await subgraph.execute<{ auditEvents: { civilAffairs: { events: Line[] } } }>(
      `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 6) { civilAffairs { events { seq requestId } } } }`,
      { filter: WINDOW },
      auditor,
    );
    expect(old.errors).toBeUndefined();
    const page = await connection({ filter: WINDOW, first: 6 });
    expect(old.data!.auditEvents.civilAffairs.events.map((line) => line.seq)).toEqual(page.edges.map((edge) => edge.node.seq));
    expect(indexes(old.data!.auditEvents.civilAffairs.events as Line[])).toEqual(NEWEST_FIRST.slice(0, 6).map((line) => line.index));
  });
});
