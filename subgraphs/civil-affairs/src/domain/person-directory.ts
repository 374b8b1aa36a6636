/**
 * Finding persons: filters, search by name (characters, pinyin, initials) or whole ID number, and
 * keyset pages newest first. One statement for the page and one for the total, whatever the page.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, type KeysetCursor, entityFromRow } from '@lifeline/subgraph-runtime';
import { type Caller } from '@lifeline/subgraph-runtime';
import { Person } from '../entities/person.entity';
import { caseVisibility, personVisibility, searchesByIdNumber } from './access';
import { type IdentityStatus, type RescueCaseStatus, type Sex } from './vocabulary';

export interface PersonFilter {
  search?: string | null;
  identityStatus?: IdentityStatus | null;
  sex?: Sex | null;
  stationId?: string | null;
  caseStatus?: RescueCaseStatus | null;
}

export interface PersonPage {
  persons: Person[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

const ID_NUMBER_LIKE = /^[0-9]{6,17}[0-9Xx]?$/;
const LATIN = /^[a-z\s']+$/i;

/** Escapes LIKE wildcards in user text. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The WHERE clause (SQL + parameters) for a filter. */
function whereClause(caller: Caller, filter: PersonFilter): { sql: string; params: unknown[] } {
  const visibility = personVisibility(caller);
  const parts: string[] = [visibility.sql];
  const params: unknown[] = [...visibility.params];
  const search = filter.search?.trim();
  if (search) {
    if (ID_NUMBER_LIKE.test(search)) {
      // Searching by number is for those who see numbers in full: for anyone else each answer
      // would confirm a guess at the masked digits. A referring caseworker may still find the
      // victims she referred (she gave their numbers herself).
      const byNumber = searchesByIdNumber(caller);
      parts.push(byNumber ? 'p.id_number = ?' : 'p.id_number = ? and exists (select 1 from person_access_grant g where g.person_id = p.id and g.grantee = ?)');
      params.push(search.toUpperCase(), ...(byNumber ? [] : [caller.id]));
    } else if (LATIN.test(search)) {
      const compact = search.toLowerCase().replace(/[\s']/g, '');
      parts.push(`(replace(p.name_pinyin, ' ', '') like ? or p.name_initials like ? or lower(p.name) like ?)`);
      params.push(`${likeLiteral(compact)}%`, `${likeLiteral(compact)}%`, `%${likeLiteral(search.toLowerCase())}%`);
    } else {
      parts.push('p.name like ?');
      params.push(`%${likeLiteral(search)}%`);
    }
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
    parts.push(
      `(select rc.status from rescue_case rc join station s on s.id = rc.station_id where rc.person_id = p.id and ${cases.sql} order by rc.intake_at desc, rc.id desc limit 1) = ?`,
    );
    params.push(...cases.params, filter.caseStatus);
  }
  return { sql: parts.join(' and '), params };
}

/**
 * One page of the persons visible to the caller that match the filter, newest first, after the
 * cursor. Invisible persons are absent from the page and from the total alike.
 */
export async function findPersons(em: EntityManager, caller: Caller, filter: PersonFilter, first: number, after?: string | null): Promise<PersonPage> {
  const where = whereClause(caller, filter);
  const cursor: KeysetCursor | undefined = after ? decodeCursor(after) : undefined;
  const pageWhere = cursor ? `${where.sql} and (p.created_at, p.id) < (?, ?)` : where.sql;
  const pageParams = cursor ? [...where.params, cursor.at, cursor.id] : where.params;
  const connection = em.getConnection();
  const [rows, totals] = await Promise.all([
    connection.execute<Array<Record<string, unknown>>>(
      `select p.* from person p where ${pageWhere} order by p.created_at desc, p.id desc limit ?`,
      [...pageParams, first + 1],
    ),
    connection.execute<Array<{ total: string }>>(`select count(*) as total from person p where ${where.sql}`, where.params),
  ]);
  const hasNextPage = rows.length > first;
  const persons = rows.slice(0, first).map((row) => entityFromRow(em, Person, row));
  return {
    persons,
    cursors: persons.map((p) => encodeCursor({ at: p.createdAt, id: p.id })),
    hasNextPage,
    totalCount: Number(totals[0]?.total ?? 0),
  };
}
