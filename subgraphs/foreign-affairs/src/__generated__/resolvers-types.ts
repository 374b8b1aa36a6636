import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityReference as EntityReferenceModel, ChangeNode as ChangeNodeModel, WebhookSubscription as WebhookSubscriptionModel, WebhookDelivery as WebhookDeliveryModel, AuditTrailSource as AuditTrailSourceModel, AuditEventPageSource as AuditEventPageSourceModel, AuditEventConnectionSource as AuditEventConnectionSourceModel, AuditEventSource as AuditEventSourceModel, AuditChainReport as AuditChainReportModel, ExchangeStateSource as ExchangeStateSourceModel, AgencyExchangeStateSource as AgencyExchangeStateSourceModel, ExchangeConsumerPositionView as ExchangeConsumerPositionViewModel, ExchangeDeadLetterView as ExchangeDeadLetterViewModel } from '@lifeline/subgraph-runtime';
import type { AidEntrustment as AidEntrustmentModel } from '../entities/aid-entrustment.entity';
import type { EntrustedAidItem as EntrustedAidItemModel } from '../entities/entrusted-aid-item.entity';
import type { AidEntrustmentVersion as AidEntrustmentVersionModel } from '../entities/aid-entrustment-version.entity';
import type { AidDelivery as AidDeliveryModel } from '../entities/aid-delivery.entity';
import type { AidEntrustmentEvent as AidEntrustmentEventModel } from '../entities/aid-entrustment-event.entity';
import type { LegalStatusFinding as LegalStatusFindingModel } from '../entities/legal-status-finding.entity';
import type { Fen as FenModel } from '../domain/money';
import type { Balance as BalanceModel, ItemBalance as ItemBalanceModel, CapExceeded as CapExceededModel } from '../domain/aid-entrustment.workflow';
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
  /** A calendar date without a time of day, as `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
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

/** What is left of an entrustment under its current terms. */
export type AidBalance = {
  __typename?: 'AidBalance';
  /** Delivered so far in all. */
  delivered: Money;
  /**
   * Delivered so far in all, in fen.
   * @deprecated Use delivered (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  deliveredFen: Scalars['Int']['output'];
  /** Per entrusted item. */
  items: Array<AidItemBalance>;
  /** What may still be delivered in all. */
  remaining: Money;
  /**
   * What may still be delivered in all, in fen.
   * @deprecated Use remaining (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  remainingFen: Scalars['Int']['output'];
  /** The total cap. */
  totalCap: Money;
  /**
   * The total cap, in fen.
   * @deprecated Use totalCap (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  totalCapFen: Scalars['Int']['output'];
};

/** The beneficiary's entry and stay status, as confirmed by the police. */
export type AidBeneficiaryEntryStatus =
  /** Entered legally and stays within the permitted period. */
  | 'LEGAL_STAY'
  /** Entered legally; the permitted stay has run out. */
  | 'OVERSTAY'
  /** The police have not confirmed the status yet. */
  | 'PENDING_CONFIRMATION';

/** The delivery would exceed a cap; nothing was stored. */
export type AidCapExceeded = UserError & {
  __typename?: 'AidCapExceeded';
  /** The cap. */
  cap: Money;
  /**
   * The cap, in fen.
   * @deprecated Use cap (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  capFen: Scalars['Int']['output'];
  /** Always `CAP_EXCEEDED`. */
  code: UserErrorCode;
  /** Delivered so far. */
  delivered: Money;
  /**
   * Delivered so far, in fen.
   * @deprecated Use delivered (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  deliveredFen: Scalars['Int']['output'];
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** The item whose cap would be exceeded; null for the total cap. */
  kind: Maybe<AidItemKind>;
  /** What to do instead. */
  message: Scalars['String']['output'];
  /** What may still be delivered. */
  remaining: Money;
  /**
   * What may still be delivered, in fen.
   * @deprecated Use remaining (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  remainingFen: Scalars['Int']['output'];
};

/** One piece of aid the center delivered under an entrustment (the ledger the caps are kept against). */
export type AidDelivery = {
  __typename?: 'AidDelivery';
  /** What it cost. */
  amount: Money;
  /**
   * What it cost, in fen (1/100 CNY).
   * @deprecated Use amount (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  amountFen: Scalars['Int']['output'];
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Who delivered it (username). */
  deliveredBy: Scalars['String']['output'];
  /** The day it was delivered. */
  deliveredOn: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The kind of aid delivered. */
  kind: AidItemKind;
  /** How many units (meals, nights, tickets, …). */
  quantity: Scalars['Int']['output'];
  /** The receipt number, unique within the entrustment. */
  receiptNumber: Scalars['String']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** The station that delivered it. */
  station: Station;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A delivery that was recorded. */
export type AidDeliveryRecorded = {
  __typename?: 'AidDeliveryRecorded';
  /** The entrustment with its new balance. */
  aidEntrustment: AidEntrustment;
  /** The delivery. */
  delivery: AidDelivery;
};

/** What recording a delivery answers: the delivery, or why nothing was stored. */
export type AidDeliveryResult = AidCapExceeded | AidDeliveryRecorded | AidEntrustmentRefused | AidInputRejected | AidRecordNotFound;

/** The foreign-affairs office's written instruction (书面委托) to aid a named foreign national. */
export type AidEntrustment = {
  __typename?: 'AidEntrustment';
  /** When the center accepted it, if it has. */
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** The beneficiary's name as on the passport (every read is audited). */
  beneficiaryName: Scalars['String']['output'];
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Aid delivered under it, newest first. */
  deliveries: Array<AidDelivery>;
  /** Document number, unique per issuing office. */
  documentNumber: Scalars['String']['output'];
  /** The beneficiary's entry status as confirmed by the police. */
  entryStatus: AidBeneficiaryEntryStatus;
  /** Its history, oldest first. */
  events: Array<AidEntrustmentEvent>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** The office that issued it. */
  issuingOffice: IssuingOffice;
  /** The kinds of aid entrusted under the current terms, each with its cap. */
  items: Array<EntrustedAidItem>;
  /** True when the passport's machine-readable zone was given and its check digits verified. */
  mrzVerified: Scalars['Boolean']['output'];
  /** Nationality as an ICAO 9303 code: ISO 3166-1 alpha-3 or ICAO's own (`D` for Germany, `XXA` stateless, `XXB`/`XXC` refugees, `XXX` unspecified). */
  nationality: Scalars['String']['output'];
  /** Passport number; masked unless the caller's job needs it (every full read is audited). */
  passportNumber: Scalars['String']['output'];
  /** The foreign national to be aided; null when not linked to a person record or the person is not visible to the caller (for example a protected victim). */
  person: Maybe<Person>;
  /** The newest legal status the police found for the beneficiary's person record; null while none is known (or the entrustment names no person). */
  policeLegalStatus: Maybe<PoliceLegalStatusFinding>;
  /** What is left under the current terms. */
  remaining: AidBalance;
  /** Where the entrustment stands; EXPIRED as soon as the validity window has passed. */
  status: AidEntrustmentStatus;
  /** The police status check the entry status comes from, when referenced (set by the exchange when the police find her stay legal and none was given). */
  statusCheck: Maybe<ForeignNationalStatusCheck>;
  /** Why it was revoked or closed, when it was. */
  statusReason: Maybe<Scalars['String']['output']>;
  /** The most that may be spent in all under the current terms. */
  totalCap: Money;
  /**
   * The most that may be spent in all under the current terms, in fen (1/100 CNY).
   * @deprecated Use totalCap (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  totalCapFen: Scalars['Int']['output'];
  /** When it last changed (its terms, its status, a delivery under it): page by it with `aidEntrustmentsConnection(order: UPDATED, updatedSince:)` to stay in sync. */
  updatedAt: Scalars['DateTime']['output'];
  /** Start of the current validity window. */
  validFrom: Scalars['DateTime']['output'];
  /** End of the current validity window; deliveries after it are refused. */
  validUntil: Scalars['DateTime']['output'];
  /** The number of the current terms; give it as expectedVersion when amending. */
  version: Scalars['Int']['output'];
  /** Every version of the terms, oldest first (the last is the current one). */
  versions: Array<AidEntrustmentVersion>;
};

/** What happened to an entrustment. */
export type AidEntrustmentAction =
  /** Accepted by the center. */
  | 'ACCEPTED'
  /** Terms amended by the office (a new version). */
  | 'AMENDED'
  /** Closed as fulfilled by the office. */
  | 'CLOSED'
  /** The first delivery was recorded. */
  | 'DELIVERY_STARTED'
  /** The total cap (or every item cap) was reached. */
  | 'FULFILLED'
  /** Issued by the office. */
  | 'ISSUED'
  /** Revoked by the office. */
  | 'REVOKED'
  /** The police found the beneficiary's stay legal (public security's status check, over the exchange): the pending entry status became LEGAL_STAY. */
  | 'STATUS_CONFIRMED';

/** The entrustment after a successful change. */
export type AidEntrustmentChanged = {
  __typename?: 'AidEntrustmentChanged';
  /** The entrustment as it now stands. */
  aidEntrustment: AidEntrustment;
};

/** A page of aid entrustments, in the order asked for. */
export type AidEntrustmentConnection = {
  __typename?: 'AidEntrustmentConnection';
  /** The entrustments on this page, each with its cursor. */
  edges: Array<AidEntrustmentEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many entrustments the caller may see match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One aid entrustment in a page, with the cursor that points at it. */
export type AidEntrustmentEdge = {
  __typename?: 'AidEntrustmentEdge';
  /** Pass as `after` to continue after this entrustment (in the same order). */
  cursor: Scalars['String']['output'];
  /** The entrustment. */
  node: AidEntrustment;
};

/** One event in an entrustment's history: who did what, when and why. */
export type AidEntrustmentEvent = {
  __typename?: 'AidEntrustmentEvent';
  /** What happened. */
  action: AidEntrustmentAction;
  /** Who (username). */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The status before; null when issued. */
  fromStatus: Maybe<AidEntrustmentStatus>;
  /** Why, when a reason was given. */
  reason: Maybe<Scalars['String']['output']>;
  /** The status after. */
  toStatus: AidEntrustmentStatus;
};

/** The order of a page of aid entrustments; every order ends with the id, so it is total. */
export type AidEntrustmentOrder =
  /** Soonest to expire first (by the end of the validity window): what needs acting on before it lapses. */
  | 'EXPIRING_FIRST'
  /** Most recently issued first. */
  | 'NEWEST_FIRST'
  /** Least recently changed first: with `updatedSince`, what changed since a partner last synchronised. */
  | 'UPDATED';

/** The change is not allowed in the entrustment's current state; nothing was stored. */
export type AidEntrustmentRefused = UserError & {
  __typename?: 'AidEntrustmentRefused';
  /** Why: NOT_ACCEPTED, NOT_ACTIVE, EXPIRED, NOT_YET_VALID, NOT_ENTRUSTED or BELOW_DELIVERED. */
  code: UserErrorCode;
  /** The state it is in (EXPIRED once the window has passed). */
  currentStatus: AidEntrustmentStatus;
  /** Null: an entrustment refused as a whole, not one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why the change is not allowed. */
  message: Scalars['String']['output'];
};

/** What a change to an entrustment answers: the entrustment, or why nothing was stored. */
export type AidEntrustmentResult = AidEntrustmentChanged | AidEntrustmentRefused | AidEntrustmentVersionConflict | AidInputRejected | AidRecordNotFound;

/** Where an entrustment stands. */
export type AidEntrustmentStatus =
  /** Accepted by the center. */
  | 'ACCEPTED'
  /** The validity window has passed. */
  | 'EXPIRED'
  /** All entrusted aid has been delivered. */
  | 'FULFILLED'
  /** Aid is being delivered against it. */
  | 'IN_PROGRESS'
  /** Issued by the office; the center has not accepted it yet. */
  | 'ISSUED'
  /** Revoked by the issuing office. */
  | 'REVOKED';

/**
 * One set of terms of an entrustment: the items with their caps, the total cap and the validity
 * window. Issuing creates version 1; each amendment adds the next version and never overwrites one.
 */
export type AidEntrustmentVersion = {
  __typename?: 'AidEntrustmentVersion';
  /** When these terms were set. */
  createdAt: Scalars['DateTime']['output'];
  /** Who set them (username). */
  createdBy: Scalars['String']['output'];
  /** The kinds of aid entrusted under these terms, each with its cap. */
  items: Array<EntrustedAidItem>;
  /** 1 for the terms as issued, then 2, 3, … for each amendment. */
  number: Scalars['Int']['output'];
  /** Why the terms were amended; null for the terms as issued. */
  reason: Maybe<Scalars['String']['output']>;
  /** The most that may be spent in all under these terms. */
  totalCap: Money;
  /**
   * The most that may be spent in all under these terms, in fen (1/100 CNY).
   * @deprecated Use totalCap (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  totalCapFen: Scalars['Int']['output'];
  /** Start of the validity window. */
  validFrom: Scalars['DateTime']['output'];
  /** End of the validity window. */
  validUntil: Scalars['DateTime']['output'];
};

/** Someone amended the entrustment since you read it; nothing was stored. */
export type AidEntrustmentVersionConflict = UserError & {
  __typename?: 'AidEntrustmentVersionConflict';
  /** Always `VERSION_CONFLICT`. */
  code: UserErrorCode;
  /** The current version: read it again and retry. */
  currentVersion: Scalars['Int']['output'];
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** What happened. */
  message: Scalars['String']['output'];
};

/** Input that was refused; nothing was stored. */
export type AidInputRejected = UserError & {
  __typename?: 'AidInputRejected';
  /** A stable code for the failed check (a `UserErrorCode`). */
  code: UserErrorCode;
  /** The input field at fault. */
  field: Scalars['String']['output'];
  /** What is wrong, for a person to act on. */
  message: Scalars['String']['output'];
};

/** What is left of one entrusted item. */
export type AidItemBalance = {
  __typename?: 'AidItemBalance';
  /** Its cap under the current terms. */
  cap: Money;
  /**
   * Its cap under the current terms, in fen.
   * @deprecated Use cap (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  capFen: Scalars['Int']['output'];
  /** Delivered so far. */
  delivered: Money;
  /**
   * Delivered so far, in fen.
   * @deprecated Use delivered (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  deliveredFen: Scalars['Int']['output'];
  /** The kind of aid. */
  kind: AidItemKind;
  /** What may still be delivered of it (also limited by the total). */
  remaining: Money;
  /**
   * What may still be delivered of it, in fen (also limited by the total).
   * @deprecated Use remaining (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  remainingFen: Scalars['Int']['output'];
};

/** A kind of aid the center may deliver under an entrustment. */
export type AidItemKind =
  /** Communication (phone calls, SIM card). */
  | 'COMMUNICATION'
  /** A domestic travel ticket. */
  | 'DOMESTIC_TICKET'
  /** Food. */
  | 'FOOD'
  /** An international travel ticket. */
  | 'INTERNATIONAL_TICKET'
  /** Lodging. */
  | 'LODGING';

/** No such entrustment is visible to you; nothing was stored. */
export type AidRecordNotFound = UserError & {
  __typename?: 'AidRecordNotFound';
  /** Always `NOT_FOUND`. */
  code: UserErrorCode;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** What was not found. */
  message: Scalars['String']['output'];
};

/** Aid of one kind delivered in a month. */
export type AidSpendByKind = {
  __typename?: 'AidSpendByKind';
  /** What was spent on it. */
  amount: Money;
  /** How many deliveries. */
  deliveries: Scalars['Int']['output'];
  /** The kind of aid. */
  kind: AidItemKind;
};

/** One calendar month (Beijing time) of aid delivered under the entrustments the caller may see: what was spent, in all and per kind of aid. */
export type AidSpendMonth = {
  __typename?: 'AidSpendMonth';
  /** Per kind of aid delivered in the month (kinds with none left out), the largest amount first. */
  byKind: Array<AidSpendByKind>;
  /** How many deliveries. */
  deliveries: Scalars['Int']['output'];
  /** The month, as YYYY-MM (by the day each delivery was made). */
  month: Scalars['String']['output'];
  /** All aid delivered in the month. */
  total: Money;
};

/** New terms for an entrustment: they become the next version; the earlier ones stay readable. */
export type AmendAidEntrustmentInput = {
  /** The entrustment. */
  entrustmentId: Scalars['ID']['input'];
  /** The version you read (AidEntrustment.version); if someone amended it since, nothing is stored. */
  expectedVersion: Scalars['Int']['input'];
  /** The kinds of aid entrusted, each with its cap (never below what was already delivered). */
  items: Array<EntrustedAidItemInput>;
  /** Why the terms change. */
  reason: Scalars['String']['input'];
  /** The total cap, in whole fen (never below what was already delivered). */
  totalCapFen: Scalars['Int']['input'];
  /** Start of the validity window. */
  validFrom: Scalars['DateTime']['input'];
  /** End of the validity window. */
  validUntil: Scalars['DateTime']['input'];
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
   * The foreign-affairs trail's newest lines under the filter (as many as the key's page size).
   * @deprecated A fixed number of the newest lines, with no way further back and no count: page through `foreignAffairsConnection` (cursors both ways, `totalCount`), reading the trail from `Query.auditTrail`.
   */
  foreignAffairs: AuditEventPage;
  /** The foreign-affairs trail under the filter, as cursor pages, newest first. */
  foreignAffairsConnection: AuditEventConnection;
};


/** Every agency's audit trail under one filter (owned by civil affairs); this agency adds its own page. */
export type AuditTrailForeignAffairsConnectionArgs = {
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

/** A currency Lifeline answers amounts in. */
export type Currency =
  /** Renminbi (人民币): yuan (元) of 100 fen (分). */
  | 'CNY';

/** One kind of aid entrusted, with its cap. */
export type EntrustedAidItem = {
  __typename?: 'EntrustedAidItem';
  /** The most that may be spent on it. */
  cap: Money;
  /**
   * The most that may be spent on it, in fen (1/100 CNY).
   * @deprecated Use cap (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  capFen: Scalars['Int']['output'];
  /** The kind of aid. */
  kind: AidItemKind;
};

/** One kind of aid to entrust, with its cap. */
export type EntrustedAidItemInput = {
  /** The most that may be spent on it, in whole fen (1/100 CNY), above zero. */
  capFen: Scalars['Int']['input'];
  /** The kind of aid. */
  kind: AidItemKind;
};

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
  /** The foreign-affairs side. */
  foreignAffairs: AgencyExchangeState;
  /** Always `exchange`: there is one. */
  id: Scalars['ID']['output'];
};

/** A foreign-affairs record that was created or changed. */
export type ForeignAffairsChange = {
  __typename?: 'ForeignAffairsChange';
  /** When the change was written. */
  changedAt: Scalars['DateTime']['output'];
  /** Whether it was created or changed. */
  operation: ChangeOperation;
  /** The record as it is now (the change that follows, if any, is listed after this one). */
  record: ForeignAffairsRecord;
  /** The record's id (fetch it again by id at any time). */
  recordId: Scalars['ID']['output'];
  /** The kind of record. */
  recordType: ForeignAffairsRecordType;
};

/** A page of the foreign-affairs change feed. */
export type ForeignAffairsChangeConnection = {
  __typename?: 'ForeignAffairsChangeConnection';
  /** The changes on this page, oldest first. */
  edges: Array<ForeignAffairsChangeEdge>;
  /** Whether more changes follow, and the cursor to continue after this page (also past changes not listed to the caller). */
  pageInfo: PageInfo;
};

/** One change in a page of the foreign-affairs change feed. */
export type ForeignAffairsChangeEdge = {
  __typename?: 'ForeignAffairsChangeEdge';
  /** Continue after this change with it. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: ForeignAffairsChange;
};

/** A foreign-affairs record as the change feed hands it over. */
export type ForeignAffairsRecord = AidDelivery | AidEntrustment;

/** The kinds of foreign-affairs record in the change feed. */
export type ForeignAffairsRecordType =
  /** An aid delivery (`aidDelivery(id:)`). */
  | 'AID_DELIVERY'
  /** An aid entrustment (`aidEntrustment(id:)`). */
  | 'AID_ENTRUSTMENT';

/** A police check of a foreign national's entry and stay status (owned by public security). */
export type ForeignNationalStatusCheck = {
  __typename?: 'ForeignNationalStatusCheck';
  /** Stable identifier shared by every agency. */
  id: Scalars['ID']['output'];
};

/** An entrustment the foreign-affairs office issues. */
export type IssueAidEntrustmentInput = {
  /** The beneficiary's name as on the passport. */
  beneficiaryName: Scalars['String']['input'];
  /** Document number, unique per issuing office (such as 外办委〔2026〕031号). */
  documentNumber: Scalars['String']['input'];
  /** The entry status as confirmed by the police; PENDING_CONFIRMATION is stored as LEGAL_STAY when the police already found the person's stay legal. */
  entryStatus: AidBeneficiaryEntryStatus;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the entrustment the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The office issuing it (one the caller's office acts as). */
  issuingOffice: IssuingOffice;
  /** The kinds of aid entrusted (each kind at most once), each with its cap. */
  items: Array<EntrustedAidItemInput>;
  /** The upper line of the passport's machine-readable zone (44 characters); give both lines or neither. */
  mrzLine1?: InputMaybe<Scalars['String']['input']>;
  /** The lower line of the machine-readable zone; its check digits are verified and must agree with the passport number and nationality. */
  mrzLine2?: InputMaybe<Scalars['String']['input']>;
  /** Nationality as an ICAO 9303 code (such as USA, VNM, D, XXA for a stateless person); letters are upper-cased. */
  nationality: Scalars['String']['input'];
  /** Passport number (letters and digits). */
  passportNumber: Scalars['String']['input'];
  /** The beneficiary's person record at civil affairs, when known. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The police status check it comes from, when there is one. */
  statusCheckId?: InputMaybe<Scalars['ID']['input']>;
  /** The most that may be spent in all, in whole fen; at most the sum of the item caps. */
  totalCapFen: Scalars['Int']['input'];
  /** Start of the validity window. */
  validFrom: Scalars['DateTime']['input'];
  /** End of the validity window (after its start, and in the future). */
  validUntil: Scalars['DateTime']['input'];
};

/** The office that issued an entrustment. */
export type IssuingOffice =
  /** The foreign-affairs office (外办). */
  | 'FOREIGN_AFFAIRS_OFFICE'
  /** The Hong Kong, Macao and Taiwan affairs office (台港澳办). */
  | 'HK_MACAO_TAIWAN_AFFAIRS_OFFICE';

/**
 * An amount of money, exact at any size: the whole fen as a decimal string (amounts beyond what a
 * GraphQL Int or a JavaScript number holds read the same), the currency, and the amount in yuan for
 * display. A value type: defined alike by every agency that answers amounts.
 */
export type Money = {
  __typename?: 'Money';
  /** The amount in whole fen (1/100 CNY) as a string of decimal digits, such as `123450` for ¥1,234.50. */
  amountFen: Scalars['String']['output'];
  /** The currency: always CNY. */
  currency: Currency;
  /** The amount in yuan with two decimals, such as `1234.50` (no grouping, no symbol). */
  yuan: Scalars['String']['output'];
};

/**
 * Changes to the foreign-affairs records. Expected failures come back as typed results; every
 * change is an event with who, when and why, and an audit line.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** The center accepts an issued entrustment. */
  acceptAidEntrustment: AidEntrustmentResult;
  /** The office amends the terms (a new version; never below what was delivered). */
  amendAidEntrustment: AidEntrustmentResult;
  /** Cancels one of the calling system's webhook subscriptions to the foreign-affairs change feed: nothing more is posted. */
  cancelForeignAffairsWebhook: WebhookSubscriptionResult;
  /** The office closes an accepted entrustment as fulfilled. */
  closeAidEntrustment: AidEntrustmentResult;
  /** The foreign-affairs office issues an entrustment (status ISSUED, terms version 1). */
  issueAidEntrustment: AidEntrustmentResult;
  /** The center records a delivery against an accepted entrustment (refused beyond any cap, also when deliveries race). */
  recordAidDelivery: AidDeliveryResult;
  /** The office revokes an entrustment; no further deliveries. */
  revokeAidEntrustment: AidEntrustmentResult;
  /** Subscribes the calling system to the foreign-affairs change feed: each new page of changes it may see is posted to the URL, signed with the secret answered once here (integrating systems only; at most 5 subscriptions per system). */
  subscribeToForeignAffairsChanges: WebhookSubscriptionResult;
};


/**
 * Changes to the foreign-affairs records. Expected failures come back as typed results; every
 * change is an event with who, when and why, and an audit line.
 */
export type MutationAcceptAidEntrustmentArgs = {
  entrustmentId: Scalars['ID']['input'];
};


/**
 * Changes to the foreign-affairs records. Expected failures come back as typed results; every
 * change is an event with who, when and why, and an audit line.
 */
export type MutationAmendAidEntrustmentArgs = {
  input: AmendAidEntrustmentInput;
};


/**
 * Changes to the foreign-affairs records. Expected failures come back as typed results; every
 * change is an event with who, when and why, and an audit line.
 */
export type MutationCancelForeignAffairsWebhookArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the foreign-affairs records. Expected failures come back as typed results; every
 * change is an event with who, when and why, and an audit line.
 */
export type MutationCloseAidEntrustmentArgs = {
  entrustmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the foreign-affairs records. Expected failures come back as typed results; every
 * change is an event with who, when and why, and an audit line.
 */
export type MutationIssueAidEntrustmentArgs = {
  input: IssueAidEntrustmentInput;
};


/**
 * Changes to the foreign-affairs records. Expected failures come back as typed results; every
 * change is an event with who, when and why, and an audit line.
 */
export type MutationRecordAidDeliveryArgs = {
  input: RecordAidDeliveryInput;
};


/**
 * Changes to the foreign-affairs records. Expected failures come back as typed results; every
 * change is an event with who, when and why, and an audit line.
 */
export type MutationRevokeAidEntrustmentArgs = {
  entrustmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the foreign-affairs records. Expected failures come back as typed results; every
 * change is an event with who, when and why, and an audit line.
 */
export type MutationSubscribeToForeignAffairsChangesArgs = {
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

/** A person known to the network (owned by civil affairs); the foreign-affairs office adds its entrustments. */
export type Person = {
  __typename?: 'Person';
  /** Written entrustments for aid to this person, newest first; null (with an error) only when the foreign-affairs office cannot be reached. */
  aidEntrustments: Maybe<Array<AidEntrustment>>;
  /** Stable identifier shared by every agency. */
  id: Scalars['ID']['output'];
};

/** A legal status the police can find in a foreign-national status check. */
export type PoliceLegalStatus =
  /** Legal entry (for example a valid visa or a visa-free stay). */
  | 'LEGAL_ENTRY'
  /** Legal residence (a residence permit). */
  | 'LEGAL_RESIDENCE';

/**
 * A police status check that found the beneficiary's stay legal: the facts of public security's
 * notification to the office, kept by foreign affairs from the exchange (the notification itself is
 * acknowledged in public security's records).
 */
export type PoliceLegalStatusFinding = {
  __typename?: 'PoliceLegalStatusFinding';
  /** When the police concluded the check. */
  foundAt: Scalars['DateTime']['output'];
  /** The legal status found. */
  status: PoliceLegalStatus;
  /** The status check that found it. */
  statusCheck: ForeignNationalStatusCheck;
};

/** Reads of the foreign-affairs records. */
export type Query = {
  __typename?: 'Query';
  /** One aid delivery by id: visible exactly when its entrustment is (null when it does not exist or its entrustment is not visible to the caller). */
  aidDelivery: Maybe<AidDelivery>;
  /** One entrustment by id. */
  aidEntrustment: Maybe<AidEntrustment>;
  /**
   * Entrustments in a status, newest first, at most 100.
   * @deprecated It stops at 100 entrustments, so older ones never appear: page through `aidEntrustmentsConnection` (filters, order, `totalCount`) instead.
   */
  aidEntrustments: Array<AidEntrustment>;
  /** Entrustments the caller may see, as cursor pages: the newest, those soonest to expire, or a partner's sync (`order: UPDATED`, `updatedSince`). */
  aidEntrustmentsConnection: AidEntrustmentConnection;
  /** Aid spent per calendar month (Beijing time) under the entrustments the caller may see (an officer her office's, the center those it accepted, a county station its county's), the oldest month first, ending with the month that holds `until`; every month of the span is listed, also those with nothing spent. Staff only. */
  aidSpendTrend: Array<AidSpendMonth>;
  /** The foreign-affairs office's change feed: each entrustment and delivery when it was created or changed, in an order that only grows at its end, so a partner that pages from its last `endCursor` (after an hour or a week offline) misses nothing and reads nothing twice. It reads forward only (`first` after `after`; there is no `last` or `before`): `hasPreviousPage` says whether the page was read after a cursor. Lists only what the caller may read by id now (its scopes, the office or county it serves, a protected victim's records to those entitled to her); `endCursor` moves past the rest, so keep polling with it also when a page lists nothing. Changes appear once the transaction that made them and every older one still running have ended. */
  foreignAffairsChanges: ForeignAffairsChangeConnection;
  /** The deliveries to one of the calling system's subscriptions, newest first, as cursor pages (an empty page for anyone else's); attempts are kept 30 days. */
  foreignAffairsWebhookDeliveries: WebhookDeliveryConnection;
  /** The calling system's active webhook subscriptions to the foreign-affairs change feed (integrating systems only). */
  foreignAffairsWebhooks: Array<WebhookSubscription>;
};


/** Reads of the foreign-affairs records. */
export type QueryAidDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the foreign-affairs records. */
export type QueryAidEntrustmentArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the foreign-affairs records. */
export type QueryAidEntrustmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AidEntrustmentStatus>;
};


/** Reads of the foreign-affairs records. */
export type QueryAidEntrustmentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<AidEntrustmentOrder>;
  statuses?: InputMaybe<Array<AidEntrustmentStatus>>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the foreign-affairs records. */
export type QueryAidSpendTrendArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the foreign-affairs records. */
export type QueryForeignAffairsChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<ForeignAffairsRecordType>>;
};


/** Reads of the foreign-affairs records. */
export type QueryForeignAffairsWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  subscriptionId: Scalars['ID']['input'];
};

/** A delivery the center records against an entrustment. */
export type RecordAidDeliveryInput = {
  /** What it cost, in whole fen (1/100 CNY) above zero: 12.50 CNY is 1250. */
  amountFen: Scalars['Int']['input'];
  /** The day it was delivered (not in the future, not before the validity window). */
  deliveredOn: Scalars['Date']['input'];
  /** The entrustment. */
  entrustmentId: Scalars['ID']['input'];
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the delivery the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The kind of aid delivered (must be entrusted). */
  kind: AidItemKind;
  /** How many units, a whole number above zero. */
  quantity: Scalars['Int']['input'];
  /** The receipt number, unique within the entrustment. */
  receiptNumber: Scalars['String']['input'];
};

/** A station of the rescue network (owned by civil affairs): where a delivery was recorded. */
export type Station = {
  __typename?: 'Station';
  /** Stable identifier shared by every agency. */
  id: Scalars['ID']['output'];
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
  /** The amount is not above zero, or has more than two decimals (yuan), or is out of range. */
  | 'AMOUNT'
  /** The delivery date is outside the entrustment's validity. */
  | 'BEFORE_WINDOW'
  /** A cap cannot be below what was already delivered. */
  | 'BELOW_DELIVERED'
  /** The date of birth is not a real date, or lies in the future. */
  | 'BIRTH_DATE'
  /** The check digit of the date of birth in the machine-readable zone is wrong. */
  | 'BIRTH_DATE_CHECK_DIGIT'
  /** The delivery would exceed the entrustment's cap for the item or in total (`remaining`). */
  | 'CAP_EXCEEDED'
  /** The value holds characters that are not allowed here. */
  | 'CHARSET'
  /** The composite check digit of the machine-readable zone is wrong; it may have been misread. */
  | 'COMPOSITE_CHECK_DIGIT'
  /** Not a valid calendar date. */
  | 'DATE'
  /** A document number is 1 to 64 printable characters. */
  | 'DOCUMENT_NUMBER'
  /** The check digit of the document number in the machine-readable zone is wrong; it may have been misread. */
  | 'DOCUMENT_NUMBER_CHECK_DIGIT'
  /** Not a passport's machine-readable zone (TD3). */
  | 'DOCUMENT_TYPE'
  /** Already recorded: the same record exists. */
  | 'DUPLICATE'
  /** The value is empty. */
  | 'EMPTY'
  /** The validity has passed: the entrustment has expired. */
  | 'EXPIRED'
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
  /** Not a valid id (a UUID). */
  | 'ID'
  /** The name holds a character that is not a letter, a mark, a space, a hyphen or `·`. */
  | 'INVALID_CHARACTER'
  /** Not a known kind of aid. */
  | 'KIND'
  /** The value has the wrong length. */
  | 'LENGTH'
  /** Give both lines of the machine-readable zone, or neither. */
  | 'MRZ_INCOMPLETE'
  /** The passport number or nationality differs from the machine-readable zone. */
  | 'MRZ_MISMATCH'
  /** Not an ICAO 9303 nationality code. */
  | 'NATIONALITY'
  /** The center has not accepted the entrustment yet. */
  | 'NOT_ACCEPTED'
  /** Nothing can be delivered or changed in the entrustment's present state. */
  | 'NOT_ACTIVE'
  /** This kind of aid is not part of the entrustment. */
  | 'NOT_ENTRUSTED'
  /** No such record is visible to the caller; answered alike whether it does not exist or may not be seen. */
  | 'NOT_FOUND'
  /** The entrustment is not valid yet. */
  | 'NOT_YET_VALID'
  /** The caller's office does not issue entrustments for this issuing office. */
  | 'NOT_YOUR_OFFICE'
  /** A passport number is 5 to 9 letters and digits. */
  | 'PASSPORT_NUMBER'
  /** The time, or the end of a validity, must lie after now. */
  | 'PAST'
  /** The check digit of the personal number in the machine-readable zone is wrong. */
  | 'PERSONAL_NUMBER_CHECK_DIGIT'
  /** The quantity is not a whole number from 1 to 10000. */
  | 'QUANTITY'
  /** Give the reason. */
  | 'REASON'
  /** Enter the receipt number. */
  | 'RECEIPT'
  /** A value is required here. */
  | 'REQUIRED'
  /** The idempotency key was already used for a different request: use a new key for a new request. */
  | 'REUSED'
  /** The sex in the machine-readable zone cannot be read. */
  | 'SEX'
  /** Too long: a name over its length limit, or an extension of more than 90 days at a time. */
  | 'TOO_LONG'
  /** The total cap is above the sum of the item caps. */
  | 'TOTAL_ABOVE_ITEMS'
  /** The record changed since the caller read it (optimistic locking): read it again and retry with its current version. */
  | 'VERSION_CONFLICT'
  /** The validity ends before it starts. */
  | 'WINDOW';

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
  AidEntrustment: AidEntrustment;
  AuditTrail: AuditTrail;
  ExchangeState: ExchangeState;
  Person: Person;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AidEntrustment:
    ( { __typename: 'AidEntrustment' }
    & GraphQLRecursivePick<FederationTypes['AidEntrustment'], {"id":true}> );
  AuditTrail:
    ( { __typename: 'AuditTrail' }
    & GraphQLRecursivePick<FederationTypes['AuditTrail'], {"filterKey":true}> );
  ExchangeState:
    ( { __typename: 'ExchangeState' }
    & GraphQLRecursivePick<FederationTypes['ExchangeState'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AidDeliveryResult:
    | ( CapExceededModel )
    | ( Omit<AidDeliveryRecorded, 'aidEntrustment' | 'delivery'> & { aidEntrustment: _RefType['AidEntrustment'], delivery: _RefType['AidDelivery'] } )
    | ( AidEntrustmentRefused )
    | ( AidInputRejected )
    | ( AidRecordNotFound )
  ;
  AidEntrustmentResult:
    | ( Omit<AidEntrustmentChanged, 'aidEntrustment'> & { aidEntrustment: _RefType['AidEntrustment'] } )
    | ( AidEntrustmentRefused )
    | ( AidEntrustmentVersionConflict )
    | ( AidInputRejected )
    | ( AidRecordNotFound )
  ;
  ForeignAffairsRecord:
    | ( AidDeliveryModel )
    | ( AidEntrustmentModel )
  ;
  WebhookSubscriptionResult:
    | ( WebhookRefused )
    | ( Omit<WebhookSubscriptionChanged, 'subscription'> & { subscription: _RefType['WebhookSubscription'] } )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  UserError:
    | ( CapExceededModel )
    | ( AidEntrustmentRefused )
    | ( AidEntrustmentVersionConflict )
    | ( AidInputRejected )
    | ( AidRecordNotFound )
    | ( WebhookRefused )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AgencyExchangeState: ResolverTypeWrapper<AgencyExchangeStateSourceModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AidBalance: ResolverTypeWrapper<BalanceModel>;
  AidBeneficiaryEntryStatus: AidBeneficiaryEntryStatus;
  AidCapExceeded: ResolverTypeWrapper<CapExceededModel>;
  AidDelivery: ResolverTypeWrapper<AidDeliveryModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AidDeliveryRecorded: ResolverTypeWrapper<Omit<AidDeliveryRecorded, 'aidEntrustment' | 'delivery'> & { aidEntrustment: ResolversTypes['AidEntrustment'], delivery: ResolversTypes['AidDelivery'] }>;
  AidDeliveryResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AidDeliveryResult']>;
  AidEntrustment: ResolverTypeWrapper<AidEntrustmentModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AidEntrustmentAction: AidEntrustmentAction;
  AidEntrustmentChanged: ResolverTypeWrapper<Omit<AidEntrustmentChanged, 'aidEntrustment'> & { aidEntrustment: ResolversTypes['AidEntrustment'] }>;
  AidEntrustmentConnection: ResolverTypeWrapper<Omit<AidEntrustmentConnection, 'edges'> & { edges: Array<ResolversTypes['AidEntrustmentEdge']> }>;
  AidEntrustmentEdge: ResolverTypeWrapper<Omit<AidEntrustmentEdge, 'node'> & { node: ResolversTypes['AidEntrustment'] }>;
  AidEntrustmentEvent: ResolverTypeWrapper<AidEntrustmentEventModel>;
  AidEntrustmentOrder: AidEntrustmentOrder;
  AidEntrustmentRefused: ResolverTypeWrapper<AidEntrustmentRefused>;
  AidEntrustmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AidEntrustmentResult']>;
  AidEntrustmentStatus: AidEntrustmentStatus;
  AidEntrustmentVersion: ResolverTypeWrapper<AidEntrustmentVersionModel>;
  AidEntrustmentVersionConflict: ResolverTypeWrapper<AidEntrustmentVersionConflict>;
  AidInputRejected: ResolverTypeWrapper<AidInputRejected>;
  AidItemBalance: ResolverTypeWrapper<ItemBalanceModel>;
  AidItemKind: AidItemKind;
  AidRecordNotFound: ResolverTypeWrapper<AidRecordNotFound>;
  AidSpendByKind: ResolverTypeWrapper<Omit<AidSpendByKind, 'amount'> & { amount: ResolversTypes['Money'] }>;
  AidSpendMonth: ResolverTypeWrapper<Omit<AidSpendMonth, 'byKind' | 'total'> & { byKind: Array<ResolversTypes['AidSpendByKind']>, total: ResolversTypes['Money'] }>;
  AmendAidEntrustmentInput: AmendAidEntrustmentInput;
  AuditChainCheck: ResolverTypeWrapper<AuditChainReportModel>;
  AuditEvent: ResolverTypeWrapper<AuditEventSourceModel>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnectionSourceModel>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventPage: ResolverTypeWrapper<AuditEventPageSourceModel>;
  AuditOutcome: AuditOutcome;
  AuditTrail: ResolverTypeWrapper<AuditTrailSourceModel>;
  ChangeOperation: ChangeOperation;
  Currency: Currency;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EntrustedAidItem: ResolverTypeWrapper<EntrustedAidItemModel>;
  EntrustedAidItemInput: EntrustedAidItemInput;
  ExchangeConsumerPosition: ResolverTypeWrapper<ExchangeConsumerPositionViewModel>;
  ExchangeDeadLetter: ResolverTypeWrapper<ExchangeDeadLetterViewModel>;
  ExchangeState: ResolverTypeWrapper<ExchangeStateSourceModel>;
  ForeignAffairsChange: ResolverTypeWrapper<ChangeNodeModel>;
  ForeignAffairsChangeConnection: ResolverTypeWrapper<Omit<ForeignAffairsChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ForeignAffairsChangeEdge']> }>;
  ForeignAffairsChangeEdge: ResolverTypeWrapper<Omit<ForeignAffairsChangeEdge, 'node'> & { node: ResolversTypes['ForeignAffairsChange'] }>;
  ForeignAffairsRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ForeignAffairsRecord']>;
  ForeignAffairsRecordType: ForeignAffairsRecordType;
  ForeignNationalStatusCheck: ResolverTypeWrapper<ForeignNationalStatusCheck>;
  IssueAidEntrustmentInput: IssueAidEntrustmentInput;
  IssuingOffice: IssuingOffice;
  Money: ResolverTypeWrapper<FenModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<EntityReferenceModel>;
  PoliceLegalStatus: PoliceLegalStatus;
  PoliceLegalStatusFinding: ResolverTypeWrapper<LegalStatusFindingModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAidDeliveryInput: RecordAidDeliveryInput;
  Station: ResolverTypeWrapper<Station>;
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
  AidBalance: BalanceModel;
  AidCapExceeded: CapExceededModel;
  AidDelivery: AidDeliveryModel;
  ID: Scalars['ID']['output'];
  AidDeliveryRecorded: Omit<AidDeliveryRecorded, 'aidEntrustment' | 'delivery'> & { aidEntrustment: ResolversParentTypes['AidEntrustment'], delivery: ResolversParentTypes['AidDelivery'] };
  AidDeliveryResult: ResolversUnionTypes<ResolversParentTypes>['AidDeliveryResult'];
  AidEntrustment: AidEntrustmentModel;
  Boolean: Scalars['Boolean']['output'];
  AidEntrustmentChanged: Omit<AidEntrustmentChanged, 'aidEntrustment'> & { aidEntrustment: ResolversParentTypes['AidEntrustment'] };
  AidEntrustmentConnection: Omit<AidEntrustmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['AidEntrustmentEdge']> };
  AidEntrustmentEdge: Omit<AidEntrustmentEdge, 'node'> & { node: ResolversParentTypes['AidEntrustment'] };
  AidEntrustmentEvent: AidEntrustmentEventModel;
  AidEntrustmentRefused: AidEntrustmentRefused;
  AidEntrustmentResult: ResolversUnionTypes<ResolversParentTypes>['AidEntrustmentResult'];
  AidEntrustmentVersion: AidEntrustmentVersionModel;
  AidEntrustmentVersionConflict: AidEntrustmentVersionConflict;
  AidInputRejected: AidInputRejected;
  AidItemBalance: ItemBalanceModel;
  AidRecordNotFound: AidRecordNotFound;
  AidSpendByKind: Omit<AidSpendByKind, 'amount'> & { amount: ResolversParentTypes['Money'] };
  AidSpendMonth: Omit<AidSpendMonth, 'byKind' | 'total'> & { byKind: Array<ResolversParentTypes['AidSpendByKind']>, total: ResolversParentTypes['Money'] };
  AmendAidEntrustmentInput: AmendAidEntrustmentInput;
  AuditChainCheck: AuditChainReportModel;
  AuditEvent: AuditEventSourceModel;
  AuditEventConnection: AuditEventConnectionSourceModel;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditEventPage: AuditEventPageSourceModel;
  AuditTrail: AuditTrailSourceModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EntrustedAidItem: EntrustedAidItemModel;
  EntrustedAidItemInput: EntrustedAidItemInput;
  ExchangeConsumerPosition: ExchangeConsumerPositionViewModel;
  ExchangeDeadLetter: ExchangeDeadLetterViewModel;
  ExchangeState: ExchangeStateSourceModel;
  ForeignAffairsChange: ChangeNodeModel;
  ForeignAffairsChangeConnection: Omit<ForeignAffairsChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ForeignAffairsChangeEdge']> };
  ForeignAffairsChangeEdge: Omit<ForeignAffairsChangeEdge, 'node'> & { node: ResolversParentTypes['ForeignAffairsChange'] };
  ForeignAffairsRecord: ResolversUnionTypes<ResolversParentTypes>['ForeignAffairsRecord'];
  ForeignNationalStatusCheck: ForeignNationalStatusCheck;
  IssueAidEntrustmentInput: IssueAidEntrustmentInput;
  Money: FenModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: EntityReferenceModel;
  PoliceLegalStatusFinding: LegalStatusFindingModel;
  Query: Record<PropertyKey, never>;
  RecordAidDeliveryInput: RecordAidDeliveryInput;
  Station: Station;
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

export type AidBalanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidBalance'] = ResolversParentTypes['AidBalance']> = ResolversObject<{
  delivered?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deliveredFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['AidItemBalance']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remainingFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCap?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalCapFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AidCapExceededResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidCapExceeded'] = ResolversParentTypes['AidCapExceeded']> = ResolversObject<{
  cap?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  capFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deliveredFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['AidItemKind']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remainingFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AidDeliveryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidDelivery'] = ResolversParentTypes['AidDelivery']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AidItemKind'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receiptNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  station?: Resolver<ResolversTypes['Station'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AidDeliveryRecordedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidDeliveryRecorded'] = ResolversParentTypes['AidDeliveryRecorded']> = ResolversObject<{
  aidEntrustment?: Resolver<ResolversTypes['AidEntrustment'], ParentType, ContextType>;
  delivery?: Resolver<ResolversTypes['AidDelivery'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AidDeliveryResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidDeliveryResult'] = ResolversParentTypes['AidDeliveryResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AidCapExceeded' | 'AidDeliveryRecorded' | 'AidEntrustmentRefused' | 'AidInputRejected' | 'AidRecordNotFound', ParentType, ContextType>;
}>;

export type AidEntrustmentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidEntrustment'] = ResolversParentTypes['AidEntrustment'], FederationReferenceType extends FederationReferenceTypes['AidEntrustment'] = FederationReferenceTypes['AidEntrustment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AidEntrustment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  beneficiaryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['AidDelivery']>, ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entryStatus?: Resolver<ResolversTypes['AidBeneficiaryEntryStatus'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['AidEntrustmentEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuingOffice?: Resolver<ResolversTypes['IssuingOffice'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['EntrustedAidItem']>, ParentType, ContextType>;
  mrzVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nationality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passportNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  policeLegalStatus?: Resolver<Maybe<ResolversTypes['PoliceLegalStatusFinding']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['AidBalance'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AidEntrustmentStatus'], ParentType, ContextType>;
  statusCheck?: Resolver<Maybe<ResolversTypes['ForeignNationalStatusCheck']>, ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCap?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalCapFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['AidEntrustmentVersion']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AidEntrustmentChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidEntrustmentChanged'] = ResolversParentTypes['AidEntrustmentChanged']> = ResolversObject<{
  aidEntrustment?: Resolver<ResolversTypes['AidEntrustment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AidEntrustmentConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidEntrustmentConnection'] = ResolversParentTypes['AidEntrustmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AidEntrustmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AidEntrustmentEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidEntrustmentEdge'] = ResolversParentTypes['AidEntrustmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AidEntrustment'], ParentType, ContextType>;
}>;

export type AidEntrustmentEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidEntrustmentEvent'] = ResolversParentTypes['AidEntrustmentEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AidEntrustmentAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['AidEntrustmentStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['AidEntrustmentStatus'], ParentType, ContextType>;
}>;

export type AidEntrustmentRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidEntrustmentRefused'] = ResolversParentTypes['AidEntrustmentRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['AidEntrustmentStatus'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AidEntrustmentResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidEntrustmentResult'] = ResolversParentTypes['AidEntrustmentResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AidEntrustmentChanged' | 'AidEntrustmentRefused' | 'AidEntrustmentVersionConflict' | 'AidInputRejected' | 'AidRecordNotFound', ParentType, ContextType>;
}>;

export type AidEntrustmentVersionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidEntrustmentVersion'] = ResolversParentTypes['AidEntrustmentVersion']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['EntrustedAidItem']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCap?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalCapFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AidEntrustmentVersionConflictResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidEntrustmentVersionConflict'] = ResolversParentTypes['AidEntrustmentVersionConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AidInputRejectedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidInputRejected'] = ResolversParentTypes['AidInputRejected']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AidItemBalanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidItemBalance'] = ResolversParentTypes['AidItemBalance']> = ResolversObject<{
  cap?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  capFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deliveredFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AidItemKind'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remainingFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AidRecordNotFoundResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidRecordNotFound'] = ResolversParentTypes['AidRecordNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AidSpendByKindResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidSpendByKind'] = ResolversParentTypes['AidSpendByKind']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AidItemKind'], ParentType, ContextType>;
}>;

export type AidSpendMonthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AidSpendMonth'] = ResolversParentTypes['AidSpendMonth']> = ResolversObject<{
  byKind?: Resolver<Array<ResolversTypes['AidSpendByKind']>, ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
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
  foreignAffairs?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType>;
  foreignAffairsConnection?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<AuditTrailForeignAffairsConnectionArgs>>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntrustedAidItemResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EntrustedAidItem'] = ResolversParentTypes['EntrustedAidItem']> = ResolversObject<{
  cap?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  capFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AidItemKind'], ParentType, ContextType>;
}>;

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
  foreignAffairs?: Resolver<ResolversTypes['AgencyExchangeState'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ForeignAffairsChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignAffairsChange'] = ResolversParentTypes['ForeignAffairsChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['ForeignAffairsRecord'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['ForeignAffairsRecordType'], ParentType, ContextType>;
}>;

export type ForeignAffairsChangeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignAffairsChangeConnection'] = ResolversParentTypes['ForeignAffairsChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ForeignAffairsChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ForeignAffairsChangeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignAffairsChangeEdge'] = ResolversParentTypes['ForeignAffairsChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ForeignAffairsChange'], ParentType, ContextType>;
}>;

export type ForeignAffairsRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignAffairsRecord'] = ResolversParentTypes['ForeignAffairsRecord']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AidDelivery' | 'AidEntrustment', ParentType, ContextType>;
}>;

export type ForeignNationalStatusCheckResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ForeignNationalStatusCheck'] = ResolversParentTypes['ForeignNationalStatusCheck']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  yuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptAidEntrustment?: Resolver<ResolversTypes['AidEntrustmentResult'], ParentType, ContextType, RequireFields<MutationAcceptAidEntrustmentArgs, 'entrustmentId'>>;
  amendAidEntrustment?: Resolver<ResolversTypes['AidEntrustmentResult'], ParentType, ContextType, RequireFields<MutationAmendAidEntrustmentArgs, 'input'>>;
  cancelForeignAffairsWebhook?: Resolver<ResolversTypes['WebhookSubscriptionResult'], ParentType, ContextType, RequireFields<MutationCancelForeignAffairsWebhookArgs, 'id'>>;
  closeAidEntrustment?: Resolver<ResolversTypes['AidEntrustmentResult'], ParentType, ContextType, RequireFields<MutationCloseAidEntrustmentArgs, 'entrustmentId' | 'reason'>>;
  issueAidEntrustment?: Resolver<ResolversTypes['AidEntrustmentResult'], ParentType, ContextType, RequireFields<MutationIssueAidEntrustmentArgs, 'input'>>;
  recordAidDelivery?: Resolver<ResolversTypes['AidDeliveryResult'], ParentType, ContextType, RequireFields<MutationRecordAidDeliveryArgs, 'input'>>;
  revokeAidEntrustment?: Resolver<ResolversTypes['AidEntrustmentResult'], ParentType, ContextType, RequireFields<MutationRevokeAidEntrustmentArgs, 'entrustmentId' | 'reason'>>;
  subscribeToForeignAffairsChanges?: Resolver<ResolversTypes['WebhookSubscriptionResult'], ParentType, ContextType, RequireFields<MutationSubscribeToForeignAffairsChangesArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aidEntrustments?: Resolver<Maybe<Array<ResolversTypes['AidEntrustment']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PoliceLegalStatusFindingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PoliceLegalStatusFinding'] = ResolversParentTypes['PoliceLegalStatusFinding']> = ResolversObject<{
  foundAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PoliceLegalStatus'], ParentType, ContextType>;
  statusCheck?: Resolver<ResolversTypes['ForeignNationalStatusCheck'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  aidDelivery?: Resolver<Maybe<ResolversTypes['AidDelivery']>, ParentType, ContextType, RequireFields<QueryAidDeliveryArgs, 'id'>>;
  aidEntrustment?: Resolver<Maybe<ResolversTypes['AidEntrustment']>, ParentType, ContextType, RequireFields<QueryAidEntrustmentArgs, 'id'>>;
  aidEntrustments?: Resolver<Array<ResolversTypes['AidEntrustment']>, ParentType, ContextType, RequireFields<QueryAidEntrustmentsArgs, 'first'>>;
  aidEntrustmentsConnection?: Resolver<ResolversTypes['AidEntrustmentConnection'], ParentType, ContextType, RequireFields<QueryAidEntrustmentsConnectionArgs, 'order'>>;
  aidSpendTrend?: Resolver<Array<ResolversTypes['AidSpendMonth']>, ParentType, ContextType, RequireFields<QueryAidSpendTrendArgs, 'months'>>;
  foreignAffairsChanges?: Resolver<ResolversTypes['ForeignAffairsChangeConnection'], ParentType, ContextType, RequireFields<QueryForeignAffairsChangesArgs, 'first'>>;
  foreignAffairsWebhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryForeignAffairsWebhookDeliveriesArgs, 'subscriptionId'>>;
  foreignAffairsWebhooks?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
}>;

export type StationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Station'] = ResolversParentTypes['Station']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AidCapExceeded' | 'AidEntrustmentRefused' | 'AidEntrustmentVersionConflict' | 'AidInputRejected' | 'AidRecordNotFound' | 'WebhookRefused', ParentType, ContextType>;
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
  AidBalance?: AidBalanceResolvers<ContextType>;
  AidCapExceeded?: AidCapExceededResolvers<ContextType>;
  AidDelivery?: AidDeliveryResolvers<ContextType>;
  AidDeliveryRecorded?: AidDeliveryRecordedResolvers<ContextType>;
  AidDeliveryResult?: AidDeliveryResultResolvers<ContextType>;
  AidEntrustment?: AidEntrustmentResolvers<ContextType>;
  AidEntrustmentChanged?: AidEntrustmentChangedResolvers<ContextType>;
  AidEntrustmentConnection?: AidEntrustmentConnectionResolvers<ContextType>;
  AidEntrustmentEdge?: AidEntrustmentEdgeResolvers<ContextType>;
  AidEntrustmentEvent?: AidEntrustmentEventResolvers<ContextType>;
  AidEntrustmentRefused?: AidEntrustmentRefusedResolvers<ContextType>;
  AidEntrustmentResult?: AidEntrustmentResultResolvers<ContextType>;
  AidEntrustmentVersion?: AidEntrustmentVersionResolvers<ContextType>;
  AidEntrustmentVersionConflict?: AidEntrustmentVersionConflictResolvers<ContextType>;
  AidInputRejected?: AidInputRejectedResolvers<ContextType>;
  AidItemBalance?: AidItemBalanceResolvers<ContextType>;
  AidRecordNotFound?: AidRecordNotFoundResolvers<ContextType>;
  AidSpendByKind?: AidSpendByKindResolvers<ContextType>;
  AidSpendMonth?: AidSpendMonthResolvers<ContextType>;
  AuditChainCheck?: AuditChainCheckResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EntrustedAidItem?: EntrustedAidItemResolvers<ContextType>;
  ExchangeConsumerPosition?: ExchangeConsumerPositionResolvers<ContextType>;
  ExchangeDeadLetter?: ExchangeDeadLetterResolvers<ContextType>;
  ExchangeState?: ExchangeStateResolvers<ContextType>;
  ForeignAffairsChange?: ForeignAffairsChangeResolvers<ContextType>;
  ForeignAffairsChangeConnection?: ForeignAffairsChangeConnectionResolvers<ContextType>;
  ForeignAffairsChangeEdge?: ForeignAffairsChangeEdgeResolvers<ContextType>;
  ForeignAffairsRecord?: ForeignAffairsRecordResolvers<ContextType>;
  ForeignNationalStatusCheck?: ForeignNationalStatusCheckResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PoliceLegalStatusFinding?: PoliceLegalStatusFindingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Station?: StationResolvers<ContextType>;
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
