/**
 * The person search finds exactly what reading every visible person would find, for every kind of
 * search staff type (a surname, two characters of a given name, a full name, pinyin, initials, a
 * Latin name, an ID number) and for the latest-case-status filter; and each of these can be
 * answered from an index, never by reading the whole person table (at a city's size that is the
 * difference between milliseconds and seconds: `npm run bench:scale`).
 */
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { personFilterSql, type PersonFilter } from '../src/domain/person-directory';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const caller = testCaller({ agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

interface PersonRow {
  id: string;
  name: string | null;
  name_pinyin: string | null;
  name_initials: string | null;
  id_number: string | null;
}

/** Every person center staff see (standing, not protected: the test caller holds no grants). */
let visible: PersonRow[] = [];

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  visible = await subgraph.orm.em
    .getConnection()
    .execute<PersonRow[]>(`select id, name, name_pinyin, name_initials, id_number from person where record_status = 'ACTIVE' and not confidential`);
});
afterAll(() => subgraph.close());

const SEARCH = /* GraphQL */ `
  query Search($filter: PersonFilter, $first: Int, $after: String) {
    persons(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id } }
    }
  }
`;

type SearchResult = { persons: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } };

/** Every id the search returns, page by page, and the total it reports. */
async function found(filter: PersonFilter): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total: number;
  for (;;) {
    const res: { data?: SearchResult | null; errors?: unknown } = await subgraph.execute<SearchResult>(SEARCH, { filter, first: 100, after }, caller);
    expect(res.errors).toBeUndefined();
    const page: SearchResult['persons'] = res.data!.persons;
    total = page.totalCount;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids: ids.sort(), total };
}

/** What reading every visible person finds for a search, as staff mean it. */
function expected(search: string): string[] {
  const lower = search.toLowerCase();
  const compact = lower.replace(/[\s']/g, '');
  const latin = /^[a-z\s']+$/i.test(search);
  return visible
    .filter((p) => {
      if (/^[0-9]{6,17}[0-9Xx]?$/.test(search)) return p.id_number === search.toUpperCase();
      if (latin) {
        const name = p.name?.toLowerCase() ?? '';
        return (
          (p.name_pinyin ?? '').replace(/ /g, '').startsWith(compact) ||
          (p.name_initials ?? '').startsWith(compact) ||
          (lower.length >= 3 ? name.includes(lower) : name.startsWith(lower))
        );
      }
      return (p.name ?? '').includes(search);
    })
    .map((p) => p.id)
    .sort();
}

function searchTerms(): Record<string, string> {
  const chinese = visible.filter((p) => p.name && /^[\u4e00-\u9fff]{3,}$/.test(p.name) && p.name_pinyin && p.name_initials && p.id_number);
  const latinName = visible.find((p) => p.name && /^[A-Za-z]+ [A-Za-z]+$/.test(p.name))?.name;
  const someone = chinese[0]!;
  expect(someone).toBeDefined();
  expect(latinName).toBeDefined();
  return {
    surname: [...someone.name!][0]!,
    'two characters of a given name': [...someone.name!].slice(1, 3).join(''),
    'a full name': someone.name!,
    'pinyin, compact': someone.name_pinyin!.replace(/ /g, ''),
    'the first pinyin syllable': someone.name_pinyin!.split(' ')[0]!,
    initials: someone.name_initials!,
    'a Latin surname, inside the name': latinName!.split(' ')[1]!.toLowerCase(),
    'two Latin letters, at the start of a name': latinName!.slice(0, 2),
    'an ID number': someone.id_number!,
  };
}

describe('person search', () => {
  it('finds, for every kind of search, exactly the visible persons a full reading finds, with the same total', async () => {
    for (const [kind, term] of Object.entries(searchTerms())) {
      const want = expected(term);
      expect({ kind, term, found: want.length > 0 }).toEqual({ kind, term, found: true });
      const got = await found({ search: term });
      expect({ kind, term, ids: got.ids, total: got.total }).toEqual({ kind, term, ids: want, total: want.length });
    }
  });

  it('filters by the status of the latest visible case exactly as reading each person’s cases does', async () => {
    const cases = await subgraph.orm.em
      .getConnection()
      .execute<Array<{ person_id: string; status: string; intake_at: Date; id: string }>>(`select person_id, status, intake_at, id from rescue_case`);
    const latest = new Map<string, { status: string; key: string }>();
    for (const c of cases) {
      const key = `${new Date(c.intake_at).toISOString()}|${c.id}`;
      const previous = latest.get(c.person_id);
      if (!previous || key > previous.key) latest.set(c.person_id, { status: c.status, key });
    }
    const visibleIds = new Set(visible.map((p) => p.id));
    for (const status of ['IN_CARE', 'EXITED', 'RECEIVED'] as const) {
      const want = [...latest].filter(([person, c]) => c.status === status && visibleIds.has(person)).map(([person]) => person).sort();
      const got = await found({ caseStatus: status });
      expect({ status, ids: got.ids, total: got.total }).toEqual({ status, ids: want, total: want.length });
    }
  });

  it('answers every kind of search, the unfiltered count and the case-status filter from their own indexes, never reading the whole person table', async () => {
    const terms = searchTerms();
    // The index each kind of search is built on (migration 20261206100000).
    // (The latest-case filter's plan depends on how many cases have the status; at any size it
    // must not read every person.)
    const filters: Array<[string, PersonFilter, string | null]> = [
      ['surname', { search: terms.surname! }, 'person_name_grams_index'],
      ['two characters', { search: terms['two characters of a given name']! }, 'person_name_grams_index'],
      ['a full name', { search: terms['a full name']! }, 'person_name_trgm'],
      ['pinyin', { search: terms['pinyin, compact']! }, 'person_pinyin_compact_index'],
      ['initials', { search: terms.initials! }, 'person_name_initials_index'],
      ['a Latin name', { search: terms['a Latin surname, inside the name']! }, 'person_name_lower_trgm'],
      ['an ID number', { search: terms['an ID number']! }, 'person_id_number_unique'],
      ['no filter', {}, 'person_standing_index'],
      ['unidentified', { identityStatus: 'UNIDENTIFIED' }, 'person_standing_index'],
      ['latest case in care', { caseStatus: 'IN_CARE' }, null],
    ];
    const em = subgraph.orm.em.fork();
    // The planner weighs indexes by what it knows of the data, as it does on a server after autovacuum.
    await em.getConnection().execute('analyze person, rescue_case, person_access_grant');
    for (const [kind, filter, index] of filters) {
      const where = personFilterSql(caller, filter);
      // With sequential scans priced out, the plan shows which index answers the search.
      const plan = await em.transactional(async (tx) => {
        const connection = tx.getConnection();
        const ctx = tx.getTransactionContext();
        await connection.execute('set local enable_seqscan = off', [], 'all', ctx);
        const rows = await connection.execute<Array<{ 'QUERY PLAN': string }>>(`explain select count(*) from person p where ${where.sql}`, where.params, 'all', ctx);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect({ kind, readsWholePersonTable: /Seq Scan on person p\b/.test(plan), usesItsIndex: index === null || plan.includes(index), plan }).toEqual({
        kind,
        readsWholePersonTable: false,
        usesItsIndex: true,
        plan,
      });
    }
  });

  it('finds a character or pair as text exactly where the name-gram index finds it', async () => {
    const connection = subgraph.orm.em.getConnection();
    const grams = new Set(visible.slice(0, 40).flatMap((p) => {
      const chars = [...(p.name ?? '')];
      return [...chars, ...chars.slice(1).map((c, i) => `${chars[i]}${c}`)];
    }));
    expect(grams.size).toBeGreaterThan(40);
    for (const gram of grams) {
      const ids = async (gramAsText: boolean) => {
        const where = personFilterSql(caller, { search: gram }, { gramAsText });
        return (await connection.execute<Array<{ id: string }>>(`select id from person p where ${where.sql} order by id`, where.params)).map((r) => r.id);
      };
      expect({ gram, ids: await ids(true) }).toEqual({ gram, ids: await ids(false) });
    }
  });

  it('pages a surname most persons share newest first, testing each name as text, and finds what a full reading finds', async () => {
    const connection = subgraph.orm.em.getConnection();
    const [{ standing }] = (await connection.execute<Array<{ standing: string }>>('select sum(standing) as standing from person_tally')) as [{ standing: string }];
    // Enough persons sharing a surname that walking the persons finds a page sooner than the index.
    const sharing = Math.ceil(Math.sqrt(5 * (Number(standing) + 80))) + 5;
    const ids = Array.from({ length: sharing }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
    await connection.execute(
      `insert into person (id, name, sex, identity_status, created_at, updated_at)
       select ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, '鼋' || substr('甲乙丙丁戊己庚辛壬癸', (n % 10)::int + 1, 1), 'MALE', 'CLAIMED', now() - n * interval '1 minute', now()
       from generate_series(1, ?) as n`,
      [sharing],
    );
    try {
      const { result, sql } = await subgraph.queries.during(() => found({ search: '鼋' }));
      expect(result).toEqual({ ids, total: sharing });
      // The page tested each name as text; the total came from the gram tally.
      expect(sql.some((statement) => /from person p where .*strpos\(p\.name, /.test(statement))).toBe(true);
      expect(sql.some((statement) => statement.includes('person_name_gram_tally where gram'))).toBe(true);
      // A pair of the same names is rarer: read from the index.
      const pair = await subgraph.queries.during(() => found({ search: '鼋甲' }));
      expect(pair.result.total).toBe(Math.floor(sharing / 10));
      expect(pair.sql.some((statement) => /from person p where .*person_name_grams\(p\.name\) @>/.test(statement))).toBe(true);
    } finally {
      await connection.execute(`delete from person where id::text like '00000000-0000-4000-8000-%'`);
    }
  });
});
