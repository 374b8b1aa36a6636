/**
 * The one scope table: which fields of which subgraph each OAuth scope of an integrating system
 * covers, for reading or for writing. Every subgraph's permission table is wrapped with it
 * (`withScopes`), so a service caller reaches a field only when its role rule allows it AND one
 * of its token's scopes covers the field; signed-in staff keep their role rules alone. A scope
 * narrows a client and never widens a role.
 *
 * The table names fields one by one, so that a field added to a type a scope covers is not
 * exposed to clients by accident: the walk in `scopes.test.ts` fails until the new field is
 * given to a scope or to `STAFF_ONLY`. `STAFF_ONLY` may name a whole type (`'*'`): what no scope
 * names there is never for integrating systems, which is the safe default for a new field.
 */
import { type Agency, type Caller } from './caller';
import { CHANGE_LOG_TIMES } from '../change-feed/record-times';
import { CHANGE_TYPE_FIELDS, feedNames, WEBHOOK_TYPE_FIELDS } from '../change-feed/feed-names';

/** The four agencies' subgraphs, by the names used in `schema/` and `subgraphs/`. */
export type ScopedSubgraph = 'civil-affairs' | 'public-security' | 'womens-federation' | 'foreign-affairs';

/** Fields of one subgraph: type name → field names (`'*'` alone: every field not named elsewhere). */
export type FieldsByType = Readonly<Record<string, readonly string[]>>;

export interface ScopeDefinition {
  /** `read` scopes reach queries and fields; `write` scopes reach mutations and their answers. */
  access: 'read' | 'write';
  /** What the scope lets a client do, for the README and the consent a client's owner gives. */
  description: string;
  /** Only clients of these agencies may be granted it (a write scope belongs to the agency whose records it changes). */
  agencies?: readonly Agency[];
  /** Other scopes whose fields this one reaches too (a write scope reads what it writes). */
  includes?: readonly string[];
  /** The fields it covers, per subgraph. */
  fields: Readonly<Partial<Record<ScopedSubgraph, FieldsByType>>>;
}

const PERSON_FIELDS = ['id', 'displayName', 'name', 'namePinyin', 'sex', 'birthDate', 'estimatedAgeMin', 'estimatedAgeMax', 'idNumber', 'phone', 'dialectRegion', 'features', 'identityStatus', 'createdAt'];
const STATION_FIELDS = ['id', 'name', 'level', 'kind', 'jurisdiction', 'jurisdictionName', 'parent', 'children', 'address', 'latitude', 'longitude', 'isOpen', 'openCaseCount', 'careZones'];
const IDENTITY_CHECK_FIELDS = [
  'id', 'person', 'requestingStation', 'reason', 'status', 'requestedAt', 'concludedAt', 'outcome', 'completedAt', 'verifiedName', 'verifiedIdNumber',
  'householdRegistration', 'resultDueAt', 'overdue', 'version', 'events', 'tracingConfirmedIdentity', 'createdAt', 'updatedAt',
];
const STATUS_CHECK_FIELDS = [
  'id', 'person', 'requestingStation', 'nationality', 'passportNumber', 'mrzVerified', 'status', 'requestedAt', 'requestedBy', 'concludedAt', 'concludedBy', 'version',
  'events', 'policeHandOver', 'createdAt', 'updatedAt',
];
const NOTIFICATION_FIELDS = ['id', 'statusCheck', 'person', 'status', 'nationality', 'notifiedAt', 'acknowledged', 'acknowledgedAt', 'acknowledgedBy', 'acknowledgementNote', 'updatedAt'];
const CHECK_EVENT_FIELDS = ['fromStatus', 'toStatus', 'at', 'actor', 'note'];
/** The types of a Relay connection of `node` records and their fields: its page and each edge. */
function connectionTypes(node: string): FieldsByType {
  return { [`${node}Connection`]: ['edges', 'pageInfo', 'totalCount'], [`${node}Edge`]: ['cursor', 'node'] };
}
/** The `UserError` fields every refusal of a change answers (an `…InputRejected` has no others). */
const USER_ERROR = ['code', 'field', 'message'];
const INPUT_REJECTED = USER_ERROR;

/** The scopes, one per kind of record and access. */
export const SCOPES = {
  'read:persons': {
    access: 'read',
    description: 'Persons in care: names, sex, age, ID and phone numbers (masked unless the agency may see them), identity status; search and pages.',
    fields: {
      'civil-affairs': {
        Query: ['person', 'persons'],
        Person: PERSON_FIELDS,
        ...connectionTypes('Person'),
      },
    },
  },
  'read:stations': {
    access: 'read',
    description: 'The four-level network: stations, their care zones and free places, shelters (counts only, never where they are).',
    fields: {
      'civil-affairs': {
        Query: ['station', 'stations', 'careZone', 'shelters', 'shelter'],
        Station: STATION_FIELDS,
        CareZone: ['id', 'kind', 'name', 'places', 'freePlaces'],
        Shelter: ['id', 'name', 'totalPlaces', 'freePlaces', 'freeFamilyRooms'],
      },
    },
  },
  'read:rescue-cases': {
    access: 'read',
    description: 'Rescue cases from intake to exit, with their event history and care services.',
    fields: {
      'civil-affairs': {
        Query: ['rescueCase', 'rescueCaseEvent', 'careService'],
        Person: ['id', 'rescueCases'],
        Station: ['id'],
        CareZone: ['id', 'kind', 'name'],
        RescueCase: ['id', 'person', 'station', 'status', 'intakeSource', 'intakeAt', 'zone', 'exitAt', 'exitReason', 'stayDays', 'version', 'stayFlag', 'extendedUntil', 'services', 'events'],
        RescueCaseEvent: ['id', 'fromStatus', 'toStatus', 'at', 'actor', 'reason'],
        CareService: ['id', 'kind', 'givenAt', 'givenBy', 'note'],
      },
    },
  },
  'write:street-reports': {
    access: 'write',
    description: 'Report a sighting or call (110 linkage, the city-management platform) into the dispatch loop, and read back the report it made.',
    agencies: ['CIVIL_AFFAIRS'],
    fields: {
      'civil-affairs': {
        Mutation: ['reportStreetSighting'],
        StreetReportChanged: ['streetReport'],
        InputRejected: INPUT_REJECTED,
        RecordNotFound: USER_ERROR,
        StreetReport: [
          'id', 'source', 'description', 'latitude', 'longitude', 'address', 'district', 'status', 'reportedAt', 'acceptedAt', 'dispatchedAt', 'onSceneAt', 'verifiedAt',
          'closedAt', 'closure', 'dispatchedTo', 'dispatchDistanceMeters', 'minutesToScene', 'missedThirtyMinutes', 'version',
        ],
        Station: ['id'],
      },
    },
  },
  'read:identity-checks': {
    access: 'read',
    description: 'Identity checks with their results and history (never biometric sample details); a person\'s verification.',
    fields: {
      'public-security': {
        Query: ['identityCheck', 'identityChecks', 'identityChecksConnection'],
        ...connectionTypes('IdentityCheck'),
        Person: ['id', 'identityChecks', 'identityVerification'],
        IdentityVerification: ['verifiedAt', 'identityCheckId'],
        Station: ['id', 'openIdentityChecks'],
        IdentityCheck: IDENTITY_CHECK_FIELDS,
        IdentityCheckEvent: CHECK_EVENT_FIELDS,
        TracingConfirmation: ['name', 'confirmedAt'],
      },
    },
  },
  'write:identity-checks': {
    access: 'write',
    description: 'Public security\'s work on an identity check: record a sample code, start the comparison, record the result.',
    agencies: ['PUBLIC_SECURITY'],
    includes: ['read:identity-checks'],
    fields: {
      'public-security': {
        Mutation: ['recordSample', 'startComparison', 'recordIdentityResult'],
        IdentityCheckChanged: ['identityCheck'],
        IdentityCheckInputRejected: INPUT_REJECTED,
        IdentityCheckRefused: ['currentStatus', 'currentVersion', ...USER_ERROR],
      },
    },
  },
  'read:status-checks': {
    access: 'read',
    description: 'Foreign-national status checks, their history and police hand-overs.',
    fields: {
      'public-security': {
        Query: ['foreignNationalStatusCheck', 'foreignNationalStatusChecks', 'foreignNationalStatusChecksConnection', 'policeHandOver'],
        ...connectionTypes('ForeignNationalStatusCheck'),
        Person: ['id', 'foreignNationalStatusChecks'],
        Station: ['id'],
        ForeignNationalStatusCheck: STATUS_CHECK_FIELDS,
        ForeignNationalStatusCheckEvent: CHECK_EVENT_FIELDS,
        PoliceHandOver: ['id', 'recordNumber', 'policeUnit', 'officer', 'handedOverAt'],
      },
    },
  },
  'write:status-checks': {
    access: 'write',
    description: 'Public security\'s answer to a status check: legal entry or residence (notifies foreign affairs), or illegal with the hand-over record.',
    agencies: ['PUBLIC_SECURITY'],
    includes: ['read:status-checks'],
    fields: {
      'public-security': {
        Mutation: ['recordForeignNationalStatus'],
        ForeignNationalStatusCheckChanged: ['statusCheck'],
        ForeignNationalStatusCheckRefused: ['currentStatus', 'currentVersion', ...USER_ERROR],
        IdentityCheckInputRejected: INPUT_REJECTED,
      },
    },
  },
  'read:foreign-affairs-notifications': {
    access: 'read',
    description: 'The police\'s notifications to the foreign-affairs office of a foreign national\'s legal status.',
    fields: {
      'public-security': {
        Query: ['foreignAffairsNotification', 'foreignAffairsNotifications', 'foreignAffairsNotificationsConnection'],
        ...connectionTypes('ForeignAffairsNotification'),
        Person: ['id'],
        ForeignNationalStatusCheck: ['id', 'foreignAffairsNotification'],
        ForeignAffairsNotification: NOTIFICATION_FIELDS,
      },
    },
  },
  'write:foreign-affairs-notifications': {
    access: 'write',
    description: 'The foreign-affairs office acknowledges a notification.',
    agencies: ['FOREIGN_AFFAIRS'],
    includes: ['read:foreign-affairs-notifications'],
    fields: {
      'public-security': {
        Mutation: ['acknowledgeForeignAffairsNotification'],
        ForeignAffairsNotificationAcknowledged: ['notification'],
        ForeignAffairsNotificationRefused: ['acknowledgedAt', 'acknowledgedBy', ...USER_ERROR],
        IdentityCheckInputRejected: INPUT_REJECTED,
      },
    },
  },
  'read:shelter-referrals': {
    access: 'read',
    description: 'Shelter referrals of DV and trafficking victims (only those the rows of the client\'s agency allow: a system is no referring caseworker, so today none).',
    fields: {
      'womens-federation': {
        Query: ['shelterReferral', 'shelterReferrals', 'shelterReferralsConnection', 'referralService'],
        ...connectionTypes('ShelterReferral'),
        Person: ['id', 'shelterReferrals'],
        ShelterReferral: [
          'id', 'person', 'victim', 'victimType', 'riskLevel', 'riskAssessment', 'placement', 'status', 'statusReason', 'referringOrganisation', 'referringCaseworker',
          'accompanyingChildren', 'children', 'needs', 'needsNote', 'consent', 'services', 'submittedAt', 'version', 'updatedAt',
        ],
        ShelterPlacement: ['id', 'status'],
        ReferralVictim: ['name', 'sex', 'age', 'ageEstimated', 'phone', 'idNumber'],
        RiskAssessment: ['level', 'factors', 'assessedBy', 'assessedAt'],
        ReferralChild: ['ageYears', 'sex'],
        ReferralConsent: ['givenBy', 'method', 'at'],
        ReferralService: ['id', 'kind', 'status', 'provider', 'requestedBy', 'requestedAt', 'startedAt', 'outcome', 'outcomeAt', 'version'],
      },
      'civil-affairs': {
        ShelterReferral: ['id', 'placement'],
        ShelterPlacement: ['id', 'status'],
      },
    },
  },
  'read:aid-entrustments': {
    access: 'read',
    description: 'Aid entrustments of the foreign-affairs office: terms and their versions, deliveries, balances, history.',
    fields: {
      'foreign-affairs': {
        Query: ['aidEntrustment', 'aidEntrustments', 'aidEntrustmentsConnection', 'aidDelivery'],
        ...connectionTypes('AidEntrustment'),
        Person: ['id', 'aidEntrustments'],
        Station: ['id'],
        ForeignNationalStatusCheck: ['id'],
        AidEntrustment: [
          'id', 'documentNumber', 'issuingOffice', 'person', 'beneficiaryName', 'nationality', 'passportNumber', 'mrzVerified', 'entryStatus', 'statusCheck', 'status',
          'statusReason', 'items', 'totalCap', 'totalCapFen', 'validFrom', 'validUntil', 'issuedAt', 'acceptedAt', 'version', 'versions', 'deliveries', 'remaining', 'events', 'updatedAt',
          'policeLegalStatus',
        ],
        PoliceLegalStatusFinding: ['status', 'statusCheck', 'foundAt'],
        EntrustedAidItem: ['kind', 'cap', 'capFen'],
        AidEntrustmentVersion: ['number', 'items', 'totalCap', 'totalCapFen', 'validFrom', 'validUntil', 'reason', 'createdAt', 'createdBy'],
        AidDelivery: ['id', 'kind', 'quantity', 'amount', 'amountFen', 'deliveredOn', 'receiptNumber', 'deliveredBy', 'station', 'recordedAt'],
        AidBalance: ['totalCap', 'totalCapFen', 'delivered', 'deliveredFen', 'remaining', 'remainingFen', 'items'],
        AidItemBalance: ['kind', 'cap', 'capFen', 'delivered', 'deliveredFen', 'remaining', 'remainingFen'],
        Money: ['amountFen', 'currency', 'yuan'],
        AidEntrustmentEvent: ['action', 'fromStatus', 'toStatus', 'at', 'actor', 'reason'],
      },
    },
  },
} as const satisfies Record<string, ScopeDefinition>;

/** The name of a scope of the table. */
export type ScopeName = keyof typeof SCOPES;

/**
 * An agency's change feed (`…Changes`): open to every scope, because it lists a change only when
 * the caller may read its record by id, which its scopes decide type by type.
 */
const changeFeed = (field: string): FieldsByType => {
  const names = feedNames(field);
  return {
    Query: ['_entities', '_service', field, names.webhooks, names.webhookDeliveries],
    // A system manages its own webhook subscriptions to the feed, whatever its scopes (they decide what is delivered).
    Mutation: [names.subscribe, names.cancel],
    ...Object.fromEntries(Object.entries(CHANGE_TYPE_FIELDS).map(([type, fields]) => [`${names.prefix}${type}`, fields])),
    ...WEBHOOK_TYPE_FIELDS,
  };
};

/** Every field of `PageInfo`: any caller may read where a page stands in a list it may read. */
const PAGE_INFO_FIELDS = ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'];

/** The federation plumbing the gateway calls for any caller (the fields it then resolves are checked one by one), page info, and the change feed. */
export const EVERY_SCOPE: Readonly<Record<ScopedSubgraph, FieldsByType>> = {
  'civil-affairs': { ...changeFeed('civilAffairsChanges'), EndedRecord: ['id', 'reason', 'successorId'], _Service: ['sdl'], PageInfo: PAGE_INFO_FIELDS },
  'public-security': { ...changeFeed('publicSecurityChanges'), _Service: ['sdl'], PageInfo: PAGE_INFO_FIELDS },
  'womens-federation': { ...changeFeed('womensFederationChanges'), _Service: ['sdl'], PageInfo: PAGE_INFO_FIELDS },
  'foreign-affairs': { ...changeFeed('foreignAffairsChanges'), _Service: ['sdl'], PageInfo: PAGE_INFO_FIELDS },
};

/** The audit trails and the exchange's state: auditors' reading, in every subgraph. */
const AUDIT_TYPES: FieldsByType = {
  AuditTrail: ['*'],
  AuditEventPage: ['*'],
  AuditEventConnection: ['*'],
  AuditEventEdge: ['*'],
  AuditEvent: ['*'],
  AuditChainCheck: ['*'],
  ExchangeState: ['*'],
  AgencyExchangeState: ['*'],
  ExchangeConsumerPosition: ['*'],
  ExchangeDeadLetter: ['*'],
};
const ALL = ['*'];

/**
 * What no scope reaches: staff work (tracing, escorts, emergency aid, settlement, the shelter's
 * own work, the dispatch board), the audit trails and the exchange's state, biometric sample
 * details, where a shelter is.
 */
export const STAFF_ONLY: Readonly<Record<ScopedSubgraph, FieldsByType>> = {
  'civil-affairs': {
    ...AUDIT_TYPES,
    Query: [
      'auditEvents', 'auditTrail', 'exchangeState', 'dispatchBoard', 'dispatchPerformance', 'casesPastStandardStay', 'tracingWorkList', 'tracingCandidates', 'escort', 'escorts', 'escortsConnection',
      'emergencyEvents', 'emergencyEventsConnection', 'emergencyEvent', 'settlements', 'settlementsConnection', 'settlement', 'settlementCandidates', 'shelterPlacements',
      'streetReport', 'missingPersonReport', 'emergencyPoint', 'emergencyHelp', 'shelterPlacement', 'shelterRoom', 'tracingWorkListConnection', 'casesPastStandardStayConnection',
      'settlementCandidatesConnection', 'shelterPlacementsConnection', 'dispatchBoardConnection', 'shelterReferralsAwaitingAnswer', 'careTrend',
    ],
    Mutation: ALL,
    Shelter: ['address', 'contactPhone', 'rooms'],
    ...Object.fromEntries(
      [
        'DispatchStepRefused', 'DispatchPerformance', 'CareMonth', 'ExitCount', 'MissingPersonReport', 'TracingStatus', 'MatchEvidence', 'TracingCandidate', 'EscortLeg', 'Escort', 'EscortConnection', 'EscortEdge',
        'EscortChanged', 'EscortStepRefused', 'RescueCaseChanged', 'TransitionRefused', 'ZoneFull', 'VersionConflict', 'EmergencyEvent', 'EmergencyEventConnection',
        'EmergencyEventEdge', 'EmergencyPoint', 'EmergencyHelp', 'EmergencyHelpCount', 'EmergencyEventChanged', 'EmergencyPointChanged', 'EmergencyHelpRecorded',
        'EmergencyStepRefused', 'IdentityCheck', 'Settlement', 'SettlementConnection', 'SettlementEdge', 'SettlementChanged', 'NotEligibleForSettlement', 'SettlementStepRefused',
        'ShelterRoom', 'ShelterPlaceHold', 'ShelterPlacement', 'ShelterPlacementChanged', 'NoCapacity', 'PlacementStepRefused', 'PersonsMerged', 'PersonRemoved', 'Money',
        'TracingStatusConnection', 'TracingStatusEdge', 'RescueCaseConnection', 'RescueCaseEdge', 'ShelterPlacementConnection', 'ShelterPlacementEdge',
        'StreetReportConnection', 'StreetReportEdge', 'ShelterWaitingConnection', 'ShelterWaitingEdge',
      ].map((type) => [type, ALL]),
    ),
  },
  'public-security': {
    ...AUDIT_TYPES,
    Mutation: ALL,
    Query: ['biometricSample'],
    IdentityCheck: ['samples'],
    BiometricSample: ALL,
  },
  'womens-federation': {
    ...AUDIT_TYPES,
    Query: ['referralTrend'],
    ReferralMonth: ALL,
    ReferralRiskCount: ALL,
    ReferralVictimTypeCount: ALL,
    Mutation: ALL,
    ...Object.fromEntries(
      ['ShelterReferralChanged', 'ReferralInputRejected', 'ReferralStepRefused', 'IdempotencyConflict', 'ReferralVersionConflict', 'ReferralNotFound', 'ReferralServiceChanged', 'ServiceStepRefused'].map(
        (type) => [type, ALL],
      ),
    ),
  },
  'foreign-affairs': {
    ...AUDIT_TYPES,
    Query: ['aidSpendTrend'],
    AidSpendMonth: ALL,
    AidSpendByKind: ALL,
    Mutation: ALL,
    ...Object.fromEntries(
      ['AidEntrustmentChanged', 'AidDeliveryRecorded', 'AidInputRejected', 'AidEntrustmentRefused', 'AidCapExceeded', 'AidEntrustmentVersionConflict', 'AidRecordNotFound'].map(
        (type) => [type, ALL],
      ),
    ),
  },
};

const names = (fields: FieldsByType | undefined, type: string): readonly string[] => fields?.[type] ?? [];

/**
 * True when the scope names the field directly (not through `includes`). A record's times from the
 * change log (`CHANGE_LOG_TIMES`) go with its id: a scope that reaches the record reaches when it
 * was made and changed.
 */
function namesField(scope: ScopeDefinition, subgraph: ScopedSubgraph, type: string, field: string): boolean {
  const listed = names(scope.fields[subgraph], type);
  if (listed.includes(field)) return true;
  const times: Readonly<Record<string, readonly string[]>> = CHANGE_LOG_TIMES[subgraph];
  return listed.includes('id') && (times[type]?.includes(field) ?? false);
}

/** Whether `scope` exists in the table. */
export function isKnownScope(scope: string): scope is ScopeName {
  return Object.prototype.hasOwnProperty.call(SCOPES, scope);
}

/** The scopes that reach a field (directly, or through a scope they include), sorted. */
export function scopesCovering(subgraph: ScopedSubgraph, type: string, field: string): ScopeName[] {
  const direct = (Object.keys(SCOPES) as ScopeName[]).filter((name) => namesField(SCOPES[name], subgraph, type, field));
  const including = (Object.keys(SCOPES) as ScopeName[]).filter((name) => {
    const includes: readonly string[] = (SCOPES[name] as ScopeDefinition).includes ?? [];
    return includes.some((inner) => (direct as string[]).includes(inner));
  });
  return [...new Set([...direct, ...including])].sort();
}

/** Whether every scope leaves the field alone (the gateway's federation plumbing, page info). */
export function isOpenToEveryScope(subgraph: ScopedSubgraph, type: string, field: string): boolean {
  return names(EVERY_SCOPE[subgraph], type).includes(field);
}

/** Whether the table keeps the field from every integrating system (named, or its type's `'*'` and no scope names it). */
export function isStaffOnly(subgraph: ScopedSubgraph, type: string, field: string): boolean {
  const listed = names(STAFF_ONLY[subgraph], type);
  return listed.includes(field) || (listed.includes('*') && scopesCovering(subgraph, type, field).length === 0 && !isOpenToEveryScope(subgraph, type, field));
}

/** Whether the caller's token lets it reach the field: always for staff; for a system, when one of its scopes covers it. */
export function scopesAllow(caller: Caller, subgraph: ScopedSubgraph, type: string, field: string): boolean {
  if (caller.kind !== 'service') return true;
  if (isOpenToEveryScope(subgraph, type, field)) return true;
  const covering: readonly string[] = scopesCovering(subgraph, type, field);
  return caller.scopes.some((scope) => covering.includes(scope));
}

/** Why a set of scopes may not be granted to a client of the agency (`null`: it may). */
export function scopeGrantProblem(agency: Agency, scopes: readonly string[]): string | null {
  const unknown = scopes.filter((scope) => !isKnownScope(scope));
  if (unknown.length > 0) return `unknown scopes: ${unknown.join(' ')}`;
  const foreign = scopes.filter((scope) => {
    const agencies = (SCOPES[scope as ScopeName] as ScopeDefinition).agencies;
    return agencies !== undefined && !agencies.includes(agency);
  });
  return foreign.length > 0 ? `scopes of another agency: ${foreign.join(' ')}` : null;
}
