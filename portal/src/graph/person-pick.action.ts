'use server';
/**
 * Finding a person for a form by what staff know (a name, its pinyin or initials, an ID number)
 * instead of pasting a record id. The graph decides whom the user may find: a protected victim
 * never appears to anyone not entitled to her.
 */
import type { PersonChoiceFragment } from '@/gql/graphql';
import { queryGraph } from './graph-client';
import { PersonPickQuery } from './person-pick.query';

/** At most this many choices: staff narrow the search rather than scroll. */
const CHOICES = 10;
/** The longest text searched (a full ID number with room to spare). */
const MAX_SEARCH = 40;

/** The persons matching `search`, best first as the graph orders them; none for a blank or over-long text or when the graph refuses. */
export async function findPersonsToPick(search: unknown): Promise<PersonChoiceFragment[]> {
  const text = typeof search === 'string' ? search.trim() : '';
  if (text.length === 0 || text.length > MAX_SEARCH) return [];
  const result = await queryGraph(PersonPickQuery, { filter: { search: text }, first: CHOICES });
  return result.data?.persons.edges.map((edge) => edge.node) ?? [];
}
