/**
 * The benchmark's work-page operations beyond the headline ones: the person search, a person's
 * tracing candidates, the dispatch board and a page of the audit trail, shaped like the portal's.
 */

/** The person search by name (the portal's search page). */
export const PERSON_SEARCH = /* GraphQL */ `
  query PersonSearch($filter: PersonFilter, $first: Int) {
    persons(filter: $filter, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id displayName name namePinyin sex birthDate estimatedAgeMin estimatedAgeMax idNumber
          rescueCases { id status intakeAt station { id name } }
        }
      }
    }
  }
`;

/** An unidentified person with the missing-person reports that may be them, explained. */
export const TRACING_CANDIDATES = /* GraphQL */ `
  query TracingCandidates($personId: ID!) {
    person(id: $personId) {
      id displayName name namePinyin sex birthDate estimatedAgeMin estimatedAgeMax dialectRegion features
      rescueCases { id status intakeAt station { id name jurisdictionName } }
    }
    tracingCandidates(personId: $personId, first: 5) {
      score
      report { id name namePinyin sex birthDate ageWhenMissing lastSeenAt lastSeenDivision lastSeenPlace dialectRegion features reportedBy resolved }
      evidence { field score weight detail }
    }
  }
`;

/** The dispatch board with its 30-minute figures. */
export const DISPATCH_BOARD = /* GraphQL */ `
  query DispatchBoard($from: DateTime!, $to: DateTime!) {
    dispatchBoard {
      id source description latitude longitude address district status reportedAt acceptedAt dispatchedAt
      onSceneAt verifiedAt closedAt closure dispatchedTo { id name } dispatchDistanceMeters minutesToScene
      missedThirtyMinutes version
    }
    dispatchPerformance(from: $from, to: $to) { group name reports onSceneWithin30 share }
  }
`;

const AUDIT_PAGE_FIELDS = `events { hash at actor actorKind agency roles operation recordType recordId fields purpose outcome } chain { ok checked firstBrokenSeq }`;

/** One page of every agency's audit trail (auditors only). */
export const AUDIT_TRAIL_PAGE = /* GraphQL */ `
  query AuditTrail($first: Int) {
    auditEvents(first: $first) {
      civilAffairs { ${AUDIT_PAGE_FIELDS} }
      publicSecurity { ${AUDIT_PAGE_FIELDS} }
      womensFederation { ${AUDIT_PAGE_FIELDS} }
      foreignAffairs { ${AUDIT_PAGE_FIELDS} }
    }
  }
`;

/** What the benchmark needs to pick its subjects: a name to search for and a person to trace. */
export const BENCH_SUBJECTS = /* GraphQL */ `
  query BenchSubjects {
    persons(first: 50) { edges { node { name } } }
    tracingWorkList { person { id } }
  }
`;

export interface BenchSubjects {
  persons: { edges: Array<{ node: { name: string | null } }> };
  tracingWorkList: Array<{ person: { id: string } }>;
}

/** A search term as staff type it: the surname of the first person with a Chinese name. */
export function searchTermFrom(subjects: BenchSubjects): string | undefined {
  const names = subjects.persons.edges.map((e) => e.node.name).filter((n): n is string => !!n);
  const chinese = names.find((n) => /^[\u4e00-\u9fff]{2,}$/.test(n));
  return chinese ? chinese.slice(0, 1) : names[0]?.slice(0, 3);
}

/** The home page's figures (the portal's Dashboard query): three counts of persons and the stations' open cases. */
export const DASHBOARD = /* GraphQL */ `
  query Dashboard {
    everyone: persons(first: 1) { totalCount }
    unidentified: persons(filter: { identityStatus: UNIDENTIFIED }, first: 1) { totalCount }
    inCare: persons(filter: { caseStatus: IN_CARE }, first: 1) { totalCount }
    stations { id level isOpen openCaseCount }
  }
`;

/** A person received at a station (the intake form's mutation). */
export const RECEIVE_PERSON = /* GraphQL */ `
  mutation BenchReceivePerson($input: ReceivePersonInput!) {
    receivePerson(input: $input) { __typename ... on RescueCaseChanged { rescueCase { id status person { id } } } }
  }
`;

/** A delivery recorded against an accepted entrustment (the center's aid desk). */
export const RECORD_DELIVERY = /* GraphQL */ `
  mutation BenchRecordDelivery($input: RecordAidDeliveryInput!) {
    recordAidDelivery(input: $input) { __typename ... on AidDeliveryRecorded { delivery { id } aidEntrustment { id status } } }
  }
`;

/** Where the write scenarios write: the regional center, and an entrustment open to deliveries with its largest item. */
export const WRITE_SUBJECTS = /* GraphQL */ `
  query BenchWriteSubjects {
    stations { id kind }
    aidEntrustmentsConnection(statuses: [ACCEPTED, IN_PROGRESS], first: 50) { edges { node { id validUntil items { kind capFen } } } }
  }
`;

export interface WriteSubjects {
  stations: Array<{ id: string; kind: string }>;
  aidEntrustmentsConnection: { edges: Array<{ node: { id: string; validUntil: string; items: Array<{ kind: string; capFen: number }> } }> };
}
