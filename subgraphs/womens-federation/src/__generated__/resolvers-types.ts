import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ChangeNode as ChangeNodeModel, WebhookSubscription as WebhookSubscriptionModel, WebhookDelivery as WebhookDeliveryModel, EntityReference as EntityReferenceModel, AuditTrailSource as AuditTrailSourceModel, AuditEventPageSource as AuditEventPageSourceModel, AuditEventConnectionSource as AuditEventConnectionSourceModel, AuditEventSource as AuditEventSourceModel, AuditChainReport as AuditChainReportModel, ExchangeStateSource as ExchangeStateSourceModel, AgencyExchangeStateSource as AgencyExchangeStateSourceModel, ExchangeConsumerPositionView as ExchangeConsumerPositionViewModel, ExchangeDeadLetterView as ExchangeDeadLetterViewModel } from '@lifeline/subgraph-runtime';
import type { ShelterReferral as ShelterReferralModel } from '../entities/shelter-referral.entity';
import type { ReferralVictimView as ReferralVictimViewModel } from '../domain/access';
import type { ReferralService as ReferralServiceModel } from '../entities/referral-service.entity';
import type { ShelterReferralChild as ShelterReferralChildModel } from '../entities/shelter-referral-child.entity';
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
   * The women's-federation trail's newest lines under the filter (as many as the key's page size).
   * @deprecated A fixed number of the newest lines, with no way further back and no count: page through `womensFederationConnection` (cursors both ways, `totalCount`), reading the trail from `Query.auditTrail`.
   */
  womensFederation: AuditEventPage;
  /** The women's-federation trail under the filter, as cursor pages, newest first. */
  womensFederationConnection: AuditEventConnection;
};


/** Every agency's audit trail under one filter (owned by civil affairs); this agency adds its own page. */
export type AuditTrailWomensFederationConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** What happened to a record, as an agency's change feed lists it. */
export type ChangeOperation =
  /** The record was created. */
  | 'CREATED'
  /** The record ended (a person's record merged into another, or removed as created in error): it answers by id no more, and the change's `record` is its tombstone (`EndedRecord`). Drop your copy; follow `successorId` when merged. */
  | 'ENDED'
  /** The record, or a part of it (an escort's leg, a referral's child), was changed. */
  | 'UPDATED';

/** Who gave consent to the referral. */
export type ConsentGiver =
  /** Her guardian (for a minor or a person without capacity). */
  | 'GUARDIAN'
  /** The victim herself. */
  | 'VICTIM';

/** How consent was given. */
export type ConsentMethod =
  /** Given electronically. */
  | 'ELECTRONIC'
  /** Spoken before a witness. */
  | 'VERBAL_WITNESSED'
  /** Signed in writing. */
  | 'WRITTEN';

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
  /** The women's-federation side. */
  womensFederation: AgencyExchangeState;
};

/** The idempotency key was used before for a different referral; nothing was stored. */
export type IdempotencyConflict = UserError & {
  __typename?: 'IdempotencyConflict';
  /** Always `REUSED`: the key was used for a different referral. */
  code: UserErrorCode;
  /** The referral the key was first used for. */
  existingReferralId: Scalars['ID']['output'];
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** What to do. */
  message: Scalars['String']['output'];
};

/** Changes to the women's-federation records; expected failures come back as typed results, every change is audited. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels one of the calling system's webhook subscriptions to the women's federation change feed: nothing more is posted. */
  cancelWomensFederationWebhook: WebhookSubscriptionResult;
  /** Close your referral file. */
  closeShelterReferral: ShelterReferralResult;
  /** Record the outcome of a referral-out service. */
  recordReferralServiceOutcome: ReferralServiceResult;
  /** Refer the victim out to a service (the referring caseworker or the shelter staff). */
  requestReferralService: ReferralServiceResult;
  /** Mark a referral-out service as under way. */
  startReferralService: ReferralServiceResult;
  /** Submit a shelter referral (caseworkers and police officers; idempotent per submitter and key). */
  submitShelterReferral: ShelterReferralResult;
  /** Subscribes the calling system to the women's federation change feed: each new page of changes it may see is posted to the URL, signed with the secret answered once here (integrating systems only; at most 5 subscriptions per system). */
  subscribeToWomensFederationChanges: WebhookSubscriptionResult;
  /** Withdraw your referral before the victim is admitted. */
  withdrawShelterReferral: ShelterReferralResult;
};


/** Changes to the women's-federation records; expected failures come back as typed results, every change is audited. */
export type MutationCancelWomensFederationWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the women's-federation records; expected failures come back as typed results, every change is audited. */
export type MutationCloseShelterReferralArgs = {
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
};


/** Changes to the women's-federation records; expected failures come back as typed results, every change is audited. */
export type MutationRecordReferralServiceOutcomeArgs = {
  expectedVersion: Scalars['Int']['input'];
  outcome: Scalars['String']['input'];
  serviceId: Scalars['ID']['input'];
};


/** Changes to the women's-federation records; expected failures come back as typed results, every change is audited. */
export type MutationRequestReferralServiceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: ReferralServiceKind;
  provider: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
};


/** Changes to the women's-federation records; expected failures come back as typed results, every change is audited. */
export type MutationStartReferralServiceArgs = {
  expectedVersion: Scalars['Int']['input'];
  serviceId: Scalars['ID']['input'];
};


/** Changes to the women's-federation records; expected failures come back as typed results, every change is audited. */
export type MutationSubmitShelterReferralArgs = {
  input: SubmitShelterReferralInput;
};


/** Changes to the women's-federation records; expected failures come back as typed results, every change is audited. */
export type MutationSubscribeToWomensFederationChangesArgs = {
  input: WebhookSubscriptionInput;
};


/** Changes to the women's-federation records; expected failures come back as typed results, every change is audited. */
export type MutationWithdrawShelterReferralArgs = {
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
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

/** A person known to the network (owned by civil affairs); the women's federation adds shelter referrals. */
export type Person = {
  __typename?: 'Person';
  /** Stable identifier shared by every agency. */
  id: Scalars['ID']['output'];
  /** Shelter referrals for this person, newest first (visible only to those entitled); null (with an error) only when the women's federation cannot be reached. */
  shelterReferrals: Maybe<Array<ShelterReferral>>;
};

/** Reads of the women's-federation records. */
export type Query = {
  __typename?: 'Query';
  /** One referral-out service by id: visible exactly when its shelter referral is (null when it does not exist or its referral is not visible to the caller). Every read is written to the audit trail as a read of the referral. */
  referralService: Maybe<ReferralService>;
  /** Shelter referrals submitted per calendar month (Beijing time), over the referrals the caller may see (the shelter all, a supervisor her organisation's, a caseworker her own), the oldest month first, ending with the month that holds `until`; every month of the span is listed. Counts only. Staff only. */
  referralTrend: Array<ReferralMonth>;
  /** One shelter referral by id (null when it does not exist or is not visible to the caller). */
  shelterReferral: Maybe<ShelterReferral>;
  /**
   * Shelter referrals visible to the caller, newest first, at most 100.
   * @deprecated It stops at 100 referrals, so older ones never appear: page through `shelterReferralsConnection` (filters, order, `totalCount`) instead.
   */
  shelterReferrals: Array<ShelterReferral>;
  /** Shelter referrals visible to the caller, as cursor pages: a caseworker's files (newest first), the oldest waiting, or a partner's sync (`order: UPDATED`, `updatedSince`). */
  shelterReferralsConnection: ShelterReferralConnection;
  /** The women's federation's change feed: each shelter referral and referral service when it was created or changed, in an order that only grows at its end, so a partner that pages from its last `endCursor` (after an hour or a week offline) misses nothing and reads nothing twice. It reads forward only (`first` after `after`; there is no `last` or `before`): `hasPreviousPage` says whether the page was read after a cursor. Lists only what the caller may read by id now (its scopes and its job: a caseworker or officer her own referrals, a supervisor her organisation's, shelter staff all); `endCursor` moves past the rest, so keep polling with it also when a page lists nothing. Changes appear once the transaction that made them and every older one still running have ended. */
  womensFederationChanges: WomensFederationChangeConnection;
  /** The deliveries to one of the calling system's subscriptions, newest first, as cursor pages (an empty page for anyone else's); attempts are kept 30 days. */
  womensFederationWebhookDeliveries: WebhookDeliveryConnection;
  /** The calling system's active webhook subscriptions to the women's federation change feed (integrating systems only). */
  womensFederationWebhooks: Array<WebhookSubscription>;
};


/** Reads of the women's-federation records. */
export type QueryReferralServiceArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the women's-federation records. */
export type QueryReferralTrendArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the women's-federation records. */
export type QueryShelterReferralArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the women's-federation records. */
export type QueryShelterReferralsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ShelterReferralStatus>;
};


/** Reads of the women's-federation records. */
export type QueryShelterReferralsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ShelterReferralOrder>;
  statuses?: InputMaybe<Array<ShelterReferralStatus>>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the women's-federation records. */
export type QueryWomensFederationChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<WomensFederationRecordType>>;
};


/** Reads of the women's-federation records. */
export type QueryWomensFederationWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  subscriptionId: Scalars['ID']['input'];
};

/** A child coming with the victim. */
export type ReferralChild = {
  __typename?: 'ReferralChild';
  /** Age in whole years (0 to 17). */
  ageYears: Scalars['Int']['output'];
  /** Sex. */
  sex: VictimSex;
};

/** A child coming with the victim. */
export type ReferralChildInput = {
  /** Age in whole years (0 to 17). */
  ageYears: Scalars['Int']['input'];
  /** Sex (default UNKNOWN). */
  sex?: InputMaybe<VictimSex>;
};

/** The consent recorded with a referral. */
export type ReferralConsent = {
  __typename?: 'ReferralConsent';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who gave it. */
  givenBy: ConsentGiver;
  /** How. */
  method: ConsentMethod;
};

/** The consent to the referral (required: without it nothing is sent). */
export type ReferralConsentInput = {
  /** When. */
  at: Scalars['DateTime']['input'];
  /** Who gave it. */
  givenBy: ConsentGiver;
  /** How. */
  method: ConsentMethod;
};

/** The input is invalid; nothing was stored. */
export type ReferralInputRejected = UserError & {
  __typename?: 'ReferralInputRejected';
  /** A stable code for the failed check (a `UserErrorCode`). */
  code: UserErrorCode;
  /** The input field at fault. */
  field: Scalars['String']['output'];
  /** What is wrong, for a person to act on. */
  message: Scalars['String']['output'];
};

/** One calendar month (Beijing time) of the shelter referrals the caller may see: how many were submitted, by assessed risk and by kind of harm. */
export type ReferralMonth = {
  __typename?: 'ReferralMonth';
  /** Per assessed risk (levels with none left out), the highest risk first. */
  byRisk: Array<ReferralRiskCount>;
  /** Per kind of harm (kinds with none left out). */
  byVictimType: Array<ReferralVictimTypeCount>;
  /** The month, as YYYY-MM (by when each referral was submitted). */
  month: Scalars['String']['output'];
  /** Referrals submitted in the month. */
  submitted: Scalars['Int']['output'];
};

/** What the victim needs besides a bed. */
export type ReferralNeed =
  /** Childcare. */
  | 'CHILDCARE'
  /** Psychological counselling. */
  | 'COUNSELLING'
  /** Support for a disability. */
  | 'DISABILITY_SUPPORT'
  /** An interpreter. */
  | 'INTERPRETER'
  /** Legal advice. */
  | 'LEGAL_ADVICE'
  /** Medical care. */
  | 'MEDICAL_CARE'
  /** Safe transport to the shelter. */
  | 'SAFE_TRANSPORT';

/** No such record is visible to you; nothing was stored. */
export type ReferralNotFound = UserError & {
  __typename?: 'ReferralNotFound';
  /** Always `NOT_FOUND`. */
  code: UserErrorCode;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** What was not found. */
  message: Scalars['String']['output'];
};

/** How many referrals of a month were assessed at one risk level. */
export type ReferralRiskCount = {
  __typename?: 'ReferralRiskCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The risk level. */
  riskLevel: RiskLevel;
};

/** A referral-out service, tracked to its outcome. */
export type ReferralService = {
  __typename?: 'ReferralService';
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What service. */
  kind: ReferralServiceKind;
  /** What came of it. */
  outcome: Maybe<Scalars['String']['output']>;
  /** When the outcome was recorded. */
  outcomeAt: Maybe<Scalars['DateTime']['output']>;
  /** Who provides it. */
  provider: Scalars['String']['output'];
  /** When it was asked for. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked for it. */
  requestedBy: Scalars['String']['output'];
  /** When it got under way. */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: ReferralServiceStatus;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** The record's version (pass it back when changing it). */
  version: Scalars['Int']['output'];
};

/** The service as it now stands. */
export type ReferralServiceChanged = {
  __typename?: 'ReferralServiceChanged';
  /** The service. */
  referralService: ReferralService;
};

/** A service the victim is referred out to. */
export type ReferralServiceKind =
  /** Housing. */
  | 'HOUSING'
  /** Legal aid. */
  | 'LEGAL_AID'
  /** Medical care. */
  | 'MEDICAL'
  /** A personal safety protection order (人身安全保护令). */
  | 'PROTECTION_ORDER'
  /** Psychological counselling. */
  | 'PSYCHOLOGICAL_COUNSELLING';

/** What a change to a referral-out service answers. */
export type ReferralServiceResult = ReferralInputRejected | ReferralNotFound | ReferralServiceChanged | ReferralVersionConflict | ServiceStepRefused;

/** Where a referral-out service stands. */
export type ReferralServiceStatus =
  /** Under way. */
  | 'IN_PROGRESS'
  /** Its outcome is recorded. */
  | 'OUTCOME_RECORDED'
  /** Asked for. */
  | 'REQUESTED';

/** The caseworker's side of the file cannot take this step; nothing was stored. */
export type ReferralStepRefused = UserError & {
  __typename?: 'ReferralStepRefused';
  /** Always `STEP_NOT_ALLOWED`: the present state does not allow the step. */
  code: UserErrorCode;
  /** Where the file stands (SUBMITTED, WITHDRAWN or CLOSED). */
  currentStatus: ShelterReferralStatus;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why. */
  message: Scalars['String']['output'];
};

/** Someone changed the record meanwhile; nothing was stored. */
export type ReferralVersionConflict = UserError & {
  __typename?: 'ReferralVersionConflict';
  /** Always `VERSION_CONFLICT`. */
  code: UserErrorCode;
  /** The record's current version (-1 when unknown). */
  currentVersion: Scalars['Int']['output'];
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** What happened. */
  message: Scalars['String']['output'];
};

/**
 * The victim as the caseworker described her. Every part may be missing: a woman who fled at night
 * may give no name.
 */
export type ReferralVictim = {
  __typename?: 'ReferralVictim';
  /** Age in years, when known or estimated. */
  age: Maybe<Scalars['Int']['output']>;
  /** True when the age is an estimate. */
  ageEstimated: Scalars['Boolean']['output'];
  /** Resident ID number (masked unless the caller's job needs it). */
  idNumber: Maybe<Scalars['String']['output']>;
  /** Name, when given. */
  name: Maybe<Scalars['String']['output']>;
  /** Phone number (masked unless the caller's job needs it). */
  phone: Maybe<Scalars['String']['output']>;
  /** Sex. */
  sex: VictimSex;
};

/** What the caseworker knows of the victim; every part may be missing but sex defaults to FEMALE. */
export type ReferralVictimInput = {
  /** Age in years, known or estimated. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** True when the age is an estimate. */
  ageEstimated?: InputMaybe<Scalars['Boolean']['input']>;
  /** 18-character resident ID number (check character verified). */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Name, if she gives one. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Mobile phone (+86 or E.164). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Sex (default FEMALE). */
  sex?: InputMaybe<VictimSex>;
};

/** How many referrals of a month were for one kind of harm. */
export type ReferralVictimTypeCount = {
  __typename?: 'ReferralVictimTypeCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The kind of harm. */
  victimType: VictimType;
};

/** A risk assessment. */
export type RiskAssessment = {
  __typename?: 'RiskAssessment';
  /** When it was assessed. */
  assessedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who assessed it (username or name). */
  assessedBy: Maybe<Scalars['String']['output']>;
  /** The factors found. */
  factors: Array<RiskFactor>;
  /** The level. */
  level: RiskLevel;
};

/** A risk assessment as submitted. */
export type RiskAssessmentInput = {
  /** When (default: now). */
  assessedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who assessed it (default: the submitter). */
  assessedBy?: InputMaybe<Scalars['String']['input']>;
  /** The factors found. */
  factors?: InputMaybe<Array<RiskFactor>>;
  /** The level. */
  level: RiskLevel;
};

/** An assessed risk factor (the usual lethality indicators). */
export type RiskFactor =
  /** The children are at risk too. */
  | 'CHILDREN_AT_RISK'
  /** Violence getting worse or more frequent. */
  | 'ESCALATING_VIOLENCE'
  /** The victim is pregnant. */
  | 'PREGNANCY'
  /** Recent separation from the abuser. */
  | 'SEPARATION_RECENT'
  /** Stalking or surveillance. */
  | 'STALKING'
  /** Strangulation or choking. */
  | 'STRANGULATION'
  /** Risk of suicide. */
  | 'SUICIDE_RISK'
  /** Threats to kill. */
  | 'THREATS_TO_KILL'
  /** Traffickers are still in contact. */
  | 'TRAFFICKER_CONTACT'
  /** Threatened with a weapon. */
  | 'WEAPON_THREAT';

/** The assessed risk to the victim. */
export type RiskLevel =
  /** Immediate danger to life. */
  | 'CRITICAL'
  /** High risk. */
  | 'HIGH'
  /** Low risk. */
  | 'LOW'
  /** Medium risk. */
  | 'MEDIUM';

/** A referral-out service cannot take this step; nothing was stored. */
export type ServiceStepRefused = UserError & {
  __typename?: 'ServiceStepRefused';
  /** Always `STEP_NOT_ALLOWED`: the present state does not allow the step. */
  code: UserErrorCode;
  /** Where the service stands. */
  currentStatus: ReferralServiceStatus;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why. */
  message: Scalars['String']['output'];
};

/** The shelter's record of a referral, owned by civil affairs; the women's federation reads its status. */
export type ShelterPlacement = {
  __typename?: 'ShelterPlacement';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Where the placement stands. */
  status: ShelterPlacementStatus;
};

/** Where the shelter's record of a referral stands (civil affairs). */
export type ShelterPlacementStatus =
  /** Accepted, with places reserved. */
  | 'ACCEPTED'
  /** The victim stays in the shelter. */
  | 'ADMITTED'
  /** Nothing more to do. */
  | 'CLOSED'
  /** Declined, with a reason. */
  | 'DECLINED'
  /** The victim left the shelter. */
  | 'DISCHARGED'
  /** The stay was extended past 10 days. */
  | 'EXTENDED'
  /** The victim was referred on to other services. */
  | 'REFERRED_OUT';

/**
 * A request by the women's federation or the police to shelter a victim of domestic violence or
 * trafficking at the center's shelter.
 */
export type ShelterReferral = {
  __typename?: 'ShelterReferral';
  /** Number of children accompanying the victim. */
  accompanyingChildren: Scalars['Int']['output'];
  /** The accompanying children (ages), in the order submitted. */
  children: Array<ReferralChild>;
  /** The consent the victim (or her guardian) gave to the referral; null only for referrals recorded before consent was kept. */
  consent: Maybe<ReferralConsent>;
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What the victim needs besides a bed. */
  needs: Array<ReferralNeed>;
  /** More on the needs, in the caseworker's words. */
  needsNote: Maybe<Scalars['String']['output']>;
  /** The victim as recorded by civil affairs; null when she is not recorded there yet or not visible to the caller. */
  person: Maybe<Person>;
  /** The shelter's record of this referral (owned by civil affairs). */
  placement: Maybe<ShelterPlacement>;
  /** The caseworker who submitted the referral. */
  referringCaseworker: Scalars['String']['output'];
  /** The organisation that referred the victim (a women's federation office or police unit). */
  referringOrganisation: Scalars['String']['output'];
  /** The risk assessment: level, the factors assessed, by whom and when. */
  riskAssessment: RiskAssessment;
  /** The assessed risk. */
  riskLevel: RiskLevel;
  /** Referral-out services (legal aid, counselling, medical, protection order, housing) and how they stand. */
  services: Array<ReferralService>;
  /** Where the referral stands: the caseworker's side of the file, or the shelter's answer as civil affairs records it. */
  status: ShelterReferralStatus;
  /** Why the referral was withdrawn or closed, when it was. */
  statusReason: Maybe<Scalars['String']['output']>;
  /** When the referral was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** When the referral last changed (its file, its services): page by it with `shelterReferralsConnection(order: UPDATED, updatedSince:)` to stay in sync. */
  updatedAt: Scalars['DateTime']['output'];
  /** The record's version (pass it back when changing it). */
  version: Scalars['Int']['output'];
  /** The victim as the referring caseworker described her (possibly partial; identifiers masked unless the caller's job needs them). */
  victim: ReferralVictim;
  /** What the victim is fleeing. */
  victimType: VictimType;
};

/** The referral as it now stands. */
export type ShelterReferralChanged = {
  __typename?: 'ShelterReferralChanged';
  /** True when this answers a repeated submission with the referral the first one made. */
  replayed: Scalars['Boolean']['output'];
  /** The referral. */
  shelterReferral: ShelterReferral;
};

/** A page of shelter referrals, in the order asked for. */
export type ShelterReferralConnection = {
  __typename?: 'ShelterReferralConnection';
  /** The referrals on this page, each with its cursor. */
  edges: Array<ShelterReferralEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many referrals the caller may see match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One shelter referral in a page, with the cursor that points at it. */
export type ShelterReferralEdge = {
  __typename?: 'ShelterReferralEdge';
  /** Pass as `after` to continue after this referral (in the same order). */
  cursor: Scalars['String']['output'];
  /** The referral. */
  node: ShelterReferral;
};

/** The order of a page of shelter referrals; every order ends with the id, so it is total. */
export type ShelterReferralOrder =
  /** Most recently submitted first. */
  | 'NEWEST_FIRST'
  /** Longest waiting first (by submission). */
  | 'OLDEST_FIRST'
  /** Least recently changed first: with `updatedSince`, what changed since a partner last synchronised. */
  | 'UPDATED';

/** What a change to a referral answers. */
export type ShelterReferralResult = IdempotencyConflict | ReferralInputRejected | ReferralNotFound | ReferralStepRefused | ReferralVersionConflict | ShelterReferralChanged;

/** Where a shelter referral stands. */
export type ShelterReferralStatus =
  /** Accepted, with places reserved in the shelter. */
  | 'ACCEPTED'
  /** The victim has arrived and stays in the shelter. */
  | 'ADMITTED'
  /** Nothing more to do. */
  | 'CLOSED'
  /** Declined by the center, with a reason. */
  | 'DECLINED'
  /** The victim has left the shelter. */
  | 'DISCHARGED'
  /** The stay has been extended past the standard 10 days. */
  | 'EXTENDED'
  /** The victim was referred on to other services. */
  | 'REFERRED_OUT'
  /** Submitted by the caseworker; the center has not answered yet. */
  | 'SUBMITTED'
  /** Withdrawn by the referring caseworker before the victim arrived. */
  | 'WITHDRAWN';

/** A new shelter referral. */
export type SubmitShelterReferralInput = {
  /** The children coming with her. */
  children?: InputMaybe<Array<ReferralChildInput>>;
  /** The consent given. */
  consent?: InputMaybe<ReferralConsentInput>;
  /** A key the client makes up once per referral (a UUID): sending it again, even twice at once, gives the same referral. */
  idempotencyKey: Scalars['String']['input'];
  /** What she needs. */
  needs?: InputMaybe<Array<ReferralNeed>>;
  /** More on the needs. */
  needsNote?: InputMaybe<Scalars['String']['input']>;
  /** The referring organisation (the caller is the referring caseworker). */
  referringOrganisation: Scalars['String']['input'];
  /** The risk assessment. */
  risk: RiskAssessmentInput;
  /** What is known of the victim. */
  victim: ReferralVictimInput;
  /** What she is fleeing. */
  victimType: VictimType;
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
  /** Estimated ages are whole years from 0 to 120, the lower one first. */
  | 'AGE_RANGE'
  /** The first six digits of the resident ID number are not a valid administrative-division code. */
  | 'AREA_CODE'
  /** The date of birth is not a real date, or lies in the future. */
  | 'BIRTH_DATE'
  /** The value holds characters that are not allowed here. */
  | 'CHARSET'
  /** The check character of the resident ID number (ISO 7064 MOD 11-2) does not fit the first 17 digits: the number was mistyped. */
  | 'CHECK_CHARACTER'
  /** Not a valid country calling code, or not an ICAO 9303 nationality code. */
  | 'COUNTRY_CODE'
  /** The value is empty. */
  | 'EMPTY'
  /** The name holds a control, zero-width or bidirectional-override character. */
  | 'FORBIDDEN_CHARACTER'
  /** The value does not have the expected format (the message says which). */
  | 'FORMAT'
  /** The time lies in the future. */
  | 'FUTURE'
  /** The name holds a character that is not a letter, a mark, a space, a hyphen or `·`. */
  | 'INVALID_CHARACTER'
  /** The value has the wrong length. */
  | 'LENGTH'
  /** The value contradicts another one given (for example the date of birth in the ID number). */
  | 'MISMATCH'
  /** An international phone number starts with `+` (E.164). */
  | 'MISSING_PLUS'
  /** No such record is visible to the caller; answered alike whether it does not exist or may not be seen. */
  | 'NOT_FOUND'
  /** Not a valid Chinese mobile number prefix (11 digits starting with 1[3-9]). */
  | 'PREFIX'
  /** A value is required here. */
  | 'REQUIRED'
  /** The idempotency key was already used for a different request: use a new key for a new request. */
  | 'REUSED'
  /** The record's present state does not allow this step (the answer's `currentStatus` or `currentState` says which state). */
  | 'STEP_NOT_ALLOWED'
  /** The text is empty, too long, or holds control or invisible characters. */
  | 'TEXT'
  /** Too long: a name over its length limit, or an extension of more than 90 days at a time. */
  | 'TOO_LONG'
  /** Too many entries. */
  | 'TOO_MANY'
  /** Not one of the values offered. */
  | 'UNKNOWN'
  /** The record changed since the caller read it (optimistic locking): read it again and retry with its current version. */
  | 'VERSION_CONFLICT';

/** Sex as the caseworker recorded it. */
export type VictimSex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Not known. */
  | 'UNKNOWN';

/** What the victim is fleeing. */
export type VictimType =
  /** Domestic violence. */
  | 'DOMESTIC_VIOLENCE'
  /** Trafficking. */
  | 'TRAFFICKING';

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

/** A women's federation record that was created or changed. */
export type WomensFederationChange = {
  __typename?: 'WomensFederationChange';
  /** When the change was written. */
  changedAt: Scalars['DateTime']['output'];
  /** Whether it was created or changed. */
  operation: ChangeOperation;
  /** The record as it is now (the change that follows, if any, is listed after this one). */
  record: WomensFederationRecord;
  /** The record's id (fetch it again by id at any time). */
  recordId: Scalars['ID']['output'];
  /** The kind of record. */
  recordType: WomensFederationRecordType;
};

/** A page of the women's federation change feed. */
export type WomensFederationChangeConnection = {
  __typename?: 'WomensFederationChangeConnection';
  /** The changes on this page, oldest first. */
  edges: Array<WomensFederationChangeEdge>;
  /** Whether more changes follow, and the cursor to continue after this page (also past changes not listed to the caller). */
  pageInfo: PageInfo;
};

/** One change in a page of the women's federation change feed. */
export type WomensFederationChangeEdge = {
  __typename?: 'WomensFederationChangeEdge';
  /** Continue after this change with it. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: WomensFederationChange;
};

/** A women's federation record as the change feed hands it over. */
export type WomensFederationRecord = ReferralService | ShelterReferral;

/** The kinds of women's federation record in the change feed. */
export type WomensFederationRecordType =
  /** A service arranged for a referral (`referralService(id:)`). */
  | 'REFERRAL_SERVICE'
  /** A shelter referral (`shelterReferral(id:)`). */
  | 'SHELTER_REFERRAL';

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
  Person: Person;
  ShelterReferral: ShelterReferral;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AuditTrail:
    ( { __typename: 'AuditTrail' }
    & GraphQLRecursivePick<FederationTypes['AuditTrail'], {"filterKey":true}> );
  ExchangeState:
    ( { __typename: 'ExchangeState' }
    & GraphQLRecursivePick<FederationTypes['ExchangeState'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  ShelterReferral:
    ( { __typename: 'ShelterReferral' }
    & GraphQLRecursivePick<FederationTypes['ShelterReferral'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['ShelterReferral'], {"placement":{"status":true}}> ) );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ReferralServiceResult:
    | ( ReferralInputRejected )
    | ( ReferralNotFound )
    | ( Omit<ReferralServiceChanged, 'referralService'> & { referralService: _RefType['ReferralService'] } )
    | ( ReferralVersionConflict )
    | ( ServiceStepRefused )
  ;
  ShelterReferralResult:
    | ( IdempotencyConflict )
    | ( ReferralInputRejected )
    | ( ReferralNotFound )
    | ( ReferralStepRefused )
    | ( ReferralVersionConflict )
    | ( Omit<ShelterReferralChanged, 'shelterReferral'> & { shelterReferral: _RefType['ShelterReferral'] } )
  ;
  WebhookSubscriptionResult:
    | ( WebhookRefused )
    | ( Omit<WebhookSubscriptionChanged, 'subscription'> & { subscription: _RefType['WebhookSubscription'] } )
  ;
  WomensFederationRecord:
    | ( ReferralServiceModel )
    | ( ShelterReferralModel )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  UserError:
    | ( IdempotencyConflict )
    | ( ReferralInputRejected )
    | ( ReferralNotFound )
    | ( ReferralStepRefused )
    | ( ReferralVersionConflict )
    | ( ServiceStepRefused )
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
  ChangeOperation: ChangeOperation;
  ConsentGiver: ConsentGiver;
  ConsentMethod: ConsentMethod;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExchangeConsumerPosition: ResolverTypeWrapper<ExchangeConsumerPositionViewModel>;
  ExchangeDeadLetter: ResolverTypeWrapper<ExchangeDeadLetterViewModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ExchangeState: ResolverTypeWrapper<ExchangeStateSourceModel>;
  IdempotencyConflict: ResolverTypeWrapper<IdempotencyConflict>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<EntityReferenceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReferralChild: ResolverTypeWrapper<ShelterReferralChildModel>;
  ReferralChildInput: ReferralChildInput;
  ReferralConsent: ResolverTypeWrapper<ReferralConsent>;
  ReferralConsentInput: ReferralConsentInput;
  ReferralInputRejected: ResolverTypeWrapper<ReferralInputRejected>;
  ReferralMonth: ResolverTypeWrapper<ReferralMonth>;
  ReferralNeed: ReferralNeed;
  ReferralNotFound: ResolverTypeWrapper<ReferralNotFound>;
  ReferralRiskCount: ResolverTypeWrapper<ReferralRiskCount>;
  ReferralService: ResolverTypeWrapper<ReferralServiceModel>;
  ReferralServiceChanged: ResolverTypeWrapper<Omit<ReferralServiceChanged, 'referralService'> & { referralService: ResolversTypes['ReferralService'] }>;
  ReferralServiceKind: ReferralServiceKind;
  ReferralServiceResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReferralServiceResult']>;
  ReferralServiceStatus: ReferralServiceStatus;
  ReferralStepRefused: ResolverTypeWrapper<ReferralStepRefused>;
  ReferralVersionConflict: ResolverTypeWrapper<ReferralVersionConflict>;
  ReferralVictim: ResolverTypeWrapper<ReferralVictimViewModel>;
  ReferralVictimInput: ReferralVictimInput;
  ReferralVictimTypeCount: ResolverTypeWrapper<ReferralVictimTypeCount>;
  RiskAssessment: ResolverTypeWrapper<RiskAssessment>;
  RiskAssessmentInput: RiskAssessmentInput;
  RiskFactor: RiskFactor;
  RiskLevel: RiskLevel;
  ServiceStepRefused: ResolverTypeWrapper<ServiceStepRefused>;
  ShelterPlacement: ResolverTypeWrapper<ShelterPlacement>;
  ShelterPlacementStatus: ShelterPlacementStatus;
  ShelterReferral: ResolverTypeWrapper<ShelterReferralModel>;
  ShelterReferralChanged: ResolverTypeWrapper<Omit<ShelterReferralChanged, 'shelterReferral'> & { shelterReferral: ResolversTypes['ShelterReferral'] }>;
  ShelterReferralConnection: ResolverTypeWrapper<Omit<ShelterReferralConnection, 'edges'> & { edges: Array<ResolversTypes['ShelterReferralEdge']> }>;
  ShelterReferralEdge: ResolverTypeWrapper<Omit<ShelterReferralEdge, 'node'> & { node: ResolversTypes['ShelterReferral'] }>;
  ShelterReferralOrder: ShelterReferralOrder;
  ShelterReferralResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ShelterReferralResult']>;
  ShelterReferralStatus: ShelterReferralStatus;
  SubmitShelterReferralInput: SubmitShelterReferralInput;
  UserError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UserError']>;
  UserErrorCode: UserErrorCode;
  VictimSex: VictimSex;
  VictimType: VictimType;
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
  WomensFederationChange: ResolverTypeWrapper<ChangeNodeModel>;
  WomensFederationChangeConnection: ResolverTypeWrapper<Omit<WomensFederationChangeConnection, 'edges'> & { edges: Array<ResolversTypes['WomensFederationChangeEdge']> }>;
  WomensFederationChangeEdge: ResolverTypeWrapper<Omit<WomensFederationChangeEdge, 'node'> & { node: ResolversTypes['WomensFederationChange'] }>;
  WomensFederationRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['WomensFederationRecord']>;
  WomensFederationRecordType: WomensFederationRecordType;
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
  DateTime: Scalars['DateTime']['output'];
  ExchangeConsumerPosition: ExchangeConsumerPositionViewModel;
  ExchangeDeadLetter: ExchangeDeadLetterViewModel;
  ID: Scalars['ID']['output'];
  ExchangeState: ExchangeStateSourceModel;
  IdempotencyConflict: IdempotencyConflict;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: EntityReferenceModel;
  Query: Record<PropertyKey, never>;
  ReferralChild: ShelterReferralChildModel;
  ReferralChildInput: ReferralChildInput;
  ReferralConsent: ReferralConsent;
  ReferralConsentInput: ReferralConsentInput;
  ReferralInputRejected: ReferralInputRejected;
  ReferralMonth: ReferralMonth;
  ReferralNotFound: ReferralNotFound;
  ReferralRiskCount: ReferralRiskCount;
  ReferralService: ReferralServiceModel;
  ReferralServiceChanged: Omit<ReferralServiceChanged, 'referralService'> & { referralService: ResolversParentTypes['ReferralService'] };
  ReferralServiceResult: ResolversUnionTypes<ResolversParentTypes>['ReferralServiceResult'];
  ReferralStepRefused: ReferralStepRefused;
  ReferralVersionConflict: ReferralVersionConflict;
  ReferralVictim: ReferralVictimViewModel;
  ReferralVictimInput: ReferralVictimInput;
  ReferralVictimTypeCount: ReferralVictimTypeCount;
  RiskAssessment: RiskAssessment;
  RiskAssessmentInput: RiskAssessmentInput;
  ServiceStepRefused: ServiceStepRefused;
  ShelterPlacement: ShelterPlacement;
  ShelterReferral: ShelterReferralModel;
  ShelterReferralChanged: Omit<ShelterReferralChanged, 'shelterReferral'> & { shelterReferral: ResolversParentTypes['ShelterReferral'] };
  ShelterReferralConnection: Omit<ShelterReferralConnection, 'edges'> & { edges: Array<ResolversParentTypes['ShelterReferralEdge']> };
  ShelterReferralEdge: Omit<ShelterReferralEdge, 'node'> & { node: ResolversParentTypes['ShelterReferral'] };
  ShelterReferralResult: ResolversUnionTypes<ResolversParentTypes>['ShelterReferralResult'];
  SubmitShelterReferralInput: SubmitShelterReferralInput;
  UserError: ResolversInterfaceTypes<ResolversParentTypes>['UserError'];
  WebhookDelivery: WebhookDeliveryModel;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookRefused: WebhookRefused;
  WebhookSubscription: WebhookSubscriptionModel;
  WebhookSubscriptionChanged: Omit<WebhookSubscriptionChanged, 'subscription'> & { subscription: ResolversParentTypes['WebhookSubscription'] };
  WebhookSubscriptionInput: WebhookSubscriptionInput;
  WebhookSubscriptionResult: ResolversUnionTypes<ResolversParentTypes>['WebhookSubscriptionResult'];
  WomensFederationChange: ChangeNodeModel;
  WomensFederationChangeConnection: Omit<WomensFederationChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['WomensFederationChangeEdge']> };
  WomensFederationChangeEdge: Omit<WomensFederationChangeEdge, 'node'> & { node: ResolversParentTypes['WomensFederationChange'] };
  WomensFederationRecord: ResolversUnionTypes<ResolversParentTypes>['WomensFederationRecord'];
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
  womensFederation?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType>;
  womensFederationConnection?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<AuditTrailWomensFederationConnectionArgs>>;
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
  womensFederation?: Resolver<ResolversTypes['AgencyExchangeState'], ParentType, ContextType>;
}>;

export type IdempotencyConflictResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdempotencyConflict'] = ResolversParentTypes['IdempotencyConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  existingReferralId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelWomensFederationWebhook?: Resolver<ResolversTypes['WebhookSubscriptionResult'], ParentType, ContextType, RequireFields<MutationCancelWomensFederationWebhookArgs, 'id'>>;
  closeShelterReferral?: Resolver<ResolversTypes['ShelterReferralResult'], ParentType, ContextType, RequireFields<MutationCloseShelterReferralArgs, 'expectedVersion' | 'referralId'>>;
  recordReferralServiceOutcome?: Resolver<ResolversTypes['ReferralServiceResult'], ParentType, ContextType, RequireFields<MutationRecordReferralServiceOutcomeArgs, 'expectedVersion' | 'outcome' | 'serviceId'>>;
  requestReferralService?: Resolver<ResolversTypes['ReferralServiceResult'], ParentType, ContextType, RequireFields<MutationRequestReferralServiceArgs, 'kind' | 'provider' | 'referralId'>>;
  startReferralService?: Resolver<ResolversTypes['ReferralServiceResult'], ParentType, ContextType, RequireFields<MutationStartReferralServiceArgs, 'expectedVersion' | 'serviceId'>>;
  submitShelterReferral?: Resolver<ResolversTypes['ShelterReferralResult'], ParentType, ContextType, RequireFields<MutationSubmitShelterReferralArgs, 'input'>>;
  subscribeToWomensFederationChanges?: Resolver<ResolversTypes['WebhookSubscriptionResult'], ParentType, ContextType, RequireFields<MutationSubscribeToWomensFederationChangesArgs, 'input'>>;
  withdrawShelterReferral?: Resolver<ResolversTypes['ShelterReferralResult'], ParentType, ContextType, RequireFields<MutationWithdrawShelterReferralArgs, 'expectedVersion' | 'reason' | 'referralId'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shelterReferrals?: Resolver<Maybe<Array<ResolversTypes['ShelterReferral']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  referralService?: Resolver<Maybe<ResolversTypes['ReferralService']>, ParentType, ContextType, RequireFields<QueryReferralServiceArgs, 'id'>>;
  referralTrend?: Resolver<Array<ResolversTypes['ReferralMonth']>, ParentType, ContextType, RequireFields<QueryReferralTrendArgs, 'months'>>;
  shelterReferral?: Resolver<Maybe<ResolversTypes['ShelterReferral']>, ParentType, ContextType, RequireFields<QueryShelterReferralArgs, 'id'>>;
  shelterReferrals?: Resolver<Array<ResolversTypes['ShelterReferral']>, ParentType, ContextType, RequireFields<QueryShelterReferralsArgs, 'first'>>;
  shelterReferralsConnection?: Resolver<ResolversTypes['ShelterReferralConnection'], ParentType, ContextType, RequireFields<QueryShelterReferralsConnectionArgs, 'order'>>;
  womensFederationChanges?: Resolver<ResolversTypes['WomensFederationChangeConnection'], ParentType, ContextType, RequireFields<QueryWomensFederationChangesArgs, 'first'>>;
  womensFederationWebhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWomensFederationWebhookDeliveriesArgs, 'subscriptionId'>>;
  womensFederationWebhooks?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
}>;

export type ReferralChildResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralChild'] = ResolversParentTypes['ReferralChild']> = ResolversObject<{
  ageYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['VictimSex'], ParentType, ContextType>;
}>;

export type ReferralConsentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralConsent'] = ResolversParentTypes['ReferralConsent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  givenBy?: Resolver<ResolversTypes['ConsentGiver'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ConsentMethod'], ParentType, ContextType>;
}>;

export type ReferralInputRejectedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralInputRejected'] = ResolversParentTypes['ReferralInputRejected']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReferralMonthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralMonth'] = ResolversParentTypes['ReferralMonth']> = ResolversObject<{
  byRisk?: Resolver<Array<ResolversTypes['ReferralRiskCount']>, ParentType, ContextType>;
  byVictimType?: Resolver<Array<ResolversTypes['ReferralVictimTypeCount']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReferralNotFoundResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralNotFound'] = ResolversParentTypes['ReferralNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReferralRiskCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralRiskCount'] = ResolversParentTypes['ReferralRiskCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
}>;

export type ReferralServiceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralService'] = ResolversParentTypes['ReferralService']> = ResolversObject<{
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReferralServiceKind'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomeAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralServiceStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReferralServiceChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralServiceChanged'] = ResolversParentTypes['ReferralServiceChanged']> = ResolversObject<{
  referralService?: Resolver<ResolversTypes['ReferralService'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReferralServiceResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralServiceResult'] = ResolversParentTypes['ReferralServiceResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ReferralInputRejected' | 'ReferralNotFound' | 'ReferralServiceChanged' | 'ReferralVersionConflict' | 'ServiceStepRefused', ParentType, ContextType>;
}>;

export type ReferralStepRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralStepRefused'] = ResolversParentTypes['ReferralStepRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['ShelterReferralStatus'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReferralVersionConflictResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralVersionConflict'] = ResolversParentTypes['ReferralVersionConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReferralVictimResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralVictim'] = ResolversParentTypes['ReferralVictim']> = ResolversObject<{
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ageEstimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['VictimSex'], ParentType, ContextType>;
}>;

export type ReferralVictimTypeCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReferralVictimTypeCount'] = ResolversParentTypes['ReferralVictimTypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  victimType?: Resolver<ResolversTypes['VictimType'], ParentType, ContextType>;
}>;

export type RiskAssessmentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RiskAssessment'] = ResolversParentTypes['RiskAssessment']> = ResolversObject<{
  assessedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assessedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['RiskFactor']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
}>;

export type ServiceStepRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ServiceStepRefused'] = ResolversParentTypes['ServiceStepRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['ReferralServiceStatus'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShelterPlacementResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterPlacement'] = ResolversParentTypes['ShelterPlacement']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ShelterReferralResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterReferral'] = ResolversParentTypes['ShelterReferral'], FederationReferenceType extends FederationReferenceTypes['ShelterReferral'] = FederationReferenceTypes['ShelterReferral']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ShelterReferral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accompanyingChildren?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['ReferralChild']>, ParentType, ContextType>;
  consent?: Resolver<Maybe<ResolversTypes['ReferralConsent']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['ReferralNeed']>, ParentType, ContextType>;
  needsNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  referringCaseworker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referringOrganisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  riskAssessment?: Resolver<ResolversTypes['RiskAssessment'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ReferralService']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShelterReferralStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  victim?: Resolver<ResolversTypes['ReferralVictim'], ParentType, ContextType>;
  victimType?: Resolver<ResolversTypes['VictimType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShelterReferralChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterReferralChanged'] = ResolversParentTypes['ShelterReferralChanged']> = ResolversObject<{
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shelterReferral?: Resolver<ResolversTypes['ShelterReferral'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShelterReferralConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterReferralConnection'] = ResolversParentTypes['ShelterReferralConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ShelterReferralEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShelterReferralEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterReferralEdge'] = ResolversParentTypes['ShelterReferralEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ShelterReferral'], ParentType, ContextType>;
}>;

export type ShelterReferralResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterReferralResult'] = ResolversParentTypes['ShelterReferralResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'IdempotencyConflict' | 'ReferralInputRejected' | 'ReferralNotFound' | 'ReferralStepRefused' | 'ReferralVersionConflict' | 'ShelterReferralChanged', ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'IdempotencyConflict' | 'ReferralInputRejected' | 'ReferralNotFound' | 'ReferralStepRefused' | 'ReferralVersionConflict' | 'ServiceStepRefused' | 'WebhookRefused', ParentType, ContextType>;
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

export type WomensFederationChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WomensFederationChange'] = ResolversParentTypes['WomensFederationChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['WomensFederationRecord'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['WomensFederationRecordType'], ParentType, ContextType>;
}>;

export type WomensFederationChangeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WomensFederationChangeConnection'] = ResolversParentTypes['WomensFederationChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WomensFederationChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WomensFederationChangeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WomensFederationChangeEdge'] = ResolversParentTypes['WomensFederationChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WomensFederationChange'], ParentType, ContextType>;
}>;

export type WomensFederationRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WomensFederationRecord'] = ResolversParentTypes['WomensFederationRecord']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ReferralService' | 'ShelterReferral', ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AgencyExchangeState?: AgencyExchangeStateResolvers<ContextType>;
  AuditChainCheck?: AuditChainCheckResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExchangeConsumerPosition?: ExchangeConsumerPositionResolvers<ContextType>;
  ExchangeDeadLetter?: ExchangeDeadLetterResolvers<ContextType>;
  ExchangeState?: ExchangeStateResolvers<ContextType>;
  IdempotencyConflict?: IdempotencyConflictResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReferralChild?: ReferralChildResolvers<ContextType>;
  ReferralConsent?: ReferralConsentResolvers<ContextType>;
  ReferralInputRejected?: ReferralInputRejectedResolvers<ContextType>;
  ReferralMonth?: ReferralMonthResolvers<ContextType>;
  ReferralNotFound?: ReferralNotFoundResolvers<ContextType>;
  ReferralRiskCount?: ReferralRiskCountResolvers<ContextType>;
  ReferralService?: ReferralServiceResolvers<ContextType>;
  ReferralServiceChanged?: ReferralServiceChangedResolvers<ContextType>;
  ReferralServiceResult?: ReferralServiceResultResolvers<ContextType>;
  ReferralStepRefused?: ReferralStepRefusedResolvers<ContextType>;
  ReferralVersionConflict?: ReferralVersionConflictResolvers<ContextType>;
  ReferralVictim?: ReferralVictimResolvers<ContextType>;
  ReferralVictimTypeCount?: ReferralVictimTypeCountResolvers<ContextType>;
  RiskAssessment?: RiskAssessmentResolvers<ContextType>;
  ServiceStepRefused?: ServiceStepRefusedResolvers<ContextType>;
  ShelterPlacement?: ShelterPlacementResolvers<ContextType>;
  ShelterReferral?: ShelterReferralResolvers<ContextType>;
  ShelterReferralChanged?: ShelterReferralChangedResolvers<ContextType>;
  ShelterReferralConnection?: ShelterReferralConnectionResolvers<ContextType>;
  ShelterReferralEdge?: ShelterReferralEdgeResolvers<ContextType>;
  ShelterReferralResult?: ShelterReferralResultResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookRefused?: WebhookRefusedResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionChanged?: WebhookSubscriptionChangedResolvers<ContextType>;
  WebhookSubscriptionResult?: WebhookSubscriptionResultResolvers<ContextType>;
  WomensFederationChange?: WomensFederationChangeResolvers<ContextType>;
  WomensFederationChangeConnection?: WomensFederationChangeConnectionResolvers<ContextType>;
  WomensFederationChangeEdge?: WomensFederationChangeEdgeResolvers<ContextType>;
  WomensFederationRecord?: WomensFederationRecordResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
}>;
