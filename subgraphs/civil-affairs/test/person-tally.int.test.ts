/**
 * The tallies of standing persons (by status, sex and protection; by each gram of the name; by
 * each key of a short Latin search): every role's persons total, read from a tally where its reach
 * allows, is the number of rows it sees; and the triggers keep the tallies equal to the persons as
 * they are received, identified, renamed, protected, merged away and deleted.
 */
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { randomUUID } from 'node:crypto';
import { type SubgraphContext } from '../src/context';
import { personFilterSql, personSearchSql, totalStatement, type PersonFilter } from '../src/domain/person-directory';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const ROLES_TO_CHECK: Array<[string, Caller]> = [
  ['center staff', testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' })],
  ['shelter staff', testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' })],
  ['police, holding grants', testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER] })],
  ['county staff', testCaller({ id: 'county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: '379902' })],
  ['foreign-affairs officer', testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER] })],
  ['a caseworker, by grants only', testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER] })],
  ['civil affairs’ integrating system', { ...testCaller({ id: 'client:ca-sync', agency: 'CIVIL_AFFAIRS', roles: [ROLES.INTEGRATION] }), kind: 'service', scopes: ['read:persons'] }],
];

const FILTERS: PersonFilter[] = [{}, { identityStatus: 'UNIDENTIFIED' }, { sex: 'FEMALE' }, { identityStatus: 'VERIFIED', sex: 'MALE' }];

async function counted(caller: Caller, filter: PersonFilter): Promise<{ fromTotal: number; fromRows: number; tallied: boolean }> {
  const connection = subgraph.orm.em.getConnection();
  const where = personFilterSql(caller, filter);
  const [sql, params] = totalStatement(caller, filter, where);
  const [total] = await connection.execute<Array<{ total: string }>>(sql, params);
  const [rows] = await connection.execute<Array<{ total: string }>>(`select count(*) as total from person p where ${where.sql}`, where.params);
  return { fromTotal: Number(total!.total), fromRows: Number(rows!.total), tallied: /person_tally|person_name_gram_tally|person_name_prefix_tally/.test(sql) };
}

/** Rows of `key → number`, as the tally checks below read them. */
function asRecord(rows: Array<{ k: string; n: string }>): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
}

/** The tally's rows against a count of the standing persons, as `key → number` (empty rows left out). */
async function tallyAndTruth(): Promise<{ tally: Record<string, number>; truth: Record<string, number> }> {
  const connection = subgraph.orm.em.getConnection();
  const tally = await connection.execute<Array<{ k: string; n: string }>>(
    `select identity_status || '/' || sex || '/' || confidential as k, standing as n from person_tally where standing <> 0 order by 1`,
  );
  const truth = await connection.execute<Array<{ k: string; n: string }>>(
    `select identity_status || '/' || sex || '/' || confidential as k, count(*) as n from person where record_status = 'ACTIVE' group by 1 order by 1`,
  );
  return { tally: asRecord(tally), truth: asRecord(truth) };
}

/** The gram tally's rows against the grams of the standing persons' names, as `gram/protection → number`. */
async function gramTallyAndTruth(): Promise<{ tally: Record<string, number>; truth: Record<string, number> }> {
  const connection = subgraph.orm.em.getConnection();
  const tally = await connection.execute<Array<{ k: string; n: string }>>(
    `select gram || '/' || confidential as k, standing as n from person_name_gram_tally where standing <> 0 order by 1`,
  );
  const truth = await connection.execute<Array<{ k: string; n: string }>>(
    `select gram || '/' || confidential as k, count(*) as n from person, unnest(person_name_grams(name)) as gram where record_status = 'ACTIVE' group by 1 order by 1`,
  );
  return { tally: asRecord(tally), truth: asRecord(truth) };
}

/**
 * The prefix tally's rows against the standing persons each key finds with the search's own
 * condition (`personSearchSql`, run for every key of one to three letters any standing person
 * has, and for keys no one has), as `key/protection → number`.
 */
async function prefixTallyAndTruth(): Promise<{ tally: Record<string, number>; truth: Record<string, number> }> {
  const connection = subgraph.orm.em.getConnection();
  const tally = await connection.execute<Array<{ k: string; n: string }>>(
    `select prefix || '/' || confidential as k, standing as n from person_name_prefix_tally where standing <> 0 order by 1`,
  );
  const keyed = await connection.execute<Array<{ k: string }>>(
    `select distinct k from person, unnest(array[replace(name_pinyin, ' ', ''), name_initials, lower(name)]) as v,
       lateral (select substr(v, i, n) as k from generate_series(1, char_length(v)) as i, generate_series(1, 3) as n) as keys
     where k ~ '^[a-z]{1,3}$' order by 1`,
  );
  const truth: Record<string, number> = {};
  const center = ROLES_TO_CHECK[0]![1];
  for (const key of [...keyed.map((r) => r.k), 'qqq', 'x']) {
    const search = personSearchSql(center, key)!;
    expect(search.prefix).toBe(key);
    const rows = await connection.execute<Array<{ confidential: boolean; n: string }>>(
      `select p.confidential, count(*) as n from person p where p.record_status = 'ACTIVE' and ${search.sql} group by 1`,
      search.params,
    );
    for (const row of rows) truth[`${key}/${row.confidential}`] = Number(row.n);
  }
  return { tally: asRecord(tally), truth };
}

/** Searches by one to three letters: the demo region's most shared initials and pinyin start, a Latin name's inside, and with a filter. */
async function prefixSearches(): Promise<PersonFilter[]> {
  const connection = subgraph.orm.em.getConnection();
  const [initials] = await connection.execute<Array<{ k: string }>>(
    `select left(name_initials, 2) as k from person where record_status = 'ACTIVE' and name_initials ~ '^[a-z]{2}' group by 1 order by count(*) desc, 1 limit 1`,
  );
  const [latin] = await connection.execute<Array<{ k: string }>>(
    `select substr(lower(name), 2, 3) as k from person where record_status = 'ACTIVE' and lower(name) ~ '^[a-z]{4}' order by name limit 1`,
  );
  return [{ search: initials!.k }, { search: ` ${initials!.k.toUpperCase()} ` }, { search: 'z' }, { search: latin!.k }, { search: initials!.k, sex: 'FEMALE' }, { search: 'qqq' }];
}

/** Searches by the demo region's most shared character and character pair (a surname, a given name), alone and with a filter. */
async function gramSearches(): Promise<PersonFilter[]> {
  const connection = subgraph.orm.em.getConnection();
  const common = async (length: number) =>
    (
      await connection.execute<Array<{ gram: string }>>(
        `select gram from person, unnest(person_name_grams(name)) as gram where record_status = 'ACTIVE' and char_length(gram) = ? group by gram order by count(*) desc, gram limit 1`,
        [length],
      )
    )[0]!.gram;
  const [one, two] = [await common(1), await common(2)];
  return [{ search: one }, { search: ` ${two} ` }, { search: one, sex: 'MALE' }, { search: '无此字' }];
}

/**
 * Checks every role's total of each search against counting its rows, and answers which roles (and
 * whether alone or with a filter) had it read from a tally.
 */
async function searchedTotalsOfEveryRole(searches: PersonFilter[]): Promise<string[]> {
  const tallied = new Set<string>();
  for (const [role, caller] of ROLES_TO_CHECK) {
    for (const filter of searches) {
      const { fromTotal, fromRows, tallied: fromTally } = await counted(caller, filter);
      expect({ role, filter, total: fromTotal }).toEqual({ role, filter, total: fromRows });
      if (fromTally) tallied.add(`${role}: ${filter.sex ? 'with a filter' : 'alone'}`);
    }
  }
  return [...tallied].sort();
}

describe('persons total', () => {
  it('is, for every role and filter, the number of persons the role sees, read from the tally for the city-wide roles', async () => {
    const tallied = new Set<string>();
    for (const [role, caller] of ROLES_TO_CHECK) {
      for (const filter of FILTERS) {
        const { fromTotal, fromRows, tallied: fromTally } = await counted(caller, filter);
        expect({ role, filter, total: fromTotal }).toEqual({ role, filter, total: fromRows });
        if (fromTally) tallied.add(role);
      }
    }
    // The tally serves the city-wide roles only; the others count rows.
    expect([...tallied].sort()).toEqual(['center staff', 'civil affairs’ integrating system', 'police, holding grants', 'shelter staff']);
    // The police officer holds grants to protected persons in the demo region: her total counts them.
    const police = ROLES_TO_CHECK.find(([role]) => role.startsWith('police'))![1];
    const center = ROLES_TO_CHECK[0]![1];
    expect((await counted(police, {})).fromTotal).toBeGreaterThan((await counted(center, {})).fromTotal);
  });

  it('is, for a search by one or two characters, the number of persons the role finds, read from the gram tally for the city-wide roles when nothing else filters', async () => {
    const searches = await gramSearches();
    expect(await searchedTotalsOfEveryRole(searches)).toEqual(['center staff: alone', 'civil affairs’ integrating system: alone', 'police, holding grants: alone', 'shelter staff: alone']);
    // The character is shared: the total counts many persons, not a page of them.
    expect((await counted(ROLES_TO_CHECK[0]![1], searches[0]!)).fromTotal).toBeGreaterThan(1);
  });

  it('is, for a search by one to three letters, the number of persons the role finds, read from the prefix tally for the city-wide roles when nothing else filters', async () => {
    const searches = await prefixSearches();
    expect(await searchedTotalsOfEveryRole(searches)).toEqual(['center staff: alone', 'civil affairs’ integrating system: alone', 'police, holding grants: alone', 'shelter staff: alone']);
    // The initials are shared: the total counts many persons, not a page of them.
    expect((await counted(ROLES_TO_CHECK[0]![1], searches[0]!)).fromTotal).toBeGreaterThan(1);
    // Four letters and a search with a space are counted row by row.
    const center = ROLES_TO_CHECK[0]![1];
    expect(totalStatement(center, { search: 'zhan' }, personFilterSql(center, { search: 'zhan' }))[0]).not.toContain('tally');
    expect(totalStatement(center, { search: 'z y' }, personFilterSql(center, { search: 'z y' }))[0]).not.toContain('tally');
  });

  it('the GraphQL totalCount of an unfiltered, a filtered and a searched list is the tally’s number', async () => {
    const center = ROLES_TO_CHECK[0]![1];
    for (const filter of [...FILTERS, ...(await gramSearches()), ...(await prefixSearches())]) {
      const res = await subgraph.execute<{ persons: { totalCount: number } }>(`query($f: PersonFilter) { persons(first: 1, filter: $f) { totalCount } }`, { f: filter }, center);
      expect(res.errors).toBeUndefined();
      expect(res.data!.persons.totalCount).toBe((await counted(center, filter)).fromRows);
    }
  });

  it('stays equal to the standing persons through intake, identification, protection, merge and deletion', async () => {
    const connection = subgraph.orm.em.getConnection();
    const before = await tallyAndTruth();
    expect(before.tally).toEqual(before.truth);
    const gramsBefore = await gramTallyAndTruth();
    expect(gramsBefore.tally).toEqual(gramsBefore.truth);
    const prefixesBefore = await prefixTallyAndTruth();
    expect(prefixesBefore.tally).toEqual(prefixesBefore.truth);
    const id = randomUUID();
    const other = randomUUID();
    const steps: Array<[string, string, unknown[]]> = [
      ['received', `insert into person (id, sex, identity_status, created_at, updated_at) values (?, 'MALE', 'UNIDENTIFIED', now(), now()), (?, 'FEMALE', 'CLAIMED', now(), now())`, [id, other]],
      ['identified', `update person set identity_status = 'VERIFIED', name = '测试者', name_pinyin = 'ce shi zhe', name_initials = 'csz' where id = ?`, [id]],
      ['named, a character twice', `update person set name = '测测试', name_pinyin = 'ce ce shi', name_initials = 'ccs' where id = ?`, [other]],
      ['renamed', `update person set name = '试验者', name_pinyin = 'shi yan zhe', name_initials = 'syz' where id = ?`, [id]],
      ['her pinyin corrected alone', `update person set name_pinyin = 'si yan zhe' where id = ?`, [id]],
      ['named in Latin letters', `update person set name = 'Anna Maria', name_pinyin = null, name_initials = null where id = ?`, [other]],
      ['protected', `update person set confidential = true where id = ?`, [other]],
      ['a change the tally does not count (her phone)', `update person set phone = '13800000000' where id = ?`, [other]],
      ['merged into another record', `update person set record_status = 'MERGED', merged_into_id = ? where id = ?`, [other, id]],
      ['deleted', `delete from person where id in (?, ?)`, [id, other]],
    ];
    for (const [step, sql, params] of steps) {
      await connection.execute(sql, params);
      const now = await tallyAndTruth();
      expect({ step, tally: now.tally }).toEqual({ step, tally: now.truth });
      const grams = await gramTallyAndTruth();
      expect({ step, grams: grams.tally }).toEqual({ step, grams: grams.truth });
      const prefixes = await prefixTallyAndTruth();
      expect({ step, prefixes: prefixes.tally }).toEqual({ step, prefixes: prefixes.truth });
    }
    expect((await tallyAndTruth()).tally).toEqual(before.tally);
    expect((await gramTallyAndTruth()).tally).toEqual(gramsBefore.tally);
    expect((await prefixTallyAndTruth()).tally).toEqual(prefixesBefore.tally);
  });
});
