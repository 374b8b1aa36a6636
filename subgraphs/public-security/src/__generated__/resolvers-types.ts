import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ChangeNode as ChangeNodeModel, WebhookSubscription as WebhookSubscriptionModel, WebhookDelivery as WebhookDeliveryModel, EntityReference as EntityReferenceModel, AuditTrailSource as AuditTrailSourceModel, AuditEventPageSource as AuditEventPageSourceModel, AuditEventConnectionSource as AuditEventConnectionSourceModel, AuditEventSource as AuditEventSourceModel, AuditChainReport as AuditChainReportModel, ExchangeStateSource as ExchangeStateSourceModel, AgencyExchangeStateSource as AgencyExchangeStateSourceModel, ExchangeConsumerPositionView as ExchangeConsumerPositionViewModel, ExchangeDeadLetterView as ExchangeDeadLetterViewModel } from '@lifeline/subgraph-runtime';
import type { IdentityCheck as IdentityCheckModel } from '../entities/identity-check.entity';
import type { BiometricSample as BiometricSampleModel } from '../entities/biometric-sample.entity';
import type { ForeignNationalStatusCheck as ForeignNationalStatusCheckModel } from '../entities/foreign-national-status-check.entity';
import type { ForeignNationalStatusCheckEvent as ForeignNationalStatusCheckEventModel } from '../entities/foreign-national-status-check-event.entity';
import type { ForeignAffairsNotification as ForeignAffairsNotificationModel } from '../entities/foreign-affairs-notification.entity';
import type { PoliceHandOver as PoliceHandOverModel } from '../entities/police-hand-over.entity';
import type { TracingConfirmation as TracingConfirmationModel } from '../entities/tracing-confirmation.entity';
import type { SubgraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO 8601 string in UTC (for example `2026-11-29T08:30:00.000Z`). */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One agency's side of the exchange: its consumers' positions and the events it set aside. */
export type AgencyExchangeState = {
  __typename?: 'AgencyExchangeState';
  /** One line per source agency this agency has received events from. */
  consumers: Array<ExchangeConsumerPosition>;
  /** How many events this agency has set aside in all. */
  deadLetterCount: Scalars['Int']['output'];
  /** The events set aside, newest first. */
  deadLetters: Array<ExchangeDeadLetter>;
};


/** One agency's side of the exchange: its consumers' positions and the events it set aside. */
export type AgencyExchangeStateDeadLettersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of verifying an audit trail's hash chain: from the newest verified checkpoint (whose line must be unchanged) to the last line, which becomes the next checkpoint, so no line is read twice. A full verification from the first line is an operator's periodic check. */
export type AuditChainCheck = {
  __typename?: 'AuditChainCheck';
  /** Lines checked by this verification: those added since the last verified checkpoint. */
  checked: Scalars['Int']['output'];
  /** The first line that does not follow, when the chain is broken. */
  firstBrokenSeq: Maybe<Scalars['String']['output']>;
  /** True when every line follows from the one before. */
  ok: Scalars['Boolean']['output'];
};

/** One line of an agency's audit trail: who read or changed what, when and why, and whether it was allowed. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Username or client id. */
  actor: Scalars['String']['output'];
  /** `user`, `service` or `anonymous`. */
  actorKind: Scalars['String']['output'];
  /** The actor's agency. */
  agency: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Fields read or changed. */
  fields: Array<Scalars['String']['output']>;
  /** SHA-256 chaining this line to the previous one. */
  hash: Scalars['String']['output'];
  /** What was done: READ, SEARCH, CREATE, UPDATE, TRANSITION, … */
  operation: Scalars['String']['output'];
  /** Whether the access was allowed. */
  outcome: AuditOutcome;
  /** The purpose the actor gave, if any. */
  purpose: Maybe<Scalars['String']['output']>;
  /** The record's id, when one record was concerned. */
  recordId: Maybe<Scalars['String']['output']>;
  /** The record type (a GraphQL type name). */
  recordType: Scalars['String']['output'];
  /** The request it belongs to (as in the service logs). */
  requestId: Scalars['String']['output'];
  /** The actor's roles at the time. */
  roles: Array<Scalars['String']['output']>;
  /** Position in the agency's trail (increasing). */
  seq: Scalars['String']['output'];
};

/**
 * A page of one agency's audit trail, newest first (by time, then by position in the trail), with
 * the count of all lines under the filter and the state of the trail's hash chain. Page forward with
 * `first`/`after` or back from the oldest end with `last`/`before` (1 to 100 lines; 20 when neither
 * size is given). A page costs the same however deep it lies; `totalCount` and `chain` are read only
 * when asked for.
 */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The trail's hash chain (the whole trail, whatever the filter), verified from the newest checkpoint: only the lines added since are read. */
  chain: AuditChainCheck;
  /** The lines on this page, newest first. */
  edges: Array<AuditEventEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** All lines of this agency's trail under the filter. */
  totalCount: Scalars['Int']['output'];
};

/** One audit line in a page of them. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Where this line stands in the page's order (for `after` and `before`). */
  cursor: Scalars['String']['output'];
  /** The line. */
  node: AuditEvent;
};

/** A page of one agency's audit trail, with the state of its hash chain. */
export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  /** The whole trail's chain, recomputed. */
  chain: AuditChainCheck;
  /** Matching lines, newest first. */
  events: Array<AuditEvent>;
};

/** The outcome of an audited access. */
export type AuditOutcome =
  /** The access was allowed. */
  | 'ALLOWED'
  /** The access was refused. */
  | 'DENIED';

/** Every agency's audit trail under one filter (owned by civil affairs); this agency adds its own page. */
export type AuditTrail = {
  __typename?: 'AuditTrail';
  /** The filter and page size, encoded (opaque). */
  filterKey: Scalars['String']['output'];
  /**
   * The public-security trail's newest lines under the filter (as many as the key's page size).
   * @deprecated A fixed number of the newest lines, with no way further back and no count: page through `publicSecurityConnection` (cursors both ways, `totalCount`), reading the trail from `Query.auditTrail`.
   */
  publicSecurity: AuditEventPage;
  /** The public-security trail under the filter, as cursor pages, newest first. */
  publicSecurityConnection: AuditEventConnection;
};


/** Every agency's audit trail under one filter (owned by civil affairs); this agency adds its own page. */
export type AuditTrailPublicSecurityConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** A biometric sample taken for an identity check: kind, sample code, who took it and when. */
export type BiometricSample = {
  __typename?: 'BiometricSample';
  /** When the sample was collected. */
  collectedAt: Scalars['DateTime']['output'];
  /** Who collected the sample (officer identifier). */
  collectedBy: Scalars['String']['output'];
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Kind of sample. */
  kind: SampleKind;
  /** The laboratory's sample code. */
  sampleCode: Scalars['String']['output'];
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** What happened to a record, as an agency's change feed lists it. */
export type ChangeOperation =
  /** The record was created. */
  | 'CREATED'
  /** The record ended (a person's record merged into another, or removed as created in error): it answers by id no more, and the change's `record` is its tombstone (`EndedRecord`). Drop your copy; follow `successorId` when merged. */
  | 'ENDED'
  /** The record, or a part of it (an escort's leg, a referral's child), was changed. */
  | 'UPDATED';

/** How far one of this agency's consumers has applied a source agency's events. */
export type ExchangeConsumerPosition = {
  __typename?: 'ExchangeConsumerPosition';
  /** The last position applied (or set aside) from its feed. */
  position: Scalars['String']['output'];
  /** The source agency. */
  source: Scalars['String']['output'];
  /** When the position last moved. */
  updatedAt: Scalars['DateTime']['output'];
};

/** An event this agency received and could not apply: malformed, from an agency that does not own its type, or refused by the handler. The consumer moved on past it. The event itself stays in the agency's database for operators (it may hold personal data); only its identity and the reason are shown. */
export type ExchangeDeadLetter = {
  __typename?: 'ExchangeDeadLetter';
  /** When it was set aside. */
  at: Scalars['DateTime']['output'];
  /** The event's id, when it could be read. */
  eventId: Maybe<Scalars['String']['output']>;
  /** The dead letter's number in this agency. */
  id: Scalars['ID']['output'];
  /** The event's position in the source's feed, when it could be read. */
  position: Maybe<Scalars['String']['output']>;
  /** Why it could not be applied. */
  reason: Scalars['String']['output'];
  /** The agency whose events it came with. */
  source: Scalars['String']['output'];
  /** The event type, when it could be read. */
  type: Maybe<Scalars['String']['output']>;
};

/** Every agency's side of the exchange (auditors only): each agency's part is read from that agency's own database. Owned by civil affairs; this agency adds its own part. */
export type ExchangeState = {
  __typename?: 'ExchangeState';
  /** Always `exchange`: there is one. */
  id: Scalars['ID']['output'];
  /** The public-security side. */
  publicSecurity: AgencyExchangeState;
};

/** A notice to the foreign-affairs office that the police confirmed a foreign national's legal status, so it can act (for example issue an aid entrustment). */
export type ForeignAffairsNotification = {
  __typename?: 'ForeignAffairsNotification';
  /** True once a foreign-affairs officer acknowledged it. */
  acknowledged: Scalars['Boolean']['output'];
  /** When it was acknowledged; null until then. */
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who acknowledged it; null until then. */
  acknowledgedBy: Maybe<Scalars['String']['output']>;
  /** What the officer noted when acknowledging (e.g. the action taken). */
  acknowledgementNote: Maybe<Scalars['String']['output']>;
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The foreign national's nationality (an ICAO 9303 code). */
  nationality: Scalars['String']['output'];
  /** When the notification was sent (the outcome was recorded). */
  notifiedAt: Scalars['DateTime']['output'];
  /** The person concerned; null when the person is not visible to the caller. */
  person: Maybe<Person>;
  /** The confirmed status (LEGAL_ENTRY or LEGAL_RESIDENCE). */
  status: ForeignNationalStatusCheckStatus;
  /** The status check that led to it. */
  statusCheck: ForeignNationalStatusCheck;
  /** When the notification last changed (sent, then acknowledged): page by it with `foreignAffairsNotificationsConnection(order: UPDATED, updatedSince:)` to stay in sync. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The notification after it was acknowledged. */
export type ForeignAffairsNotificationAcknowledged = {
  __typename?: 'ForeignAffairsNotificationAcknowledged';
  /** The notification as it now stands. */
  notification: ForeignAffairsNotification;
};

/** A page of notifications to the foreign-affairs office, in the order asked for. */
export type ForeignAffairsNotificationConnection = {
  __typename?: 'ForeignAffairsNotificationConnection';
  /** The notifications on this page, each with its cursor. */
  edges: Array<ForeignAffairsNotificationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many notifications the caller may see match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One notification in a page, with the cursor that points at it. */
export type ForeignAffairsNotificationEdge = {
  __typename?: 'ForeignAffairsNotificationEdge';
  /** Pass as `after` to continue after this notification (in the same order). */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: ForeignAffairsNotification;
};

/** The order of a page of notifications to the foreign-affairs office; every order ends with the id. */
export type ForeignAffairsNotificationOrder =
  /** Most recently sent first. */
  | 'NEWEST_FIRST'
  /** Longest waiting first (by when it was sent): the office's queue of unacknowledged notifications. */
  | 'OLDEST_FIRST'
  /** Least recently changed first: with `updatedSince`, what changed since a partner last synchronised. */
  | 'UPDATED';

/** The notification was already acknowledged; nothing was changed. */
export type ForeignAffairsNotificationRefused = UserError & {
  __typename?: 'ForeignAffairsNotificationRefused';
  /** When it was acknowledged. */
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  /** By whom. */
  acknowledgedBy: Maybe<Scalars['String']['output']>;
  /** Always `ALREADY_ACKNOWLEDGED`. */
  code: UserErrorCode;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why. */
  message: Scalars['String']['output'];
};

/** What acknowledging a foreign-affairs notification answers. */
export type ForeignAffairsNotificationResult = ForeignAffairsNotificationAcknowledged | ForeignAffairsNotificationRefused | IdentityCheckInputRejected;

/** A station's request to the police to check the status of a suspected foreign national in its care, and the police's answer. */
export type ForeignNationalStatusCheck = {
  __typename?: 'ForeignNationalStatusCheck';
  /** When the police recorded the outcome; null while open. */
  concludedAt: Maybe<Scalars['DateTime']['output']>;
  /** The officer who recorded the outcome; null while open. */
  concludedBy: Maybe<Scalars['String']['output']>;
  /** When the check was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** Every change of the check, oldest first. */
  events: Array<ForeignNationalStatusCheckEvent>;
  /** For a legal entry or residence: the notification to the foreign-affairs office. */
  foreignAffairsNotification: Maybe<ForeignAffairsNotification>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** True when a passport machine-readable zone was given and its ICAO 9303 check digits verified. */
  mrzVerified: Scalars['Boolean']['output'];
  /** Nationality as stated or read from the passport, an ICAO 9303 code (ISO 3166-1 alpha-3 such as `VNM`, or ICAO's own such as `D`, `XXA`). */
  nationality: Scalars['String']['output'];
  /** Passport number; masked (e.g. `E1*****78`) unless the caller's job needs it in full (police, foreign-affairs officers, the center and its shelter; masked for integrating systems: one rule for every type that shows a passport). */
  passportNumber: Scalars['String']['output'];
  /** The person checked; null when the person is not visible to the caller. */
  person: Maybe<Person>;
  /** For an illegal stay: the police hand-over record. */
  policeHandOver: Maybe<PoliceHandOver>;
  /** When it was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who requested it (staff username). */
  requestedBy: Scalars['String']['output'];
  /** The station that asked for the check. */
  requestingStation: Station;
  /** Where the check stands. */
  status: ForeignNationalStatusCheckStatus;
  /** When the check last changed (its request or its outcome): page by it with `foreignNationalStatusChecksConnection(order: UPDATED, updatedSince:)` to stay in sync. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking: pass it back as `expectedVersion` when changing the check. */
  version: Scalars['Int']['output'];
};

/** The status check after a successful change. */
export type ForeignNationalStatusCheckChanged = {
  __typename?: 'ForeignNationalStatusCheckChanged';
  /** The status check as it now stands. */
  statusCheck: ForeignNationalStatusCheck;
};

/** A page of foreign-national status checks, in the order asked for. */
export type ForeignNationalStatusCheckConnection = {
  __typename?: 'ForeignNationalStatusCheckConnection';
  /** The status checks on this page, each with its cursor. */
  edges: Array<ForeignNationalStatusCheckEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many status checks the caller may see match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One foreign-national status check in a page, with the cursor that points at it. */
export type ForeignNationalStatusCheckEdge = {
  __typename?: 'ForeignNationalStatusCheckEdge';
  /** Pass as `after` to continue after this status check (in the same order). */
  cursor: Scalars['String']['output'];
  /** The status check. */
  node: ForeignNationalStatusCheck;
};

/** One change of a foreign-national status check: appended, never rewritten. */
export type ForeignNationalStatusCheckEvent = {
  __typename?: 'ForeignNationalStatusCheckEvent';
  /** Who (officer or staff username). */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The state before; null for the request. */
  fromStatus: Maybe<ForeignNationalStatusCheckStatus>;
  /** Why, or what was done. */
  note: Maybe<Scalars['String']['output']>;
  /** The state after. */
  toStatus: ForeignNationalStatusCheckStatus;
};

/** The order of a page of foreign-national status checks; every order ends with the id, so it is total. */
export type ForeignNationalStatusCheckOrder =
  /** Most recently requested first. */
  | 'NEWEST_FIRST'
  /** Longest waiting first (by request time): the police queue of REQUESTED checks. */
  | 'OLDEST_FIRST'
  /** Least recently changed first: with `updatedSince`, what changed since a partner last synchronised. */
  | 'UPDATED';

/** The change is not allowed from the status check's current state, or someone changed it first; nothing was stored. */
export type ForeignNationalStatusCheckRefused = UserError & {
  __typename?: 'ForeignNationalStatusCheckRefused';
  /** `VERSION_CONFLICT` when the status check moved past the version read (read it again), else `STEP_NOT_ALLOWED`. */
  code: UserErrorCode;
  /** The state the status check is in. */
  currentStatus: ForeignNationalStatusCheckStatus;
  /** Its current version. */
  currentVersion: Scalars['Int']['output'];
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why. */
  message: Scalars['String']['output'];
};

/** What a change to a foreign-national status check answers. */
export type ForeignNationalStatusCheckResult = ForeignNationalStatusCheckChanged | ForeignNationalStatusCheckRefused | IdentityCheckInputRejected;

/** Where a foreign-national status check stands. */
export type ForeignNationalStatusCheckStatus =
  /** The police found the stay illegal; the person is handed over to the police and the station exits the rescue case as HANDED_OVER. */
  | 'ILLEGAL'
  /** The police confirmed a legal entry (for example a valid visa or visa-free stay); the foreign-affairs office is notified. */
  | 'LEGAL_ENTRY'
  /** The police confirmed a legal residence (a residence permit); the foreign-affairs office is notified. */
  | 'LEGAL_RESIDENCE'
  /** Requested by a station, waiting for the police. */
  | 'REQUESTED';

/** The outcome the police record for a foreign-national status check. */
export type ForeignNationalStatusOutcome =
  /** Illegal entry or stay (requires a police hand-over record). */
  | 'ILLEGAL'
  /** Legal entry. */
  | 'LEGAL_ENTRY'
  /** Legal residence. */
  | 'LEGAL_RESIDENCE';

/** A police verification of who a person is: requested by a station, answered by public security. */
export type IdentityCheck = {
  __typename?: 'IdentityCheck';
  /** When the result was recorded (the same instant as `concludedAt`), for approvers who need a fresh check (e.g. a settlement re-check); null while open. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** When a result was recorded; null while open. */
  concludedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the check was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** Every change of the check, oldest first. */
  events: Array<IdentityCheckEvent>;
  /** Place of household registration (户籍地), when matched. */
  householdRegistration: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The outcome of the comparison once a result is recorded; null while open. */
  outcome: Maybe<IdentityCheckOutcome>;
  /** True while the check is open past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** The person checked; null when the person is not visible to the caller (for example a protected victim). */
  person: Maybe<Person>;
  /** Why the check was requested. */
  reason: IdentityCheckReason;
  /** When it was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** The station that asked for the check. */
  requestingStation: Station;
  /** When the police result is due (one month after the request). */
  resultDueAt: Scalars['DateTime']['output'];
  /** Samples collected for the check: public-security roles only (null with a FORBIDDEN error for others). */
  samples: Maybe<Array<BiometricSample>>;
  /** Where the check stands. */
  status: IdentityCheckStatus;
  /** The identity civil affairs' family tracing confirmed for the checked person (a person matched a missing-person report), for the police to verify; null when there is none. It is a claim, not a verification. */
  tracingConfirmedIdentity: Maybe<TracingConfirmation>;
  /** When the check last changed (a sample, a comparison, a result): page by it with `identityChecksConnection(order: UPDATED, updatedSince:)` to stay in sync. */
  updatedAt: Scalars['DateTime']['output'];
  /** Verified resident ID number, when matched. */
  verifiedIdNumber: Maybe<Scalars['String']['output']>;
  /** Verified name, when matched. */
  verifiedName: Maybe<Scalars['String']['output']>;
  /** Version for optimistic locking: pass it back as `expectedVersion` when changing the check. */
  version: Scalars['Int']['output'];
};

/** The check after a successful change. */
export type IdentityCheckChanged = {
  __typename?: 'IdentityCheckChanged';
  /** The check as it now stands. */
  identityCheck: IdentityCheck;
};

/** A page of identity checks, in the order asked for. */
export type IdentityCheckConnection = {
  __typename?: 'IdentityCheckConnection';
  /** The checks on this page, each with its cursor. */
  edges: Array<IdentityCheckEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many checks the caller may see match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One identity check in a page, with the cursor that points at it. */
export type IdentityCheckEdge = {
  __typename?: 'IdentityCheckEdge';
  /** Pass as `after` to continue after this check (in the same order). */
  cursor: Scalars['String']['output'];
  /** The check. */
  node: IdentityCheck;
};

/** One change of an identity check: appended, never rewritten. */
export type IdentityCheckEvent = {
  __typename?: 'IdentityCheckEvent';
  /** Who (officer or staff username). */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The state before; null for the request. */
  fromStatus: Maybe<IdentityCheckStatus>;
  /** Why, or what was done. */
  note: Maybe<Scalars['String']['output']>;
  /** The state after. */
  toStatus: IdentityCheckStatus;
};

/** Input that was refused; nothing was stored. */
export type IdentityCheckInputRejected = UserError & {
  __typename?: 'IdentityCheckInputRejected';
  /** A stable code for the failed check (a `UserErrorCode`). */
  code: UserErrorCode;
  /** The input field at fault. */
  field: Scalars['String']['output'];
  /** What is wrong, for a person to act on. */
  message: Scalars['String']['output'];
};

/**
 * The order of a page of identity checks; every order ends with the check's id, so it is total and a
 * page never repeats or skips a check.
 */
export type IdentityCheckOrder =
  /** Earliest result due first, so overdue checks lead: the police work queue. */
  | 'DUE_FIRST'
  /** Most recently requested first. */
  | 'NEWEST_FIRST'
  /** Longest waiting first (by request time). */
  | 'OLDEST_FIRST'
  /** Least recently changed first: with `updatedSince`, what changed since a partner last synchronised, in the order it changed. */
  | 'UPDATED';

/** The outcome of a comparison. */
export type IdentityCheckOutcome =
  /** The comparison could not decide. */
  | 'INCONCLUSIVE'
  /** A verified identity was found. */
  | 'MATCHED'
  /** No record matched. */
  | 'NO_MATCH';

/** Why a station asks for an identity check. */
export type IdentityCheckReason =
  /** The stated identity needs confirming. */
  | 'CLAIMED_IDENTITY'
  /** Re-check before settlement, to avoid a duplicate household registration. */
  | 'SETTLEMENT_RECHECK'
  /** The person may be a foreign national. */
  | 'SUSPECTED_FOREIGN_NATIONAL'
  /** The person cannot or will not say who they are. */
  | 'UNIDENTIFIED_PERSON';

/** The change is not allowed from the check's current state, or someone changed it first; nothing was stored. */
export type IdentityCheckRefused = UserError & {
  __typename?: 'IdentityCheckRefused';
  /** `VERSION_CONFLICT` when the check moved past the version read (read it again), else `STEP_NOT_ALLOWED`. */
  code: UserErrorCode;
  /** The state the check is in. */
  currentStatus: IdentityCheckStatus;
  /** Its current version. */
  currentVersion: Scalars['Int']['output'];
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why. */
  message: Scalars['String']['output'];
};

/** What a change to an identity check answers. */
export type IdentityCheckResult = IdentityCheckChanged | IdentityCheckInputRejected | IdentityCheckRefused;

/** Where an identity check stands. */
export type IdentityCheckStatus =
  /** Comparison in progress. */
  | 'COMPARING'
  /** The comparison could not decide. */
  | 'INCONCLUSIVE'
  /** A verified identity was found. */
  | 'MATCHED'
  /** No record matched. */
  | 'NO_MATCH'
  /** Requested by a station, waiting for the police to collect samples. */
  | 'REQUESTED'
  /** Samples collected; comparison not yet started. */
  | 'SAMPLE_COLLECTED';

/** That public security verified who a person is: only when and by which identity check, never the identity itself. */
export type IdentityVerification = {
  __typename?: 'IdentityVerification';
  /** The identity check whose result matched (resolvable as `IdentityCheck` by those who may see it). */
  identityCheckId: Scalars['ID']['output'];
  /** When the matching result was recorded. */
  verifiedAt: Scalars['DateTime']['output'];
};

/** Changes to the public-security records; expected failures come back as typed results. */
export type Mutation = {
  __typename?: 'Mutation';
  /** A foreign-affairs officer acknowledges a notification (once). */
  acknowledgeForeignAffairsNotification: ForeignAffairsNotificationResult;
  /** Cancels one of the calling system's webhook subscriptions to the public-security change feed: nothing more is posted. */
  cancelPublicSecurityWebhook: WebhookSubscriptionResult;
  /** The police record the outcome: a legal status notifies the foreign-affairs office; an illegal stay records the hand-over. */
  recordForeignNationalStatus: ForeignNationalStatusCheckResult;
  /** The police record the result. */
  recordIdentityResult: IdentityCheckResult;
  /** The police record a sample taken for a check. */
  recordSample: IdentityCheckResult;
  /** A station asks the police to check a suspected foreign national's status (one open status check per person). */
  requestForeignNationalStatusCheck: ForeignNationalStatusCheckResult;
  /** A station asks the police to check who a person is (one open check per person and reason). */
  requestIdentityCheck: IdentityCheckResult;
  /** The police start comparing the samples. */
  startComparison: IdentityCheckResult;
  /** Subscribes the calling system to the public-security change feed: each new page of changes it may see is posted to the URL, signed with the secret answered once here (integrating systems only; at most 5 subscriptions per system). */
  subscribeToPublicSecurityChanges: WebhookSubscriptionResult;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationAcknowledgeForeignAffairsNotificationArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationCancelPublicSecurityWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationRecordForeignNationalStatusArgs = {
  input: RecordForeignNationalStatusInput;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationRecordIdentityResultArgs = {
  input: RecordIdentityResultInput;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationRecordSampleArgs = {
  input: RecordSampleInput;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationRequestForeignNationalStatusCheckArgs = {
  input: RequestForeignNationalStatusCheckInput;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationRequestIdentityCheckArgs = {
  input: RequestIdentityCheckInput;
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationStartComparisonArgs = {
  expectedVersion: Scalars['Int']['input'];
  identityCheckId: Scalars['ID']['input'];
};


/** Changes to the public-security records; expected failures come back as typed results. */
export type MutationSubscribeToPublicSecurityChangesArgs = {
  input: WebhookSubscriptionInput;
};

/**
 * Paging information for a connection (every agency's lists page alike). A page is read forward
 * (`first` after `after`) or, where a list takes `last` and `before`, back from the end or from a
 * cursor. The side a page was read towards is answered exactly; the other side, as the Relay
 * specification permits, by whether the page was read from a cursor (the cursor's item lay on that
 * side), which costs no extra read.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page (pass it as `after` to go on); null when the page is empty, except in a change feed, whose page ends where its reading stopped. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. Read back (`last`/`before`): true when the page ends before a cursor. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether more items come before this page. Read forward (`first`/`after`, and always in a change feed): true when the page starts after a cursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page (pass it as `before` to page back); null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A person known to the network (owned by civil affairs); public security adds the identity checks. */
export type Person = {
  __typename?: 'Person';
  /** Foreign-national status checks for this person, newest first (passport numbers masked unless the caller's job needs them); null (with an error) only when public security cannot be reached or the caller may not see status checks. */
  foreignNationalStatusChecks: Maybe<Array<ForeignNationalStatusCheck>>;
  /** Stable identifier shared by every agency. */
  id: Scalars['ID']['output'];
  /** Identity checks requested for this person, newest first; null (with an error) only when public security cannot be reached. */
  identityChecks: Maybe<Array<IdentityCheck>>;
  /** Public security's confirmation that the person's identity is verified, without the identity itself (no name, no ID number): when and by which check; null when no check has matched. Readable by anyone who may read a person's identity status. (Civil affairs answers `identityStatus` itself, from the `identity.verified` events.) */
  identityVerification: Maybe<IdentityVerification>;
};

/** The police hand-over of a person found staying illegally: the record the station's exit (HANDED_OVER) refers to. */
export type PoliceHandOver = {
  __typename?: 'PoliceHandOver';
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** When the person was handed over. */
  handedOverAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The officer who took the person over (username). */
  officer: Scalars['String']['output'];
  /** The police unit that took the person over. */
  policeUnit: Scalars['String']['output'];
  /** The police hand-over record number (unique). */
  recordNumber: Scalars['String']['output'];
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A police hand-over record for a person found staying illegally. */
export type PoliceHandOverInput = {
  /** When the person was handed over (default: now); never in the future, never before the request. */
  handedOverAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The police unit taking the person over. */
  policeUnit: Scalars['String']['input'];
  /** The hand-over record number (unique, 4 to 40 letters, digits and hyphens). */
  recordNumber: Scalars['String']['input'];
};

/** A public-security record that was created or changed. */
export type PublicSecurityChange = {
  __typename?: 'PublicSecurityChange';
  /** When the change was written. */
  changedAt: Scalars['DateTime']['output'];
  /** Whether it was created or changed. */
  operation: ChangeOperation;
  /** The record as it is now (the change that follows, if any, is listed after this one). */
  record: PublicSecurityRecord;
  /** The record's id (fetch it again by id at any time). */
  recordId: Scalars['ID']['output'];
  /** The kind of record. */
  recordType: PublicSecurityRecordType;
};

/** A page of the public-security change feed. */
export type PublicSecurityChangeConnection = {
  __typename?: 'PublicSecurityChangeConnection';
  /** The changes on this page, oldest first. */
  edges: Array<PublicSecurityChangeEdge>;
  /** Whether more changes follow, and the cursor to continue after this page (also past changes not listed to the caller). */
  pageInfo: PageInfo;
};

/** One change in a page of the public-security change feed. */
export type PublicSecurityChangeEdge = {
  __typename?: 'PublicSecurityChangeEdge';
  /** Continue after this change with it. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: PublicSecurityChange;
};

/** A public-security record as the change feed hands it over. */
export type PublicSecurityRecord = BiometricSample | ForeignAffairsNotification | ForeignNationalStatusCheck | IdentityCheck | PoliceHandOver;

/** The kinds of public-security record in the change feed. */
export type PublicSecurityRecordType =
  /** A biometric sample (`biometricSample(id:)`). */
  | 'BIOMETRIC_SAMPLE'
  /** A notification to the foreign-affairs office (`foreignAffairsNotification(id:)`). */
  | 'FOREIGN_AFFAIRS_NOTIFICATION'
  /** A foreign-national status check (`foreignNationalStatusCheck(id:)`). */
  | 'FOREIGN_NATIONAL_STATUS_CHECK'
  /** An identity check (`identityCheck(id:)`). */
  | 'IDENTITY_CHECK'
  /** A police hand-over (`policeHandOver(id:)`). */
  | 'POLICE_HAND_OVER';

/** Reads of the public-security records. */
export type Query = {
  __typename?: 'Query';
  /** One biometric sample by id (its kind, code, who and when; never biometric data): public-security roles only, and only of an identity check the caller may see; null when it does not exist or its check is not visible to the caller. */
  biometricSample: Maybe<BiometricSample>;
  /** One notification to the foreign-affairs office by id (null when it does not exist or is not visible to the caller). Every notification read is written to the audit trail. */
  foreignAffairsNotification: Maybe<ForeignAffairsNotification>;
  /**
   * Notifications to the foreign-affairs office, oldest first, at most 100.
   * @deprecated It stops at 100 notifications, oldest first, so newer ones never appear: page through `foreignAffairsNotificationsConnection` (filters, order, `totalCount`) instead.
   */
  foreignAffairsNotifications: Array<ForeignAffairsNotification>;
  /** Notifications to the foreign-affairs office the caller may see, as cursor pages: the office's queue (unacknowledged, oldest first) or a partner's sync (`order: UPDATED`, `updatedSince`). Every notification read is written to the audit trail. */
  foreignAffairsNotificationsConnection: ForeignAffairsNotificationConnection;
  /** One foreign-national status check by id. */
  foreignNationalStatusCheck: Maybe<ForeignNationalStatusCheck>;
  /**
   * Foreign-national status checks, oldest first, at most 100.
   * @deprecated It stops at 100 status checks, oldest first, so newer ones never appear: page through `foreignNationalStatusChecksConnection` (filters, order, `totalCount`) instead.
   */
  foreignNationalStatusChecks: Array<ForeignNationalStatusCheck>;
  /** Foreign-national status checks the caller may see, as cursor pages: the police queue (REQUESTED, oldest first), what a station asked, or a partner's sync (`order: UPDATED`, `updatedSince`). Every status check read is written to the audit trail. */
  foreignNationalStatusChecksConnection: ForeignNationalStatusCheckConnection;
  /** One identity check by id. */
  identityCheck: Maybe<IdentityCheck>;
  /**
   * Identity checks in a status, oldest first, at most 100.
   * @deprecated It stops at 100 checks, oldest first, so newer ones never appear: page through `identityChecksConnection` (filters, order, `totalCount`) instead.
   */
  identityChecks: Array<IdentityCheck>;
  /** Identity checks the caller may see, as cursor pages: the police work queue (open ones, due first), a station's requests, or a partner's sync (`order: UPDATED`, `updatedSince`). */
  identityChecksConnection: IdentityCheckConnection;
  /** One police hand-over by id: visible exactly when its status check is; null when it does not exist or its status check is not visible to the caller. */
  policeHandOver: Maybe<PoliceHandOver>;
  /** The public-security change feed: each identity check, biometric sample, foreign-national status check, hand-over and notification when it was created or changed, in an order that only grows at its end, so a partner that pages from its last `endCursor` (after an hour or a week offline) misses nothing and reads nothing twice. It reads forward only (`first` after `after`; there is no `last` or `before`): `hasPreviousPage` says whether the page was read after a cursor. Lists only what the caller may read by id now (its scopes, its job and county, a protected victim's records to those entitled to her); `endCursor` moves past the rest, so keep polling with it also when a page lists nothing. Changes appear once the transaction that made them and every older one still running have ended. */
  publicSecurityChanges: PublicSecurityChangeConnection;
  /** The deliveries to one of the calling system's subscriptions, newest first, as cursor pages (an empty page for anyone else's); attempts are kept 30 days. */
  publicSecurityWebhookDeliveries: WebhookDeliveryConnection;
  /** The calling system's active webhook subscriptions to the public-security change feed (integrating systems only). */
  publicSecurityWebhooks: Array<WebhookSubscription>;
};


/** Reads of the public-security records. */
export type QueryBiometricSampleArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the public-security records. */
export type QueryForeignAffairsNotificationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the public-security records. */
export type QueryForeignAffairsNotificationsArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the public-security records. */
export type QueryForeignAffairsNotificationsConnectionArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ForeignAffairsNotificationOrder>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the public-security records. */
export type QueryForeignNationalStatusCheckArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the public-security records. */
export type QueryForeignNationalStatusChecksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ForeignNationalStatusCheckStatus>;
};


/** Reads of the public-security records. */
export type QueryForeignNationalStatusChecksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ForeignNationalStatusCheckOrder>;
  requestingStationId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<ForeignNationalStatusCheckStatus>>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the public-security records. */
export type QueryIdentityCheckArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the public-security records. */
export type QueryIdentityChecksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<IdentityCheckStatus>;
};


/** Reads of the public-security records. */
export type QueryIdentityChecksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<IdentityCheckOrder>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  requestingStationId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<IdentityCheckStatus>>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the public-security records. */
export type QueryPoliceHandOverArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the public-security records. */
export type QueryPublicSecurityChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<PublicSecurityRecordType>>;
};


/** Reads of the public-security records. */
export type QueryPublicSecurityWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  subscriptionId: Scalars['ID']['input'];
};

/** The police outcome of a foreign-national status check. */
export type RecordForeignNationalStatusInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** For ILLEGAL (and only then): the hand-over record. */
  handOver?: InputMaybe<PoliceHandOverInput>;
  /** What the police found (e.g. visa type and validity). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The outcome. */
  outcome: ForeignNationalStatusOutcome;
  /** The status check. */
  statusCheckId: Scalars['ID']['input'];
};

/** The police result of a check. */
export type RecordIdentityResultInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** For MATCHED: the place of household registration. */
  householdRegistration?: InputMaybe<Scalars['String']['input']>;
  /** The check. */
  identityCheckId: Scalars['ID']['input'];
  /** The outcome. */
  outcome: IdentityCheckOutcome;
  /** For MATCHED (Chinese citizens): the verified resident ID number. */
  verifiedIdNumber?: InputMaybe<Scalars['String']['input']>;
  /** For MATCHED: the verified name. */
  verifiedName?: InputMaybe<Scalars['String']['input']>;
};

/** A biometric sample the police took: only its kind, code, who and when. */
export type RecordSampleInput = {
  /** When it was collected (default: now); never in the future, never before the request. */
  collectedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The check. */
  identityCheckId: Scalars['ID']['input'];
  /** Kind of sample. */
  kind: SampleKind;
  /** The laboratory's sample code (unique). */
  sampleCode: Scalars['String']['input'];
};

/** A station's request to the police to check a suspected foreign national's status. */
export type RequestForeignNationalStatusCheckInput = {
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the status check the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The two lines of the passport's machine-readable zone (ICAO 9303 TD3), when available: check digits are verified and must agree with the passport number and nationality. */
  mrzLines?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Nationality, an ICAO 9303 code (ISO 3166-1 alpha-3 such as `VNM`, or ICAO's own such as `D` for Germany, `XXA` stateless, `XXB`/`XXC` refugees); letters are upper-cased. */
  nationality: Scalars['String']['input'];
  /** What the station knows that may help. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Passport number (5 to 20 letters and digits); upper-cased. */
  passportNumber: Scalars['String']['input'];
  /** The person in the station's care. */
  personId: Scalars['ID']['input'];
  /** The requesting station (one in the caller's jurisdiction). */
  requestingStationId: Scalars['ID']['input'];
};

/** A station's request to the police to check who a person is. */
export type RequestIdentityCheckInput = {
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the check the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What the station knows that may help. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The person to check. */
  personId: Scalars['ID']['input'];
  /** Why. */
  reason: IdentityCheckReason;
  /** The requesting station (one in the caller's jurisdiction). */
  requestingStationId: Scalars['ID']['input'];
};

/** Kind of biometric sample. Only the kind, code and dates are stored in the hub; never the biometric data. */
export type SampleKind =
  /** DNA sample. */
  | 'DNA'
  /** Face image comparison. */
  | 'FACE'
  /** Fingerprints. */
  | 'FINGERPRINT';

/** A station of the rescue network (owned by civil affairs); public security adds the checks it requested. */
export type Station = {
  __typename?: 'Station';
  /** Stable identifier shared by every agency. */
  id: Scalars['ID']['output'];
  /** Identity checks this station requested that are still open (not yet concluded), oldest first. */
  openIdentityChecks: Maybe<Array<IdentityCheck>>;
};

/**
 * A family-tracing match civil affairs confirmed for a person, as it told public security over the
 * exchange: the name the matched missing-person report gives, and when it was confirmed.
 */
export type TracingConfirmation = {
  __typename?: 'TracingConfirmation';
  /** When a person at civil affairs confirmed the match. */
  confirmedAt: Scalars['DateTime']['output'];
  /** The name the matched report gives. */
  name: Scalars['String']['output'];
};

/**
 * What every refusal of a change answers, whichever result type it is: a stable `code` to act on,
 * the input `field` at fault (null when the refusal is not about one field) and a `message` for a
 * person. A client reads every refusal alike with `... on UserError { code field message }`; the
 * result types add what is particular to them (a current state, a current version, free places).
 */
export type UserError = {
  /** A stable code for what was refused: the same code means the same in every agency. */
  code: UserErrorCode;
  /** The input field at fault, as a path into the input (e.g. `person.idNumber`); null when the refusal is not about one field. */
  field: Maybe<Scalars['String']['output']>;
  /** What is wrong, for a person to act on (English; a client may word it from `code` instead). */
  message: Scalars['String']['output'];
};

/**
 * Why a change was refused: the `code` of every `UserError`. Each agency declares the values its
 * refusals answer; the public schema holds them all.
 */
export type UserErrorCode =
  /** The notification was already acknowledged (`acknowledgedAt`, `acknowledgedBy`). */
  | 'ALREADY_ACKNOWLEDGED'
  /** The first six digits of the resident ID number are not a valid administrative-division code. */
  | 'AREA_CODE'
  /** The time is before the request was made. */
  | 'BEFORE_REQUEST'
  /** The date of birth is not a real date, or lies in the future. */
  | 'BIRTH_DATE'
  /** The check digit of the date of birth in the machine-readable zone is wrong. */
  | 'BIRTH_DATE_CHECK_DIGIT'
  /** The value holds characters that are not allowed here. */
  | 'CHARSET'
  /** The check character of the resident ID number (ISO 7064 MOD 11-2) does not fit the first 17 digits: the number was mistyped. */
  | 'CHECK_CHARACTER'
  /** The composite check digit of the machine-readable zone is wrong; it may have been misread. */
  | 'COMPOSITE_CHECK_DIGIT'
  /** Not a valid country calling code, or not an ICAO 9303 nationality code. */
  | 'COUNTRY_CODE'
  /** The check digit of the document number in the machine-readable zone is wrong; it may have been misread. */
  | 'DOCUMENT_NUMBER_CHECK_DIGIT'
  /** Not a passport's machine-readable zone (TD3). */
  | 'DOCUMENT_TYPE'
  /** Already recorded: the same record exists. */
  | 'DUPLICATE'
  /** The value is empty. */
  | 'EMPTY'
  /** The expiry date in the machine-readable zone is not a real date. */
  | 'EXPIRY_DATE'
  /** The check digit of the expiry date in the machine-readable zone is wrong. */
  | 'EXPIRY_DATE_CHECK_DIGIT'
  /** The name holds a control, zero-width or bidirectional-override character. */
  | 'FORBIDDEN_CHARACTER'
  /** The value does not have the expected format (the message says which). */
  | 'FORMAT'
  /** The time lies in the future. */
  | 'FUTURE'
  /** The name holds a character that is not a letter, a mark, a space, a hyphen or `·`. */
  | 'INVALID_CHARACTER'
  /** Not a valid id (a UUID). */
  | 'INVALID_ID'
  /** The value has the wrong length. */
  | 'LENGTH'
  /** Not an ICAO 9303 nationality code. */
  | 'NATIONALITY'
  /** The nationality differs from the one in the passport's machine-readable zone. */
  | 'NATIONALITY_MISMATCH'
  /** This step or outcome does not take this field. */
  | 'NOT_APPLICABLE'
  /** No such record is visible to the caller; answered alike whether it does not exist or may not be seen. */
  | 'NOT_FOUND'
  /** The caller's account has no jurisdiction. */
  | 'NO_JURISDICTION'
  /** The passport number differs from the one in the machine-readable zone. */
  | 'PASSPORT_NUMBER_MISMATCH'
  /** The check digit of the personal number in the machine-readable zone is wrong. */
  | 'PERSONAL_NUMBER_CHECK_DIGIT'
  /** A value is required here. */
  | 'REQUIRED'
  /** The idempotency key was already used for a different request: use a new key for a new request. */
  | 'REUSED'
  /** The sex in the machine-readable zone cannot be read. */
  | 'SEX'
  /** The record's present state does not allow this step (the answer's `currentStatus` or `currentState` says which state). */
  | 'STEP_NOT_ALLOWED'
  /** The text is empty, too long, or holds control or invisible characters. */
  | 'TEXT'
  /** Too long: a name over its length limit, or an extension of more than 90 days at a time. */
  | 'TOO_LONG'
  /** The record changed since the caller read it (optimistic locking): read it again and retry with its current version. */
  | 'VERSION_CONFLICT';

/** One attempt to post a page of changes to a subscription's URL. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** When it was tried. */
  at: Scalars['DateTime']['output'];
  /** The how-manieth attempt at this page (the same page is posted again until it is taken). */
  attempt: Scalars['Int']['output'];
  /** How many changes the page held. */
  changeCount: Scalars['Int']['output'];
  /** How long the partner took to answer, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** The cursor the page ends at. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Why it failed, in a few words. */
  error: Maybe<Scalars['String']['output']>;
  /** The partner's HTTP status, when it answered. */
  httpStatus: Maybe<Scalars['Int']['output']>;
  /** The delivery's id (the `Lifeline-Webhook-Id` header of the post). */
  id: Scalars['ID']['output'];
  /** Whether the partner took it. */
  outcome: WebhookDeliveryOutcome;
};

/** A page of a subscription's delivery attempts, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The attempts on this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** All the subscription's attempts still in the log. */
  totalCount: Scalars['Int']['output'];
};

/** One delivery attempt in a page of them. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Where this attempt stands in the log (for `after` and `before`). */
  cursor: Scalars['String']['output'];
  /** The attempt. */
  node: WebhookDelivery;
};

/** What became of a webhook delivery. */
export type WebhookDeliveryOutcome =
  /** The partner answered 2xx: the subscription moved past the page. */
  | 'DELIVERED'
  /** No 2xx answer (or none in time): the page is posted again after a back-off. */
  | 'FAILED';

/** A webhook subscription change refused: a URL that is not https, an unknown kind of record, another feed's cursor, too many subscriptions, or a subscription of another system. */
export type WebhookRefused = UserError & {
  __typename?: 'WebhookRefused';
  /** FORMAT or NOT_FOUND. */
  code: UserErrorCode;
  /** The input field at fault, or null. */
  field: Maybe<Scalars['String']['output']>;
  /** What is wrong. */
  message: Scalars['String']['output'];
};

/** Whether a webhook subscription still receives deliveries. */
export type WebhookStatus =
  /** Deliveries are posted. */
  | 'ACTIVE'
  /** Cancelled by its system: nothing more is posted. */
  | 'CANCELLED';

/** A partner system's subscription to one agency's change feed: each new page of changes it may see is posted to `url`, signed (`Lifeline-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the secret given once when subscribing), until the partner answers 2xx; failures are retried after 1 s, 2 s, 4 s, … up to 15 minutes. A delivery holds the changes (type, id, CREATED/UPDATED, time, cursor), never the records: the partner reads those by id with its own token. */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** Failed deliveries in a row (0 after a success). */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it subscribed. */
  createdAt: Scalars['DateTime']['output'];
  /** The feed cursor the next delivery starts after (null: the feed's beginning). */
  cursor: Maybe<Scalars['String']['output']>;
  /** Deliveries pause after this instant until the system's next request to this agency (any request through the gateway, such as reading a delivered record or listing its subscriptions), which serves it another 24 hours with the system's access as it is then: a subscription follows the system's current scopes and ends with its access. Paused, it keeps its cursor and misses nothing. */
  expiresAt: Scalars['DateTime']['output'];
  /** The subscription's id. */
  id: Scalars['ID']['output'];
  /** When the partner last took a delivery. */
  lastDeliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** Not before this instant is the next delivery tried. */
  nextAttemptAt: Scalars['DateTime']['output'];
  /** ACTIVE, or CANCELLED. */
  status: WebhookStatus;
  /** The kinds of record it receives (the feed's record types), or null for all. */
  types: Maybe<Array<Scalars['String']['output']>>;
  /** Where deliveries are posted. */
  url: Scalars['String']['output'];
};

/** A webhook subscription made or cancelled. */
export type WebhookSubscriptionChanged = {
  __typename?: 'WebhookSubscriptionChanged';
  /** The signing secret, shown this once when subscribing (null when cancelling): keep it to verify each delivery. */
  secret: Maybe<Scalars['String']['output']>;
  /** The subscription as it now is. */
  subscription: WebhookSubscription;
};

/** A webhook subscription to make. */
export type WebhookSubscriptionInput = {
  /** Start after this cursor of the same feed (to catch up from a page read before); from the feed's present end when omitted. */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only these kinds of record (the feed's record type values, such as `AID_ENTRUSTMENT`); all when omitted. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where to post deliveries: an https URL (plain http only to this machine, for testing), with no user name or password in it. */
  url: Scalars['String']['input'];
};

/** The answer to a webhook subscription change. */
export type WebhookSubscriptionResult = WebhookRefused | WebhookSubscriptionChanged;

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  AuditTrail: AuditTrail;
  ExchangeState: ExchangeState;
  ForeignAffairsNotification: ForeignAffairsNotification;
  ForeignNationalStatusCheck: ForeignNationalStatusCheck;
  IdentityCheck: IdentityCheck;
  Person: Person;
  Station: Station;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AuditTrail:
    ( { __typename: 'AuditTrail' }
    & GraphQLRecursivePick<FederationTypes['AuditTrail'], {"filterKey":true}> );
  ExchangeState:
    ( { __typename: 'ExchangeState' }
    & GraphQLRecursivePick<FederationTypes['ExchangeState'], {"id":true}> );
  ForeignAffairsNotification:
    ( { __typename: 'ForeignAffairsNotification' }
    & GraphQLRecursivePick<FederationTypes['ForeignAffairsNotification'], {"id":true}> );
  ForeignNationalStatusCheck:
    ( { __typename: 'ForeignNationalStatusCheck' }
    & GraphQLRecursivePick<FederationTypes['ForeignNationalStatusCheck'], {"id":true}> );
  IdentityCheck:
    ( { __typename: 'IdentityCheck' }
    & GraphQLRecursivePick<FederationTypes['IdentityCheck'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Station:
    ( { __typename: 'Station' }
    & GraphQLRecursivePick<FederationTypes['Station'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ForeignAffairsNotificationResult:
    | ( Omit<ForeignAffairsNotificationAcknowledged, 'notification'> & { notification: _RefType['ForeignAffairsNotification'] } )
    | ( ForeignAffairsNotificationRefused )
    | ( IdentityCheckInputRejected )
  ;
  ForeignNationalStatusCheckResult:
    | ( Omit<ForeignNationalStatusCheckChanged, 'statusCheck'> & { statusCheck: _RefType['ForeignNationalStatusCheck'] } )
    | ( ForeignNationalStatusCheckRefused )
    | ( IdentityCheckInputRejected )
  ;
  IdentityCheckResult:
    | ( Omit<IdentityCheckChanged, 'identityCheck'> & { identityCheck: _RefType['IdentityCheck'] } )
    | ( IdentityCheckInputRejected )
    | ( IdentityCheckRefused )
  ;
  PublicSecurityRecord:
    | ( BiometricSampleModel )
    | ( ForeignAffairsNotificationModel )
    | ( ForeignNationalStatusCheckModel )
    | ( IdentityCheckModel )
    | ( PoliceHandOverModel )
  ;
  WebhookSubscriptionResult:
    | ( WebhookRefused )
    | ( Omit<WebhookSubscriptionChanged, 'subscription'> & { subscription: _RefType['WebhookSubscription'] } )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  UserError:
    | ( ForeignAffairsNotificationRefused )
    | ( ForeignNationalStatusCheckRefused )
    | ( IdentityCheckInputRejected )
    | ( IdentityCheckRefused )
    | ( WebhookRefused )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AgencyExchangeState: ResolverTypeWrapper<AgencyExchangeStateSourceModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditChainCheck: ResolverTypeWrapper<AuditChainReportModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditEventSourceModel>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnectionSourceModel>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventPage: ResolverTypeWrapper<AuditEventPageSourceModel>;
  AuditOutcome: AuditOutcome;
  AuditTrail: ResolverTypeWrapper<AuditTrailSourceModel>;
  BiometricSample: ResolverTypeWrapper<BiometricSampleModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChangeOperation: ChangeOperation;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExchangeConsumerPosition: ResolverTypeWrapper<ExchangeConsumerPositionViewModel>;
  ExchangeDeadLetter: ResolverTypeWrapper<ExchangeDeadLetterViewModel>;
  ExchangeState: ResolverTypeWrapper<ExchangeStateSourceModel>;
  ForeignAffairsNotification: ResolverTypeWrapper<ForeignAffairsNotificationModel>;
  ForeignAffairsNotificationAcknowledged: ResolverTypeWrapper<Omit<ForeignAffairsNotificationAcknowledged, 'notification'> & { notification: ResolversTypes['ForeignAffairsNotification'] }>;
  ForeignAffairsNotificationConnection: ResolverTypeWrapper<Omit<ForeignAffairsNotificationConnection, 'edges'> & { edges: Array<ResolversTypes['ForeignAffairsNotificationEdge']> }>;
  ForeignAffairsNotificationEdge: ResolverTypeWrapper<Omit<ForeignAffairsNotificationEdge, 'node'> & { node: ResolversTypes['ForeignAffairsNotification'] }>;
  ForeignAffairsNotificationOrder: ForeignAffairsNotificationOrder;
  ForeignAffairsNotificationRefused: ResolverTypeWrapper<ForeignAffairsNotificationRefused>;
  ForeignAffairsNotificationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ForeignAffairsNotificationResult']>;
  ForeignNationalStatusCheck: ResolverTypeWrapper<ForeignNationalStatusCheckModel>;
  ForeignNationalStatusCheckChanged: ResolverTypeWrapper<Omit<ForeignNationalStatusCheckChanged, 'statusCheck'> & { statusCheck: ResolversTypes['ForeignNationalStatusCheck'] }>;
  ForeignNationalStatusCheckConnection: ResolverTypeWrapper<Omit<ForeignNationalStatusCheckConnection, 'edges'> & { edges: Array<ResolversTypes['ForeignNationalStatusCheckEdge']> }>;
  ForeignNationalStatusCheckEdge: ResolverTypeWrapper<Omit<ForeignNationalStatusCheckEdge, 'node'> & { node: ResolversTypes['ForeignNationalStatusCheck'] }>;
  ForeignNationalStatusCheckEvent: ResolverTypeWrapper<ForeignNationalStatusCheckEventModel>;
  ForeignNationalStatusCheckOrder: ForeignNationalStatusCheckOrder;
  ForeignNationalStatusCheckRefused: ResolverTypeWrapper<ForeignNationalStatusCheckRefused>;
  ForeignNationalStatusCheckResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ForeignNationalStatusCheckResult']>;
  ForeignNationalStatusCheckStatus: ForeignNationalStatusCheckStatus;
  ForeignNationalStatusOutcome: ForeignNationalStatusOutcome;
  IdentityCheck: ResolverTypeWrapper<IdentityCheckModel>;
  IdentityCheckChanged: ResolverTypeWrapper<Omit<IdentityCheckChanged, 'identityCheck'> & { identityCheck: ResolversTypes['IdentityCheck'] }>;
  IdentityCheckConnection: ResolverTypeWrapper<Omit<IdentityCheckConnection, 'edges'> & { edges: Array<ResolversTypes['IdentityCheckEdge']> }>;
  IdentityCheckEdge: ResolverTypeWrapper<Omit<IdentityCheckEdge, 'node'> & { node: ResolversTypes['IdentityCheck'] }>;
  IdentityCheckEvent: ResolverTypeWrapper<IdentityCheckEvent>;
  IdentityCheckInputRejected: ResolverTypeWrapper<IdentityCheckInputRejected>;
  IdentityCheckOrder: IdentityCheckOrder;
  IdentityCheckOutcome: IdentityCheckOutcome;
  IdentityCheckReason: IdentityCheckReason;
  IdentityCheckRefused: ResolverTypeWrapper<IdentityCheckRefused>;
  IdentityCheckResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['IdentityCheckResult']>;
  IdentityCheckStatus: IdentityCheckStatus;
  IdentityVerification: ResolverTypeWrapper<IdentityVerification>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<EntityReferenceModel>;
  PoliceHandOver: ResolverTypeWrapper<PoliceHandOverModel>;
  PoliceHandOverInput: PoliceHandOverInput;
  PublicSecurityChange: ResolverTypeWrapper<ChangeNodeModel>;
  PublicSecurityChangeConnection: ResolverTypeWrapper<Omit<PublicSecurityChangeConnection, 'edges'> & { edges: Array<ResolversTypes['PublicSecurityChangeEdge']> }>;
  PublicSecurityChangeEdge: ResolverTypeWrapper<Omit<PublicSecurityChangeEdge, 'node'> & { node: ResolversTypes['PublicSecurityChange'] }>;
  PublicSecurityRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PublicSecurityRecord']>;
  PublicSecurityRecordType: PublicSecurityRecordType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordForeignNationalStatusInput: RecordForeignNationalStatusInput;
  RecordIdentityResultInput: RecordIdentityResultInput;
  RecordSampleInput: RecordSampleInput;
  RequestForeignNationalStatusCheckInput: RequestForeignNationalStatusCheckInput;
  RequestIdentityCheckInput: RequestIdentityCheckInput;
  SampleKind: SampleKind;
  Station: ResolverTypeWrapper<EntityReferenceModel>;
  TracingConfirmation: ResolverTypeWrapper<TracingConfirmationModel>;
  UserError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UserError']>;
  UserErrorCode: UserErrorCode;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryModel>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryOutcome: WebhookDeliveryOutcome;
  WebhookRefused: ResolverTypeWrapper<WebhookRefused>;
  WebhookStatus: WebhookStatus;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionModel>;
  WebhookSubscriptionChanged: ResolverTypeWrapper<Omit<WebhookSubscriptionChanged, 'subscription'> & { subscription: ResolversTypes['WebhookSubscription'] }>;
  WebhookSubscriptionInput: WebhookSubscriptionInput;
  WebhookSubscriptionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['WebhookSubscriptionResult']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AgencyExchangeState: AgencyExchangeStateSourceModel;
  Int: Scalars['Int']['output'];
  AuditChainCheck: AuditChainReportModel;
  Boolean: Scalars['Boolean']['output'];
  AuditEvent: AuditEventSourceModel;
  AuditEventConnection: AuditEventConnectionSourceModel;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditEventPage: AuditEventPageSourceModel;
  AuditTrail: AuditTrailSourceModel;
  BiometricSample: BiometricSampleModel;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  ExchangeConsumerPosition: ExchangeConsumerPositionViewModel;
  ExchangeDeadLetter: ExchangeDeadLetterViewModel;
  ExchangeState: ExchangeStateSourceModel;
  ForeignAffairsNotification: ForeignAffairsNotificationModel;
  ForeignAffairsNotificationAcknowledged: Omit<ForeignAffairsNotificationAcknowledged, 'notification'> & { notification: ResolversParentTypes['ForeignAffairsNotification'] };
  ForeignAffairsNotificationConnection: Omit<ForeignAffairsNotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ForeignAffairsNotificationEdge']> };
  ForeignAffairsNotificationEdge: Omit<ForeignAffairsNotificationEdge, 'node'> & { node: ResolversParentTypes['ForeignAffairsNotification'] };
  ForeignAffairsNotificationRefused: ForeignAffairsNotificationRefused;
  ForeignAffairsNotificationResult: ResolversUnionTypes<ResolversParentTypes>['ForeignAffairsNotificationResult'];
  ForeignNationalStatusCheck: ForeignNationalStatusCheckModel;
  ForeignNationalStatusCheckChanged: Omit<ForeignNationalStatusCheckChanged, 'statusCheck'> & { statusCheck: ResolversParentTypes['ForeignNationalStatusCheck'] };
  ForeignNationalStatusCheckConnection: Omit<ForeignNationalStatusCheckConnection, 'edges'> & { edges: Array<ResolversParentTypes['ForeignNationalStatusCheckEdge']> };
  ForeignNationalStatusCheckEdge: Omit<ForeignNationalStatusCheckEdge, 'node'> & { node: ResolversParentTypes['ForeignNationalStatusCheck'] };
  ForeignNationalStatusCheckEvent: ForeignNationalStatusCheckEventModel;
  ForeignNationalStatusCheckRefused: ForeignNationalStatusCheckRefused;
  ForeignNationalStatusCheckResult: ResolversUnionTypes<ResolversParentTypes>['ForeignNationalStatusCheckResult'];
  IdentityCheck: IdentityCheckModel;
  IdentityCheckChanged: Omit<IdentityCheckChanged, 'identityCheck'> & { identityCheck: ResolversParentTypes['IdentityCheck'] };
  IdentityCheckConnection: Omit<IdentityCheckConnection, 'edges'> & { edges: Array<ResolversParentTypes['IdentityCheckEdge']> };
  IdentityCheckEdge: Omit<IdentityCheckEdge, 'node'> & { node: ResolversParentTypes['IdentityCheck'] };
  IdentityCheckEvent: IdentityCheckEvent;
  IdentityCheckInputRejected: IdentityCheckInputRejected;
  IdentityCheckRefused: IdentityCheckRefused;
  IdentityCheckResult: ResolversUnionTypes<ResolversParentTypes>['IdentityCheckResult'];
  IdentityVerification: IdentityVerification;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: EntityReferenceModel;
  PoliceHandOver: PoliceHandOverModel;
  PoliceHandOverInput: PoliceHandOverInput;
  PublicSecurityChange: ChangeNodeModel;
  PublicSecurityChangeConnection: Omit<PublicSecurityChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['PublicSecurityChangeEdge']> };
  PublicSecurityChangeEdge: Omit<PublicSecurityChangeEdge, 'node'> & { node: ResolversParentTypes['PublicSecurityChange'] };
  PublicSecurityRecord: ResolversUnionTypes<ResolversParentTypes>['PublicSecurityRecord'];
  Query: Record<PropertyKey, never>;
  RecordForeignNationalStatusInput: RecordForeignNationalStatusInput;
  RecordIdentityResultInput: RecordIdentityResultInput;
  RecordSampleInput: RecordSampleInput;
  RequestForeignNationalStatusCheckInput: RequestForeignNationalStatusCheckInput;
  RequestIdentityCheckInput: RequestIdentityCheckInput;
  Station: EntityReferenceModel;
  TracingConfirmation: TracingConfirmationModel;
  UserError: ResolversInterfaceTypes<ResolversParentTypes>['UserError'];
  WebhookDelivery: WebhookDeliveryModel;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookRefused: WebhookRefused;
  WebhookSubscription: WebhookSubscriptionModel;
  WebhookSubscriptionChanged: Omit<WebhookSubscriptionChanged, 'subscription'> & { subscription: ResolversParentTypes['WebhookSubscription'] };
  WebhookSubscriptionInput: WebhookSubscriptionInput;
  WebhookSubscriptionResult: ResolversUnionTypes<ResolversParentTypes>['WebhookSubscriptionResult'];
  String: Scalars['String']['output'];
}>;

export type SensitiveDirectiveArgs = {
  level: Scalars['String']['input'];
};

export type SensitiveDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = SensitiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgencyExchangeStateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgencyExchangeState'] = ResolversParentTypes['AgencyExchangeState']> = ResolversObject<{
  consumers?: Resolver<Array<ResolversTypes['ExchangeConsumerPosition']>, ParentType, ContextType>;
  deadLetterCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deadLetters?: Resolver<Array<ResolversTypes['ExchangeDeadLetter']>, ParentType, ContextType, RequireFields<AgencyExchangeStateDeadLettersArgs, 'first'>>;
}>;

export type AuditChainCheckResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditChainCheck'] = ResolversParentTypes['AuditChainCheck']> = ResolversObject<{
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['AuditChainCheck'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AuditEventPageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventPage'] = ResolversParentTypes['AuditEventPage']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['AuditChainCheck'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
}>;

export type AuditTrailResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditTrail'] = ResolversParentTypes['AuditTrail'], FederationReferenceType extends FederationReferenceTypes['AuditTrail'] = FederationReferenceTypes['AuditTrail']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditTrail']> | FederationReferenceType, FederationReferenceType, ContextType>;
  filterKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicSecurity?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType>;
  publicSecurityConnection?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<AuditTrailPublicSecurityConnectionArgs>>;
}>;

export type BiometricSampleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['BiometricSample'] = ResolversParentTypes['BiometricSample']> = ResolversObject<{
  collectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  collectedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SampleKind'], ParentType, ContextType>;
  sampleCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExchangeConsumerPositionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ExchangeConsumerPosition'] = ResolversParentTypes['ExchangeConsumerPosition']> = ResolversObject<{
  position?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ExchangeDeadLetterResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ExchangeDeadLetter'] = ResolversParentTypes['ExchangeDeadLetter']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ExchangeStateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ExchangeState'] = ResolversParentTypes['ExchangeState'], FederationReferenceType extends FederationReferenceTypes['ExchangeState'] = FederationReferenceTypes['ExchangeState']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExchangeState']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publicSecurity?: Resolver<ResolversTypes['AgencyExchangeState'], ParentType, ContextType>;
}>;

export type ForeignAffairsNotificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignAffairsNotification'] = ResolversParentTypes['ForeignAffairsNotification'], FederationReferenceType extends FederationReferenceTypes['ForeignAffairsNotification'] = FederationReferenceTypes['ForeignAffairsNotification']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ForeignAffairsNotification']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  acknowledgementNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nationality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ForeignNationalStatusCheckStatus'], ParentType, ContextType>;
  statusCheck?: Resolver<ResolversTypes['ForeignNationalStatusCheck'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ForeignAffairsNotificationAcknowledgedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignAffairsNotificationAcknowledged'] = ResolversParentTypes['ForeignAffairsNotificationAcknowledged']> = ResolversObject<{
  notification?: Resolver<ResolversTypes['ForeignAffairsNotification'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ForeignAffairsNotificationConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignAffairsNotificationConnection'] = ResolversParentTypes['ForeignAffairsNotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ForeignAffairsNotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ForeignAffairsNotificationEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignAffairsNotificationEdge'] = ResolversParentTypes['ForeignAffairsNotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ForeignAffairsNotification'], ParentType, ContextType>;
}>;

export type ForeignAffairsNotificationRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignAffairsNotificationRefused'] = ResolversParentTypes['ForeignAffairsNotificationRefused']> = ResolversObject<{
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ForeignAffairsNotificationResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignAffairsNotificationResult'] = ResolversParentTypes['ForeignAffairsNotificationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ForeignAffairsNotificationAcknowledged' | 'ForeignAffairsNotificationRefused' | 'IdentityCheckInputRejected', ParentType, ContextType>;
}>;

export type ForeignNationalStatusCheckResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignNationalStatusCheck'] = ResolversParentTypes['ForeignNationalStatusCheck'], FederationReferenceType extends FederationReferenceTypes['ForeignNationalStatusCheck'] = FederationReferenceTypes['ForeignNationalStatusCheck']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ForeignNationalStatusCheck']> | FederationReferenceType, FederationReferenceType, ContextType>;
  concludedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  concludedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['ForeignNationalStatusCheckEvent']>, ParentType, ContextType>;
  foreignAffairsNotification?: Resolver<Maybe<ResolversTypes['ForeignAffairsNotification']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mrzVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nationality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passportNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  policeHandOver?: Resolver<Maybe<ResolversTypes['PoliceHandOver']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestingStation?: Resolver<ResolversTypes['Station'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ForeignNationalStatusCheckStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ForeignNationalStatusCheckChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignNationalStatusCheckChanged'] = ResolversParentTypes['ForeignNationalStatusCheckChanged']> = ResolversObject<{
  statusCheck?: Resolver<ResolversTypes['ForeignNationalStatusCheck'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ForeignNationalStatusCheckConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignNationalStatusCheckConnection'] = ResolversParentTypes['ForeignNationalStatusCheckConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ForeignNationalStatusCheckEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ForeignNationalStatusCheckEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignNationalStatusCheckEdge'] = ResolversParentTypes['ForeignNationalStatusCheckEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ForeignNationalStatusCheck'], ParentType, ContextType>;
}>;

export type ForeignNationalStatusCheckEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignNationalStatusCheckEvent'] = ResolversParentTypes['ForeignNationalStatusCheckEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ForeignNationalStatusCheckStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ForeignNationalStatusCheckStatus'], ParentType, ContextType>;
}>;

export type ForeignNationalStatusCheckRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignNationalStatusCheckRefused'] = ResolversParentTypes['ForeignNationalStatusCheckRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['ForeignNationalStatusCheckStatus'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ForeignNationalStatusCheckResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignNationalStatusCheckResult'] = ResolversParentTypes['ForeignNationalStatusCheckResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ForeignNationalStatusCheckChanged' | 'ForeignNationalStatusCheckRefused' | 'IdentityCheckInputRejected', ParentType, ContextType>;
}>;

export type IdentityCheckResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheck'] = ResolversParentTypes['IdentityCheck'], FederationReferenceType extends FederationReferenceTypes['IdentityCheck'] = FederationReferenceTypes['IdentityCheck']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IdentityCheck']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  concludedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['IdentityCheckEvent']>, ParentType, ContextType>;
  householdRegistration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['IdentityCheckOutcome']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['IdentityCheckReason'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestingStation?: Resolver<ResolversTypes['Station'], ParentType, ContextType>;
  resultDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  samples?: Resolver<Maybe<Array<ResolversTypes['BiometricSample']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IdentityCheckStatus'], ParentType, ContextType>;
  tracingConfirmedIdentity?: Resolver<Maybe<ResolversTypes['TracingConfirmation']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verifiedIdNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IdentityCheckChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckChanged'] = ResolversParentTypes['IdentityCheckChanged']> = ResolversObject<{
  identityCheck?: Resolver<ResolversTypes['IdentityCheck'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IdentityCheckConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckConnection'] = ResolversParentTypes['IdentityCheckConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IdentityCheckEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IdentityCheckEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckEdge'] = ResolversParentTypes['IdentityCheckEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IdentityCheck'], ParentType, ContextType>;
}>;

export type IdentityCheckEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckEvent'] = ResolversParentTypes['IdentityCheckEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['IdentityCheckStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['IdentityCheckStatus'], ParentType, ContextType>;
}>;

export type IdentityCheckInputRejectedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckInputRejected'] = ResolversParentTypes['IdentityCheckInputRejected']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IdentityCheckRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckRefused'] = ResolversParentTypes['IdentityCheckRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['IdentityCheckStatus'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IdentityCheckResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheckResult'] = ResolversParentTypes['IdentityCheckResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'IdentityCheckChanged' | 'IdentityCheckInputRejected' | 'IdentityCheckRefused', ParentType, ContextType>;
}>;

export type IdentityVerificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityVerification'] = ResolversParentTypes['IdentityVerification']> = ResolversObject<{
  identityCheckId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeForeignAffairsNotification?: Resolver<ResolversTypes['ForeignAffairsNotificationResult'], ParentType, ContextType, RequireFields<MutationAcknowledgeForeignAffairsNotificationArgs, 'id'>>;
  cancelPublicSecurityWebhook?: Resolver<ResolversTypes['WebhookSubscriptionResult'], ParentType, ContextType, RequireFields<MutationCancelPublicSecurityWebhookArgs, 'id'>>;
  recordForeignNationalStatus?: Resolver<ResolversTypes['ForeignNationalStatusCheckResult'], ParentType, ContextType, RequireFields<MutationRecordForeignNationalStatusArgs, 'input'>>;
  recordIdentityResult?: Resolver<ResolversTypes['IdentityCheckResult'], ParentType, ContextType, RequireFields<MutationRecordIdentityResultArgs, 'input'>>;
  recordSample?: Resolver<ResolversTypes['IdentityCheckResult'], ParentType, ContextType, RequireFields<MutationRecordSampleArgs, 'input'>>;
  requestForeignNationalStatusCheck?: Resolver<ResolversTypes['ForeignNationalStatusCheckResult'], ParentType, ContextType, RequireFields<MutationRequestForeignNationalStatusCheckArgs, 'input'>>;
  requestIdentityCheck?: Resolver<ResolversTypes['IdentityCheckResult'], ParentType, ContextType, RequireFields<MutationRequestIdentityCheckArgs, 'input'>>;
  startComparison?: Resolver<ResolversTypes['IdentityCheckResult'], ParentType, ContextType, RequireFields<MutationStartComparisonArgs, 'expectedVersion' | 'identityCheckId'>>;
  subscribeToPublicSecurityChanges?: Resolver<ResolversTypes['WebhookSubscriptionResult'], ParentType, ContextType, RequireFields<MutationSubscribeToPublicSecurityChangesArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  foreignNationalStatusChecks?: Resolver<Maybe<Array<ResolversTypes['ForeignNationalStatusCheck']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identityChecks?: Resolver<Maybe<Array<ResolversTypes['IdentityCheck']>>, ParentType, ContextType>;
  identityVerification?: Resolver<Maybe<ResolversTypes['IdentityVerification']>, ParentType, ContextType>;
}>;

export type PoliceHandOverResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PoliceHandOver'] = ResolversParentTypes['PoliceHandOver']> = ResolversObject<{
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  handedOverAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  officer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policeUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PublicSecurityChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublicSecurityChange'] = ResolversParentTypes['PublicSecurityChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['PublicSecurityRecord'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['PublicSecurityRecordType'], ParentType, ContextType>;
}>;

export type PublicSecurityChangeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublicSecurityChangeConnection'] = ResolversParentTypes['PublicSecurityChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PublicSecurityChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PublicSecurityChangeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublicSecurityChangeEdge'] = ResolversParentTypes['PublicSecurityChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicSecurityChange'], ParentType, ContextType>;
}>;

export type PublicSecurityRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublicSecurityRecord'] = ResolversParentTypes['PublicSecurityRecord']> = ResolversObject<{
  __resolveType: TypeResolveFn<'BiometricSample' | 'ForeignAffairsNotification' | 'ForeignNationalStatusCheck' | 'IdentityCheck' | 'PoliceHandOver', ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  biometricSample?: Resolver<Maybe<ResolversTypes['BiometricSample']>, ParentType, ContextType, RequireFields<QueryBiometricSampleArgs, 'id'>>;
  foreignAffairsNotification?: Resolver<Maybe<ResolversTypes['ForeignAffairsNotification']>, ParentType, ContextType, RequireFields<QueryForeignAffairsNotificationArgs, 'id'>>;
  foreignAffairsNotifications?: Resolver<Array<ResolversTypes['ForeignAffairsNotification']>, ParentType, ContextType, RequireFields<QueryForeignAffairsNotificationsArgs, 'first'>>;
  foreignAffairsNotificationsConnection?: Resolver<ResolversTypes['ForeignAffairsNotificationConnection'], ParentType, ContextType, RequireFields<QueryForeignAffairsNotificationsConnectionArgs, 'order'>>;
  foreignNationalStatusCheck?: Resolver<Maybe<ResolversTypes['ForeignNationalStatusCheck']>, ParentType, ContextType, RequireFields<QueryForeignNationalStatusCheckArgs, 'id'>>;
  foreignNationalStatusChecks?: Resolver<Array<ResolversTypes['ForeignNationalStatusCheck']>, ParentType, ContextType, RequireFields<QueryForeignNationalStatusChecksArgs, 'first'>>;
  foreignNationalStatusChecksConnection?: Resolver<ResolversTypes['ForeignNationalStatusCheckConnection'], ParentType, ContextType, RequireFields<QueryForeignNationalStatusChecksConnectionArgs, 'order'>>;
  identityCheck?: Resolver<Maybe<ResolversTypes['IdentityCheck']>, ParentType, ContextType, RequireFields<QueryIdentityCheckArgs, 'id'>>;
  identityChecks?: Resolver<Array<ResolversTypes['IdentityCheck']>, ParentType, ContextType, RequireFields<QueryIdentityChecksArgs, 'first'>>;
  identityChecksConnection?: Resolver<ResolversTypes['IdentityCheckConnection'], ParentType, ContextType, RequireFields<QueryIdentityChecksConnectionArgs, 'order'>>;
  policeHandOver?: Resolver<Maybe<ResolversTypes['PoliceHandOver']>, ParentType, ContextType, RequireFields<QueryPoliceHandOverArgs, 'id'>>;
  publicSecurityChanges?: Resolver<ResolversTypes['PublicSecurityChangeConnection'], ParentType, ContextType, RequireFields<QueryPublicSecurityChangesArgs, 'first'>>;
  publicSecurityWebhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryPublicSecurityWebhookDeliveriesArgs, 'subscriptionId'>>;
  publicSecurityWebhooks?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
}>;

export type StationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Station'] = ResolversParentTypes['Station'], FederationReferenceType extends FederationReferenceTypes['Station'] = FederationReferenceTypes['Station']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Station']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openIdentityChecks?: Resolver<Maybe<Array<ResolversTypes['IdentityCheck']>>, ParentType, ContextType>;
}>;

export type TracingConfirmationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TracingConfirmation'] = ResolversParentTypes['TracingConfirmation']> = ResolversObject<{
  confirmedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ForeignAffairsNotificationRefused' | 'ForeignNationalStatusCheckRefused' | 'IdentityCheckInputRejected' | 'IdentityCheckRefused' | 'WebhookRefused', ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WebhookDeliveryOutcome'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type WebhookRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookRefused'] = ResolversParentTypes['WebhookRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookSubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = ResolversObject<{
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDeliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookStatus'], ParentType, ContextType>;
  types?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookSubscriptionChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookSubscriptionChanged'] = ResolversParentTypes['WebhookSubscriptionChanged']> = ResolversObject<{
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookSubscriptionResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookSubscriptionResult'] = ResolversParentTypes['WebhookSubscriptionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'WebhookRefused' | 'WebhookSubscriptionChanged', ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AgencyExchangeState?: AgencyExchangeStateResolvers<ContextType>;
  AuditChainCheck?: AuditChainCheckResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  BiometricSample?: BiometricSampleResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExchangeConsumerPosition?: ExchangeConsumerPositionResolvers<ContextType>;
  ExchangeDeadLetter?: ExchangeDeadLetterResolvers<ContextType>;
  ExchangeState?: ExchangeStateResolvers<ContextType>;
  ForeignAffairsNotification?: ForeignAffairsNotificationResolvers<ContextType>;
  ForeignAffairsNotificationAcknowledged?: ForeignAffairsNotificationAcknowledgedResolvers<ContextType>;
  ForeignAffairsNotificationConnection?: ForeignAffairsNotificationConnectionResolvers<ContextType>;
  ForeignAffairsNotificationEdge?: ForeignAffairsNotificationEdgeResolvers<ContextType>;
  ForeignAffairsNotificationRefused?: ForeignAffairsNotificationRefusedResolvers<ContextType>;
  ForeignAffairsNotificationResult?: ForeignAffairsNotificationResultResolvers<ContextType>;
  ForeignNationalStatusCheck?: ForeignNationalStatusCheckResolvers<ContextType>;
  ForeignNationalStatusCheckChanged?: ForeignNationalStatusCheckChangedResolvers<ContextType>;
  ForeignNationalStatusCheckConnection?: ForeignNationalStatusCheckConnectionResolvers<ContextType>;
  ForeignNationalStatusCheckEdge?: ForeignNationalStatusCheckEdgeResolvers<ContextType>;
  ForeignNationalStatusCheckEvent?: ForeignNationalStatusCheckEventResolvers<ContextType>;
  ForeignNationalStatusCheckRefused?: ForeignNationalStatusCheckRefusedResolvers<ContextType>;
  ForeignNationalStatusCheckResult?: ForeignNationalStatusCheckResultResolvers<ContextType>;
  IdentityCheck?: IdentityCheckResolvers<ContextType>;
  IdentityCheckChanged?: IdentityCheckChangedResolvers<ContextType>;
  IdentityCheckConnection?: IdentityCheckConnectionResolvers<ContextType>;
  IdentityCheckEdge?: IdentityCheckEdgeResolvers<ContextType>;
  IdentityCheckEvent?: IdentityCheckEventResolvers<ContextType>;
  IdentityCheckInputRejected?: IdentityCheckInputRejectedResolvers<ContextType>;
  IdentityCheckRefused?: IdentityCheckRefusedResolvers<ContextType>;
  IdentityCheckResult?: IdentityCheckResultResolvers<ContextType>;
  IdentityVerification?: IdentityVerificationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PoliceHandOver?: PoliceHandOverResolvers<ContextType>;
  PublicSecurityChange?: PublicSecurityChangeResolvers<ContextType>;
  PublicSecurityChangeConnection?: PublicSecurityChangeConnectionResolvers<ContextType>;
  PublicSecurityChangeEdge?: PublicSecurityChangeEdgeResolvers<ContextType>;
  PublicSecurityRecord?: PublicSecurityRecordResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Station?: StationResolvers<ContextType>;
  TracingConfirmation?: TracingConfirmationResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookRefused?: WebhookRefusedResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionChanged?: WebhookSubscriptionChangedResolvers<ContextType>;
  WebhookSubscriptionResult?: WebhookSubscriptionResultResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
}>;
