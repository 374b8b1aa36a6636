import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ChangeNode as ChangeNodeModel, EndedRecordView as EndedRecordViewModel, WebhookSubscription as WebhookSubscriptionModel, WebhookDelivery as WebhookDeliveryModel, EntityReference as EntityReferenceModel, AuditTrailSource as AuditTrailSourceModel, AuditEventPageSource as AuditEventPageSourceModel, AuditEventConnectionSource as AuditEventConnectionSourceModel, AuditEventSource as AuditEventSourceModel, AuditChainReport as AuditChainReportModel, ExchangeStateSource as ExchangeStateSourceModel, AgencyExchangeStateSource as AgencyExchangeStateSourceModel, ExchangeConsumerPositionView as ExchangeConsumerPositionViewModel, ExchangeDeadLetterView as ExchangeDeadLetterViewModel } from '@lifeline/subgraph-runtime';
import type { Person as PersonModel } from '../entities/person.entity';
import type { Station as StationModel } from '../entities/station.entity';
import type { RescueCase as RescueCaseModel } from '../entities/rescue-case.entity';
import type { RescueCaseEvent as RescueCaseEventModel } from '../entities/rescue-case-event.entity';
import type { Shelter as ShelterModel } from '../entities/shelter.entity';
import type { CareZone as CareZoneModel } from '../entities/care-zone.entity';
import type { CareService as CareServiceModel } from '../entities/care-service.entity';
import type { StreetReport as StreetReportModel } from '../entities/street-report.entity';
import type { Escort as EscortModel } from '../entities/escort.entity';
import type { EscortLeg as EscortLegModel } from '../entities/escort-leg.entity';
import type { Fen as FenModel } from '../domain/money';
import type { MissingPersonReport as MissingPersonReportModel } from '../entities/missing-person-report.entity';
import type { ShelterPlacement as ShelterPlacementModel } from '../entities/shelter-placement.entity';
import type { ShelterRoomView as ShelterRoomViewModel } from '../domain/shelter-capacity';
import type { ShelterPlaceHold as ShelterPlaceHoldModel } from '../entities/shelter-place-hold.entity';
import type { TracingStatusView as TracingStatusViewModel } from '../domain/tracing.service';
import type { TracingCandidate as TracingCandidateModel } from '../domain/tracing-matcher';
import type { EmergencyEvent as EmergencyEventModel } from '../entities/emergency-event.entity';
import type { EmergencyPoint as EmergencyPointModel } from '../entities/emergency-point.entity';
import type { EmergencyHelp as EmergencyHelpModel } from '../entities/emergency-help.entity';
import type { EmergencyHelpCountView as EmergencyHelpCountViewModel } from '../domain/emergency.service';
import type { Settlement as SettlementModel } from '../entities/settlement.entity';
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

/** The admission of an accepted referral: the victim becomes a protected person in care in the shelter zone. */
export type AdmitToShelterInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** What is known of the victim (from the referral); give this or `personId`. */
  person?: InputMaybe<PersonDetailsInput>;
  /** The victim if already recorded by civil affairs; give this or `person`. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The placement. */
  placementId: Scalars['ID']['input'];
};

/** A step of an escort under way. */
export type AdvanceEscortInput = {
  /** The escort. */
  escortId: Scalars['ID']['input'];
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** For HANDED_OVER: the record number signed by the receiving agency. */
  handoverRecord?: InputMaybe<Scalars['String']['input']>;
  /** For HANDED_OVER: the receiving agency. */
  receivingAgency?: InputMaybe<Scalars['String']['input']>;
  /** IN_TRANSIT, HANDED_OVER or COMPLETED. */
  to: EscortStatus;
};

/** One step of the dispatch loop for a report. */
export type AdvanceStreetReportInput = {
  /** When it happened (default: now); never before the previous step, never in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** For CLOSED: the outcome. */
  closure?: InputMaybe<ReportClosure>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** For DISPATCHED: the team or station (default: the nearest open one in the district). */
  stationId?: InputMaybe<Scalars['ID']['input']>;
  /** The report. */
  streetReportId: Scalars['ID']['input'];
  /** The step: ACCEPTED, DISPATCHED, ON_SCENE, VERIFIED or CLOSED. */
  to: StreetReportStatus;
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

/** Which audit lines to return; all given conditions must hold. */
export type AuditEventFilter = {
  /** Only lines of this actor (a username or client id, exactly). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only lines at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only lines of this operation (READ, SEARCH, CREATE, UPDATE, TRANSITION, EXPORT, …, exactly). */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Only allowed, or only refused, accesses. */
  outcome?: InputMaybe<AuditOutcome>;
  /** Only lines whose purpose holds this text (ignoring case). */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** Only lines about this record. */
  recordId?: InputMaybe<Scalars['String']['input']>;
  /** Only lines about this record type (a GraphQL type name, exactly). */
  recordType?: InputMaybe<Scalars['String']['input']>;
  /** Only lines before this instant (later than `from`, when both are given). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
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

/** Every agency's audit trail under one filter: each agency's page is read from that agency's own database. */
export type AuditTrail = {
  __typename?: 'AuditTrail';
  /**
   * The civil-affairs trail's newest lines under the filter (as many as the key's page size).
   * @deprecated A fixed number of the newest lines, with no way further back and no count: page through `civilAffairsConnection` (cursors both ways, `totalCount`), reading the trail from `Query.auditTrail`.
   */
  civilAffairs: AuditEventPage;
  /** The civil-affairs trail under the filter, as cursor pages, newest first. */
  civilAffairsConnection: AuditEventConnection;
  /** The filter and page size, encoded (opaque). */
  filterKey: Scalars['String']['output'];
};


/** Every agency's audit trail under one filter: each agency's page is read from that agency's own database. */
export type AuditTrailCivilAffairsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** One calendar month (Beijing time) of rescue cases in the caller's jurisdiction: how many came in, how they ended, and how long those that ended stayed. */
export type CareMonth = {
  __typename?: 'CareMonth';
  /** Of the cases that ended in the month, the average days in care (null when none ended). */
  averageStayDays: Maybe<Scalars['Float']['output']>;
  /** Cases that ended in the month, one entry per exit reason that occurred (most frequent first). */
  exits: Array<ExitCount>;
  /** The month, as YYYY-MM (Asia/Shanghai). */
  month: Scalars['String']['output'];
  /** Cases received at a station in the month. */
  received: Scalars['Int']['output'];
};

/** A service given to a person in care. */
export type CareService = {
  __typename?: 'CareService';
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was given. */
  givenAt: Scalars['DateTime']['output'];
  /** Who gave it. */
  givenBy: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Kind of service. */
  kind: CareServiceKind;
  /** What was given. */
  note: Maybe<Scalars['String']['output']>;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A kind of service given to a person in care. */
export type CareServiceKind =
  /** Clothing and bedding. */
  | 'CLOTHING'
  /** Counselling. */
  | 'COUNSELLING'
  /** Education for minors. */
  | 'EDUCATION'
  /** Help contacting family. */
  | 'FAMILY_CONTACT'
  /** Meals. */
  | 'FOOD'
  /** Bathing and hygiene. */
  | 'HYGIENE'
  /** Medical care. */
  | 'MEDICAL';

/**
 * A care zone of a station (分区) with a fixed number of places. Places can never be over-allocated:
 * the database refuses a second person in the same place.
 */
export type CareZone = {
  __typename?: 'CareZone';
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Places not taken by a person in care. */
  freePlaces: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Which kind of classified care the zone gives. */
  kind: CareZoneKind;
  /** Name of the zone, as signed at the station. */
  name: Scalars['String']['output'];
  /** Places in all. */
  places: Scalars['Int']['output'];
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A zone of classified care (分区): men and women apart, minors apart from adults, the elderly and disabled apart. */
export type CareZoneKind =
  /** The domestic-violence shelter (assigned only through a shelter referral). */
  | 'DV_SHELTER'
  /** The elderly, ill and disabled. */
  | 'ELDERLY_DISABLED'
  /** Medical observation. */
  | 'MEDICAL_OBSERVATION'
  /** Adult men. */
  | 'MEN'
  /** Minors. */
  | 'MINORS'
  /** Adult women, cared for by female staff. */
  | 'WOMEN';

/** What happened to a record, as an agency's change feed lists it. */
export type ChangeOperation =
  /** The record was created. */
  | 'CREATED'
  /** The record ended (a person's record merged into another, or removed as created in error): it answers by id no more, and the change's `record` is its tombstone (`EndedRecord`). Drop your copy; follow `successorId` when merged. */
  | 'ENDED'
  /** The record, or a part of it (an escort's leg, a referral's child), was changed. */
  | 'UPDATED';

/** A civil-affairs record that was created or changed. */
export type CivilAffairsChange = {
  __typename?: 'CivilAffairsChange';
  /** When the change was written. */
  changedAt: Scalars['DateTime']['output'];
  /** Whether it was created, changed, or ended (merged or removed). */
  operation: ChangeOperation;
  /** The record as it is now (the change that follows, if any, is listed after this one); for an `ENDED` change, the record's tombstone (`EndedRecord`). */
  record: CivilAffairsRecord;
  /** The record's id (fetch it again by id at any time, until an `ENDED` change). */
  recordId: Scalars['ID']['output'];
  /** The kind of record. */
  recordType: CivilAffairsRecordType;
};

/** A page of the civil-affairs change feed. */
export type CivilAffairsChangeConnection = {
  __typename?: 'CivilAffairsChangeConnection';
  /** The changes on this page, oldest first. */
  edges: Array<CivilAffairsChangeEdge>;
  /** Whether more changes follow, and the cursor to continue after this page (also past changes not listed to the caller). */
  pageInfo: PageInfo;
};

/** One change in a page of the civil-affairs change feed. */
export type CivilAffairsChangeEdge = {
  __typename?: 'CivilAffairsChangeEdge';
  /** Continue after this change with it. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: CivilAffairsChange;
};

/** A civil-affairs record as the change feed hands it over. */
export type CivilAffairsRecord = CareService | CareZone | EmergencyEvent | EmergencyHelp | EmergencyPoint | EndedRecord | Escort | MissingPersonReport | Person | RescueCase | RescueCaseEvent | Settlement | Shelter | ShelterPlacement | ShelterRoom | Station | StreetReport;

/** The kinds of civil-affairs record in the change feed. */
export type CivilAffairsRecordType =
  /** A care service given (`careService(id:)`). */
  | 'CARE_SERVICE'
  /** A care zone (`careZone(id:)`). */
  | 'CARE_ZONE'
  /** An emergency event (`emergencyEvent(id:)`). */
  | 'EMERGENCY_EVENT'
  /** Help given at an emergency point (`emergencyHelp(id:)`). */
  | 'EMERGENCY_HELP'
  /** A temporary emergency point (`emergencyPoint(id:)`). */
  | 'EMERGENCY_POINT'
  /** An escort home (`escort(id:)`). */
  | 'ESCORT'
  /** A missing-person report (`missingPersonReport(id:)`). */
  | 'MISSING_PERSON_REPORT'
  /** A person in care (`person(id:)`). */
  | 'PERSON'
  /** A rescue case (`rescueCase(id:)`). */
  | 'RESCUE_CASE'
  /** A step of a rescue case (`rescueCaseEvent(id:)`). */
  | 'RESCUE_CASE_EVENT'
  /** A settlement (`settlement(id:)`). */
  | 'SETTLEMENT'
  /** A shelter (`shelter(id:)`). */
  | 'SHELTER'
  /** A shelter placement (`shelterPlacement(id:)`). */
  | 'SHELTER_PLACEMENT'
  /** A shelter room (`shelterRoom(id:)`). */
  | 'SHELTER_ROOM'
  /** A station (`station(id:)`). */
  | 'STATION'
  /** A street report (`streetReport(id:)`). */
  | 'STREET_REPORT';

/** Closing a temporary point. */
export type CloseEmergencyPointInput = {
  /** When it closed (default: now): not before it opened or its last help, never in the future. */
  closedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The point. */
  pointId: Scalars['ID']['input'];
  /** Why it closes. */
  reason: Scalars['String']['input'];
};

/** A currency Lifeline answers amounts in. */
export type Currency =
  /** Renminbi (人民币): yuan (元) of 100 fen (分). */
  | 'CNY';

/** The regional center's decision on a cross-province escort. */
export type DecideEscortInput = {
  /** True to approve, false to decline. */
  approve: Scalars['Boolean']['input'];
  /** The escort. */
  escortId: Scalars['ID']['input'];
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** Guidance for the station (required to decline). */
  guidance?: InputMaybe<Scalars['String']['input']>;
  /** Why (required to decline). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Civil affairs' decision on a proposed settlement (the regional center only). */
export type DecideSettlementInput = {
  /** True to approve, false to decline. */
  approve: Scalars['Boolean']['input'];
  /** To decline: why. */
  declineReason?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** To approve: the public-security identity check of reason SETTLEMENT_RECHECK. */
  identityCheckId?: InputMaybe<Scalars['ID']['input']>;
  /** To approve: your statement that the re-check found no existing registration (must be true). */
  recheckFoundNoRegistration?: InputMaybe<Scalars['Boolean']['input']>;
  /** To approve: what the re-check showed, in your words. */
  recheckNote?: InputMaybe<Scalars['String']['input']>;
  /** The settlement. */
  settlementId: Scalars['ID']['input'];
};

/** An emergency event declared by civil affairs (the center for any district, county staff within their county). */
export type DeclareEmergencyEventInput = {
  /** What happened, in words. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Division codes (6 digits) of the districts and counties affected (at least one). */
  districts: Array<Scalars['String']['input']>;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the event the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of emergency. */
  kind: EmergencyKind;
  /** Name, as announced (at most 200 characters). */
  name: Scalars['String']['input'];
  /** When it started (default: now); never in the future. */
  startedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The share of reports on scene within 30 minutes, for one district or network level. */
export type DispatchPerformance = {
  __typename?: 'DispatchPerformance';
  /** A district division code, or a network level (CITY, COUNTY, TOWNSHIP, VILLAGE). */
  group: Scalars['String']['output'];
  /** Name of the district, or the level. */
  name: Scalars['String']['output'];
  /** Of those, on scene within 30 minutes. */
  onSceneWithin30: Scalars['Int']['output'];
  /** Reports that reached the scene (or should have) in the period. */
  reports: Scalars['Int']['output'];
  /** onSceneWithin30 / reports (0 when there were none). */
  share: Scalars['Float']['output'];
};

/** The step is not allowed from the report's current state; nothing was stored. */
export type DispatchStepRefused = UserError & {
  __typename?: 'DispatchStepRefused';
  /** Always `STEP_NOT_ALLOWED`: the present state does not allow the step. */
  code: UserErrorCode;
  /** The state the report is in. */
  currentStatus: StreetReportStatus;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why the step is not allowed. */
  message: Scalars['String']['output'];
};

/** A kind of short-term help given at a temporary point. */
export type EmergencyAidKind =
  /** Warm clothing, blankets or bedding. */
  | 'CLOTHING'
  /** Food or hot drinks. */
  | 'FOOD'
  /** Lodging for the night (a bed or a warm place to stay). */
  | 'LODGING';

/**
 * An emergency (cold wave, flood, incident, …) for which civil affairs opens temporary rescue points
 * where stranded people get short-term food and lodging.
 */
export type EmergencyEvent = {
  __typename?: 'EmergencyEvent';
  /** When the event was declared. */
  createdAt: Scalars['DateTime']['output'];
  /** People helped per point per day (days in China Standard Time, Asia/Shanghai), oldest day first. */
  dailyHelpCounts: Array<EmergencyHelpCount>;
  /** Who declared the event. */
  declaredBy: Scalars['String']['output'];
  /** What happened, in words. */
  description: Maybe<Scalars['String']['output']>;
  /** Division codes of the districts and counties affected. */
  districts: Array<Scalars['String']['output']>;
  /** Why it was ended, in the staff member's words. */
  endReason: Maybe<Scalars['String']['output']>;
  /** When it ended; null while it is under way. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who ended it. */
  endedBy: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What kind of emergency. */
  kind: EmergencyKind;
  /** Name, as announced (for example `2026年12月寒潮应急救助`). */
  name: Scalars['String']['output'];
  /** People helped at all the event's points visible to the caller. */
  peopleHelped: Scalars['Int']['output'];
  /** The temporary points opened for the event (those in the caller's jurisdiction), in the order opened. */
  points: Array<EmergencyPoint>;
  /** When the event started. */
  startedAt: Scalars['DateTime']['output'];
  /** ONGOING or ENDED. */
  state: EmergencyState;
  /** When the event last changed (its declaration, its end, a point opened or closed, help recorded at a point): page by it with `emergencyEventsConnection(order: UPDATED, updatedSince:)` to stay in sync. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking: pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** The event after a successful change. */
export type EmergencyEventChanged = {
  __typename?: 'EmergencyEventChanged';
  /** The event as it now stands. */
  event: EmergencyEvent;
};

/** A page of emergency events, in the order asked for. */
export type EmergencyEventConnection = {
  __typename?: 'EmergencyEventConnection';
  /** The events on this page, each with its cursor. */
  edges: Array<EmergencyEventEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many events the caller may see match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One emergency event in a page, with the cursor that points at it. */
export type EmergencyEventEdge = {
  __typename?: 'EmergencyEventEdge';
  /** Pass as `after` to continue after this event (in the same order). */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: EmergencyEvent;
};

/**
 * The order of a page of emergency events; every order ends with the event's id, so it is total and a
 * page never repeats or skips an event.
 */
export type EmergencyEventOrder =
  /** Most recently started first. */
  | 'NEWEST_FIRST'
  /** Earliest started first. */
  | 'OLDEST_FIRST'
  /** Least recently changed first: with `updatedSince`, what changed since a partner last synchronised, in the order it changed. */
  | 'UPDATED';

/** What a change to an emergency event answers. */
export type EmergencyEventResult = EmergencyEventChanged | EmergencyStepRefused | InputRejected | RecordNotFound | VersionConflict;

/** One person helped at a temporary point: linked to a person in care, or anonymous with sex and estimated age. */
export type EmergencyHelp = {
  __typename?: 'EmergencyHelp';
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Estimated age in years of an anonymous person. */
  estimatedAge: Maybe<Scalars['Int']['output']>;
  /** When the help was given. */
  helpedAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What was given. */
  kinds: Array<EmergencyAidKind>;
  /** What was given or observed, in words. */
  note: Maybe<Scalars['String']['output']>;
  /** The person helped, when linked to a recorded person visible to the caller; null for an anonymous entry. */
  person: Maybe<Person>;
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** Sex of an anonymous person (null when a person is linked). */
  sex: Maybe<Sex>;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/**
 * How many people one temporary point helped on one day (Asia/Shanghai local date). A linked person
 * helped several times that day counts once; each anonymous entry counts as one person.
 */
export type EmergencyHelpCount = {
  __typename?: 'EmergencyHelpCount';
  /** Entries with clothing or bedding. */
  clothing: Scalars['Int']['output'];
  /** The local date (China Standard Time). */
  day: Scalars['Date']['output'];
  /** Entries with food. */
  food: Scalars['Int']['output'];
  /** Entries with lodging. */
  lodging: Scalars['Int']['output'];
  /** People helped that day. */
  peopleHelped: Scalars['Int']['output'];
  /** The point. */
  point: EmergencyPoint;
};

/** The help that was recorded. */
export type EmergencyHelpRecorded = {
  __typename?: 'EmergencyHelpRecorded';
  /** The entry. */
  help: EmergencyHelp;
  /** The point, with its counts. */
  point: EmergencyPoint;
};

/** What recording help answers. */
export type EmergencyHelpResult = EmergencyHelpRecorded | EmergencyStepRefused | InputRejected | RecordNotFound;

/** What kind of emergency an event is. */
export type EmergencyKind =
  /** A cold wave (寒潮): people sleeping rough are at risk of freezing. */
  | 'COLD_WAVE'
  /** An earthquake or geological disaster. */
  | 'EARTHQUAKE'
  /** A flood or heavy rain (汛期、暴雨). */
  | 'FLOOD'
  /** A heat wave (高温). */
  | 'HEAT_WAVE'
  /** An incident stranding people (a traffic stoppage, a fire, a public-health incident, …). */
  | 'INCIDENT'
  /** A typhoon or storm. */
  | 'TYPHOON';

/**
 * A temporary rescue point opened for an emergency event: a station of the TEMPORARY_POINT kind in the
 * four-level network, opened and closed by civil-affairs staff of its jurisdiction.
 */
export type EmergencyPoint = {
  __typename?: 'EmergencyPoint';
  /** Why it closed. */
  closeReason: Maybe<Scalars['String']['output']>;
  /** When it closed; null while open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who closed it. */
  closedBy: Maybe<Scalars['String']['output']>;
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** People helped here per day (Asia/Shanghai), oldest day first. */
  dailyHelpCounts: Array<EmergencyHelpCount>;
  /** The event it was opened for. */
  event: EmergencyEvent;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Why it was opened, or what it offers, in the staff member's words. */
  openNote: Maybe<Scalars['String']['output']>;
  /** When it opened. */
  openedAt: Scalars['DateTime']['output'];
  /** Who opened it. */
  openedBy: Scalars['String']['output'];
  /** People helped here in all. */
  peopleHelped: Scalars['Int']['output'];
  /** The latest help given here, newest first. */
  recentHelp: Array<EmergencyHelp>;
  /** OPEN or CLOSED. */
  state: EmergencyState;
  /** The station of the network that is the point (kind TEMPORARY_POINT). */
  station: Station;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Version for optimistic locking: pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/**
 * A temporary rescue point opened for an emergency event: a station of the TEMPORARY_POINT kind in the
 * four-level network, opened and closed by civil-affairs staff of its jurisdiction.
 */
export type EmergencyPointRecentHelpArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The point after a successful change. */
export type EmergencyPointChanged = {
  __typename?: 'EmergencyPointChanged';
  /** The point as it now stands. */
  point: EmergencyPoint;
};

/** What a change to a temporary point answers. */
export type EmergencyPointResult = EmergencyPointChanged | EmergencyStepRefused | InputRejected | RecordNotFound | VersionConflict;

/** Where an emergency event or one of its temporary points stands. */
export type EmergencyState =
  /** The temporary point is closed. */
  | 'CLOSED'
  /** The event has ended. */
  | 'ENDED'
  /** The event is under way. */
  | 'ONGOING'
  /** The temporary point is open and receiving people. */
  | 'OPEN';

/** The change is not allowed in the event's or point's current state; nothing was stored. */
export type EmergencyStepRefused = UserError & {
  __typename?: 'EmergencyStepRefused';
  /** Always `STEP_NOT_ALLOWED`: the present state does not allow the step. */
  code: UserErrorCode;
  /** The state the event or point is in. */
  currentState: EmergencyState;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why. */
  message: Scalars['String']['output'];
};

/** The end of an emergency event: its points still open are closed with it. */
export type EndEmergencyEventInput = {
  /** When it ended (default: now): not before it started, never in the future. */
  endedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** Why, in the staff member's words. */
  reason: Scalars['String']['input'];
};

/** The tombstone of a record that ended, in an `ENDED` change of the change feed: listed to the callers who could read the record just before it ended (for a merged record, also those who can read the record it was merged into). */
export type EndedRecord = {
  __typename?: 'EndedRecord';
  /** The ended record's id (the change's `recordId`). */
  id: Scalars['ID']['output'];
  /** How it ended. */
  reason: RecordEndReason;
  /** The record it was merged into, of the same type; null when removed. */
  successorId: Maybe<Scalars['ID']['output']>;
};

/** Sending a person home. A cross-province escort must be approved by the regional center. */
export type Escort = {
  __typename?: 'Escort';
  /** When the station asked for the escort. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether the destination is in another province (the regional center must approve). */
  crossProvince: Scalars['Boolean']['output'];
  /** Who approved or declined. */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** The center's guidance, when it declined. */
  declineGuidance: Maybe<Scalars['String']['output']>;
  /** The center's reason, when it declined. */
  declineReason: Maybe<Scalars['String']['output']>;
  /** Destination, in words. */
  destination: Scalars['String']['output'];
  /** Destination division code (6 digits). */
  destinationDivision: Scalars['String']['output'];
  /** When the person was handed over. */
  handedOverAt: Maybe<Scalars['DateTime']['output']>;
  /** The receiving agency's hand-over record number. */
  handoverRecord: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Legs, in order. */
  legs: Array<EscortLeg>;
  /** The receiving agency. */
  receivingAgency: Maybe<Scalars['String']['output']>;
  /** The case of the person escorted. */
  rescueCase: RescueCase;
  /** Where the escort stands. */
  status: EscortStatus;
  /** Total cost of the legs. */
  totalCost: Money;
  /**
   * Total cost of the legs in fen.
   * @deprecated Use totalCost (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  totalCostFen: Scalars['Int']['output'];
  /** When the escort last changed (its request, the center's decision, its legs, a step on the way, the hand-over): page by it with `escortsConnection(order: UPDATED, updatedSince:)` to stay in sync. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** The escort after a successful change. */
export type EscortChanged = {
  __typename?: 'EscortChanged';
  /** The escort as it now stands. */
  escort: Escort;
};

/** A page of escorts, in the order asked for. */
export type EscortConnection = {
  __typename?: 'EscortConnection';
  /** The escorts on this page, each with its cursor. */
  edges: Array<EscortEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many escorts the caller may see match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One escort in a page, with the cursor that points at it. */
export type EscortEdge = {
  __typename?: 'EscortEdge';
  /** Pass as `after` to continue after this escort (in the same order). */
  cursor: Scalars['String']['output'];
  /** The escort. */
  node: Escort;
};

/** One leg of an escort, with its route, tickets, staff and cost. */
export type EscortLeg = {
  __typename?: 'EscortLeg';
  /** What the leg costs. */
  cost: Money;
  /**
   * Cost in fen (1/100 CNY).
   * @deprecated Use cost (Money): a 32-bit Int cannot hold amounts above ¥21,474,836.47.
   */
  costFen: Scalars['Int']['output'];
  /** Departure. */
  departAt: Scalars['DateTime']['output'];
  /** The staff escorting on this leg. */
  escortStaff: Scalars['String']['output'];
  /** From where. */
  fromPlace: Scalars['String']['output'];
  /** How. */
  mode: TravelMode;
  /** Order of the leg (1, 2, …). */
  sequence: Scalars['Int']['output'];
  /** Ticket numbers. */
  tickets: Maybe<Scalars['String']['output']>;
  /** To where. */
  toPlace: Scalars['String']['output'];
};

/** A leg of the route. */
export type EscortLegInput = {
  /** Cost in fen (a whole number, at least 0). */
  costFen: Scalars['Int']['input'];
  /** Departure. */
  departAt: Scalars['DateTime']['input'];
  /** The staff escorting on this leg. */
  escortStaff: Scalars['String']['input'];
  /** From where. */
  fromPlace: Scalars['String']['input'];
  /** How. */
  mode: TravelMode;
  /** Ticket numbers. */
  tickets?: InputMaybe<Scalars['String']['input']>;
  /** To where. */
  toPlace: Scalars['String']['input'];
};

/**
 * The order of a page of escorts; every order ends with the escort's id, so it is total and a page
 * never repeats or skips an escort.
 */
export type EscortOrder =
  /** Most recently requested first. */
  | 'NEWEST_FIRST'
  /** Longest waiting first (by request time): the center's queue of cross-province requests. */
  | 'OLDEST_FIRST'
  /** Least recently changed first: with `updatedSince`, what changed since a partner last synchronised, in the order it changed. */
  | 'UPDATED';

/** What an escort change answers. */
export type EscortResult = EscortChanged | EscortStepRefused | InputRejected | RecordNotFound | VersionConflict;

/** Where an escort home stands. */
export type EscortStatus =
  /** Approved by the regional center (cross-province escorts only). */
  | 'APPROVED'
  /** Completed: the person is home and the case is closed. */
  | 'COMPLETED'
  /** Declined by the regional center, with its reason and guidance. */
  | 'DECLINED'
  /** Handed over to the receiving agency, with its signed record. */
  | 'HANDED_OVER'
  /** On the way. */
  | 'IN_TRANSIT'
  /** Requested by the station. */
  | 'REQUESTED'
  /** Route, tickets and escort staff arranged. */
  | 'SCHEDULED';

/** The step is not allowed from the escort's current state; nothing was stored. */
export type EscortStepRefused = UserError & {
  __typename?: 'EscortStepRefused';
  /** Always `STEP_NOT_ALLOWED`: the present state does not allow the step. */
  code: UserErrorCode;
  /** The state the escort is in. */
  currentStatus: EscortStatus;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why. */
  message: Scalars['String']['output'];
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

/** Every agency's side of the exchange (auditors only): each agency's part is read from that agency's own database. */
export type ExchangeState = {
  __typename?: 'ExchangeState';
  /** The civil-affairs side. */
  civilAffairs: AgencyExchangeState;
  /** Always `exchange`: there is one. */
  id: Scalars['ID']['output'];
};

/** How many cases ended with one exit reason. */
export type ExitCount = {
  __typename?: 'ExitCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** How they ended. */
  reason: ExitReason;
};

/** How a rescue case ended. */
export type ExitReason =
  /** Left without notice (counts as giving up aid). */
  | 'ABSCONDED'
  /** Died in care. */
  | 'DECEASED'
  /** Escorted home. */
  | 'ESCORTED_HOME'
  /** Handed over to the police (for example an illegally resident foreign national). */
  | 'HANDED_OVER'
  /** Left voluntarily with a signed declaration. */
  | 'LEFT_VOLUNTARILY'
  /** Returned home on a ticket provided. */
  | 'RETURNED_HOME'
  /** Settled at a welfare institution. */
  | 'SETTLED'
  /** Aid terminated. */
  | 'TERMINATED'
  /** Transferred to another institution. */
  | 'TRANSFERRED';

/** A person leaving care. */
export type ExitRescueCaseInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** What happened, in the staff member's words (a declaration number, a ticket, …). */
  note: Scalars['String']['input'];
  /** How the case ends. */
  reason: ExitReason;
  /** The case. */
  rescueCaseId: Scalars['ID']['input'];
};

/** An extension of a stay past the standard 10 days, with its reason (filed with the civil-affairs bureau). */
export type ExtendStayInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The filed reason. */
  reason: Scalars['String']['input'];
  /** The case. */
  rescueCaseId: Scalars['ID']['input'];
  /** Until when (after now, at most 90 days ahead). */
  until: Scalars['DateTime']['input'];
};

/**
 * A police identity check (owned by public security); civil affairs holds only the reference, and the
 * check's outcome comes through the graph.
 */
export type IdentityCheck = {
  __typename?: 'IdentityCheck';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
};

/** How a settled person's identity was found. */
export type IdentityFoundBy =
  /** A police identity check. */
  | 'POLICE_CHECK'
  /** A confirmed family-tracing match against a missing-person report. */
  | 'TRACING_MATCH';

/** How far a person's identity is established. */
export type IdentityStatus =
  /** The person has said who they are, but it is not yet verified. */
  | 'CLAIMED'
  /** Nothing is known of who the person is (name unknown, age estimated). */
  | 'UNIDENTIFIED'
  /** Verified by public security (ID check or biometric comparison). */
  | 'VERIFIED';

/** Input that was refused; nothing was stored. */
export type InputRejected = UserError & {
  __typename?: 'InputRejected';
  /** A stable code for the failed check (a `UserErrorCode`). */
  code: UserErrorCode;
  /** The input field at fault. */
  field: Scalars['String']['output'];
  /** What is wrong, for a person to act on. */
  message: Scalars['String']['output'];
};

/** Where a person arrived from at intake. */
export type IntakeSource =
  /** Referred by a hospital. */
  | 'HOSPITAL'
  /** Brought by city management or another government department. */
  | 'OTHER_DEPARTMENT'
  /** Brought in by a street outreach team. */
  | 'OUTREACH'
  /** Handed over by the police. */
  | 'POLICE_HANDOVER'
  /** Transferred from another station. */
  | 'TRANSFER'
  /** Came to the station by themselves. */
  | 'WALK_IN';

/** One field's part in a candidate match, so a person can judge it. */
export type MatchEvidence = {
  __typename?: 'MatchEvidence';
  /** What was compared, in words. */
  detail: Scalars['String']['output'];
  /** The field compared (sex, age, dialectRegion, place, date, features, name). */
  field: Scalars['String']['output'];
  /** How well it matches, 0 to 1. */
  score: Scalars['Float']['output'];
  /** Its weight in the total. */
  weight: Scalars['Float']['output'];
};

/**
 * Two records found to be one person (for example an unidentified man registered twice, one of them
 * since verified).
 */
export type MergePersonsInput = {
  /** The record that survives and takes the merged one's cases. */
  intoPersonId: Scalars['ID']['input'];
  /** The record that ends (merged away). */
  personId: Scalars['ID']['input'];
  /** Why the two are one person (e.g. the identity check that showed it). */
  reason: Scalars['String']['input'];
};

/**
 * What a merge answers: the survivor, or why nothing was stored (a record merged into itself, two ID
 * numbers, both with an open case or a settlement under way; an unknown, hidden, merged or removed record).
 */
export type MergePersonsResult = InputRejected | PersonsMerged | RecordNotFound | VersionConflict;

/** A report by a family (through the police or the public) of someone missing, matched against unidentified persons in care. */
export type MissingPersonReport = {
  __typename?: 'MissingPersonReport';
  /** Age when last seen, when the birth date is unknown. */
  ageWhenMissing: Maybe<Scalars['Int']['output']>;
  /** Date of birth, when known. */
  birthDate: Maybe<Scalars['Date']['output']>;
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Dialect region. */
  dialectRegion: Maybe<Scalars['String']['output']>;
  /** Features, marks, clothing. */
  features: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When last seen. */
  lastSeenAt: Scalars['DateTime']['output'];
  /** Where last seen (division code). */
  lastSeenDivision: Scalars['String']['output'];
  /** Where last seen, in words. */
  lastSeenPlace: Scalars['String']['output'];
  /** Name of the missing person. */
  name: Scalars['String']['output'];
  /** Pinyin of the name. */
  namePinyin: Maybe<Scalars['String']['output']>;
  /** Who reported it (a police station or the family's contact office). */
  reportedBy: Scalars['String']['output'];
  /** Whether a match was confirmed. */
  resolved: Scalars['Boolean']['output'];
  /** Sex. */
  sex: Sex;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

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
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accept a referral: reserves, in one step, places for the victim and her children (one family room when one is free). */
  acceptShelterReferral: ShelterPlacementResult;
  /** Admit the victim of an accepted referral. */
  admitToShelter: ShelterPlacementResult;
  /** Move an escort on: under way, handed over (with the receiving agency's record), completed (the case exits as ESCORTED_HOME). */
  advanceEscort: EscortResult;
  /** Move a street report one step along the dispatch loop. */
  advanceStreetReport: StreetReportResult;
  /** Cancels one of the calling system's webhook subscriptions to the civil-affairs change feed: nothing more is posted. */
  cancelCivilAffairsWebhook: WebhookSubscriptionResult;
  /** Close a temporary point (staff of its jurisdiction). */
  closeEmergencyPoint: EmergencyPointResult;
  /** Close the shelter's record (after a stay, a decline, or when an accepted victim never came: reserved places are released). */
  closeShelterPlacement: ShelterPlacementResult;
  /** Confirm, as a person, that a missing-person report is this person: the identity is resolved and the station is told. */
  confirmTracingMatch: RescueCaseResult;
  /** The regional center approves or declines a cross-province escort (county staff cannot). */
  decideEscort: EscortResult;
  /** The regional center approves (with the police re-check) or declines a proposed settlement. */
  decideSettlement: SettlementResult;
  /** Declare an emergency event (the center for any district, county staff within their county). */
  declareEmergencyEvent: EmergencyEventResult;
  /** Decline a referral, with the reason. */
  declineShelterReferral: ShelterPlacementResult;
  /** Discharge the victim; her places are released. */
  dischargeFromShelter: ShelterPlacementResult;
  /** End an emergency event; its points still open close with it. */
  endEmergencyEvent: EmergencyEventResult;
  /** Record a person leaving care. */
  exitRescueCase: RescueCaseResult;
  /** Extend a stay past the standard 10 days. */
  extendShelterStay: ShelterPlacementResult;
  /** Extend a stay past the standard 10 days, with a filed reason. */
  extendStay: RescueCaseResult;
  /** Merge two records of the same person (center staff): the surviving record gets the merged one's cases and everything else, and every agency re-points its records to it. */
  mergePersons: MergePersonsResult;
  /** Open a temporary point for an event (staff of the point's jurisdiction). */
  openEmergencyPoint: EmergencyPointResult;
  /** A station proposes settling a long-stay unidentified person. */
  proposeSettlement: SettlementResult;
  /** Receive a person at a station (opens a rescue case in RECEIVED). */
  receivePerson: RescueCaseResult;
  /** Record a service given to a person in care. */
  recordCareService: RescueCaseResult;
  /** Record that DNA sampling was requested from the police for an unidentified person. */
  recordDnaRequest: RescueCaseResult;
  /** Record one person helped at an open temporary point. */
  recordEmergencyHelp: EmergencyHelpResult;
  /** Record that the public tracing notice for an unidentified person was published (never for a protected victim). */
  recordTracingNotice: RescueCaseResult;
  /** Refer the victim out (legal aid, counselling, medical, protection order, housing); her places are released. */
  referOutFromShelter: ShelterPlacementResult;
  /** Remove a record created in error (center staff): the person no longer exists for anyone, in any agency. */
  removePerson: RemovePersonResult;
  /** Record a street sighting or call (starts the 30-minute rescue circle). */
  reportStreetSighting: StreetReportResult;
  /** A station asks to escort a person home. */
  requestEscort: EscortResult;
  /** Revoke a settlement because the identity was found: the person goes home (with an escort if requested). */
  revokeSettlement: SettlementResult;
  /** Arrange the legs of an escort (after approval when cross-province). */
  scheduleEscort: EscortResult;
  /** Record the screening of a received person, or register a person after medical treatment. */
  screenRescueCase: RescueCaseResult;
  /** Record the placement at a welfare institution: the rescue case exits as SETTLED. */
  settlePerson: SettlementResult;
  /** Subscribes the calling system to the civil-affairs change feed: each new page of changes it may see is posted to the URL, signed with the secret answered once here (integrating systems only; at most 5 subscriptions per system). */
  subscribeToCivilAffairsChanges: WebhookSubscriptionResult;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationAcceptShelterReferralArgs = {
  input: ShelterReferralAnswerInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationAdmitToShelterArgs = {
  input: AdmitToShelterInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationAdvanceEscortArgs = {
  input: AdvanceEscortInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationAdvanceStreetReportArgs = {
  input: AdvanceStreetReportInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationCancelCivilAffairsWebhookArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationCloseEmergencyPointArgs = {
  input: CloseEmergencyPointInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationCloseShelterPlacementArgs = {
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  placementId: Scalars['ID']['input'];
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationConfirmTracingMatchArgs = {
  missingPersonReportId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationDecideEscortArgs = {
  input: DecideEscortInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationDecideSettlementArgs = {
  input: DecideSettlementInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationDeclareEmergencyEventArgs = {
  input: DeclareEmergencyEventInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationDeclineShelterReferralArgs = {
  input: ShelterReferralAnswerInput;
  reason: Scalars['String']['input'];
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationDischargeFromShelterArgs = {
  expectedVersion: Scalars['Int']['input'];
  note: Scalars['String']['input'];
  placementId: Scalars['ID']['input'];
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationEndEmergencyEventArgs = {
  input: EndEmergencyEventInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationExitRescueCaseArgs = {
  input: ExitRescueCaseInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationExtendShelterStayArgs = {
  expectedVersion: Scalars['Int']['input'];
  placementId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  until: Scalars['DateTime']['input'];
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationExtendStayArgs = {
  input: ExtendStayInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationMergePersonsArgs = {
  input: MergePersonsInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationOpenEmergencyPointArgs = {
  input: OpenEmergencyPointInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationProposeSettlementArgs = {
  input: ProposeSettlementInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationReceivePersonArgs = {
  input: ReceivePersonInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationRecordCareServiceArgs = {
  input: RecordCareServiceInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationRecordDnaRequestArgs = {
  personId: Scalars['ID']['input'];
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationRecordEmergencyHelpArgs = {
  input: RecordEmergencyHelpInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationRecordTracingNoticeArgs = {
  personId: Scalars['ID']['input'];
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationReferOutFromShelterArgs = {
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  placementId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationRemovePersonArgs = {
  input: RemovePersonInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationReportStreetSightingArgs = {
  input: ReportStreetSightingInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationRequestEscortArgs = {
  input: RequestEscortInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationRevokeSettlementArgs = {
  input: RevokeSettlementInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationScheduleEscortArgs = {
  input: ScheduleEscortInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationScreenRescueCaseArgs = {
  input: ScreenRescueCaseInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationSettlePersonArgs = {
  input: SettlePersonInput;
};


/**
 * Changes to the civil-affairs records. Expected failures come back as typed results; every change
 * is an event with who, when and why.
 */
export type MutationSubscribeToCivilAffairsChangesArgs = {
  input: WebhookSubscriptionInput;
};

/** The tier of the four-level rescue network (city - county/district - township/street - village/community). */
export type NetworkLevel =
  /** The city level: the regional rescue-management center. */
  | 'CITY'
  /** A county or district. */
  | 'COUNTY'
  /** A township or street office. */
  | 'TOWNSHIP'
  /** A village or residential community. */
  | 'VILLAGE';

/** A new temporary point, opened where the network has no station to use. */
export type NewEmergencyPointInput = {
  /** Street address. */
  address: Scalars['String']['input'];
  /** Division code (6 or 9 digits) of the district or township where it stands; within the event's districts. */
  district: Scalars['String']['input'];
  /** Latitude (WGS 84), when known. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude (WGS 84), when known. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Name of the point (for example `江临体育馆寒潮临时救助点`). */
  name: Scalars['String']['input'];
};

/** The shelter has not enough free places for the party; nothing was reserved. */
export type NoCapacity = UserError & {
  __typename?: 'NoCapacity';
  /** Always `NO_CAPACITY`. */
  code: UserErrorCode;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Places free now. */
  free: Scalars['Int']['output'];
  /** What to do. */
  message: Scalars['String']['output'];
  /** Places asked for. */
  requested: Scalars['Int']['output'];
};

/** The person cannot be proposed for settlement; nothing was stored. */
export type NotEligibleForSettlement = UserError & {
  __typename?: 'NotEligibleForSettlement';
  /** The same as `reason`: `IDENTIFIED`, `NOT_IN_CARE`, `NOT_LONG_STAY` or `ACTIVE_SETTLEMENT`. */
  code: UserErrorCode;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** What to do, for a person to act on. */
  message: Scalars['String']['output'];
  /** Why not. */
  reason: SettlementIneligibility;
};

/**
 * Opening a temporary point for an event: an existing temporary-point station (`stationId`) or a new
 * point (`newPoint`).
 */
export type OpenEmergencyPointInput = {
  /** The event (under way). */
  eventId: Scalars['ID']['input'];
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the point the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A point not yet in the network; give this or `stationId`. */
  newPoint?: InputMaybe<NewEmergencyPointInput>;
  /** Why it opens, or what it offers. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it opened (default: now): not before the event started, never in the future. */
  openedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** An existing station of the TEMPORARY_POINT kind; give this or `newPoint`. */
  stationId?: InputMaybe<Scalars['ID']['input']>;
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

/**
 * Someone the network helps. A person may be unidentified: then only estimated age, sex, dialect
 * region and features are known.
 */
export type Person = {
  __typename?: 'Person';
  /** Date of birth when known, for those who see ID numbers in full (it is part of the number); null for anyone else. */
  birthDate: Maybe<Scalars['Date']['output']>;
  /** When the person was first recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Region of the person's accent or dialect, as heard at intake (for example `西南官话·川渝`). */
  dialectRegion: Maybe<Scalars['String']['output']>;
  /** The name to show: the recorded name, or a description such as `无名氏(男,约60岁)` when unknown. */
  displayName: Scalars['String']['output'];
  /** Upper bound of the estimated age in years, when the birth date is unknown. */
  estimatedAgeMax: Maybe<Scalars['Int']['output']>;
  /** Lower bound of the estimated age in years, when the birth date is unknown. */
  estimatedAgeMin: Maybe<Scalars['Int']['output']>;
  /** Physical features, marks, clothing: free text used for family tracing. */
  features: Maybe<Scalars['String']['output']>;
  /** Stable identifier, shared by every agency's records about this person. */
  id: Scalars['ID']['output'];
  /** Resident ID number (GB 11643-1999) when known; masked (e.g. `1101**********002X`) unless the caller's job needs it in full. */
  idNumber: Maybe<Scalars['String']['output']>;
  /** How far the identity is established: VERIFIED once a public-security identity check has matched (the verified name and ID number then replace what was recorded), else as recorded by civil affairs. */
  identityStatus: IdentityStatus;
  /** Recorded name (any script, including rare CJK characters and `·`); null when unknown. */
  name: Maybe<Scalars['String']['output']>;
  /** Pinyin of the recorded name, without tones; null when no name is recorded. */
  namePinyin: Maybe<Scalars['String']['output']>;
  /** Mobile phone number when known; masked unless the caller's job needs it in full. */
  phone: Maybe<Scalars['String']['output']>;
  /** Every rescue case of this person, newest first. */
  rescueCases: Array<RescueCase>;
  /** Sex. */
  sex: Sex;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A page of persons (Relay-style connection). */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The persons on this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many persons match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** What a station knows of a person at intake. Everything but sex may be unknown. */
export type PersonDetailsInput = {
  /** Date of birth, when known. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Accent or dialect region as heard. */
  dialectRegion?: InputMaybe<Scalars['String']['input']>;
  /** Upper bound of the estimated age, when the birth date is unknown. */
  estimatedAgeMax?: InputMaybe<Scalars['Int']['input']>;
  /** Lower bound of the estimated age, when the birth date is unknown. */
  estimatedAgeMin?: InputMaybe<Scalars['Int']['input']>;
  /** Features, marks, clothing. */
  features?: InputMaybe<Scalars['String']['input']>;
  /** Resident ID number (18 characters, check character verified; a lowercase x is accepted). */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Name as given (any script; `·` allowed). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Mobile number (Chinese 11-digit, or E.164 for a foreign number). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Sex. */
  sex: Sex;
};

/** One person in a page, with the cursor that points at it. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor: pass it as `after` to get the persons after this one. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Conditions a person must meet to be listed; all given conditions must hold. */
export type PersonFilter = {
  /** Only persons whose latest rescue case has this status. */
  caseStatus?: InputMaybe<RescueCaseStatus>;
  /** Only persons with this identity status. */
  identityStatus?: InputMaybe<IdentityStatus>;
  /** Text matched against the name (characters or pinyin, prefix or initials) or the whole ID number (by number only for those who see ID numbers in full; for anyone else a number matches nobody). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only persons of this sex. */
  sex?: InputMaybe<Sex>;
  /** Only persons with a rescue case at this station. */
  stationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The record was removed: it now answers like an unknown id, in every agency. */
export type PersonRemoved = {
  __typename?: 'PersonRemoved';
  /** The removed record's id. */
  personId: Scalars['ID']['output'];
  /** When it was removed. */
  removedAt: Scalars['DateTime']['output'];
};

/** The merge was recorded: the surviving record as it now stands. */
export type PersonsMerged = {
  __typename?: 'PersonsMerged';
  /** The record that ended (it now answers like an unknown id). */
  mergedPersonId: Scalars['ID']['output'];
  /** How many rescue cases moved to the surviving record. */
  movedCases: Scalars['Int']['output'];
  /** The surviving record, with the merged record's cases. */
  person: Person;
};

/** The placement cannot take this step from where it stands; nothing was stored. */
export type PlacementStepRefused = UserError & {
  __typename?: 'PlacementStepRefused';
  /** Always `STEP_NOT_ALLOWED`: the present state does not allow the step. */
  code: UserErrorCode;
  /** Where it stands. */
  currentStatus: ShelterPlacementStatus;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why. */
  message: Scalars['String']['output'];
};

/** A station's proposal to settle a long-stay unidentified person. */
export type ProposeSettlementInput = {
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the settlement the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why settlement is proposed: tracing done, time in care, the person's needs. */
  note: Scalars['String']['input'];
  /** The person's open rescue case (in care past 3 months, unidentified). */
  rescueCaseId: Scalars['ID']['input'];
};

/** Reads of the civil-affairs records. */
export type Query = {
  __typename?: 'Query';
  /**
   * Every agency's audit trail under one filter (auditors only).
   * @deprecated Its pages hold a fixed number of the newest lines: read `auditTrail` and page each agency's `…Connection` field (cursors both ways, `totalCount`).
   */
  auditEvents: AuditTrail;
  /** Every agency's audit trail under one filter (auditors only): page each agency's part through its `…Connection` field (`civilAffairsConnection`, `publicSecurityConnection`, …). */
  auditTrail: AuditTrail;
  /** One care service by id; null when there is no such service (or its case is not visible to the caller). */
  careService: Maybe<CareService>;
  /** Cases received and ended per calendar month (Beijing time) in the caller's jurisdiction, the oldest month first, ending with the month that holds `until`: the trend the home page charts. Counts only, no person; every month of the span is listed, also those with no case. */
  careTrend: Array<CareMonth>;
  /** One care zone by id (its places and free places, the same for every signed-in caller). */
  careZone: Maybe<CareZone>;
  /**
   * Open cases in the caller's jurisdiction past the standard stay (STAYING_ON, EXTENDED, LONG_STAY), longest first.
   * @deprecated It stops at 100 cases, so the shorter stays of a long list never appear: page through `casesPastStandardStayConnection` (flags, order, `totalCount`) instead.
   */
  casesPastStandardStay: Array<RescueCase>;
  /** Open cases in care in the caller's jurisdiction, of persons the caller sees, past the standard 10 days (STAYING_ON, EXTENDED, LONG_STAY) as cursor pages: the stays to act on, longest first. */
  casesPastStandardStayConnection: RescueCaseConnection;
  /** The civil-affairs change feed: each person, case, station, report, escort, shelter record and emergency record when it was created or changed, in an order that only grows at its end, so a partner that pages from its last `endCursor` (after an hour or a week offline) misses nothing and reads nothing twice. It reads forward only (`first` after `after`; there is no `last` or `before`): `hasPreviousPage` says whether the page was read after a cursor. Lists only what the caller may read by id now (its scopes, its job and county, a protected victim's records to those entitled to her); `endCursor` moves past the rest, so keep polling with it also when a page lists nothing. Changes appear once the transaction that made them and every older one still running have ended. */
  civilAffairsChanges: CivilAffairsChangeConnection;
  /** The deliveries to one of the calling system's subscriptions, newest first, as cursor pages (an empty page for anyone else's); attempts are kept 30 days. */
  civilAffairsWebhookDeliveries: WebhookDeliveryConnection;
  /** The calling system's active webhook subscriptions to the civil-affairs change feed (integrating systems only). */
  civilAffairsWebhooks: Array<WebhookSubscription>;
  /**
   * The dispatch board: open street reports in the caller's jurisdiction, oldest first, with their running clocks.
   * @deprecated It stops at the 200 oldest open reports, so in a large event the newest never appear: page through `dispatchBoardConnection` (same order, `totalCount`) instead.
   */
  dispatchBoard: Array<StreetReport>;
  /** The dispatch board as cursor pages: the open street reports (not closed) in the caller's jurisdiction, oldest first (the longest waiting on top), with their running clocks and how many are open in all. */
  dispatchBoardConnection: StreetReportConnection;
  /** The share of reports on scene within 30 minutes, per district and per network level, over reports made in the period. */
  dispatchPerformance: Array<DispatchPerformance>;
  /** One emergency event by id. */
  emergencyEvent: Maybe<EmergencyEvent>;
  /**
   * Emergency events touching the caller's jurisdiction, newest first.
   * @deprecated It stops at 100 events, newest first, so older ones never appear: page through `emergencyEventsConnection` (filters, order, `totalCount`) instead.
   */
  emergencyEvents: Array<EmergencyEvent>;
  /** Emergency events touching the caller's jurisdiction as cursor pages: those under way (`ongoingOnly: true`), the whole history (`order: OLDEST_FIRST`), or a partner's sync (`order: UPDATED`, `updatedSince`). */
  emergencyEventsConnection: EmergencyEventConnection;
  /** One entry of help given at a temporary point by id; null when there is no such entry (or it is not visible to the caller). */
  emergencyHelp: Maybe<EmergencyHelp>;
  /** One temporary point by id; null when there is no such point (or it is outside the caller's jurisdiction). */
  emergencyPoint: Maybe<EmergencyPoint>;
  /** One escort by id; null when there is no such escort (or it is not visible to the caller). */
  escort: Maybe<Escort>;
  /**
   * Escorts in the caller's jurisdiction in a status (cross-province requests awaiting the center when none is given).
   * @deprecated It stops at 100 escorts, newest first, so older ones never appear: page through `escortsConnection` (filters, order, `totalCount`) instead.
   */
  escorts: Array<Escort>;
  /** Escorts in the caller's jurisdiction, of persons the caller sees, as cursor pages: the center's queue (`statuses: [REQUESTED]`, `crossProvince: true`, `order: OLDEST_FIRST`), a station's escorts, or a partner's sync (`order: UPDATED`, `updatedSince`). */
  escortsConnection: EscortConnection;
  /** Every agency's side of the exchange: consumer positions and dead letters (auditors only). */
  exchangeState: ExchangeState;
  /** One missing-person report by id; null when there is no such report (or it is not visible to the caller: a report matched to a person is seen only with that person). */
  missingPersonReport: Maybe<MissingPersonReport>;
  /** One person by id; null when there is no such person (or it is not visible to the caller). */
  person: Maybe<Person>;
  /** Persons matching a filter, newest first, a page at a time. */
  persons: PersonConnection;
  /** One rescue case by id. */
  rescueCase: Maybe<RescueCase>;
  /** One state change of a rescue case by id; null when there is no such event (or its case is not visible to the caller). */
  rescueCaseEvent: Maybe<RescueCaseEvent>;
  /** One settlement by id. */
  settlement: Maybe<Settlement>;
  /**
   * Long-stay unidentified persons in care in the caller's jurisdiction with no active settlement: eligible to be proposed, longest first.
   * @deprecated It stops at 100 cases, so a long list is cut short: page through `settlementCandidatesConnection` (order, `totalCount`) instead.
   */
  settlementCandidates: Array<RescueCase>;
  /** The open cases of long-stay unidentified persons in care in the caller's jurisdiction, of persons the caller sees, with no active settlement (eligible to be proposed), as cursor pages, longest stay first. */
  settlementCandidatesConnection: RescueCaseConnection;
  /**
   * Settlements in the caller's jurisdiction, newest first (those awaiting the center when no status is given).
   * @deprecated It stops at 100 settlements, newest first, so older ones never appear: page through `settlementsConnection` (filters, order, `totalCount`) instead.
   */
  settlements: Array<Settlement>;
  /** Settlements in the caller's jurisdiction, of persons the caller sees, as cursor pages: the center's queue (`statuses: [PROPOSED]`, `order: OLDEST_FIRST`), a station's settlements, or a partner's sync (`order: UPDATED`, `updatedSince`). */
  settlementsConnection: SettlementConnection;
  /** One shelter by id, with its free places (counts only); null when there is no such shelter. */
  shelter: Maybe<Shelter>;
  /** One of the shelter's records of a referral by id (shelter staff only); null when there is no such record. */
  shelterPlacement: Maybe<ShelterPlacement>;
  /**
   * The shelter's records of referrals, newest first (shelter staff only).
   * @deprecated It stops at 100 records, newest first, so older ones never appear: page through `shelterPlacementsConnection` (statuses, order, `totalCount`) instead.
   */
  shelterPlacements: Array<ShelterPlacement>;
  /** The shelter's records of referrals as cursor pages, newest answer first (shelter staff only; to anyone else the pages are empty). */
  shelterPlacementsConnection: ShelterPlacementConnection;
  /** Women's-federation referrals the shelter has not answered yet (the caseworker's file still open, no record of the shelter's), as cursor pages: the highest risk first, the longest waiting first within a level (shelter staff only; to anyone else the pages are empty). The referral's other fields are the women's federation's, seen as the caller may see them there. */
  shelterReferralsAwaitingAnswer: ShelterWaitingConnection;
  /** One room of the shelter by id, with its places and free places now (shelter staff only, as the shelter's rooms); null when there is no such room. */
  shelterRoom: Maybe<ShelterRoom>;
  /** The shelters, with their free places (counts only). */
  shelters: Array<Shelter>;
  /** One station by id. */
  station: Maybe<Station>;
  /** Stations of the network, optionally only one level and only within one jurisdiction (a division code prefix). */
  stations: Array<Station>;
  /** One street report by id, open or closed; null when there is no such report (or it is outside the caller's jurisdiction). */
  streetReport: Maybe<StreetReport>;
  /** Missing-person reports that may be this person, best first, each explained field by field. */
  tracingCandidates: Array<TracingCandidate>;
  /**
   * Unidentified persons in care in the caller's jurisdiction with their tracing clocks; overdue ones first.
   * @deprecated It answers the whole list in one piece and stops at 500 persons: page through `tracingWorkListConnection` (same order, `totalCount`) instead.
   */
  tracingWorkList: Array<TracingStatus>;
  /** Unidentified persons in care in the caller's jurisdiction, of persons the caller sees, with their tracing clocks, as cursor pages: the most overdue first, as the portal's work list shows it (`overdueOnly: true` for those with a clock run out). */
  tracingWorkListConnection: TracingStatusConnection;
};


/** Reads of the civil-affairs records. */
export type QueryAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the civil-affairs records. */
export type QueryAuditTrailArgs = {
  filter?: InputMaybe<AuditEventFilter>;
};


/** Reads of the civil-affairs records. */
export type QueryCareServiceArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryCareTrendArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the civil-affairs records. */
export type QueryCareZoneArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryCasesPastStandardStayArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  flag?: InputMaybe<StayFlag>;
};


/** Reads of the civil-affairs records. */
export type QueryCasesPastStandardStayConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  flags?: InputMaybe<Array<StayFlag>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<StayOrder>;
};


/** Reads of the civil-affairs records. */
export type QueryCivilAffairsChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<CivilAffairsRecordType>>;
};


/** Reads of the civil-affairs records. */
export type QueryCivilAffairsWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  subscriptionId: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryDispatchBoardConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the civil-affairs records. */
export type QueryDispatchPerformanceArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryEmergencyEventArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryEmergencyEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  ongoingOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads of the civil-affairs records. */
export type QueryEmergencyEventsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  ongoingOnly?: InputMaybe<Scalars['Boolean']['input']>;
  order?: InputMaybe<EmergencyEventOrder>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the civil-affairs records. */
export type QueryEmergencyHelpArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryEmergencyPointArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryEscortArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryEscortsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EscortStatus>;
};


/** Reads of the civil-affairs records. */
export type QueryEscortsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  crossProvince?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<EscortOrder>;
  statuses?: InputMaybe<Array<EscortStatus>>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the civil-affairs records. */
export type QueryMissingPersonReportArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the civil-affairs records. */
export type QueryRescueCaseArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryRescueCaseEventArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QuerySettlementArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QuerySettlementCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the civil-affairs records. */
export type QuerySettlementCandidatesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<StayOrder>;
};


/** Reads of the civil-affairs records. */
export type QuerySettlementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SettlementStatus>;
};


/** Reads of the civil-affairs records. */
export type QuerySettlementsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SettlementOrder>;
  statuses?: InputMaybe<Array<SettlementStatus>>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads of the civil-affairs records. */
export type QueryShelterArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryShelterPlacementArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryShelterPlacementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ShelterPlacementStatus>;
};


/** Reads of the civil-affairs records. */
export type QueryShelterPlacementsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ShelterPlacementOrder>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<ShelterPlacementStatus>>;
};


/** Reads of the civil-affairs records. */
export type QueryShelterReferralsAwaitingAnswerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ShelterWaitingOrder>;
  purpose?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the civil-affairs records. */
export type QueryShelterRoomArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryStationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryStationsArgs = {
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<NetworkLevel>;
};


/** Reads of the civil-affairs records. */
export type QueryStreetReportArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryTracingCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
};


/** Reads of the civil-affairs records. */
export type QueryTracingWorkListArgs = {
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads of the civil-affairs records. */
export type QueryTracingWorkListConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TracingWorkOrder>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  stationId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A person received at a station (24-hour reception): either someone already recorded (`personId`)
 * or someone new (`person`).
 */
export type ReceivePersonInput = {
  /** For a police hand-over: the hand-over record number. */
  handoverRecord?: InputMaybe<Scalars['String']['input']>;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the case the first one created instead of a second person and case; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When the person arrived (default: now); never in the future. */
  intakeAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A person not yet recorded; give this or `personId`. */
  person?: InputMaybe<PersonDetailsInput>;
  /** A person already recorded; give this or `person`. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the person came from. */
  source: IntakeSource;
  /** The receiving station. */
  stationId: Scalars['ID']['input'];
};

/** A service given to a person in care. */
export type RecordCareServiceInput = {
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the service record the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Kind of service. */
  kind: CareServiceKind;
  /** What was given. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The case (in care). */
  rescueCaseId: Scalars['ID']['input'];
};

/**
 * One person helped at an open temporary point: link a recorded person (`personId`) or give the
 * sex (and, if you can, the estimated age) of an anonymous one.
 */
export type RecordEmergencyHelpInput = {
  /** Estimated age of an anonymous person (0 to 120). */
  estimatedAge?: InputMaybe<Scalars['Int']['input']>;
  /** When it was given (default: now): not before the point opened, never in the future. */
  helpedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the help record the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What was given (at least one). */
  kinds: Array<EmergencyAidKind>;
  /** What was given or observed. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A recorded person visible to you; leave out for an anonymous entry. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The point (open). */
  pointId: Scalars['ID']['input'];
  /** Sex of an anonymous person (required when no person is linked). */
  sex?: InputMaybe<Sex>;
};

/** How a record ended. */
export type RecordEndReason =
  /** Merged into another record of the same person, which took its cases and history (`successorId`). */
  | 'MERGED'
  /** Removed as created in error. */
  | 'REMOVED';

/** No such record is visible to you; nothing was stored. */
export type RecordNotFound = UserError & {
  __typename?: 'RecordNotFound';
  /** Always `NOT_FOUND`. */
  code: UserErrorCode;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** What was not found. */
  message: Scalars['String']['output'];
};

/** Where the referring caseworker's file of a referral stands, as the women's federation reports it. */
export type ReferralFileStatus =
  /** Closed by the caseworker. */
  | 'CLOSED'
  /** Submitted and open. */
  | 'SUBMITTED'
  /** Withdrawn by the caseworker: the victim is not coming through this referral. */
  | 'WITHDRAWN';

/** A person record created in error. */
export type RemovePersonInput = {
  /** The record to remove. */
  personId: Scalars['ID']['input'];
  /** Why the record was an error. */
  reason: Scalars['String']['input'];
};

/**
 * What a removal answers: the removal, or why nothing was stored (a case open or a settlement under
 * way; an unknown, hidden, merged or removed record).
 */
export type RemovePersonResult = InputRejected | PersonRemoved | RecordNotFound | VersionConflict;

/** How a street report was closed. */
export type ReportClosure =
  /** Nobody needing help was found. */
  | 'FALSE_REPORT'
  /** The person declined help. */
  | 'HELP_DECLINED'
  /** Referred to another service. */
  | 'REFERRED'
  /** The person was rescued into a station. */
  | 'RESCUED_INTO_STATION';

/** Where a street report came from. */
export type ReportSource =
  /** The city-management platform. */
  | 'CITY_MANAGEMENT'
  /** The rescue hotline. */
  | 'HOTLINE'
  /** A patrol or outreach team. */
  | 'PATROL'
  /** 110 police linkage. */
  | 'POLICE_110'
  /** Someone who walked in to report. */
  | 'WALK_IN';

/** A new sighting or call. */
export type ReportStreetSightingInput = {
  /** Address or landmark. */
  address: Scalars['String']['input'];
  /** What was seen. */
  description: Scalars['String']['input'];
  /** District or county division code (6 digits). */
  district: Scalars['String']['input'];
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the street report the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Latitude (WGS 84). */
  latitude: Scalars['Float']['input'];
  /** Longitude (WGS 84). */
  longitude: Scalars['Float']['input'];
  /** When it was reported (default: now); never in the future. */
  reportedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Where it came from. */
  source: ReportSource;
};

/** A station's request to escort a person home. */
export type RequestEscortInput = {
  /** Destination, in words. */
  destination: Scalars['String']['input'];
  /** Destination division code (6 digits). */
  destinationDivision: Scalars['String']['input'];
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the escort the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The case (the person must be in care). */
  rescueCaseId: Scalars['ID']['input'];
};

/** One episode of care for a person at a station, from intake to exit. */
export type RescueCase = {
  __typename?: 'RescueCase';
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Every state change of the case, oldest first: who, when, from which state to which, and why. */
  events: Array<RescueCaseEvent>;
  /** When the person left care; null while the case is open. */
  exitAt: Maybe<Scalars['DateTime']['output']>;
  /** How the case ended; null while it is open. */
  exitReason: Maybe<ExitReason>;
  /** Until when the stay was extended, if it was. */
  extendedUntil: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When the person was received. */
  intakeAt: Scalars['DateTime']['output'];
  /** Where the person came from. */
  intakeSource: IntakeSource;
  /** The person in care. */
  person: Person;
  /** Services given during the stay, oldest first. */
  services: Array<CareService>;
  /** The station where the person was received. */
  station: Station;
  /** Where the case stands. */
  status: RescueCaseStatus;
  /** Days in care so far (or until exit), counted from intake. */
  stayDays: Scalars['Int']['output'];
  /** Where the case stands against the stay clock (10-day standard stay, 3-month long stay). */
  stayFlag: StayFlag;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Version for optimistic locking: pass it back as `expectedVersion` when changing the case. */
  version: Scalars['Int']['output'];
  /** The care zone, once the person is in care. */
  zone: Maybe<CareZoneKind>;
};

/** The case after a successful change. */
export type RescueCaseChanged = {
  __typename?: 'RescueCaseChanged';
  /** The case as it now stands. */
  rescueCase: RescueCase;
};

/** A page of rescue cases, in the order asked for. */
export type RescueCaseConnection = {
  __typename?: 'RescueCaseConnection';
  /** The cases on this page, each with its cursor. */
  edges: Array<RescueCaseEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many cases the caller may see match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One rescue case in a page, with the cursor that points at it. */
export type RescueCaseEdge = {
  __typename?: 'RescueCaseEdge';
  /** Pass as `after` to continue after this case (in the same order). */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: RescueCase;
};

/** One state change of a rescue case. Events are appended, never rewritten. */
export type RescueCaseEvent = {
  __typename?: 'RescueCaseEvent';
  /** Who made the change (a user or service identifier). */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** The state before the change; null for the intake event. */
  fromStatus: Maybe<RescueCaseStatus>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Why, in the actor's words. */
  reason: Maybe<Scalars['String']['output']>;
  /** The state after the change. */
  toStatus: RescueCaseStatus;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** What a change to a rescue case answers: the case, or why nothing was stored. */
export type RescueCaseResult = InputRejected | RecordNotFound | RescueCaseChanged | TransitionRefused | VersionConflict | ZoneFull;

/** Where a rescue case stands, from intake to exit. */
export type RescueCaseStatus =
  /** The person has left care. */
  | 'EXITED'
  /** Handed to the police because a crime is suspected. */
  | 'HANDED_TO_POLICE'
  /** Registered and in care in a zone. */
  | 'IN_CARE'
  /** Ill or injured: medical treatment first (先救治后救助). */
  | 'MEDICAL_TREATMENT'
  /** Received at the station; screening not yet done. */
  | 'RECEIVED'
  /** Aid refused with a written reason (不予救助). */
  | 'REFUSED';

/** The revocation of a settlement when the person's identity is found. */
export type RevokeSettlementInput = {
  /** To request an escort home: the destination in words. */
  escortDestination?: InputMaybe<Scalars['String']['input']>;
  /** To request an escort home: the destination division code (6 digits). */
  escortDestinationDivision?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** How the person goes home. */
  goingHomeArrangement: Scalars['String']['input'];
  /** How the identity was found. */
  identityFoundBy: IdentityFoundBy;
  /** The missing-person report id (tracing match) or identity check id (police check). */
  identityFoundReference: Scalars['ID']['input'];
  /** Why, in the staff member's words. */
  reason: Scalars['String']['input'];
  /** The settlement (approved or settled). */
  settlementId: Scalars['ID']['input'];
};

/** The arrangements of an escort: its legs. */
export type ScheduleEscortInput = {
  /** The escort. */
  escortId: Scalars['ID']['input'];
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The legs, in order (at least one). */
  legs: Array<EscortLegInput>;
};

/** Screening of a received person (or registration after medical treatment). */
export type ScreenRescueCaseInput = {
  /** The version you read; a newer one means someone else changed the case first. */
  expectedVersion: Scalars['Int']['input'];
  /** The outcome. */
  outcome: ScreeningOutcome;
  /** Why (required for REFUSED and HANDED_TO_POLICE). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The case. */
  rescueCaseId: Scalars['ID']['input'];
  /** For REGISTERED: the zone (default: chosen by classified care from sex and age). DV_SHELTER is never assignable here. */
  zone?: InputMaybe<CareZoneKind>;
};

/** The result of screening a person just received. */
export type ScreeningOutcome =
  /** A crime is suspected: handed to the police. */
  | 'HANDED_TO_POLICE'
  /** Ill or injured: medical treatment first. */
  | 'MEDICAL_TREATMENT'
  /** Aid refused, with a written reason. */
  | 'REFUSED'
  /** Registered and placed in care in a zone. */
  | 'REGISTERED';

/** The placement of an approved settlement at a welfare institution. */
export type SettlePersonInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** Reference of the collective household registration. */
  householdRegistrationRef: Scalars['String']['input'];
  /** Level of the institution. */
  institutionLevel: WelfareInstitutionLevel;
  /** Name of the institution. */
  institutionName: Scalars['String']['input'];
  /** The settlement (approved). */
  settlementId: Scalars['ID']['input'];
};

/**
 * Settlement (落户安置) of a long-stay unidentified person: proposed by the station, approved by civil
 * affairs after a police identity re-check, placed at a welfare institution with a collective
 * household registration, and revoked when the identity is later found.
 */
export type Settlement = {
  __typename?: 'Settlement';
  /** When the station proposed it (the same instant as `proposedAt`). */
  createdAt: Scalars['DateTime']['output'];
  /** When. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who approved or declined it (the regional center). */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** Why it was declined. */
  declineReason: Maybe<Scalars['String']['output']>;
  /** The escort home, when one was requested. */
  escort: Maybe<Escort>;
  /** How the person goes home (who collects them, when, by what means). */
  goingHomeArrangement: Maybe<Scalars['String']['output']>;
  /** Reference of the collective household registration (集体户口). */
  householdRegistrationRef: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** How the identity was found. */
  identityFoundBy: Maybe<IdentityFoundBy>;
  /** The missing-person report or identity check that found it. */
  identityFoundReference: Maybe<Scalars['String']['output']>;
  /** The police identity re-check (reason SETTLEMENT_RECHECK) the approval relied on; its outcome comes from public security. */
  identityRecheck: Maybe<IdentityCheck>;
  /** Level of the welfare institution. */
  institutionLevel: Maybe<WelfareInstitutionLevel>;
  /** Name of the welfare institution. */
  institutionName: Maybe<Scalars['String']['output']>;
  /** The person settled. */
  person: Person;
  /** The station's reasons for the proposal. */
  proposalNote: Scalars['String']['output'];
  /** When. */
  proposedAt: Scalars['DateTime']['output'];
  /** Who proposed it (station staff). */
  proposedBy: Scalars['String']['output'];
  /** The approver's statement on the re-check (that it found no existing registration). */
  recheckStatement: Maybe<Scalars['String']['output']>;
  /** The rescue case from which the person was proposed (it exits as SETTLED). */
  rescueCase: RescueCase;
  /** Why it was revoked. */
  revokeReason: Maybe<Scalars['String']['output']>;
  /** When it was revoked. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who revoked it. */
  revokedBy: Maybe<Scalars['String']['output']>;
  /** When the person was settled. */
  settledAt: Maybe<Scalars['DateTime']['output']>;
  /** Who recorded the settlement. */
  settledBy: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: SettlementStatus;
  /** When the settlement last changed (its proposal, the center's decision, the placement, the revocation, the person's records merged): page by it with `settlementsConnection(order: UPDATED, updatedSince:)` to stay in sync. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic locking: pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** The settlement after a successful change. */
export type SettlementChanged = {
  __typename?: 'SettlementChanged';
  /** The settlement as it now stands. */
  settlement: Settlement;
};

/** A page of settlements, in the order asked for. */
export type SettlementConnection = {
  __typename?: 'SettlementConnection';
  /** The settlements on this page, each with its cursor. */
  edges: Array<SettlementEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many settlements the caller may see match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One settlement in a page, with the cursor that points at it. */
export type SettlementEdge = {
  __typename?: 'SettlementEdge';
  /** Pass as `after` to continue after this settlement (in the same order). */
  cursor: Scalars['String']['output'];
  /** The settlement. */
  node: Settlement;
};

/** Why a person cannot be proposed for settlement. */
export type SettlementIneligibility =
  /** A settlement of this person is already proposed, approved or in force. */
  | 'ACTIVE_SETTLEMENT'
  /** The person's identity is known or claimed: trace the family instead. */
  | 'IDENTIFIED'
  /** The person is not in care (no open case in care). */
  | 'NOT_IN_CARE'
  /** In care for 3 months or less: not yet long-stay. */
  | 'NOT_LONG_STAY';

/**
 * The order of a page of settlements; every order ends with the settlement's id, so it is total and a
 * page never repeats or skips a settlement.
 */
export type SettlementOrder =
  /** Most recently proposed first. */
  | 'NEWEST_FIRST'
  /** Longest waiting first (by proposal time): the center's queue of proposals. */
  | 'OLDEST_FIRST'
  /** Least recently changed first: with `updatedSince`, what changed since a partner last synchronised, in the order it changed. */
  | 'UPDATED';

/** What a settlement change answers. */
export type SettlementResult = InputRejected | NotEligibleForSettlement | RecordNotFound | SettlementChanged | SettlementStepRefused | VersionConflict;

/** Where a settlement stands. */
export type SettlementStatus =
  /** Approved by civil affairs after the police identity re-check. */
  | 'APPROVED'
  /** Declined by civil affairs, with its reason. */
  | 'DECLINED'
  /** Proposed by the station, awaiting civil affairs. */
  | 'PROPOSED'
  /** Revoked because the identity was found: the person goes home. */
  | 'REVOKED'
  /** Settled at a welfare institution with a collective household registration; the rescue case exited as SETTLED. */
  | 'SETTLED';

/** The step is not allowed from the settlement's current state; nothing was stored. */
export type SettlementStepRefused = UserError & {
  __typename?: 'SettlementStepRefused';
  /** Always `STEP_NOT_ALLOWED`: the present state does not allow the step. */
  code: UserErrorCode;
  /** The state the settlement is in. */
  currentStatus: SettlementStatus;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why. */
  message: Scalars['String']['output'];
};

/** Sex as recorded at intake; `UNKNOWN` when it could not be established. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Not established. */
  | 'UNKNOWN';

/**
 * A shelter for victims of domestic violence and trafficking, run by the center. Everyone entitled
 * to the network sees that it exists and whether it has room; only its own staff and referring
 * caseworkers see where it is and how to reach it.
 */
export type Shelter = {
  __typename?: 'Shelter';
  /** Street address: null with a FORBIDDEN error for anyone not entitled. */
  address: Maybe<Scalars['String']['output']>;
  /** Contact phone: null with a FORBIDDEN error for anyone not entitled. */
  contactPhone: Maybe<Scalars['String']['output']>;
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Family rooms with every place free (counts only, visible network-wide). */
  freeFamilyRooms: Scalars['Int']['output'];
  freePlaces: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name, as used in referrals (it does not reveal the location). */
  name: Scalars['String']['output'];
  /** The rooms of the shelter zone with their places (shelter staff only). */
  rooms: Maybe<Array<ShelterRoom>>;
  /** Places in all. */
  totalPlaces: Scalars['Int']['output'];
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A place reserved or held for one member of the party. */
export type ShelterPlaceHold = {
  __typename?: 'ShelterPlaceHold';
  /** True for the victim's own place, false for a child's. */
  forVictim: Scalars['Boolean']['output'];
  /** The place number in the shelter zone. */
  placeNumber: Scalars['Int']['output'];
  /** The room. */
  room: Maybe<Scalars['String']['output']>;
};

/**
 * The shelter's record of a referral: the answer (accepted with places reserved, or declined), the
 * stay (admitted, extended) and its end. Only the shelter staff see it whole; the referring
 * caseworker sees its status.
 */
export type ShelterPlacement = {
  __typename?: 'ShelterPlacement';
  /** When she was admitted. */
  admittedAt: Maybe<Scalars['DateTime']['output']>;
  /** Of which children. */
  children: Scalars['Int']['output'];
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was accepted or declined. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who accepted or declined. */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** Why it was declined. */
  declineReason: Maybe<Scalars['String']['output']>;
  /** What was noted at discharge, referral out or closing. */
  endNote: Maybe<Scalars['String']['output']>;
  /** When she left (discharged or referred out). */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the stay was extended. */
  extensionReason: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Places for the victim and her children. */
  partySize: Scalars['Int']['output'];
  /** The victim, once admitted (a protected person). */
  person: Maybe<Person>;
  /** The places reserved or held (empty once released). */
  places: Array<ShelterPlaceHold>;
  /** Where the referring caseworker's file stands (WITHDRAWN or CLOSED after acceptance: the places held were released; after admission: the stay goes on until the shelter ends it). Null until the referral reaches civil affairs. */
  referralFileStatus: Maybe<ReferralFileStatus>;
  /** The women's-federation referral it answers. */
  referralId: Scalars['ID']['output'];
  /** Where she was referred out to. */
  referredOutTo: Maybe<Scalars['String']['output']>;
  /** The referring caseworker's username, as the women's federation named her (she is granted access to the victim on admission). */
  referringCaseworker: Maybe<Scalars['String']['output']>;
  /** The referring organisation, as on the referral. */
  referringOrganisation: Maybe<Scalars['String']['output']>;
  /** The rescue case of her stay, once admitted. */
  rescueCase: Maybe<RescueCase>;
  /** The shelter. */
  shelter: Maybe<Shelter>;
  /** Where it stands. */
  status: ShelterPlacementStatus;
  /** The stay runs until (10 days from admission unless extended). */
  stayUntil: Maybe<Scalars['DateTime']['output']>;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** The record's version (pass it back when changing it). */
  version: Scalars['Int']['output'];
};

/** The shelter's record as it now stands. */
export type ShelterPlacementChanged = {
  __typename?: 'ShelterPlacementChanged';
  /** The placement. */
  placement: ShelterPlacement;
};

/** A page of the shelter's records of referrals, in the order asked for. */
export type ShelterPlacementConnection = {
  __typename?: 'ShelterPlacementConnection';
  /** The records on this page, each with its cursor. */
  edges: Array<ShelterPlacementEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many records match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One of the shelter's records in a page, with the cursor that points at it. */
export type ShelterPlacementEdge = {
  __typename?: 'ShelterPlacementEdge';
  /** Pass as `after` to continue after this record (in the same order). */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: ShelterPlacement;
};

/**
 * The order of a page of the shelter's records; every order ends with the record's id, so it is total
 * and a page never repeats or skips a record.
 */
export type ShelterPlacementOrder =
  /** Most recently answered (accepted or declined) first. */
  | 'NEWEST_FIRST'
  /** Earliest answered first. */
  | 'OLDEST_FIRST';

/** What a change to a shelter placement answers. */
export type ShelterPlacementResult = InputRejected | NoCapacity | PlacementStepRefused | RecordNotFound | ShelterPlacementChanged | VersionConflict;

/** Where the shelter's record of a referral stands. */
export type ShelterPlacementStatus =
  /** Accepted, with places reserved for the victim and her children. */
  | 'ACCEPTED'
  /** The victim stays in the shelter (a protected person in care in the shelter zone). */
  | 'ADMITTED'
  /** Nothing more to do. */
  | 'CLOSED'
  /** Declined, with a reason. */
  | 'DECLINED'
  /** The victim left the shelter; the places are free again. */
  | 'DISCHARGED'
  /** The stay was extended past 10 days, with a reason. */
  | 'EXTENDED'
  /** The victim was referred on to other services; the places are free again. */
  | 'REFERRED_OUT';

/** A women's-federation shelter referral (owned by the women's federation); civil affairs adds the shelter's record of it. */
export type ShelterReferral = {
  __typename?: 'ShelterReferral';
  /** Stable identifier (the referral's). */
  id: Scalars['ID']['output'];
  /** The shelter's record of the referral: null until the shelter answers, and for anyone but the shelter staff and the referring caseworker (who sees only its status). */
  placement: Maybe<ShelterPlacement>;
};

/**
 * The shelter's answer to a women's-federation referral. The party size, the referring caseworker and
 * the organisation are the referral's, as the women's federation sent them to civil affairs: a
 * referral that has not reached civil affairs is not found, and a withdrawn or closed one is refused.
 */
export type ShelterReferralAnswerInput = {
  /**
   * Ignored: a place is reserved for each child the referral brings.
   * @deprecated The party size is the referral's; this value is ignored.
   */
  children?: InputMaybe<Scalars['Int']['input']>;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the placement (accepted or declined) the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The women's-federation referral. */
  referralId: Scalars['ID']['input'];
  /**
   * Ignored: the referring caseworker is the one the women's federation named.
   * @deprecated The referring caseworker is the referral's; this value is ignored.
   */
  referringCaseworker?: InputMaybe<Scalars['String']['input']>;
  /**
   * Ignored: the referring organisation is the referral's.
   * @deprecated The referring organisation is the referral's; this value is ignored.
   */
  referringOrganisation?: InputMaybe<Scalars['String']['input']>;
  /** The shelter. */
  shelterId: Scalars['ID']['input'];
};

/** A room in the shelter zone, with its places (beds). */
export type ShelterRoom = {
  __typename?: 'ShelterRoom';
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Places neither reserved nor taken. */
  freePlaces: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What kind of room. */
  kind: ShelterRoomKind;
  /** The room's label (e.g. `F1`). */
  label: Scalars['String']['output'];
  /** Places in the room. */
  places: Scalars['Int']['output'];
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** What kind of room a shelter room is. */
export type ShelterRoomKind =
  /** A room for a mother and her children, kept together. */
  | 'FAMILY'
  /** A room of single places. */
  | 'STANDARD';

/** A page of the referrals waiting for the shelter's answer, in the order asked for. */
export type ShelterWaitingConnection = {
  __typename?: 'ShelterWaitingConnection';
  /** The referrals on this page, each with its cursor. */
  edges: Array<ShelterWaitingEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many referrals are waiting in all (every page). */
  totalCount: Scalars['Int']['output'];
};

/** A referral waiting for the shelter's answer, with its cursor. */
export type ShelterWaitingEdge = {
  __typename?: 'ShelterWaitingEdge';
  /** Where this referral sits in the list: pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The referral. */
  node: ShelterReferral;
};

/** The order of the referrals waiting for the shelter's answer. */
export type ShelterWaitingOrder =
  /** The highest assessed risk first (immediate danger to life, high, medium, low), the longest waiting first within a level: the shelter's desk as the portal shows it. */
  | 'HIGHEST_RISK_FIRST'
  /** Longest waiting first (by submission), whatever the risk. */
  | 'OLDEST_FIRST';

/**
 * A unit of the rescue network: the center, a county station, a service point, a temporary or
 * consultation point, or an outreach team.
 */
export type Station = {
  __typename?: 'Station';
  /** Street address; null for mobile units. */
  address: Maybe<Scalars['String']['output']>;
  /** The station's care zones with their places (classified care). */
  careZones: Array<CareZone>;
  /** Stations that report to this one. */
  children: Array<Station>;
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether the unit is currently operating (temporary points close after their event). */
  isOpen: Scalars['Boolean']['output'];
  /** Administrative-division code (GB/T 2260, 6 digits; 9 or 12 below county level) of the area it serves. */
  jurisdiction: Scalars['String']['output'];
  /** Name of the administrative division it serves. */
  jurisdictionName: Scalars['String']['output'];
  /** What kind of unit it is. */
  kind: StationKind;
  /** Latitude (WGS 84) of where it stands, or where a mobile unit is based; null when not recorded. */
  latitude: Maybe<Scalars['Float']['output']>;
  /** The tier of the network the station belongs to. */
  level: NetworkLevel;
  /** Longitude (WGS 84) of where it stands, or where a mobile unit is based; null when not recorded. */
  longitude: Maybe<Scalars['Float']['output']>;
  /** Official name, in Chinese. */
  name: Scalars['String']['output'];
  /** Number of open rescue cases (persons currently received or in care) at this station. */
  openCaseCount: Scalars['Int']['output'];
  /** The station it reports to; null for the regional center. */
  parent: Maybe<Station>;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

/** What kind of unit a station is. */
export type StationKind =
  /** A consultation and guidance point. */
  | 'CONSULTATION_POINT'
  /** A county or district rescue station. */
  | 'COUNTY_STATION'
  /** A street outreach team. */
  | 'OUTREACH_TEAM'
  /** The regional rescue-management center (city rescue station). */
  | 'REGIONAL_CENTER'
  /** A township/street or village/community service point. */
  | 'SERVICE_POINT'
  /** A temporary rescue point opened for an emergency event or in a district without a station. */
  | 'TEMPORARY_POINT';

/**
 * A case against the stay clock (DOMAIN.md: standard stay at most 10 days; an extension needs a
 * filed reason; past 3 months unidentified the person is long-stay, eligible for settlement).
 */
export type StayFlag =
  /** Past 10 days with a filed extension still running. */
  | 'EXTENDED'
  /** Unidentified and in care for more than 3 months: eligible for settlement. */
  | 'LONG_STAY'
  /** Closed, or open within the standard 10 days. */
  | 'STANDARD'
  /** Past 10 days with no running extension (滞留): file an extension or end the stay. */
  | 'STAYING_ON';

/**
 * The order of a page of stays; every order ends with the case's id, so it is total and a page never
 * repeats or skips a case.
 */
export type StayOrder =
  /** Longest stay first (earliest intake). */
  | 'LONGEST_FIRST'
  /** Shortest stay first (latest intake). */
  | 'SHORTEST_FIRST';

/** A sighting or call that starts the dispatch loop. */
export type StreetReport = {
  __typename?: 'StreetReport';
  /** When dispatch accepted it. */
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  /** Address or landmark. */
  address: Scalars['String']['output'];
  /** When it was closed. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** How it was closed. */
  closure: Maybe<ReportClosure>;
  /** When the record was created, from the agency's change log (null for a record older than the log). */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** What was reported. */
  description: Scalars['String']['output'];
  /** Distance from the team to the scene when dispatched, in metres. */
  dispatchDistanceMeters: Maybe<Scalars['Int']['output']>;
  /** When a team was sent. */
  dispatchedAt: Maybe<Scalars['DateTime']['output']>;
  /** The team or station sent. */
  dispatchedTo: Maybe<Station>;
  /** The district or county (division code) where it was seen. */
  district: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Latitude (WGS 84). */
  latitude: Scalars['Float']['output'];
  /** Longitude (WGS 84). */
  longitude: Scalars['Float']['output'];
  /** Minutes from report to on scene, or so far while not yet on scene. */
  minutesToScene: Scalars['Int']['output'];
  /** True when the team was (or is still not) on scene 30 minutes after the report. */
  missedThirtyMinutes: Scalars['Boolean']['output'];
  /** When the team arrived. */
  onSceneAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was reported. */
  reportedAt: Scalars['DateTime']['output'];
  /** Where the report came from. */
  source: ReportSource;
  /** Where it stands. */
  status: StreetReportStatus;
  /** When the record last changed, from the agency's change log: the time of its newest change in the change feed (null for a record older than the log). */
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the team verified the situation. */
  verifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** Version for optimistic locking. */
  version: Scalars['Int']['output'];
};

/** The report after a successful change. */
export type StreetReportChanged = {
  __typename?: 'StreetReportChanged';
  /** The report as it now stands. */
  streetReport: StreetReport;
};

/** A page of the dispatch board's open street reports, oldest first. */
export type StreetReportConnection = {
  __typename?: 'StreetReportConnection';
  /** The reports on this page, each with its cursor. */
  edges: Array<StreetReportEdge>;
  /** Where this page sits in the whole board. */
  pageInfo: PageInfo;
  /** How many reports are open on the caller's board in all. */
  totalCount: Scalars['Int']['output'];
};

/** One street report in a page of the dispatch board, with the cursor that points at it. */
export type StreetReportEdge = {
  __typename?: 'StreetReportEdge';
  /** Pass as `after` to continue after this report, or as `before` to page back from it. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: StreetReport;
};

/** What a dispatch change answers: the report, or why nothing was stored. */
export type StreetReportResult = DispatchStepRefused | InputRejected | RecordNotFound | StreetReportChanged | VersionConflict;

/** Where a street report stands in the dispatch loop (the 30-minute rescue circle). */
export type StreetReportStatus =
  /** Accepted by the center's dispatch. */
  | 'ACCEPTED'
  /** Closed with an outcome. */
  | 'CLOSED'
  /** A team or station was sent. */
  | 'DISPATCHED'
  /** The team is on scene. */
  | 'ON_SCENE'
  /** Reported, not yet accepted. */
  | 'REPORTED'
  /** The team verified the situation. */
  | 'VERIFIED';

/** A missing-person report that may be this person, with the score explained field by field. Never confirmed automatically. */
export type TracingCandidate = {
  __typename?: 'TracingCandidate';
  /** Field by field. */
  evidence: Array<MatchEvidence>;
  /** The report. */
  report: MissingPersonReport;
  /** Weighted total, 0 to 1. */
  score: Scalars['Float']['output'];
};

/** Where an unidentified person in care stands against the tracing clocks. */
export type TracingStatus = {
  __typename?: 'TracingStatus';
  /** When the DNA request to the police is due (7 working days after intake). */
  dnaRequestDueAt: Scalars['DateTime']['output'];
  /** When the DNA request was sent. */
  dnaRequestedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the public tracing notice is due (24 hours after intake); null for a protected victim, who never gets one. */
  noticeDueAt: Maybe<Scalars['DateTime']['output']>;
  /** When the notice was published. */
  noticePublishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Which clocks have run out: NOTICE, DNA_REQUEST. */
  overdue: Array<Scalars['String']['output']>;
  /** The person. */
  person: Person;
  /** When the police result is due (one month after the request), once requested. */
  policeResultDueAt: Maybe<Scalars['DateTime']['output']>;
  /** The open case. */
  rescueCase: RescueCase;
};

/** A page of the family-tracing work list, in the order asked for. */
export type TracingStatusConnection = {
  __typename?: 'TracingStatusConnection';
  /** The persons on this page with their clocks, each with its cursor. */
  edges: Array<TracingStatusEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many persons the caller may see are on the list (under the filter) in all. */
  totalCount: Scalars['Int']['output'];
};

/** One person of the tracing work list in a page, with the cursor that points at it. */
export type TracingStatusEdge = {
  __typename?: 'TracingStatusEdge';
  /** Pass as `after` to continue after this person (in the same order). */
  cursor: Scalars['String']['output'];
  /** The person, the open case and the clocks. */
  node: TracingStatus;
};

/**
 * The order of the family-tracing work list; every order ends with the case's id, so it is total and
 * a page never repeats or skips a person.
 */
export type TracingWorkOrder =
  /** Longest in care first (by intake), whatever the clocks say. */
  | 'LONGEST_IN_CARE_FIRST'
  /** Most clocks run out first, then longest in care (the soonest due): the work list as the portal shows it. */
  | 'MOST_OVERDUE_FIRST';

/** The change is not allowed from the case's current state; nothing was stored. */
export type TransitionRefused = UserError & {
  __typename?: 'TransitionRefused';
  /** Always `STEP_NOT_ALLOWED`: the present state does not allow the step. */
  code: UserErrorCode;
  /** The state the case is in. */
  currentStatus: RescueCaseStatus;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** Why the change is not allowed. */
  message: Scalars['String']['output'];
};

/** How a leg of an escort travels. */
export type TravelMode =
  /** Coach or bus. */
  | 'BUS'
  /** Station vehicle. */
  | 'CAR'
  /** Flight. */
  | 'FLIGHT'
  /** Train. */
  | 'TRAIN';

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
  /** A settlement of this person is already proposed, approved or in force. */
  | 'ACTIVE_SETTLEMENT'
  /** Estimated ages are whole years from 0 to 120, the lower one first. */
  | 'AGE_RANGE'
  /** The person already has an open rescue case. */
  | 'ALREADY_IN_CARE'
  /** The temporary point is already open for an event: close it first. */
  | 'ALREADY_OPEN'
  /** The amount is not above zero, or has more than two decimals (yuan), or is out of range. */
  | 'AMOUNT'
  /** The first six digits of the resident ID number are not a valid administrative-division code. */
  | 'AREA_CODE'
  /** The time is before the last help recorded at the point. */
  | 'BEFORE_ACTIVITY'
  /** The time is before the event started. */
  | 'BEFORE_EVENT'
  /** The time is before the point opened. */
  | 'BEFORE_OPENING'
  /** The time is before the previous step of the record. */
  | 'BEFORE_PREVIOUS_STEP'
  /** The date of birth is not a real date, or lies in the future. */
  | 'BIRTH_DATE'
  /** Both records have an open rescue case: close one before merging. */
  | 'BOTH_IN_CARE'
  /** Both records have a settlement: revoke one before merging. */
  | 'BOTH_IN_SETTLEMENT'
  /** The person's rescue case is no longer in care. */
  | 'CASE_NOT_IN_CARE'
  /** The value holds characters that are not allowed here. */
  | 'CHARSET'
  /** The check character of the resident ID number (ISO 7064 MOD 11-2) does not fit the first 17 digits: the number was mistyped. */
  | 'CHECK_CHARACTER'
  /** The station is closed. */
  | 'CLOSED'
  /** The two records carry different resident ID numbers: they are not the same person. */
  | 'CONFLICTING_ID_NUMBERS'
  /** The number of entries is outside the allowed range (the message says how many). */
  | 'COUNT'
  /** Not a valid country calling code, or not an ICAO 9303 nationality code. */
  | 'COUNTRY_CODE'
  /** Already recorded: the same record exists. */
  | 'DUPLICATE'
  /** The value is empty. */
  | 'EMPTY'
  /** The end is before the start. */
  | 'END_BEFORE_START'
  /** The name holds a control, zero-width or bidirectional-override character. */
  | 'FORBIDDEN_CHARACTER'
  /** The value does not have the expected format (the message says which). */
  | 'FORMAT'
  /** The time lies in the future. */
  | 'FUTURE'
  /** The person's identity is known or claimed: trace the family instead. */
  | 'IDENTIFIED'
  /** The name holds a character that is not a letter, a mark, a space, a hyphen or `·`. */
  | 'INVALID_CHARACTER'
  /** Not a valid id (a UUID). */
  | 'INVALID_ID'
  /** The text holds control or invisible characters, or is too long. */
  | 'INVALID_TEXT'
  /** The person has an open rescue case in care. */
  | 'IN_CARE'
  /** The person has a settlement proposed, approved or in force. */
  | 'IN_SETTLEMENT'
  /** The value has the wrong length. */
  | 'LENGTH'
  /** The value contradicts another one given (for example the date of birth in the ID number). */
  | 'MISMATCH'
  /** An international phone number starts with `+` (E.164). */
  | 'MISSING_PLUS'
  /** This step or outcome does not take this field. */
  | 'NOT_APPLICABLE'
  /** The DV shelter zone is assigned only through a shelter referral. */
  | 'NOT_ASSIGNABLE'
  /** That is not a step that can be taken. */
  | 'NOT_A_STEP'
  /** Only a temporary point opens for an emergency event. */
  | 'NOT_A_TEMPORARY_POINT'
  /** No such record is visible to the caller; answered alike whether it does not exist or may not be seen. */
  | 'NOT_FOUND'
  /** The person is not in care (no open case in care). */
  | 'NOT_IN_CARE'
  /** Send an open team or station of the report's district. */
  | 'NOT_IN_DISTRICT'
  /** In care for 3 months or less: not yet long-stay, so not eligible for settlement. */
  | 'NOT_LONG_STAY'
  /** The shelter has fewer free places than the party needs (`requested`, `free`). */
  | 'NO_CAPACITY'
  /** The shelter has no DV shelter zone. */
  | 'NO_SHELTER_ZONE'
  /** The station has no such care zone. */
  | 'NO_SUCH_ZONE'
  /** No open team or station in the district to send. */
  | 'NO_UNIT'
  /** Give exactly one of the alternatives (for example a recorded person or a new one). */
  | 'ONE_OF'
  /** The times are out of order. */
  | 'ORDER'
  /** Outside the districts of the emergency event. */
  | 'OUTSIDE_EVENT'
  /** Outside the caller's jurisdiction: the regional center handles it. */
  | 'OUTSIDE_JURISDICTION'
  /** The reported point lies farther than 80 km from every station of the city's network: the coordinates are wrong (latitude and longitude swapped, another city's point). */
  | 'OUTSIDE_REGION'
  /** The time, or the end of a validity, must lie after now. */
  | 'PAST'
  /** Not a valid Chinese mobile number prefix (11 digits starting with 1[3-9]). */
  | 'PREFIX'
  /** A protected victim never gets a public tracing notice. */
  | 'PROTECTED'
  /** The number is outside the allowed range. */
  | 'RANGE'
  /** Approve only when the identity re-check found no household registration; otherwise decline and trace the family. */
  | 'RECHECK_NOT_CLEAR'
  /** The referring caseworker closed the referral: there is nothing to answer. */
  | 'REFERRAL_CLOSED'
  /** The referring caseworker withdrew the referral: there is nothing to answer. */
  | 'REFERRAL_WITHDRAWN'
  /** A value is required here. */
  | 'REQUIRED'
  /** The missing-person report is already resolved. */
  | 'RESOLVED'
  /** The idempotency key was already used for a different request: use a new key for a new request. */
  | 'REUSED'
  /** A record cannot be merged into itself. */
  | 'SAME_PERSON'
  /** A person is settled only through an approved settlement. */
  | 'SETTLEMENT_REQUIRED'
  /** The record's present state does not allow this step (the answer's `currentStatus` or `currentState` says which state). */
  | 'STEP_NOT_ALLOWED'
  /** The text is empty, too long, or holds control or invisible characters. */
  | 'TEXT'
  /** Too long: a name over its length limit, or an extension of more than 90 days at a time. */
  | 'TOO_LONG'
  /** No station of the network serves this district. */
  | 'UNKNOWN_DISTRICT'
  /** The record changed since the caller read it (optimistic locking): read it again and retry with its current version. */
  | 'VERSION_CONFLICT'
  /** The care zone chosen has no free place: transfer the person or choose another zone. */
  | 'ZONE_FULL'
  /** The care zone chosen contradicts the person: minors are kept apart from adults, and men apart from women. */
  | 'ZONE_MISMATCH';

/** Someone else changed the record since you read it; nothing was stored. */
export type VersionConflict = UserError & {
  __typename?: 'VersionConflict';
  /** Always `VERSION_CONFLICT`. */
  code: UserErrorCode;
  /** The record's current version: read it again and retry. */
  currentVersion: Scalars['Int']['output'];
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** What happened. */
  message: Scalars['String']['output'];
};

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

/** The level of the welfare institution where a person is settled. */
export type WelfareInstitutionLevel =
  /** A city-level welfare institution. */
  | 'CITY'
  /** A county-level welfare institution. */
  | 'COUNTY'
  /** An institution in another area (cross-area placement). */
  | 'CROSS_AREA';

/** The zone has no free place; nothing was stored. */
export type ZoneFull = UserError & {
  __typename?: 'ZoneFull';
  /** Always `ZONE_FULL`. */
  code: UserErrorCode;
  /** Null: not about one input field. */
  field: Maybe<Scalars['String']['output']>;
  /** What to do instead. */
  message: Scalars['String']['output'];
  /** The zone that is full. */
  zone: CareZoneKind;
};

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
  EmergencyEvent: EmergencyEvent;
  EmergencyPoint: EmergencyPoint;
  Escort: Escort;
  ExchangeState: ExchangeState;
  MissingPersonReport: MissingPersonReport;
  Person: Person;
  RescueCase: RescueCase;
  Settlement: Settlement;
  Shelter: Shelter;
  ShelterPlacement: ShelterPlacement;
  ShelterReferral: ShelterReferral;
  Station: Station;
  StreetReport: StreetReport;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AuditTrail:
    ( { __typename: 'AuditTrail' }
    & GraphQLRecursivePick<FederationTypes['AuditTrail'], {"filterKey":true}> );
  EmergencyEvent:
    ( { __typename: 'EmergencyEvent' }
    & GraphQLRecursivePick<FederationTypes['EmergencyEvent'], {"id":true}> );
  EmergencyPoint:
    ( { __typename: 'EmergencyPoint' }
    & GraphQLRecursivePick<FederationTypes['EmergencyPoint'], {"id":true}> );
  Escort:
    ( { __typename: 'Escort' }
    & GraphQLRecursivePick<FederationTypes['Escort'], {"id":true}> );
  ExchangeState:
    ( { __typename: 'ExchangeState' }
    & GraphQLRecursivePick<FederationTypes['ExchangeState'], {"id":true}> );
  MissingPersonReport:
    ( { __typename: 'MissingPersonReport' }
    & GraphQLRecursivePick<FederationTypes['MissingPersonReport'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  RescueCase:
    ( { __typename: 'RescueCase' }
    & GraphQLRecursivePick<FederationTypes['RescueCase'], {"id":true}> );
  Settlement:
    ( { __typename: 'Settlement' }
    & GraphQLRecursivePick<FederationTypes['Settlement'], {"id":true}> );
  Shelter:
    ( { __typename: 'Shelter' }
    & GraphQLRecursivePick<FederationTypes['Shelter'], {"id":true}> );
  ShelterPlacement:
    ( { __typename: 'ShelterPlacement' }
    & GraphQLRecursivePick<FederationTypes['ShelterPlacement'], {"id":true}> );
  ShelterReferral:
    ( { __typename: 'ShelterReferral' }
    & GraphQLRecursivePick<FederationTypes['ShelterReferral'], {"id":true}> );
  Station:
    ( { __typename: 'Station' }
    & GraphQLRecursivePick<FederationTypes['Station'], {"id":true}> );
  StreetReport:
    ( { __typename: 'StreetReport' }
    & GraphQLRecursivePick<FederationTypes['StreetReport'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CivilAffairsRecord:
    | ( CareServiceModel )
    | ( CareZoneModel )
    | ( EmergencyEventModel )
    | ( EmergencyHelpModel )
    | ( EmergencyPointModel )
    | ( EndedRecordViewModel )
    | ( EscortModel )
    | ( MissingPersonReportModel )
    | ( PersonModel )
    | ( RescueCaseModel )
    | ( RescueCaseEventModel )
    | ( SettlementModel )
    | ( ShelterModel )
    | ( ShelterPlacementModel )
    | ( ShelterRoomViewModel )
    | ( StationModel )
    | ( StreetReportModel )
  ;
  EmergencyEventResult:
    | ( Omit<EmergencyEventChanged, 'event'> & { event: _RefType['EmergencyEvent'] } )
    | ( EmergencyStepRefused )
    | ( InputRejected )
    | ( RecordNotFound )
    | ( VersionConflict )
  ;
  EmergencyHelpResult:
    | ( Omit<EmergencyHelpRecorded, 'help' | 'point'> & { help: _RefType['EmergencyHelp'], point: _RefType['EmergencyPoint'] } )
    | ( EmergencyStepRefused )
    | ( InputRejected )
    | ( RecordNotFound )
  ;
  EmergencyPointResult:
    | ( Omit<EmergencyPointChanged, 'point'> & { point: _RefType['EmergencyPoint'] } )
    | ( EmergencyStepRefused )
    | ( InputRejected )
    | ( RecordNotFound )
    | ( VersionConflict )
  ;
  EscortResult:
    | ( Omit<EscortChanged, 'escort'> & { escort: _RefType['Escort'] } )
    | ( EscortStepRefused )
    | ( InputRejected )
    | ( RecordNotFound )
    | ( VersionConflict )
  ;
  MergePersonsResult:
    | ( InputRejected )
    | ( Omit<PersonsMerged, 'person'> & { person: _RefType['Person'] } )
    | ( RecordNotFound )
    | ( VersionConflict )
  ;
  RemovePersonResult:
    | ( InputRejected )
    | ( PersonRemoved )
    | ( RecordNotFound )
    | ( VersionConflict )
  ;
  RescueCaseResult:
    | ( InputRejected )
    | ( RecordNotFound )
    | ( Omit<RescueCaseChanged, 'rescueCase'> & { rescueCase: _RefType['RescueCase'] } )
    | ( TransitionRefused )
    | ( VersionConflict )
    | ( ZoneFull )
  ;
  SettlementResult:
    | ( InputRejected )
    | ( NotEligibleForSettlement )
    | ( RecordNotFound )
    | ( Omit<SettlementChanged, 'settlement'> & { settlement: _RefType['Settlement'] } )
    | ( SettlementStepRefused )
    | ( VersionConflict )
  ;
  ShelterPlacementResult:
    | ( InputRejected )
    | ( NoCapacity )
    | ( PlacementStepRefused )
    | ( RecordNotFound )
    | ( Omit<ShelterPlacementChanged, 'placement'> & { placement: _RefType['ShelterPlacement'] } )
    | ( VersionConflict )
  ;
  StreetReportResult:
    | ( DispatchStepRefused )
    | ( InputRejected )
    | ( RecordNotFound )
    | ( Omit<StreetReportChanged, 'streetReport'> & { streetReport: _RefType['StreetReport'] } )
    | ( VersionConflict )
  ;
  WebhookSubscriptionResult:
    | ( WebhookRefused )
    | ( Omit<WebhookSubscriptionChanged, 'subscription'> & { subscription: _RefType['WebhookSubscription'] } )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  UserError:
    | ( DispatchStepRefused )
    | ( EmergencyStepRefused )
    | ( EscortStepRefused )
    | ( InputRejected )
    | ( NoCapacity )
    | ( NotEligibleForSettlement )
    | ( PlacementStepRefused )
    | ( RecordNotFound )
    | ( SettlementStepRefused )
    | ( TransitionRefused )
    | ( VersionConflict )
    | ( WebhookRefused )
    | ( ZoneFull )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdmitToShelterInput: AdmitToShelterInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AdvanceEscortInput: AdvanceEscortInput;
  AdvanceStreetReportInput: AdvanceStreetReportInput;
  AgencyExchangeState: ResolverTypeWrapper<AgencyExchangeStateSourceModel>;
  AuditChainCheck: ResolverTypeWrapper<AuditChainReportModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditEventSourceModel>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnectionSourceModel>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventFilter: AuditEventFilter;
  AuditEventPage: ResolverTypeWrapper<AuditEventPageSourceModel>;
  AuditOutcome: AuditOutcome;
  AuditTrail: ResolverTypeWrapper<AuditTrailSourceModel>;
  CareMonth: ResolverTypeWrapper<CareMonth>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CareService: ResolverTypeWrapper<CareServiceModel>;
  CareServiceKind: CareServiceKind;
  CareZone: ResolverTypeWrapper<CareZoneModel>;
  CareZoneKind: CareZoneKind;
  ChangeOperation: ChangeOperation;
  CivilAffairsChange: ResolverTypeWrapper<ChangeNodeModel>;
  CivilAffairsChangeConnection: ResolverTypeWrapper<Omit<CivilAffairsChangeConnection, 'edges'> & { edges: Array<ResolversTypes['CivilAffairsChangeEdge']> }>;
  CivilAffairsChangeEdge: ResolverTypeWrapper<Omit<CivilAffairsChangeEdge, 'node'> & { node: ResolversTypes['CivilAffairsChange'] }>;
  CivilAffairsRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CivilAffairsRecord']>;
  CivilAffairsRecordType: CivilAffairsRecordType;
  CloseEmergencyPointInput: CloseEmergencyPointInput;
  Currency: Currency;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideEscortInput: DecideEscortInput;
  DecideSettlementInput: DecideSettlementInput;
  DeclareEmergencyEventInput: DeclareEmergencyEventInput;
  DispatchPerformance: ResolverTypeWrapper<DispatchPerformance>;
  DispatchStepRefused: ResolverTypeWrapper<DispatchStepRefused>;
  EmergencyAidKind: EmergencyAidKind;
  EmergencyEvent: ResolverTypeWrapper<EmergencyEventModel>;
  EmergencyEventChanged: ResolverTypeWrapper<Omit<EmergencyEventChanged, 'event'> & { event: ResolversTypes['EmergencyEvent'] }>;
  EmergencyEventConnection: ResolverTypeWrapper<Omit<EmergencyEventConnection, 'edges'> & { edges: Array<ResolversTypes['EmergencyEventEdge']> }>;
  EmergencyEventEdge: ResolverTypeWrapper<Omit<EmergencyEventEdge, 'node'> & { node: ResolversTypes['EmergencyEvent'] }>;
  EmergencyEventOrder: EmergencyEventOrder;
  EmergencyEventResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EmergencyEventResult']>;
  EmergencyHelp: ResolverTypeWrapper<EmergencyHelpModel>;
  EmergencyHelpCount: ResolverTypeWrapper<EmergencyHelpCountViewModel>;
  EmergencyHelpRecorded: ResolverTypeWrapper<Omit<EmergencyHelpRecorded, 'help' | 'point'> & { help: ResolversTypes['EmergencyHelp'], point: ResolversTypes['EmergencyPoint'] }>;
  EmergencyHelpResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EmergencyHelpResult']>;
  EmergencyKind: EmergencyKind;
  EmergencyPoint: ResolverTypeWrapper<EmergencyPointModel>;
  EmergencyPointChanged: ResolverTypeWrapper<Omit<EmergencyPointChanged, 'point'> & { point: ResolversTypes['EmergencyPoint'] }>;
  EmergencyPointResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EmergencyPointResult']>;
  EmergencyState: EmergencyState;
  EmergencyStepRefused: ResolverTypeWrapper<EmergencyStepRefused>;
  EndEmergencyEventInput: EndEmergencyEventInput;
  EndedRecord: ResolverTypeWrapper<EndedRecordViewModel>;
  Escort: ResolverTypeWrapper<EscortModel>;
  EscortChanged: ResolverTypeWrapper<Omit<EscortChanged, 'escort'> & { escort: ResolversTypes['Escort'] }>;
  EscortConnection: ResolverTypeWrapper<Omit<EscortConnection, 'edges'> & { edges: Array<ResolversTypes['EscortEdge']> }>;
  EscortEdge: ResolverTypeWrapper<Omit<EscortEdge, 'node'> & { node: ResolversTypes['Escort'] }>;
  EscortLeg: ResolverTypeWrapper<EscortLegModel>;
  EscortLegInput: EscortLegInput;
  EscortOrder: EscortOrder;
  EscortResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EscortResult']>;
  EscortStatus: EscortStatus;
  EscortStepRefused: ResolverTypeWrapper<EscortStepRefused>;
  ExchangeConsumerPosition: ResolverTypeWrapper<ExchangeConsumerPositionViewModel>;
  ExchangeDeadLetter: ResolverTypeWrapper<ExchangeDeadLetterViewModel>;
  ExchangeState: ResolverTypeWrapper<ExchangeStateSourceModel>;
  ExitCount: ResolverTypeWrapper<ExitCount>;
  ExitReason: ExitReason;
  ExitRescueCaseInput: ExitRescueCaseInput;
  ExtendStayInput: ExtendStayInput;
  IdentityCheck: ResolverTypeWrapper<IdentityCheck>;
  IdentityFoundBy: IdentityFoundBy;
  IdentityStatus: IdentityStatus;
  InputRejected: ResolverTypeWrapper<InputRejected>;
  IntakeSource: IntakeSource;
  MatchEvidence: ResolverTypeWrapper<MatchEvidence>;
  MergePersonsInput: MergePersonsInput;
  MergePersonsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MergePersonsResult']>;
  MissingPersonReport: ResolverTypeWrapper<MissingPersonReportModel>;
  Money: ResolverTypeWrapper<FenModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkLevel: NetworkLevel;
  NewEmergencyPointInput: NewEmergencyPointInput;
  NoCapacity: ResolverTypeWrapper<NoCapacity>;
  NotEligibleForSettlement: ResolverTypeWrapper<NotEligibleForSettlement>;
  OpenEmergencyPointInput: OpenEmergencyPointInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonModel>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonDetailsInput: PersonDetailsInput;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonRemoved: ResolverTypeWrapper<PersonRemoved>;
  PersonsMerged: ResolverTypeWrapper<Omit<PersonsMerged, 'person'> & { person: ResolversTypes['Person'] }>;
  PlacementStepRefused: ResolverTypeWrapper<PlacementStepRefused>;
  ProposeSettlementInput: ProposeSettlementInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceivePersonInput: ReceivePersonInput;
  RecordCareServiceInput: RecordCareServiceInput;
  RecordEmergencyHelpInput: RecordEmergencyHelpInput;
  RecordEndReason: RecordEndReason;
  RecordNotFound: ResolverTypeWrapper<RecordNotFound>;
  ReferralFileStatus: ReferralFileStatus;
  RemovePersonInput: RemovePersonInput;
  RemovePersonResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RemovePersonResult']>;
  ReportClosure: ReportClosure;
  ReportSource: ReportSource;
  ReportStreetSightingInput: ReportStreetSightingInput;
  RequestEscortInput: RequestEscortInput;
  RescueCase: ResolverTypeWrapper<RescueCaseModel>;
  RescueCaseChanged: ResolverTypeWrapper<Omit<RescueCaseChanged, 'rescueCase'> & { rescueCase: ResolversTypes['RescueCase'] }>;
  RescueCaseConnection: ResolverTypeWrapper<Omit<RescueCaseConnection, 'edges'> & { edges: Array<ResolversTypes['RescueCaseEdge']> }>;
  RescueCaseEdge: ResolverTypeWrapper<Omit<RescueCaseEdge, 'node'> & { node: ResolversTypes['RescueCase'] }>;
  RescueCaseEvent: ResolverTypeWrapper<RescueCaseEventModel>;
  RescueCaseResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RescueCaseResult']>;
  RescueCaseStatus: RescueCaseStatus;
  RevokeSettlementInput: RevokeSettlementInput;
  ScheduleEscortInput: ScheduleEscortInput;
  ScreenRescueCaseInput: ScreenRescueCaseInput;
  ScreeningOutcome: ScreeningOutcome;
  SettlePersonInput: SettlePersonInput;
  Settlement: ResolverTypeWrapper<SettlementModel>;
  SettlementChanged: ResolverTypeWrapper<Omit<SettlementChanged, 'settlement'> & { settlement: ResolversTypes['Settlement'] }>;
  SettlementConnection: ResolverTypeWrapper<Omit<SettlementConnection, 'edges'> & { edges: Array<ResolversTypes['SettlementEdge']> }>;
  SettlementEdge: ResolverTypeWrapper<Omit<SettlementEdge, 'node'> & { node: ResolversTypes['Settlement'] }>;
  SettlementIneligibility: SettlementIneligibility;
  SettlementOrder: SettlementOrder;
  SettlementResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SettlementResult']>;
  SettlementStatus: SettlementStatus;
  SettlementStepRefused: ResolverTypeWrapper<SettlementStepRefused>;
  Sex: Sex;
  Shelter: ResolverTypeWrapper<ShelterModel>;
  ShelterPlaceHold: ResolverTypeWrapper<ShelterPlaceHoldModel>;
  ShelterPlacement: ResolverTypeWrapper<ShelterPlacementModel>;
  ShelterPlacementChanged: ResolverTypeWrapper<Omit<ShelterPlacementChanged, 'placement'> & { placement: ResolversTypes['ShelterPlacement'] }>;
  ShelterPlacementConnection: ResolverTypeWrapper<Omit<ShelterPlacementConnection, 'edges'> & { edges: Array<ResolversTypes['ShelterPlacementEdge']> }>;
  ShelterPlacementEdge: ResolverTypeWrapper<Omit<ShelterPlacementEdge, 'node'> & { node: ResolversTypes['ShelterPlacement'] }>;
  ShelterPlacementOrder: ShelterPlacementOrder;
  ShelterPlacementResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ShelterPlacementResult']>;
  ShelterPlacementStatus: ShelterPlacementStatus;
  ShelterReferral: ResolverTypeWrapper<EntityReferenceModel>;
  ShelterReferralAnswerInput: ShelterReferralAnswerInput;
  ShelterRoom: ResolverTypeWrapper<ShelterRoomViewModel>;
  ShelterRoomKind: ShelterRoomKind;
  ShelterWaitingConnection: ResolverTypeWrapper<Omit<ShelterWaitingConnection, 'edges'> & { edges: Array<ResolversTypes['ShelterWaitingEdge']> }>;
  ShelterWaitingEdge: ResolverTypeWrapper<Omit<ShelterWaitingEdge, 'node'> & { node: ResolversTypes['ShelterReferral'] }>;
  ShelterWaitingOrder: ShelterWaitingOrder;
  Station: ResolverTypeWrapper<StationModel>;
  StationKind: StationKind;
  StayFlag: StayFlag;
  StayOrder: StayOrder;
  StreetReport: ResolverTypeWrapper<StreetReportModel>;
  StreetReportChanged: ResolverTypeWrapper<Omit<StreetReportChanged, 'streetReport'> & { streetReport: ResolversTypes['StreetReport'] }>;
  StreetReportConnection: ResolverTypeWrapper<Omit<StreetReportConnection, 'edges'> & { edges: Array<ResolversTypes['StreetReportEdge']> }>;
  StreetReportEdge: ResolverTypeWrapper<Omit<StreetReportEdge, 'node'> & { node: ResolversTypes['StreetReport'] }>;
  StreetReportResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StreetReportResult']>;
  StreetReportStatus: StreetReportStatus;
  TracingCandidate: ResolverTypeWrapper<TracingCandidateModel>;
  TracingStatus: ResolverTypeWrapper<TracingStatusViewModel>;
  TracingStatusConnection: ResolverTypeWrapper<Omit<TracingStatusConnection, 'edges'> & { edges: Array<ResolversTypes['TracingStatusEdge']> }>;
  TracingStatusEdge: ResolverTypeWrapper<Omit<TracingStatusEdge, 'node'> & { node: ResolversTypes['TracingStatus'] }>;
  TracingWorkOrder: TracingWorkOrder;
  TransitionRefused: ResolverTypeWrapper<TransitionRefused>;
  TravelMode: TravelMode;
  UserError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UserError']>;
  UserErrorCode: UserErrorCode;
  VersionConflict: ResolverTypeWrapper<VersionConflict>;
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
  WelfareInstitutionLevel: WelfareInstitutionLevel;
  ZoneFull: ResolverTypeWrapper<ZoneFull>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdmitToShelterInput: AdmitToShelterInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AdvanceEscortInput: AdvanceEscortInput;
  AdvanceStreetReportInput: AdvanceStreetReportInput;
  AgencyExchangeState: AgencyExchangeStateSourceModel;
  AuditChainCheck: AuditChainReportModel;
  Boolean: Scalars['Boolean']['output'];
  AuditEvent: AuditEventSourceModel;
  AuditEventConnection: AuditEventConnectionSourceModel;
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditEventFilter: AuditEventFilter;
  AuditEventPage: AuditEventPageSourceModel;
  AuditTrail: AuditTrailSourceModel;
  CareMonth: CareMonth;
  Float: Scalars['Float']['output'];
  CareService: CareServiceModel;
  CareZone: CareZoneModel;
  CivilAffairsChange: ChangeNodeModel;
  CivilAffairsChangeConnection: Omit<CivilAffairsChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['CivilAffairsChangeEdge']> };
  CivilAffairsChangeEdge: Omit<CivilAffairsChangeEdge, 'node'> & { node: ResolversParentTypes['CivilAffairsChange'] };
  CivilAffairsRecord: ResolversUnionTypes<ResolversParentTypes>['CivilAffairsRecord'];
  CloseEmergencyPointInput: CloseEmergencyPointInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideEscortInput: DecideEscortInput;
  DecideSettlementInput: DecideSettlementInput;
  DeclareEmergencyEventInput: DeclareEmergencyEventInput;
  DispatchPerformance: DispatchPerformance;
  DispatchStepRefused: DispatchStepRefused;
  EmergencyEvent: EmergencyEventModel;
  EmergencyEventChanged: Omit<EmergencyEventChanged, 'event'> & { event: ResolversParentTypes['EmergencyEvent'] };
  EmergencyEventConnection: Omit<EmergencyEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EmergencyEventEdge']> };
  EmergencyEventEdge: Omit<EmergencyEventEdge, 'node'> & { node: ResolversParentTypes['EmergencyEvent'] };
  EmergencyEventResult: ResolversUnionTypes<ResolversParentTypes>['EmergencyEventResult'];
  EmergencyHelp: EmergencyHelpModel;
  EmergencyHelpCount: EmergencyHelpCountViewModel;
  EmergencyHelpRecorded: Omit<EmergencyHelpRecorded, 'help' | 'point'> & { help: ResolversParentTypes['EmergencyHelp'], point: ResolversParentTypes['EmergencyPoint'] };
  EmergencyHelpResult: ResolversUnionTypes<ResolversParentTypes>['EmergencyHelpResult'];
  EmergencyPoint: EmergencyPointModel;
  EmergencyPointChanged: Omit<EmergencyPointChanged, 'point'> & { point: ResolversParentTypes['EmergencyPoint'] };
  EmergencyPointResult: ResolversUnionTypes<ResolversParentTypes>['EmergencyPointResult'];
  EmergencyStepRefused: EmergencyStepRefused;
  EndEmergencyEventInput: EndEmergencyEventInput;
  EndedRecord: EndedRecordViewModel;
  Escort: EscortModel;
  EscortChanged: Omit<EscortChanged, 'escort'> & { escort: ResolversParentTypes['Escort'] };
  EscortConnection: Omit<EscortConnection, 'edges'> & { edges: Array<ResolversParentTypes['EscortEdge']> };
  EscortEdge: Omit<EscortEdge, 'node'> & { node: ResolversParentTypes['Escort'] };
  EscortLeg: EscortLegModel;
  EscortLegInput: EscortLegInput;
  EscortResult: ResolversUnionTypes<ResolversParentTypes>['EscortResult'];
  EscortStepRefused: EscortStepRefused;
  ExchangeConsumerPosition: ExchangeConsumerPositionViewModel;
  ExchangeDeadLetter: ExchangeDeadLetterViewModel;
  ExchangeState: ExchangeStateSourceModel;
  ExitCount: ExitCount;
  ExitRescueCaseInput: ExitRescueCaseInput;
  ExtendStayInput: ExtendStayInput;
  IdentityCheck: IdentityCheck;
  InputRejected: InputRejected;
  MatchEvidence: MatchEvidence;
  MergePersonsInput: MergePersonsInput;
  MergePersonsResult: ResolversUnionTypes<ResolversParentTypes>['MergePersonsResult'];
  MissingPersonReport: MissingPersonReportModel;
  Money: FenModel;
  Mutation: Record<PropertyKey, never>;
  NewEmergencyPointInput: NewEmergencyPointInput;
  NoCapacity: NoCapacity;
  NotEligibleForSettlement: NotEligibleForSettlement;
  OpenEmergencyPointInput: OpenEmergencyPointInput;
  PageInfo: PageInfo;
  Person: PersonModel;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonDetailsInput: PersonDetailsInput;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonRemoved: PersonRemoved;
  PersonsMerged: Omit<PersonsMerged, 'person'> & { person: ResolversParentTypes['Person'] };
  PlacementStepRefused: PlacementStepRefused;
  ProposeSettlementInput: ProposeSettlementInput;
  Query: Record<PropertyKey, never>;
  ReceivePersonInput: ReceivePersonInput;
  RecordCareServiceInput: RecordCareServiceInput;
  RecordEmergencyHelpInput: RecordEmergencyHelpInput;
  RecordNotFound: RecordNotFound;
  RemovePersonInput: RemovePersonInput;
  RemovePersonResult: ResolversUnionTypes<ResolversParentTypes>['RemovePersonResult'];
  ReportStreetSightingInput: ReportStreetSightingInput;
  RequestEscortInput: RequestEscortInput;
  RescueCase: RescueCaseModel;
  RescueCaseChanged: Omit<RescueCaseChanged, 'rescueCase'> & { rescueCase: ResolversParentTypes['RescueCase'] };
  RescueCaseConnection: Omit<RescueCaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['RescueCaseEdge']> };
  RescueCaseEdge: Omit<RescueCaseEdge, 'node'> & { node: ResolversParentTypes['RescueCase'] };
  RescueCaseEvent: RescueCaseEventModel;
  RescueCaseResult: ResolversUnionTypes<ResolversParentTypes>['RescueCaseResult'];
  RevokeSettlementInput: RevokeSettlementInput;
  ScheduleEscortInput: ScheduleEscortInput;
  ScreenRescueCaseInput: ScreenRescueCaseInput;
  SettlePersonInput: SettlePersonInput;
  Settlement: SettlementModel;
  SettlementChanged: Omit<SettlementChanged, 'settlement'> & { settlement: ResolversParentTypes['Settlement'] };
  SettlementConnection: Omit<SettlementConnection, 'edges'> & { edges: Array<ResolversParentTypes['SettlementEdge']> };
  SettlementEdge: Omit<SettlementEdge, 'node'> & { node: ResolversParentTypes['Settlement'] };
  SettlementResult: ResolversUnionTypes<ResolversParentTypes>['SettlementResult'];
  SettlementStepRefused: SettlementStepRefused;
  Shelter: ShelterModel;
  ShelterPlaceHold: ShelterPlaceHoldModel;
  ShelterPlacement: ShelterPlacementModel;
  ShelterPlacementChanged: Omit<ShelterPlacementChanged, 'placement'> & { placement: ResolversParentTypes['ShelterPlacement'] };
  ShelterPlacementConnection: Omit<ShelterPlacementConnection, 'edges'> & { edges: Array<ResolversParentTypes['ShelterPlacementEdge']> };
  ShelterPlacementEdge: Omit<ShelterPlacementEdge, 'node'> & { node: ResolversParentTypes['ShelterPlacement'] };
  ShelterPlacementResult: ResolversUnionTypes<ResolversParentTypes>['ShelterPlacementResult'];
  ShelterReferral: EntityReferenceModel;
  ShelterReferralAnswerInput: ShelterReferralAnswerInput;
  ShelterRoom: ShelterRoomViewModel;
  ShelterWaitingConnection: Omit<ShelterWaitingConnection, 'edges'> & { edges: Array<ResolversParentTypes['ShelterWaitingEdge']> };
  ShelterWaitingEdge: Omit<ShelterWaitingEdge, 'node'> & { node: ResolversParentTypes['ShelterReferral'] };
  Station: StationModel;
  StreetReport: StreetReportModel;
  StreetReportChanged: Omit<StreetReportChanged, 'streetReport'> & { streetReport: ResolversParentTypes['StreetReport'] };
  StreetReportConnection: Omit<StreetReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['StreetReportEdge']> };
  StreetReportEdge: Omit<StreetReportEdge, 'node'> & { node: ResolversParentTypes['StreetReport'] };
  StreetReportResult: ResolversUnionTypes<ResolversParentTypes>['StreetReportResult'];
  TracingCandidate: TracingCandidateModel;
  TracingStatus: TracingStatusViewModel;
  TracingStatusConnection: Omit<TracingStatusConnection, 'edges'> & { edges: Array<ResolversParentTypes['TracingStatusEdge']> };
  TracingStatusEdge: Omit<TracingStatusEdge, 'node'> & { node: ResolversParentTypes['TracingStatus'] };
  TransitionRefused: TransitionRefused;
  UserError: ResolversInterfaceTypes<ResolversParentTypes>['UserError'];
  VersionConflict: VersionConflict;
  WebhookDelivery: WebhookDeliveryModel;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookRefused: WebhookRefused;
  WebhookSubscription: WebhookSubscriptionModel;
  WebhookSubscriptionChanged: Omit<WebhookSubscriptionChanged, 'subscription'> & { subscription: ResolversParentTypes['WebhookSubscription'] };
  WebhookSubscriptionInput: WebhookSubscriptionInput;
  WebhookSubscriptionResult: ResolversUnionTypes<ResolversParentTypes>['WebhookSubscriptionResult'];
  ZoneFull: ZoneFull;
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
  civilAffairs?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType>;
  civilAffairsConnection?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<AuditTrailCivilAffairsConnectionArgs>>;
  filterKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CareMonthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CareMonth'] = ResolversParentTypes['CareMonth']> = ResolversObject<{
  averageStayDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  exits?: Resolver<Array<ResolversTypes['ExitCount']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CareServiceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CareService'] = ResolversParentTypes['CareService']> = ResolversObject<{
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  givenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  givenBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CareServiceKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CareZoneResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CareZone'] = ResolversParentTypes['CareZone']> = ResolversObject<{
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CareZoneKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CivilAffairsChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CivilAffairsChange'] = ResolversParentTypes['CivilAffairsChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['CivilAffairsRecord'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['CivilAffairsRecordType'], ParentType, ContextType>;
}>;

export type CivilAffairsChangeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CivilAffairsChangeConnection'] = ResolversParentTypes['CivilAffairsChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CivilAffairsChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CivilAffairsChangeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CivilAffairsChangeEdge'] = ResolversParentTypes['CivilAffairsChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CivilAffairsChange'], ParentType, ContextType>;
}>;

export type CivilAffairsRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CivilAffairsRecord'] = ResolversParentTypes['CivilAffairsRecord']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CareService' | 'CareZone' | 'EmergencyEvent' | 'EmergencyHelp' | 'EmergencyPoint' | 'EndedRecord' | 'Escort' | 'MissingPersonReport' | 'Person' | 'RescueCase' | 'RescueCaseEvent' | 'Settlement' | 'Shelter' | 'ShelterPlacement' | 'ShelterRoom' | 'Station' | 'StreetReport', ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DispatchPerformanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DispatchPerformance'] = ResolversParentTypes['DispatchPerformance']> = ResolversObject<{
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onSceneWithin30?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type DispatchStepRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DispatchStepRefused'] = ResolversParentTypes['DispatchStepRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['StreetReportStatus'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EmergencyEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyEvent'] = ResolversParentTypes['EmergencyEvent'], FederationReferenceType extends FederationReferenceTypes['EmergencyEvent'] = FederationReferenceTypes['EmergencyEvent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmergencyEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dailyHelpCounts?: Resolver<Array<ResolversTypes['EmergencyHelpCount']>, ParentType, ContextType>;
  declaredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EmergencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peopleHelped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['EmergencyPoint']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['EmergencyState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EmergencyEventChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyEventChanged'] = ResolversParentTypes['EmergencyEventChanged']> = ResolversObject<{
  event?: Resolver<ResolversTypes['EmergencyEvent'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EmergencyEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyEventConnection'] = ResolversParentTypes['EmergencyEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EmergencyEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EmergencyEventEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyEventEdge'] = ResolversParentTypes['EmergencyEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EmergencyEvent'], ParentType, ContextType>;
}>;

export type EmergencyEventResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyEventResult'] = ResolversParentTypes['EmergencyEventResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'EmergencyEventChanged' | 'EmergencyStepRefused' | 'InputRejected' | 'RecordNotFound' | 'VersionConflict', ParentType, ContextType>;
}>;

export type EmergencyHelpResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyHelp'] = ResolversParentTypes['EmergencyHelp']> = ResolversObject<{
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  estimatedAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  helpedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['EmergencyAidKind']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['Sex']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EmergencyHelpCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyHelpCount'] = ResolversParentTypes['EmergencyHelpCount']> = ResolversObject<{
  clothing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  food?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lodging?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peopleHelped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  point?: Resolver<ResolversTypes['EmergencyPoint'], ParentType, ContextType>;
}>;

export type EmergencyHelpRecordedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyHelpRecorded'] = ResolversParentTypes['EmergencyHelpRecorded']> = ResolversObject<{
  help?: Resolver<ResolversTypes['EmergencyHelp'], ParentType, ContextType>;
  point?: Resolver<ResolversTypes['EmergencyPoint'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EmergencyHelpResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyHelpResult'] = ResolversParentTypes['EmergencyHelpResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'EmergencyHelpRecorded' | 'EmergencyStepRefused' | 'InputRejected' | 'RecordNotFound', ParentType, ContextType>;
}>;

export type EmergencyPointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyPoint'] = ResolversParentTypes['EmergencyPoint'], FederationReferenceType extends FederationReferenceTypes['EmergencyPoint'] = FederationReferenceTypes['EmergencyPoint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmergencyPoint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dailyHelpCounts?: Resolver<Array<ResolversTypes['EmergencyHelpCount']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['EmergencyEvent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peopleHelped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recentHelp?: Resolver<Array<ResolversTypes['EmergencyHelp']>, ParentType, ContextType, RequireFields<EmergencyPointRecentHelpArgs, 'first'>>;
  state?: Resolver<ResolversTypes['EmergencyState'], ParentType, ContextType>;
  station?: Resolver<ResolversTypes['Station'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EmergencyPointChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyPointChanged'] = ResolversParentTypes['EmergencyPointChanged']> = ResolversObject<{
  point?: Resolver<ResolversTypes['EmergencyPoint'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EmergencyPointResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyPointResult'] = ResolversParentTypes['EmergencyPointResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'EmergencyPointChanged' | 'EmergencyStepRefused' | 'InputRejected' | 'RecordNotFound' | 'VersionConflict', ParentType, ContextType>;
}>;

export type EmergencyStepRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyStepRefused'] = ResolversParentTypes['EmergencyStepRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentState?: Resolver<ResolversTypes['EmergencyState'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EndedRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EndedRecord'] = ResolversParentTypes['EndedRecord']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RecordEndReason'], ParentType, ContextType>;
  successorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EscortResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Escort'] = ResolversParentTypes['Escort'], FederationReferenceType extends FederationReferenceTypes['Escort'] = FederationReferenceTypes['Escort']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Escort']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  crossProvince?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineGuidance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationDivision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  handedOverAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  handoverRecord?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['EscortLeg']>, ParentType, ContextType>;
  receivingAgency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rescueCase?: Resolver<ResolversTypes['RescueCase'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EscortStatus'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalCostFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EscortChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EscortChanged'] = ResolversParentTypes['EscortChanged']> = ResolversObject<{
  escort?: Resolver<ResolversTypes['Escort'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EscortConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EscortConnection'] = ResolversParentTypes['EscortConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EscortEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EscortEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EscortEdge'] = ResolversParentTypes['EscortEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Escort'], ParentType, ContextType>;
}>;

export type EscortLegResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EscortLeg'] = ResolversParentTypes['EscortLeg']> = ResolversObject<{
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  costFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  escortStaff?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TravelMode'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tickets?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EscortResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EscortResult'] = ResolversParentTypes['EscortResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'EscortChanged' | 'EscortStepRefused' | 'InputRejected' | 'RecordNotFound' | 'VersionConflict', ParentType, ContextType>;
}>;

export type EscortStepRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EscortStepRefused'] = ResolversParentTypes['EscortStepRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['EscortStatus'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  civilAffairs?: Resolver<ResolversTypes['AgencyExchangeState'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ExitCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ExitCount'] = ResolversParentTypes['ExitCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ExitReason'], ParentType, ContextType>;
}>;

export type IdentityCheckResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IdentityCheck'] = ResolversParentTypes['IdentityCheck']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type InputRejectedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InputRejected'] = ResolversParentTypes['InputRejected']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MatchEvidenceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MatchEvidence'] = ResolversParentTypes['MatchEvidence']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MergePersonsResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MergePersonsResult'] = ResolversParentTypes['MergePersonsResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InputRejected' | 'PersonsMerged' | 'RecordNotFound' | 'VersionConflict', ParentType, ContextType>;
}>;

export type MissingPersonReportResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MissingPersonReport'] = ResolversParentTypes['MissingPersonReport'], FederationReferenceType extends FederationReferenceTypes['MissingPersonReport'] = FederationReferenceTypes['MissingPersonReport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MissingPersonReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  ageWhenMissing?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dialectRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  features?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastSeenDivision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSeenPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namePinyin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  yuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptShelterReferral?: Resolver<ResolversTypes['ShelterPlacementResult'], ParentType, ContextType, RequireFields<MutationAcceptShelterReferralArgs, 'input'>>;
  admitToShelter?: Resolver<ResolversTypes['ShelterPlacementResult'], ParentType, ContextType, RequireFields<MutationAdmitToShelterArgs, 'input'>>;
  advanceEscort?: Resolver<ResolversTypes['EscortResult'], ParentType, ContextType, RequireFields<MutationAdvanceEscortArgs, 'input'>>;
  advanceStreetReport?: Resolver<ResolversTypes['StreetReportResult'], ParentType, ContextType, RequireFields<MutationAdvanceStreetReportArgs, 'input'>>;
  cancelCivilAffairsWebhook?: Resolver<ResolversTypes['WebhookSubscriptionResult'], ParentType, ContextType, RequireFields<MutationCancelCivilAffairsWebhookArgs, 'id'>>;
  closeEmergencyPoint?: Resolver<ResolversTypes['EmergencyPointResult'], ParentType, ContextType, RequireFields<MutationCloseEmergencyPointArgs, 'input'>>;
  closeShelterPlacement?: Resolver<ResolversTypes['ShelterPlacementResult'], ParentType, ContextType, RequireFields<MutationCloseShelterPlacementArgs, 'expectedVersion' | 'placementId'>>;
  confirmTracingMatch?: Resolver<ResolversTypes['RescueCaseResult'], ParentType, ContextType, RequireFields<MutationConfirmTracingMatchArgs, 'missingPersonReportId' | 'personId'>>;
  decideEscort?: Resolver<ResolversTypes['EscortResult'], ParentType, ContextType, RequireFields<MutationDecideEscortArgs, 'input'>>;
  decideSettlement?: Resolver<ResolversTypes['SettlementResult'], ParentType, ContextType, RequireFields<MutationDecideSettlementArgs, 'input'>>;
  declareEmergencyEvent?: Resolver<ResolversTypes['EmergencyEventResult'], ParentType, ContextType, RequireFields<MutationDeclareEmergencyEventArgs, 'input'>>;
  declineShelterReferral?: Resolver<ResolversTypes['ShelterPlacementResult'], ParentType, ContextType, RequireFields<MutationDeclineShelterReferralArgs, 'input' | 'reason'>>;
  dischargeFromShelter?: Resolver<ResolversTypes['ShelterPlacementResult'], ParentType, ContextType, RequireFields<MutationDischargeFromShelterArgs, 'expectedVersion' | 'note' | 'placementId'>>;
  endEmergencyEvent?: Resolver<ResolversTypes['EmergencyEventResult'], ParentType, ContextType, RequireFields<MutationEndEmergencyEventArgs, 'input'>>;
  exitRescueCase?: Resolver<ResolversTypes['RescueCaseResult'], ParentType, ContextType, RequireFields<MutationExitRescueCaseArgs, 'input'>>;
  extendShelterStay?: Resolver<ResolversTypes['ShelterPlacementResult'], ParentType, ContextType, RequireFields<MutationExtendShelterStayArgs, 'expectedVersion' | 'placementId' | 'reason' | 'until'>>;
  extendStay?: Resolver<ResolversTypes['RescueCaseResult'], ParentType, ContextType, RequireFields<MutationExtendStayArgs, 'input'>>;
  mergePersons?: Resolver<ResolversTypes['MergePersonsResult'], ParentType, ContextType, RequireFields<MutationMergePersonsArgs, 'input'>>;
  openEmergencyPoint?: Resolver<ResolversTypes['EmergencyPointResult'], ParentType, ContextType, RequireFields<MutationOpenEmergencyPointArgs, 'input'>>;
  proposeSettlement?: Resolver<ResolversTypes['SettlementResult'], ParentType, ContextType, RequireFields<MutationProposeSettlementArgs, 'input'>>;
  receivePerson?: Resolver<ResolversTypes['RescueCaseResult'], ParentType, ContextType, RequireFields<MutationReceivePersonArgs, 'input'>>;
  recordCareService?: Resolver<ResolversTypes['RescueCaseResult'], ParentType, ContextType, RequireFields<MutationRecordCareServiceArgs, 'input'>>;
  recordDnaRequest?: Resolver<ResolversTypes['RescueCaseResult'], ParentType, ContextType, RequireFields<MutationRecordDnaRequestArgs, 'personId'>>;
  recordEmergencyHelp?: Resolver<ResolversTypes['EmergencyHelpResult'], ParentType, ContextType, RequireFields<MutationRecordEmergencyHelpArgs, 'input'>>;
  recordTracingNotice?: Resolver<ResolversTypes['RescueCaseResult'], ParentType, ContextType, RequireFields<MutationRecordTracingNoticeArgs, 'personId'>>;
  referOutFromShelter?: Resolver<ResolversTypes['ShelterPlacementResult'], ParentType, ContextType, RequireFields<MutationReferOutFromShelterArgs, 'expectedVersion' | 'placementId' | 'to'>>;
  removePerson?: Resolver<ResolversTypes['RemovePersonResult'], ParentType, ContextType, RequireFields<MutationRemovePersonArgs, 'input'>>;
  reportStreetSighting?: Resolver<ResolversTypes['StreetReportResult'], ParentType, ContextType, RequireFields<MutationReportStreetSightingArgs, 'input'>>;
  requestEscort?: Resolver<ResolversTypes['EscortResult'], ParentType, ContextType, RequireFields<MutationRequestEscortArgs, 'input'>>;
  revokeSettlement?: Resolver<ResolversTypes['SettlementResult'], ParentType, ContextType, RequireFields<MutationRevokeSettlementArgs, 'input'>>;
  scheduleEscort?: Resolver<ResolversTypes['EscortResult'], ParentType, ContextType, RequireFields<MutationScheduleEscortArgs, 'input'>>;
  screenRescueCase?: Resolver<ResolversTypes['RescueCaseResult'], ParentType, ContextType, RequireFields<MutationScreenRescueCaseArgs, 'input'>>;
  settlePerson?: Resolver<ResolversTypes['SettlementResult'], ParentType, ContextType, RequireFields<MutationSettlePersonArgs, 'input'>>;
  subscribeToCivilAffairsChanges?: Resolver<ResolversTypes['WebhookSubscriptionResult'], ParentType, ContextType, RequireFields<MutationSubscribeToCivilAffairsChangesArgs, 'input'>>;
}>;

export type NoCapacityResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NoCapacity'] = ResolversParentTypes['NoCapacity']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NotEligibleForSettlementResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NotEligibleForSettlement'] = ResolversParentTypes['NotEligibleForSettlement']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['SettlementIneligibility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dialectRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimatedAgeMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  estimatedAgeMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  features?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identityStatus?: Resolver<ResolversTypes['IdentityStatus'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namePinyin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rescueCases?: Resolver<Array<ResolversTypes['RescueCase']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PersonRemovedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersonRemoved'] = ResolversParentTypes['PersonRemoved']> = ResolversObject<{
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonsMergedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersonsMerged'] = ResolversParentTypes['PersonsMerged']> = ResolversObject<{
  mergedPersonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movedCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlacementStepRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PlacementStepRefused'] = ResolversParentTypes['PlacementStepRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['ShelterPlacementStatus'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditEvents?: Resolver<ResolversTypes['AuditTrail'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  auditTrail?: Resolver<ResolversTypes['AuditTrail'], ParentType, ContextType, Partial<QueryAuditTrailArgs>>;
  careService?: Resolver<Maybe<ResolversTypes['CareService']>, ParentType, ContextType, RequireFields<QueryCareServiceArgs, 'id'>>;
  careTrend?: Resolver<Array<ResolversTypes['CareMonth']>, ParentType, ContextType, RequireFields<QueryCareTrendArgs, 'months'>>;
  careZone?: Resolver<Maybe<ResolversTypes['CareZone']>, ParentType, ContextType, RequireFields<QueryCareZoneArgs, 'id'>>;
  casesPastStandardStay?: Resolver<Array<ResolversTypes['RescueCase']>, ParentType, ContextType, RequireFields<QueryCasesPastStandardStayArgs, 'first'>>;
  casesPastStandardStayConnection?: Resolver<ResolversTypes['RescueCaseConnection'], ParentType, ContextType, RequireFields<QueryCasesPastStandardStayConnectionArgs, 'order'>>;
  civilAffairsChanges?: Resolver<ResolversTypes['CivilAffairsChangeConnection'], ParentType, ContextType, RequireFields<QueryCivilAffairsChangesArgs, 'first'>>;
  civilAffairsWebhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryCivilAffairsWebhookDeliveriesArgs, 'subscriptionId'>>;
  civilAffairsWebhooks?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  dispatchBoard?: Resolver<Array<ResolversTypes['StreetReport']>, ParentType, ContextType>;
  dispatchBoardConnection?: Resolver<ResolversTypes['StreetReportConnection'], ParentType, ContextType, Partial<QueryDispatchBoardConnectionArgs>>;
  dispatchPerformance?: Resolver<Array<ResolversTypes['DispatchPerformance']>, ParentType, ContextType, RequireFields<QueryDispatchPerformanceArgs, 'from' | 'to'>>;
  emergencyEvent?: Resolver<Maybe<ResolversTypes['EmergencyEvent']>, ParentType, ContextType, RequireFields<QueryEmergencyEventArgs, 'id'>>;
  emergencyEvents?: Resolver<Array<ResolversTypes['EmergencyEvent']>, ParentType, ContextType, RequireFields<QueryEmergencyEventsArgs, 'first' | 'ongoingOnly'>>;
  emergencyEventsConnection?: Resolver<ResolversTypes['EmergencyEventConnection'], ParentType, ContextType, RequireFields<QueryEmergencyEventsConnectionArgs, 'ongoingOnly' | 'order'>>;
  emergencyHelp?: Resolver<Maybe<ResolversTypes['EmergencyHelp']>, ParentType, ContextType, RequireFields<QueryEmergencyHelpArgs, 'id'>>;
  emergencyPoint?: Resolver<Maybe<ResolversTypes['EmergencyPoint']>, ParentType, ContextType, RequireFields<QueryEmergencyPointArgs, 'id'>>;
  escort?: Resolver<Maybe<ResolversTypes['Escort']>, ParentType, ContextType, RequireFields<QueryEscortArgs, 'id'>>;
  escorts?: Resolver<Array<ResolversTypes['Escort']>, ParentType, ContextType, RequireFields<QueryEscortsArgs, 'first'>>;
  escortsConnection?: Resolver<ResolversTypes['EscortConnection'], ParentType, ContextType, RequireFields<QueryEscortsConnectionArgs, 'order'>>;
  exchangeState?: Resolver<ResolversTypes['ExchangeState'], ParentType, ContextType>;
  missingPersonReport?: Resolver<Maybe<ResolversTypes['MissingPersonReport']>, ParentType, ContextType, RequireFields<QueryMissingPersonReportArgs, 'id'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  persons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<QueryPersonsArgs>>;
  rescueCase?: Resolver<Maybe<ResolversTypes['RescueCase']>, ParentType, ContextType, RequireFields<QueryRescueCaseArgs, 'id'>>;
  rescueCaseEvent?: Resolver<Maybe<ResolversTypes['RescueCaseEvent']>, ParentType, ContextType, RequireFields<QueryRescueCaseEventArgs, 'id'>>;
  settlement?: Resolver<Maybe<ResolversTypes['Settlement']>, ParentType, ContextType, RequireFields<QuerySettlementArgs, 'id'>>;
  settlementCandidates?: Resolver<Array<ResolversTypes['RescueCase']>, ParentType, ContextType, RequireFields<QuerySettlementCandidatesArgs, 'first'>>;
  settlementCandidatesConnection?: Resolver<ResolversTypes['RescueCaseConnection'], ParentType, ContextType, RequireFields<QuerySettlementCandidatesConnectionArgs, 'order'>>;
  settlements?: Resolver<Array<ResolversTypes['Settlement']>, ParentType, ContextType, RequireFields<QuerySettlementsArgs, 'first'>>;
  settlementsConnection?: Resolver<ResolversTypes['SettlementConnection'], ParentType, ContextType, RequireFields<QuerySettlementsConnectionArgs, 'order'>>;
  shelter?: Resolver<Maybe<ResolversTypes['Shelter']>, ParentType, ContextType, RequireFields<QueryShelterArgs, 'id'>>;
  shelterPlacement?: Resolver<Maybe<ResolversTypes['ShelterPlacement']>, ParentType, ContextType, RequireFields<QueryShelterPlacementArgs, 'id'>>;
  shelterPlacements?: Resolver<Array<ResolversTypes['ShelterPlacement']>, ParentType, ContextType, RequireFields<QueryShelterPlacementsArgs, 'first'>>;
  shelterPlacementsConnection?: Resolver<ResolversTypes['ShelterPlacementConnection'], ParentType, ContextType, RequireFields<QueryShelterPlacementsConnectionArgs, 'order'>>;
  shelterReferralsAwaitingAnswer?: Resolver<ResolversTypes['ShelterWaitingConnection'], ParentType, ContextType, RequireFields<QueryShelterReferralsAwaitingAnswerArgs, 'order'>>;
  shelterRoom?: Resolver<Maybe<ResolversTypes['ShelterRoom']>, ParentType, ContextType, RequireFields<QueryShelterRoomArgs, 'id'>>;
  shelters?: Resolver<Array<ResolversTypes['Shelter']>, ParentType, ContextType>;
  station?: Resolver<Maybe<ResolversTypes['Station']>, ParentType, ContextType, RequireFields<QueryStationArgs, 'id'>>;
  stations?: Resolver<Array<ResolversTypes['Station']>, ParentType, ContextType, Partial<QueryStationsArgs>>;
  streetReport?: Resolver<Maybe<ResolversTypes['StreetReport']>, ParentType, ContextType, RequireFields<QueryStreetReportArgs, 'id'>>;
  tracingCandidates?: Resolver<Array<ResolversTypes['TracingCandidate']>, ParentType, ContextType, RequireFields<QueryTracingCandidatesArgs, 'first' | 'personId'>>;
  tracingWorkList?: Resolver<Array<ResolversTypes['TracingStatus']>, ParentType, ContextType, RequireFields<QueryTracingWorkListArgs, 'overdueOnly'>>;
  tracingWorkListConnection?: Resolver<ResolversTypes['TracingStatusConnection'], ParentType, ContextType, RequireFields<QueryTracingWorkListConnectionArgs, 'order' | 'overdueOnly'>>;
}>;

export type RecordNotFoundResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RecordNotFound'] = ResolversParentTypes['RecordNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RemovePersonResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RemovePersonResult'] = ResolversParentTypes['RemovePersonResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InputRejected' | 'PersonRemoved' | 'RecordNotFound' | 'VersionConflict', ParentType, ContextType>;
}>;

export type RescueCaseResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RescueCase'] = ResolversParentTypes['RescueCase'], FederationReferenceType extends FederationReferenceTypes['RescueCase'] = FederationReferenceTypes['RescueCase']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RescueCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['RescueCaseEvent']>, ParentType, ContextType>;
  exitAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  exitReason?: Resolver<Maybe<ResolversTypes['ExitReason']>, ParentType, ContextType>;
  extendedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intakeAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  intakeSource?: Resolver<ResolversTypes['IntakeSource'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['CareService']>, ParentType, ContextType>;
  station?: Resolver<ResolversTypes['Station'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RescueCaseStatus'], ParentType, ContextType>;
  stayDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stayFlag?: Resolver<ResolversTypes['StayFlag'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['CareZoneKind']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RescueCaseChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RescueCaseChanged'] = ResolversParentTypes['RescueCaseChanged']> = ResolversObject<{
  rescueCase?: Resolver<ResolversTypes['RescueCase'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RescueCaseConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RescueCaseConnection'] = ResolversParentTypes['RescueCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RescueCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RescueCaseEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RescueCaseEdge'] = ResolversParentTypes['RescueCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RescueCase'], ParentType, ContextType>;
}>;

export type RescueCaseEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RescueCaseEvent'] = ResolversParentTypes['RescueCaseEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['RescueCaseStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['RescueCaseStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RescueCaseResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RescueCaseResult'] = ResolversParentTypes['RescueCaseResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InputRejected' | 'RecordNotFound' | 'RescueCaseChanged' | 'TransitionRefused' | 'VersionConflict' | 'ZoneFull', ParentType, ContextType>;
}>;

export type SettlementResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Settlement'] = ResolversParentTypes['Settlement'], FederationReferenceType extends FederationReferenceTypes['Settlement'] = FederationReferenceTypes['Settlement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Settlement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  escort?: Resolver<Maybe<ResolversTypes['Escort']>, ParentType, ContextType>;
  goingHomeArrangement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  householdRegistrationRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identityFoundBy?: Resolver<Maybe<ResolversTypes['IdentityFoundBy']>, ParentType, ContextType>;
  identityFoundReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identityRecheck?: Resolver<Maybe<ResolversTypes['IdentityCheck']>, ParentType, ContextType>;
  institutionLevel?: Resolver<Maybe<ResolversTypes['WelfareInstitutionLevel']>, ParentType, ContextType>;
  institutionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  proposalNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recheckStatement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rescueCase?: Resolver<ResolversTypes['RescueCase'], ParentType, ContextType>;
  revokeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  settledBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SettlementStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SettlementChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SettlementChanged'] = ResolversParentTypes['SettlementChanged']> = ResolversObject<{
  settlement?: Resolver<ResolversTypes['Settlement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SettlementConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SettlementConnection'] = ResolversParentTypes['SettlementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SettlementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SettlementEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SettlementEdge'] = ResolversParentTypes['SettlementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Settlement'], ParentType, ContextType>;
}>;

export type SettlementResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SettlementResult'] = ResolversParentTypes['SettlementResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InputRejected' | 'NotEligibleForSettlement' | 'RecordNotFound' | 'SettlementChanged' | 'SettlementStepRefused' | 'VersionConflict', ParentType, ContextType>;
}>;

export type SettlementStepRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SettlementStepRefused'] = ResolversParentTypes['SettlementStepRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['SettlementStatus'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShelterResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Shelter'] = ResolversParentTypes['Shelter'], FederationReferenceType extends FederationReferenceTypes['Shelter'] = FederationReferenceTypes['Shelter']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Shelter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  freeFamilyRooms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rooms?: Resolver<Maybe<Array<ResolversTypes['ShelterRoom']>>, ParentType, ContextType>;
  totalPlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShelterPlaceHoldResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterPlaceHold'] = ResolversParentTypes['ShelterPlaceHold']> = ResolversObject<{
  forVictim?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  placeNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  room?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ShelterPlacementResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterPlacement'] = ResolversParentTypes['ShelterPlacement'], FederationReferenceType extends FederationReferenceTypes['ShelterPlacement'] = FederationReferenceTypes['ShelterPlacement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ShelterPlacement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  admittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  extensionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['ShelterPlaceHold']>, ParentType, ContextType>;
  referralFileStatus?: Resolver<Maybe<ResolversTypes['ReferralFileStatus']>, ParentType, ContextType>;
  referralId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referredOutTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referringCaseworker?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referringOrganisation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rescueCase?: Resolver<Maybe<ResolversTypes['RescueCase']>, ParentType, ContextType>;
  shelter?: Resolver<Maybe<ResolversTypes['Shelter']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShelterPlacementStatus'], ParentType, ContextType>;
  stayUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShelterPlacementChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterPlacementChanged'] = ResolversParentTypes['ShelterPlacementChanged']> = ResolversObject<{
  placement?: Resolver<ResolversTypes['ShelterPlacement'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShelterPlacementConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterPlacementConnection'] = ResolversParentTypes['ShelterPlacementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ShelterPlacementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShelterPlacementEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterPlacementEdge'] = ResolversParentTypes['ShelterPlacementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ShelterPlacement'], ParentType, ContextType>;
}>;

export type ShelterPlacementResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterPlacementResult'] = ResolversParentTypes['ShelterPlacementResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InputRejected' | 'NoCapacity' | 'PlacementStepRefused' | 'RecordNotFound' | 'ShelterPlacementChanged' | 'VersionConflict', ParentType, ContextType>;
}>;

export type ShelterReferralResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterReferral'] = ResolversParentTypes['ShelterReferral'], FederationReferenceType extends FederationReferenceTypes['ShelterReferral'] = FederationReferenceTypes['ShelterReferral']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ShelterReferral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placement?: Resolver<Maybe<ResolversTypes['ShelterPlacement']>, ParentType, ContextType>;
}>;

export type ShelterRoomResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterRoom'] = ResolversParentTypes['ShelterRoom']> = ResolversObject<{
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ShelterRoomKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShelterWaitingConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterWaitingConnection'] = ResolversParentTypes['ShelterWaitingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ShelterWaitingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShelterWaitingEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ShelterWaitingEdge'] = ResolversParentTypes['ShelterWaitingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ShelterReferral'], ParentType, ContextType>;
}>;

export type StationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Station'] = ResolversParentTypes['Station'], FederationReferenceType extends FederationReferenceTypes['Station'] = FederationReferenceTypes['Station']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Station']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  careZones?: Resolver<Array<ResolversTypes['CareZone']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Station']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jurisdictionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StationKind'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['NetworkLevel'], ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openCaseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Station']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StreetReportResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StreetReport'] = ResolversParentTypes['StreetReport'], FederationReferenceType extends FederationReferenceTypes['StreetReport'] = FederationReferenceTypes['StreetReport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StreetReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closure?: Resolver<Maybe<ResolversTypes['ReportClosure']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dispatchDistanceMeters?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dispatchedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dispatchedTo?: Resolver<Maybe<ResolversTypes['Station']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minutesToScene?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missedThirtyMinutes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  onSceneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ReportSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StreetReportStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StreetReportChangedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StreetReportChanged'] = ResolversParentTypes['StreetReportChanged']> = ResolversObject<{
  streetReport?: Resolver<ResolversTypes['StreetReport'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StreetReportConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StreetReportConnection'] = ResolversParentTypes['StreetReportConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StreetReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StreetReportEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StreetReportEdge'] = ResolversParentTypes['StreetReportEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StreetReport'], ParentType, ContextType>;
}>;

export type StreetReportResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StreetReportResult'] = ResolversParentTypes['StreetReportResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DispatchStepRefused' | 'InputRejected' | 'RecordNotFound' | 'StreetReportChanged' | 'VersionConflict', ParentType, ContextType>;
}>;

export type TracingCandidateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TracingCandidate'] = ResolversParentTypes['TracingCandidate']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['MatchEvidence']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['MissingPersonReport'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type TracingStatusResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TracingStatus'] = ResolversParentTypes['TracingStatus']> = ResolversObject<{
  dnaRequestDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dnaRequestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  noticeDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  noticePublishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  overdue?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  policeResultDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rescueCase?: Resolver<ResolversTypes['RescueCase'], ParentType, ContextType>;
}>;

export type TracingStatusConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TracingStatusConnection'] = ResolversParentTypes['TracingStatusConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TracingStatusEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TracingStatusEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TracingStatusEdge'] = ResolversParentTypes['TracingStatusEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TracingStatus'], ParentType, ContextType>;
}>;

export type TransitionRefusedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TransitionRefused'] = ResolversParentTypes['TransitionRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['RescueCaseStatus'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DispatchStepRefused' | 'EmergencyStepRefused' | 'EscortStepRefused' | 'InputRejected' | 'NoCapacity' | 'NotEligibleForSettlement' | 'PlacementStepRefused' | 'RecordNotFound' | 'SettlementStepRefused' | 'TransitionRefused' | 'VersionConflict' | 'WebhookRefused' | 'ZoneFull', ParentType, ContextType>;
}>;

export type VersionConflictResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VersionConflict'] = ResolversParentTypes['VersionConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type ZoneFullResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ZoneFull'] = ResolversParentTypes['ZoneFull']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['CareZoneKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AgencyExchangeState?: AgencyExchangeStateResolvers<ContextType>;
  AuditChainCheck?: AuditChainCheckResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  AuditTrail?: AuditTrailResolvers<ContextType>;
  CareMonth?: CareMonthResolvers<ContextType>;
  CareService?: CareServiceResolvers<ContextType>;
  CareZone?: CareZoneResolvers<ContextType>;
  CivilAffairsChange?: CivilAffairsChangeResolvers<ContextType>;
  CivilAffairsChangeConnection?: CivilAffairsChangeConnectionResolvers<ContextType>;
  CivilAffairsChangeEdge?: CivilAffairsChangeEdgeResolvers<ContextType>;
  CivilAffairsRecord?: CivilAffairsRecordResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DispatchPerformance?: DispatchPerformanceResolvers<ContextType>;
  DispatchStepRefused?: DispatchStepRefusedResolvers<ContextType>;
  EmergencyEvent?: EmergencyEventResolvers<ContextType>;
  EmergencyEventChanged?: EmergencyEventChangedResolvers<ContextType>;
  EmergencyEventConnection?: EmergencyEventConnectionResolvers<ContextType>;
  EmergencyEventEdge?: EmergencyEventEdgeResolvers<ContextType>;
  EmergencyEventResult?: EmergencyEventResultResolvers<ContextType>;
  EmergencyHelp?: EmergencyHelpResolvers<ContextType>;
  EmergencyHelpCount?: EmergencyHelpCountResolvers<ContextType>;
  EmergencyHelpRecorded?: EmergencyHelpRecordedResolvers<ContextType>;
  EmergencyHelpResult?: EmergencyHelpResultResolvers<ContextType>;
  EmergencyPoint?: EmergencyPointResolvers<ContextType>;
  EmergencyPointChanged?: EmergencyPointChangedResolvers<ContextType>;
  EmergencyPointResult?: EmergencyPointResultResolvers<ContextType>;
  EmergencyStepRefused?: EmergencyStepRefusedResolvers<ContextType>;
  EndedRecord?: EndedRecordResolvers<ContextType>;
  Escort?: EscortResolvers<ContextType>;
  EscortChanged?: EscortChangedResolvers<ContextType>;
  EscortConnection?: EscortConnectionResolvers<ContextType>;
  EscortEdge?: EscortEdgeResolvers<ContextType>;
  EscortLeg?: EscortLegResolvers<ContextType>;
  EscortResult?: EscortResultResolvers<ContextType>;
  EscortStepRefused?: EscortStepRefusedResolvers<ContextType>;
  ExchangeConsumerPosition?: ExchangeConsumerPositionResolvers<ContextType>;
  ExchangeDeadLetter?: ExchangeDeadLetterResolvers<ContextType>;
  ExchangeState?: ExchangeStateResolvers<ContextType>;
  ExitCount?: ExitCountResolvers<ContextType>;
  IdentityCheck?: IdentityCheckResolvers<ContextType>;
  InputRejected?: InputRejectedResolvers<ContextType>;
  MatchEvidence?: MatchEvidenceResolvers<ContextType>;
  MergePersonsResult?: MergePersonsResultResolvers<ContextType>;
  MissingPersonReport?: MissingPersonReportResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NoCapacity?: NoCapacityResolvers<ContextType>;
  NotEligibleForSettlement?: NotEligibleForSettlementResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonRemoved?: PersonRemovedResolvers<ContextType>;
  PersonsMerged?: PersonsMergedResolvers<ContextType>;
  PlacementStepRefused?: PlacementStepRefusedResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordNotFound?: RecordNotFoundResolvers<ContextType>;
  RemovePersonResult?: RemovePersonResultResolvers<ContextType>;
  RescueCase?: RescueCaseResolvers<ContextType>;
  RescueCaseChanged?: RescueCaseChangedResolvers<ContextType>;
  RescueCaseConnection?: RescueCaseConnectionResolvers<ContextType>;
  RescueCaseEdge?: RescueCaseEdgeResolvers<ContextType>;
  RescueCaseEvent?: RescueCaseEventResolvers<ContextType>;
  RescueCaseResult?: RescueCaseResultResolvers<ContextType>;
  Settlement?: SettlementResolvers<ContextType>;
  SettlementChanged?: SettlementChangedResolvers<ContextType>;
  SettlementConnection?: SettlementConnectionResolvers<ContextType>;
  SettlementEdge?: SettlementEdgeResolvers<ContextType>;
  SettlementResult?: SettlementResultResolvers<ContextType>;
  SettlementStepRefused?: SettlementStepRefusedResolvers<ContextType>;
  Shelter?: ShelterResolvers<ContextType>;
  ShelterPlaceHold?: ShelterPlaceHoldResolvers<ContextType>;
  ShelterPlacement?: ShelterPlacementResolvers<ContextType>;
  ShelterPlacementChanged?: ShelterPlacementChangedResolvers<ContextType>;
  ShelterPlacementConnection?: ShelterPlacementConnectionResolvers<ContextType>;
  ShelterPlacementEdge?: ShelterPlacementEdgeResolvers<ContextType>;
  ShelterPlacementResult?: ShelterPlacementResultResolvers<ContextType>;
  ShelterReferral?: ShelterReferralResolvers<ContextType>;
  ShelterRoom?: ShelterRoomResolvers<ContextType>;
  ShelterWaitingConnection?: ShelterWaitingConnectionResolvers<ContextType>;
  ShelterWaitingEdge?: ShelterWaitingEdgeResolvers<ContextType>;
  Station?: StationResolvers<ContextType>;
  StreetReport?: StreetReportResolvers<ContextType>;
  StreetReportChanged?: StreetReportChangedResolvers<ContextType>;
  StreetReportConnection?: StreetReportConnectionResolvers<ContextType>;
  StreetReportEdge?: StreetReportEdgeResolvers<ContextType>;
  StreetReportResult?: StreetReportResultResolvers<ContextType>;
  TracingCandidate?: TracingCandidateResolvers<ContextType>;
  TracingStatus?: TracingStatusResolvers<ContextType>;
  TracingStatusConnection?: TracingStatusConnectionResolvers<ContextType>;
  TracingStatusEdge?: TracingStatusEdgeResolvers<ContextType>;
  TransitionRefused?: TransitionRefusedResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VersionConflict?: VersionConflictResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookRefused?: WebhookRefusedResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionChanged?: WebhookSubscriptionChangedResolvers<ContextType>;
  WebhookSubscriptionResult?: WebhookSubscriptionResultResolvers<ContextType>;
  ZoneFull?: ZoneFullResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
}>;
