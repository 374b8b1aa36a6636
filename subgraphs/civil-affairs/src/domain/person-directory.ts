/**
 * Finding persons: filters, search by name (characters, pinyin, initials) or whole ID number, and
 * keyset pages newest first, forward or back from the end. One statement for the page and one for
 * the total, whatever the page.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, pageInfoOf, pageWindow, readDirection, viewFromRow, windowRows, type KeysetPage, type PageArgs } from '@lifeline/subgraph-runtime';
import { type Caller } from '@lifeline/subgraph-runtime';
import { Person } from '../entities/person.entity';
import { caseVisibility, personTallyReach, personVisibility, searchesByIdNumber } from './access';
import { type IdentityStatus, type RescueCaseStatus, type Sex } from './vocabulary';

export interface PersonFilter {
  search?: string | null;
  identityStatus?: IdentityStatus | null;
  sex?: Sex | null;
  stationId?: string | null;
  caseStatus?: RescueCaseStatus | null;
}

const ID_NUMBER_LIKE = /^[0-9]{6,17}[0-9Xx]?$/;
const LATIN = /^[a-z\s']+$/i;
/** A Latin search the prefix tally counts (as `person_name_prefixes` keeps its keys). */
const PREFIX_KEY = /^[a-z]{1,3}$/;

/** Escapes LIKE wildcards in user text. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The condition (SQL on alias `p`, parameters) that a person's name (characters, pinyin, initials)
 * or whole ID number matches a search; `null` for a blank search. Every list searched by name
 * asks it, so a name finds the same persons everywhere. `gram` is set when the search is one of
 * the name's grams (one or two characters): the persons it finds are those the gram tally counts;
 * `prefix` when it is one to three plain letters: those the prefix tally counts.
 */
export function personSearchSql(
  caller: Caller,
  text: string | null | undefined,
  options: SearchOptions = {},
): { sql: string; params: unknown[]; gram?: string; prefix?: string } | null {
  const search = text?.trim();
  if (!search) return null;
  if (ID_NUMBER_LIKE.test(search)) {
    // Searching by number is for those who see numbers in full: for anyone else each answer
    // would confirm a guess at the masked digits. A referring caseworker may still find the
    // victims she referred (she gave their numbers herself).
    const byNumber = searchesByIdNumber(caller);
    return { sql: byNumber ? 'p.id_number = ?' : 'p.id_number = ? and exists (select 1 from person_access_grant g where g.person_id = p.id and g.grantee = ?)', params: [search.toUpperCase(), ...(byNumber ? [] : [caller.id])] };
  }
  if (LATIN.test(search)) {
    // Pinyin and initials by prefix, a Latin name anywhere (from three letters; shorter, at its
    // start): each arm has its index, so the three are read together, never the whole table.
    const compact = search.toLowerCase().replace(/[\s']/g, '');
    const lower = search.toLowerCase();
    const sql = `(replace(p.name_pinyin, ' ', '') like ? or p.name_initials like ? or lower(p.name) like ?)`;
    const params = [`${likeLiteral(compact)}%`, `${likeLiteral(compact)}%`, lower.length >= 3 ? `%${likeLiteral(lower)}%` : `${likeLiteral(lower)}%`];
    // One to three letters, no space or apostrophe (the three arms ask the same letters): the keys
    // `person_name_prefixes` lists, so the prefix tally counts the persons it finds.
    return PREFIX_KEY.test(lower) ? { sql, params, prefix: lower } : { sql, params };
  }
  if ([...search].length <= 2) {
    // One or two characters (a surname, a given name): trigrams cannot find them, the name's
    // grams (each character and each pair) can. A name holds one of them as a gram exactly when
    // it holds it as text, which a common gram's page tests row by row (`commonGram`).
    // (`strpos`, not LIKE: the trigram index would offer itself for LIKE and read every name.)
    if (options.gramAsText) return { sql: 'strpos(p.name, ?) > 0', params: [search], gram: search };
    return { sql: 'person_name_grams(p.name) @> array[?]::text[]', params: [search], gram: search };
  }
  return { sql: 'p.name like ?', params: [`%${likeLiteral(search)}%`] };
}

/** How a search by name is written (the persons it finds are the same either way). */
export interface SearchOptions {
  /** A search by one or two characters tests each name as text instead of asking the name-gram index. */
  gramAsText?: boolean;
}

/** The WHERE clause (SQL + parameters, on alias `p`) of the persons the caller sees that match a filter. */
export function personFilterSql(caller: Caller, filter: PersonFilter, options: SearchOptions = {}): { sql: string; params: unknown[] } {
  const visibility = personVisibility(caller);
  const parts: string[] = [visibility.sql];
  const params: unknown[] = [...visibility.params];
  const search = personSearchSql(caller, filter.search, options);
  if (search) {
    parts.push(search.sql);
    params.push(...search.params);
  }
  if (filter.identityStatus) {
    parts.push('p.identity_status = ?');
    params.push(filter.identityStatus);
  }
  if (filter.sex) {
    parts.push('p.sex = ?');
    params.push(filter.sex);
  }
  // Both filters read cases, so only the cases the caller may see: county staff cannot narrow
  // their persons by another county's station, or by the status of a case they cannot see.
  const cases = caseVisibility(caller);
  if (filter.stationId) {
    parts.push(`exists (select 1 from rescue_case rc join station s on s.id = rc.station_id where rc.person_id = p.id and rc.station_id = ? and ${cases.sql})`);
    params.push(filter.stationId, ...cases.params);
  }
  if (filter.caseStatus) {
    // The latest case she may see has the status: read from the cases in that status (by index),
    // less those followed by a later case she may see, instead of each person's latest case in turn.
    parts.push(
      `p.id in (select rc.person_id from rescue_case rc join station s on s.id = rc.station_id where rc.status = ? and ${cases.sql}
         and not exists (select 1 from rescue_case later where later.person_id = rc.person_id and (later.intake_at, later.id) > (rc.intake_at, rc.id)
           and later.station_id in (select s.id from station s where ${cases.sql})))`,
    );
    params.push(filter.caseStatus, ...cases.params, ...cases.params);
  }
  return { sql: parts.join(' and '), params };
}

/**
 * A tally that counts what a filter finds: its table, the keys of its rows (and their parameters),
 * and the same condition on a person (alias `p`, and its parameters).
 */
interface TallyKeys {
  table: 'person_tally' | 'person_name_gram_tally' | 'person_name_prefix_tally';
  keys: string[];
  params: unknown[];
  personKeys: string[];
  personParams: unknown[];
}

/**
 * The tally that counts the persons a filter finds: the tally of standing persons by identity
 * status and sex; for a search by one or two characters alone, the tally of the names' grams; for
 * a search by one to three letters alone, the tally of the names' prefixes; null when no tally can
 * (a station, a case status, any other search).
 */
function tallyFor(caller: Caller, filter: PersonFilter): TallyKeys | null {
  if (filter.stationId || filter.caseStatus) return null;
  if (filter.search?.trim()) {
    const search = personSearchSql(caller, filter.search);
    if (!search || filter.identityStatus || filter.sex) return null;
    if (search.gram !== undefined) {
      return { table: 'person_name_gram_tally', keys: ['gram = ?'], params: [search.gram], personKeys: ['person_name_grams(p.name) @> array[?]::text[]'], personParams: [search.gram] };
    }
    if (search.prefix !== undefined) {
      return { table: 'person_name_prefix_tally', keys: ['prefix = ?'], params: [search.prefix], personKeys: [search.sql], personParams: search.params };
    }
    return null;
  }
  const keys: string[] = [];
  const params: unknown[] = [];
  if (filter.identityStatus) {
    keys.push('identity_status = ?');
    params.push(filter.identityStatus);
  }
  if (filter.sex) {
    keys.push('sex = ?');
    params.push(filter.sex);
  }
  return { table: 'person_tally', keys, params, personKeys: keys.map((k) => `p.${k}`), personParams: params };
}

/**
 * The statement that counts the persons a filter finds. Lists of the city-wide roles (every
 * standing person, or every unprotected one and her grants) that a tally can count (`tallyFor`:
 * unsearched, by identity status or sex at most; or searched by one or two characters alone, a
 * surname a tenth of a city may share; or by one to three letters alone, initials thousands may
 * share) read the tally and count only the protected persons
 * granted to the caller: the same number as counting the rows, from a handful of rows. Anything
 * else counts rows.
 */
export function totalStatement(caller: Caller, filter: PersonFilter, where: { sql: string; params: unknown[] }): [string, unknown[]] {
  const reach = personTallyReach(caller);
  const tally = reach ? tallyFor(caller, filter) : null;
  if (!reach || !tally) return [`select count(*) as total from person p where ${where.sql}`, where.params];
  const tallied = `select coalesce(sum(standing), 0) from ${tally.table} where ${[...tally.keys, ...(reach === 'unprotected' ? ['not confidential'] : [])].join(' and ') || 'true'}`;
  if (reach === 'everyone') return [`select (${tallied}) as total`, tally.params];
  const granted = `select count(*) from person p join person_access_grant g on g.person_id = p.id and g.grantee = ? where p.record_status = 'ACTIVE' and p.confidential${tally.personKeys.map((k) => ` and ${k}`).join('')}`;
  return [`select (${tallied}) + (${granted}) as total`, [...tally.params, caller.id, ...tally.personParams]];
}

/**
 * Whether so many standing persons share `gram` that a page of them is found soonest by walking
 * the persons newest first and testing each name as text: the walk reads about 21 × N / M rows to
 * find a page among N persons of whom M share the gram, the name-gram index reads all M and sorts
 * them, and the two cost alike where M² ≈ 5 N (measured on 300,000 persons: a surname a hundredth
 * of them share, 5 ms walking against 12 ms from the index and 28 ms for the planner's own choice;
 * a rare one, 0.2 ms from the index against a 55 ms walk). The planner cannot tell the two apart,
 * as it estimates every gram alike; the tallies can, from a few rows. Only the city-wide roles'
 * lists walk (what a county's staff may see is tested row by row at a higher cost).
 */
async function commonGram(em: EntityManager, gram: string): Promise<boolean> {
  const [counts] = await em
    .getConnection()
    .execute<Array<{ sharing: string; standing: string }>>(
      'select (select coalesce(sum(standing), 0) from person_name_gram_tally where gram = ?) as sharing, (select coalesce(sum(standing), 0) from person_tally) as standing',
      [gram],
    );
  const sharing = Number(counts?.sharing ?? 0);
  return sharing * sharing >= 5 * Number(counts?.standing ?? 0);
}

/**
 * One page of the persons visible to the caller that match the filter, newest first, after the
 * cursor (`first`/`after`) or before it (`last`/`before`: read oldest first, then turned round).
 * Invisible persons are absent from the page and from the total alike. The cursors hold no order
 * (the list has one), as they always have, so a cursor handed out before still serves.
 */
export async function findPersons(em: EntityManager, caller: Caller, filter: PersonFilter, args: PageArgs): Promise<KeysetPage<Person>> {
  const window = pageWindow(args, decodeCursor);
  const connection = em.getConnection();
  const where = personFilterSql(caller, filter);
  const gram = personSearchSql(caller, filter.search)?.gram;
  const pageFilter = gram !== undefined && personTallyReach(caller) && (await commonGram(em, gram)) ? personFilterSql(caller, filter, { gramAsText: true }) : where;
  const direction = readDirection('desc', window);
  const { cursor, limit } = window;
  const pageWhere = cursor ? `${pageFilter.sql} and (p.created_at, p.id) ${direction === 'desc' ? '<' : '>'} (?, ?)` : pageFilter.sql;
  const pageParams = cursor ? [...pageFilter.params, cursor.at, cursor.id] : pageFilter.params;
  const [found, totals] = await Promise.all([
    connection.execute<Array<Record<string, unknown>>>(
      `select p.* from person p where ${pageWhere} order by p.created_at ${direction}, p.id ${direction} limit ?`,
      [...pageParams, limit + 1],
    ),
    connection.execute<Array<{ total: string }>>(...totalStatement(caller, filter, where)),
  ]);
  const { rows, more } = windowRows(found, window);
  const edges = rows.map((row) => {
    const node = viewFromRow(em, Person, row);
    return { node, cursor: encodeCursor({ at: node.createdAt, id: node.id }) };
  });
  return { edges, pageInfo: pageInfoOf(edges, window, more), totalCount: Number(totals[0]?.total ?? 0) };
}
