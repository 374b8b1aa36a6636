/**
 * The operations the end-to-end tests and the benchmark run through the gateway: the person
 * profile that spans all four agencies, and pages of persons with fields from all four agencies
 * or from civil affairs only.
 */

/** What each operation here reads of a person at civil affairs. */
const CIVIL_AFFAIRS_FIELDS = `
  id
  displayName
  sex
  identityStatus
  rescueCases { id status station { id name level } }
`;

/** What the profile and the all-agency page read of a person at the three other agencies. */
const OTHER_AGENCIES_FIELDS = `
  identityChecks { id status }
  shelterReferrals { id status }
  aidEntrustments { id status }
`;

/** A page of persons (`first` after the cursor `after`) with `fields` of each, named `name`. */
const personsPage = (name: string, fields: string) => /* GraphQL */ `
  query ${name}($first: Int!, $after: String) {
    persons(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { ${fields} }
      }
    }
  }
`;

/** One person with their records from every agency. */
export const PERSON_PROFILE = /* GraphQL */ `
  query PersonProfile($id: ID!) {
    person(id: $id) { ${CIVIL_AFFAIRS_FIELDS} ${OTHER_AGENCIES_FIELDS} }
  }
`;

/** A page of persons with fields from all four subgraphs. */
export const PERSONS_PAGE_ALL_AGENCIES = personsPage('PersonsPageAllAgencies', CIVIL_AFFAIRS_FIELDS + OTHER_AGENCIES_FIELDS);

/** The same page with civil-affairs fields only (one subgraph). */
export const PERSONS_PAGE_CIVIL_AFFAIRS = personsPage('PersonsPageCivilAffairs', CIVIL_AFFAIRS_FIELDS);

/** Which persons have records in which agencies (to pick a person for the profile). */
export const PERSONS_WITH_RECORDS = /* GraphQL */ `
  query PersonsWithRecords($first: Int!, $after: String) {
    persons(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id rescueCases { id } identityChecks { id } shelterReferrals { id } aidEntrustments { id } } }
    }
  }
`;

export interface PersonRecordCounts {
  id: string;
  rescueCases: unknown[] | null;
  identityChecks: unknown[] | null;
  shelterReferrals: unknown[] | null;
  aidEntrustments: unknown[] | null;
}

type PersonsWithRecords = {
  persons: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: PersonRecordCounts }> };
};

type Post = (query: string, variables: Record<string, unknown>) => Promise<{ data?: unknown; errors?: unknown[] }>;

type RecordKind = keyof Omit<PersonRecordCounts, 'id'>;

export const RECORD_KINDS: readonly RecordKind[] = ['rescueCases', 'identityChecks', 'shelterReferrals', 'aidEntrustments'];

/** Whom `findProfilePersons` found: someone with all four kinds of record, or one per kind. */
export interface ProfilePersons {
  /** A person with records in all four agencies, if the caller can see one. */
  all?: string;
  /** For each kind of record, a person who has one. */
  byRecord: Partial<Record<RecordKind, string>>;
  /** The person with the most kinds of record. */
  richest?: string;
}

/**
 * Finds persons for the profile, scanning at most `maxPages` pages of 100 as the caller sees them:
 * one with records in all four agencies if any, else one per kind of record.
 */
export async function findProfilePersons(post: Post, maxPages = 5): Promise<ProfilePersons> {
  const found: ProfilePersons = { byRecord: {} };
  let best = 0;
  let after: string | null = null;
  for (let page = 0; page < maxPages; page += 1) {
    const res = await post(PERSONS_WITH_RECORDS, { first: 100, after });
    if (res.errors) throw new Error(`persons query failed: ${JSON.stringify(res.errors).slice(0, 500)}`);
    const persons = (res.data as PersonsWithRecords).persons;
    for (const { node } of persons.edges) {
      const kinds = RECORD_KINDS.filter((kind) => (node[kind] ?? []).length > 0);
      for (const kind of kinds) found.byRecord[kind] ??= node.id;
      if (kinds.length > best) {
        best = kinds.length;
        found.richest = node.id;
      }
      if (kinds.length === RECORD_KINDS.length) return { ...found, all: node.id };
    }
    if (!persons.pageInfo.hasNextPage) break;
    after = persons.pageInfo.endCursor;
  }
  return found;
}
