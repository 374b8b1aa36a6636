/**
 * The person search lives in the URL (`/persons?q=…&sex=…&after=…`) so a result page can be
 * bookmarked, shared and paged with the browser's back button. This module turns untrusted URL
 * parameters into the `persons` query's arguments and back.
 */
import type { IdentityStatus, PersonFilter, RescueCaseStatus, Sex } from '@/gql/graphql';
import { firstParam, type SearchParams } from './search-params.reader';
import { IDENTITY_STATUSES, pickEnum, RESCUE_CASE_STATUSES, SEXES } from './vocabulary';

/** Persons per page. */
export const PERSON_PAGE_SIZE = 20;

/** Longest search text sent on (a name or an 18-character ID number fits easily). */
const MAX_SEARCH_LENGTH = 64;

/** What the search form holds. */
export interface PersonSearch {
  q?: string;
  identityStatus?: IdentityStatus;
  sex?: Sex;
  caseStatus?: RescueCaseStatus;
  /** Cursor of the page's start (an `endCursor` of the previous page). */
  after?: string;
}

/** Reads the search from URL parameters, dropping anything malformed. */
export function parsePersonSearch(params: SearchParams): PersonSearch {
  const search: PersonSearch = {};
  const q = firstParam(params, 'q')?.slice(0, MAX_SEARCH_LENGTH);
  if (q) search.q = q;
  const identityStatus = pickEnum(IDENTITY_STATUSES, firstParam(params, 'identityStatus'));
  if (identityStatus) search.identityStatus = identityStatus;
  const sex = pickEnum(SEXES, firstParam(params, 'sex'));
  if (sex) search.sex = sex;
  const caseStatus = pickEnum(RESCUE_CASE_STATUSES, firstParam(params, 'caseStatus'));
  if (caseStatus) search.caseStatus = caseStatus;
  const after = firstParam(params, 'after');
  if (after && after.length <= 512) search.after = after;
  return search;
}

/** The `persons` query's `filter` for a search. */
export function toPersonFilter(search: PersonSearch): PersonFilter {
  const filter: PersonFilter = {};
  if (search.q) filter.search = search.q;
  if (search.identityStatus) filter.identityStatus = search.identityStatus;
  if (search.sex) filter.sex = search.sex;
  if (search.caseStatus) filter.caseStatus = search.caseStatus;
  return filter;
}

/** The `/persons` URL of a search (parameters in a stable order, empty ones left out). */
export function personSearchHref(search: PersonSearch): string {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.identityStatus) params.set('identityStatus', search.identityStatus);
  if (search.sex) params.set('sex', search.sex);
  if (search.caseStatus) params.set('caseStatus', search.caseStatus);
  if (search.after) params.set('after', search.after);
  const query = params.toString();
  return query ? `/persons?${query}` : '/persons';
}
