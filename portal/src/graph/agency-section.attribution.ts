/**
 * Which agency's part of a federated result an error belongs to, so a page can show an error
 * state in that agency's section and the data of every other section.
 *
 * The gateway names the subgraph that failed in `extensions.subgraph`; other errors are placed
 * by their path (the field of `Person` each agency contributes). What cannot be placed is
 * "unattributed" and the page shows it as a general error.
 */
import { type GraphError } from './graph-client';

export const AGENCY_SECTIONS = ['civilAffairs', 'publicSecurity', 'womensFederation', 'foreignAffairs'] as const;

/** One agency's part of the portal: a profile section, a navigation group. */
export type AgencySection = (typeof AGENCY_SECTIONS)[number];

/** The subgraph each agency owns, as the supergraph names it. */
export const SECTION_SUBGRAPH: Record<AgencySection, string> = {
  civilAffairs: 'civil-affairs',
  publicSecurity: 'public-security',
  womensFederation: 'womens-federation',
  foreignAffairs: 'foreign-affairs',
};

/** Fields each agency contributes to the graph, as they appear in result paths. */
const FIELD_SECTION: Record<string, AgencySection> = {
  person: 'civilAffairs',
  persons: 'civilAffairs',
  rescueCases: 'civilAffairs',
  rescueCase: 'civilAffairs',
  station: 'civilAffairs',
  stations: 'civilAffairs',
  identityChecks: 'publicSecurity',
  identityCheck: 'publicSecurity',
  openIdentityChecks: 'publicSecurity',
  shelterReferrals: 'womensFederation',
  shelterReferral: 'womensFederation',
  aidEntrustments: 'foreignAffairs',
  aidEntrustment: 'foreignAffairs',
};

const SUBGRAPH_SECTION = new Map(Object.entries(SECTION_SUBGRAPH).map(([section, subgraph]) => [subgraph, section as AgencySection]));

/** The section an error belongs to, or `undefined` when it cannot be placed. */
export function sectionOfError(error: GraphError): AgencySection | undefined {
  const subgraph = error.extensions?.subgraph;
  if (typeof subgraph === 'string' && SUBGRAPH_SECTION.has(subgraph)) return SUBGRAPH_SECTION.get(subgraph);
  // The section that shows the data is the one of the first agency field below the root field:
  // `person.identityChecks.0.requestingStation` breaks the public-security section, even though
  // a station is civil affairs' entity. A bare root field (`person`) belongs to its owner.
  const fields = (error.path ?? []).filter((segment): segment is string => typeof segment === 'string');
  const nested = fields.slice(1).find((field) => Object.hasOwn(FIELD_SECTION, field));
  if (nested) return FIELD_SECTION[nested];
  const root = fields[0];
  return root !== undefined && Object.hasOwn(FIELD_SECTION, root) ? FIELD_SECTION[root] : undefined;
}

/** Code of the gateway's error when an agency's subgraph cannot answer. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/**
 * Whether an error took a section's records away, rather than one value inside them: the
 * agency's subgraph is down, or the error sits on the root field or on the agency's list itself.
 * A deeper error (`person.identityChecks.0.samples` refused to a caller without the right) leaves
 * the records there, with that one value null.
 */
function breaksSection(error: GraphError): boolean {
  if (error.extensions?.code === SUBGRAPH_UNAVAILABLE) return true;
  const path = error.path ?? [];
  // Where the agency's list sits on the path (`person.identityChecks` → 1); a path ending at it
  // or at one of its elements lost the records, a longer one only a value inside a record.
  const list = path.findIndex((segment, i) => i > 0 && typeof segment === 'string' && Object.hasOwn(FIELD_SECTION, segment));
  return list === -1 ? path.length <= 1 : path.length <= list + 2;
}

/** Errors sorted into the sections they broke, the values they withheld, and the rest. */
export interface AttributedErrors {
  /** Sections whose records are missing. */
  failedSections: ReadonlySet<AgencySection>;
  /** Errors on single values inside records that did arrive. */
  fieldErrors: GraphError[];
  /** Errors no section owns (the gateway unreachable, a malformed query, …). */
  unattributed: GraphError[];
}

export function attributeErrors(errors: readonly GraphError[]): AttributedErrors {
  const failedSections = new Set<AgencySection>();
  const fieldErrors: GraphError[] = [];
  const unattributed: GraphError[] = [];
  for (const error of errors) {
    const section = sectionOfError(error);
    if (!section) unattributed.push(error);
    else if (breaksSection(error)) failedSections.add(section);
    else fieldErrors.push(error);
  }
  return { failedSections, fieldErrors, unattributed };
}
