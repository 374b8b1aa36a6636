/**
 * Foreign affairs' part of the auditors' work list, reached as the gateway reaches it (the
 * `AuditTrail` entity by its key, which civil affairs' `auditTrail` makes): its own trail as cursor
 * pages, and the state of its hash chain, verified from the newest checkpoint, so a line edited
 * behind the append-only trigger's back is found on the next page read.
 */
import { appendAudit, encodeAuditFilterKey, ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const auditor = testCaller({ id: 'auditor', agency: 'OVERSIGHT', roles: [ROLES.AUDITOR] });
const fao = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER] });
const ACTOR = testCaller({ id: 'fao.audit.test', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER] });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

type Connection = {
  edges: Array<{ cursor: string; node: { seq: string; actor: string; purpose: string | null } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  chain: { ok: boolean; checked: number; firstBrokenSeq: string | null };
};
const PAGE = /* GraphQL */ `
  query($r: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $r) {
      ... on AuditTrail {
        foreignAffairsConnection(first: $first, after: $after) {
          edges { cursor node { seq actor purpose } }
          pageInfo { hasNextPage endCursor }
          totalCount
          chain { ok checked firstBrokenSeq }
        }
      }
    }
  }
`;

const read = (filter: Record<string, unknown>, paging: Record<string, unknown> = {}, caller = auditor) =>
  subgraph.execute<{ _entities: Array<{ foreignAffairsConnection: Connection } | null> }>(PAGE, { r: [{ __typename: 'AuditTrail', filterKey: encodeAuditFilterKey(filter, null) }], ...paging }, caller);
const page = async (filter: Record<string, unknown>, paging: Record<string, unknown> = {}) => {
  const answer = await read(filter, paging);
  expect(answer.errors).toBeUndefined();
  return answer.data!._entities[0]!.foreignAffairsConnection;
};
const connection = () => subgraph.orm.em.fork().getConnection();

/** Runs `sql` with the append-only trigger off, as an intruder with the table owner's rights would. */
async function behindTheTrigger(sql: string, params: unknown[]): Promise<void> {
  const db = connection();
  await db.execute('alter table audit_event disable trigger audit_event_no_update_delete');
  try {
    await db.execute(sql, params);
  } finally {
    await db.execute('alter table audit_event enable trigger audit_event_no_update_delete');
  }
}

describe('foreign affairs’ audit trail as cursor pages', () => {
  it('pages one actor’s lines newest first to the end, with the count', async () => {
    const purposes = Array.from({ length: 5 }, (_, i) => `line ${i}`);
    for (const purpose of purposes) await appendAudit(subgraph.orm.em.fork(), ACTOR, 'fixture-fa', [{ operation: 'READ', recordType: 'AidEntrustment', purpose, outcome: 'ALLOWED' }]);
    const first = await page({ actor: ACTOR.id }, { first: 3 });
    const rest = await page({ actor: ACTOR.id }, { first: 3, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.purpose)).toEqual([...purposes].reverse());
    expect(first.totalCount).toBe(5);
    expect(first.chain.ok).toBe(true);
  });

  it('is refused to foreign-affairs staff', async () => {
    const refused = await read({ actor: ACTOR.id }, { first: 1 }, fao);
    expect(refused.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    expect(refused.data?._entities?.[0]?.foreignAffairsConnection ?? null).toBeNull();
  });

  it('verifies only the lines added since the last look, and finds a line edited behind the trigger’s back until it is put back', async () => {
    // A look now: the checkpoint is at the trail's end, and a second look has nothing new to read.
    expect((await page({ actor: ACTOR.id }, { first: 1 })).chain.ok).toBe(true);
    expect((await page({ actor: ACTOR.id }, { first: 1 })).chain).toEqual({ ok: true, checked: 0, firstBrokenSeq: null });

    // A line after the checkpoint (found without a look at the chain, which would move the checkpoint).
    await appendAudit(subgraph.orm.em.fork(), ACTOR, 'fixture-fa-edit', [{ operation: 'READ', recordType: 'AidEntrustment', purpose: 'as it was', outcome: 'ALLOWED' }]);
    const [line] = (await connection().execute<Array<{ seq: string }>>(`select seq from audit_event where actor = ? and purpose = 'as it was'`, [ACTOR.id])).map((row) => String(row.seq));
    await behindTheTrigger(`update audit_event set purpose = 'rewritten' where seq = ?`, [line]);

    const broken = await page({ actor: ACTOR.id }, { first: 1 });
    expect(broken.chain).toMatchObject({ ok: false, firstBrokenSeq: line });
    // The page still answers, showing the line as it now stands.
    expect(broken.edges[0]!.node).toMatchObject({ seq: line, purpose: 'rewritten' });
    // Looking again does not move past it: no checkpoint is taken over a broken chain.
    expect((await page({ actor: ACTOR.id }, { first: 1 })).chain).toMatchObject({ ok: false, firstBrokenSeq: line });

    await behindTheTrigger(`update audit_event set purpose = 'as it was' where seq = ?`, [line]);
    const whole = await page({ actor: ACTOR.id }, { first: 1 });
    expect(whole.chain.ok).toBe(true);
    expect(whole.chain.checked).toBeGreaterThan(0);
  });

  it('finds the checkpoint’s own line edited, though its stored hash was left alone', async () => {
    expect((await page({ actor: ACTOR.id }, { first: 1 })).chain.ok).toBe(true);
    const [checkpoint] = await connection().execute<Array<{ seq: string; actor: string }>>(
      `select e.seq, e.actor from audit_checkpoint c join audit_event e on e.seq = c.seq order by c.seq desc limit 1`,
    );
    const seq = String(checkpoint!.seq);
    await behindTheTrigger(`update audit_event set actor = 'someone.else' where seq = ?`, [seq]);
    expect((await page({ actor: ACTOR.id }, { first: 1 })).chain).toEqual({ ok: false, checked: 0, firstBrokenSeq: seq });
    await behindTheTrigger(`update audit_event set actor = ? where seq = ?`, [checkpoint!.actor, seq]);
    expect((await page({ actor: ACTOR.id }, { first: 1 })).chain.ok).toBe(true);
  });
});
