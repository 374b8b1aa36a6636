/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The admission of an accepted referral: the victim becomes a protected person in care in the shelter zone. */
export type AdmitToShelterInput = {
  /** The version you read. */
  expectedVersion: number;
  /** What is known of the victim (from the referral); give this or `personId`. */
  person?: PersonDetailsInput | null | undefined;
  /** The victim if already recorded by civil affairs; give this or `person`. */
  personId?: string | number | null | undefined;
  /** The placement. */
  placementId: string | number;
};

/** One step of the dispatch loop for a report. */
export type AdvanceStreetReportInput = {
  /** When it happened (default: now); never before the previous step, never in the future. */
  at?: string | null | undefined;
  /** For CLOSED: the outcome. */
  closure?: ReportClosure | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** For DISPATCHED: the team or station (default: the nearest open one in the district). */
  stationId?: string | number | null | undefined;
  /** The report. */
  streetReportId: string | number;
  /** The step: ACCEPTED, DISPATCHED, ON_SCENE, VERIFIED or CLOSED. */
  to: StreetReportStatus;
};

/** The beneficiary's entry and stay status, as confirmed by the police. */
export type AidBeneficiaryEntryStatus =
  /** Entered legally and stays within the permitted period. */
  | 'LEGAL_STAY'
  /** Entered legally; the permitted stay has run out. */
  | 'OVERSTAY'
  /** The police have not confirmed the status yet. */
  | 'PENDING_CONFIRMATION';

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

/** New terms for an entrustment: they become the next version; the earlier ones stay readable. */
export type AmendAidEntrustmentInput = {
  /** The entrustment. */
  entrustmentId: string | number;
  /** The version you read (AidEntrustment.version); if someone amended it since, nothing is stored. */
  expectedVersion: number;
  /** The kinds of aid entrusted, each with its cap (never below what was already delivered). */
  items: Array<EntrustedAidItemInput>;
  /** Why the terms change. */
  reason: string;
  /** The total cap, in whole fen (never below what was already delivered). */
  totalCapFen: number;
  /** Start of the validity window. */
  validFrom: string;
  /** End of the validity window. */
  validUntil: string;
};

/** Which audit lines to return; all given conditions must hold. */
export type AuditEventFilter = {
  /** Only lines of this actor (a username or client id, exactly). */
  actor?: string | null | undefined;
  /** Only lines at or after this instant. */
  from?: string | null | undefined;
  /** Only lines of this operation (READ, SEARCH, CREATE, UPDATE, TRANSITION, EXPORT, …, exactly). */
  operation?: string | null | undefined;
  /** Only allowed, or only refused, accesses. */
  outcome?: AuditOutcome | null | undefined;
  /** Only lines whose purpose holds this text (ignoring case). */
  purpose?: string | null | undefined;
  /** Only lines about this record. */
  recordId?: string | null | undefined;
  /** Only lines about this record type (a GraphQL type name, exactly). */
  recordType?: string | null | undefined;
  /** Only lines before this instant (later than `from`, when both are given). */
  to?: string | null | undefined;
};

/** The outcome of an audited access. */
export type AuditOutcome =
  /** The access was allowed. */
  | 'ALLOWED'
  /** The access was refused. */
  | 'DENIED';

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

/** Closing a temporary point. */
export type CloseEmergencyPointInput = {
  /** When it closed (default: now): not before it opened or its last help, never in the future. */
  closedAt?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The point. */
  pointId: string | number;
  /** Why it closes. */
  reason: string;
};

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

/** The regional center's decision on a cross-province escort. */
export type DecideEscortInput = {
  /** True to approve, false to decline. */
  approve: boolean;
  /** The escort. */
  escortId: string | number;
  /** The version you read. */
  expectedVersion: number;
  /** Guidance for the station (required to decline). */
  guidance?: string | null | undefined;
  /** Why (required to decline). */
  reason?: string | null | undefined;
};

/** Civil affairs' decision on a proposed settlement (the regional center only). */
export type DecideSettlementInput = {
  /** True to approve, false to decline. */
  approve: boolean;
  /** To decline: why. */
  declineReason?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** To approve: the public-security identity check of reason SETTLEMENT_RECHECK. */
  identityCheckId?: string | number | null | undefined;
  /** To approve: your statement that the re-check found no existing registration (must be true). */
  recheckFoundNoRegistration?: boolean | null | undefined;
  /** To approve: what the re-check showed, in your words. */
  recheckNote?: string | null | undefined;
  /** The settlement. */
  settlementId: string | number;
};

/** An emergency event declared by civil affairs (the center for any district, county staff within their county). */
export type DeclareEmergencyEventInput = {
  /** What happened, in words. */
  description?: string | null | undefined;
  /** Division codes (6 digits) of the districts and counties affected (at least one). */
  districts: Array<string>;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the event the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** What kind of emergency. */
  kind: EmergencyKind;
  /** Name, as announced (at most 200 characters). */
  name: string;
  /** When it started (default: now); never in the future. */
  startedAt?: string | null | undefined;
};

/** A kind of short-term help given at a temporary point. */
export type EmergencyAidKind =
  /** Warm clothing, blankets or bedding. */
  | 'CLOTHING'
  /** Food or hot drinks. */
  | 'FOOD'
  /** Lodging for the night (a bed or a warm place to stay). */
  | 'LODGING';

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

/** The end of an emergency event: its points still open are closed with it. */
export type EndEmergencyEventInput = {
  /** When it ended (default: now): not before it started, never in the future. */
  endedAt?: string | null | undefined;
  /** The event. */
  eventId: string | number;
  /** The version you read. */
  expectedVersion: number;
  /** Why, in the staff member's words. */
  reason: string;
};

/** One kind of aid to entrust, with its cap. */
export type EntrustedAidItemInput = {
  /** The most that may be spent on it, in whole fen (1/100 CNY), above zero. */
  capFen: number;
  /** The kind of aid. */
  kind: AidItemKind;
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
  expectedVersion: number;
  /** What happened, in the staff member's words (a declaration number, a ticket, …). */
  note: string;
  /** How the case ends. */
  reason: ExitReason;
  /** The case. */
  rescueCaseId: string | number;
};

/** An extension of a stay past the standard 10 days, with its reason (filed with the civil-affairs bureau). */
export type ExtendStayInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The filed reason. */
  reason: string;
  /** The case. */
  rescueCaseId: string | number;
  /** Until when (after now, at most 90 days ahead). */
  until: string;
};

/** The order of a page of notifications to the foreign-affairs office; every order ends with the id. */
export type ForeignAffairsNotificationOrder =
  /** Most recently sent first. */
  | 'NEWEST_FIRST'
  /** Longest waiting first (by when it was sent): the office's queue of unacknowledged notifications. */
  | 'OLDEST_FIRST'
  /** Least recently changed first: with `updatedSince`, what changed since a partner last synchronised. */
  | 'UPDATED';

/** The order of a page of foreign-national status checks; every order ends with the id, so it is total. */
export type ForeignNationalStatusCheckOrder =
  /** Most recently requested first. */
  | 'NEWEST_FIRST'
  /** Longest waiting first (by request time): the police queue of REQUESTED checks. */
  | 'OLDEST_FIRST'
  /** Least recently changed first: with `updatedSince`, what changed since a partner last synchronised. */
  | 'UPDATED';

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

/** An entrustment the foreign-affairs office issues. */
export type IssueAidEntrustmentInput = {
  /** The beneficiary's name as on the passport. */
  beneficiaryName: string;
  /** Document number, unique per issuing office (such as 外办委〔2026〕031号). */
  documentNumber: string;
  /** The entry status as confirmed by the police; PENDING_CONFIRMATION is stored as LEGAL_STAY when the police already found the person's stay legal. */
  entryStatus: AidBeneficiaryEntryStatus;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the entrustment the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** The office issuing it (one the caller's office acts as). */
  issuingOffice: IssuingOffice;
  /** The kinds of aid entrusted (each kind at most once), each with its cap. */
  items: Array<EntrustedAidItemInput>;
  /** The upper line of the passport's machine-readable zone (44 characters); give both lines or neither. */
  mrzLine1?: string | null | undefined;
  /** The lower line of the machine-readable zone; its check digits are verified and must agree with the passport number and nationality. */
  mrzLine2?: string | null | undefined;
  /** Nationality as an ICAO 9303 code (such as USA, VNM, D, XXA for a stateless person); letters are upper-cased. */
  nationality: string;
  /** Passport number (letters and digits). */
  passportNumber: string;
  /** The beneficiary's person record at civil affairs, when known. */
  personId?: string | number | null | undefined;
  /** The police status check it comes from, when there is one. */
  statusCheckId?: string | number | null | undefined;
  /** The most that may be spent in all, in whole fen; at most the sum of the item caps. */
  totalCapFen: number;
  /** Start of the validity window. */
  validFrom: string;
  /** End of the validity window (after its start, and in the future). */
  validUntil: string;
};

/** The office that issued an entrustment. */
export type IssuingOffice =
  /** The foreign-affairs office (外办). */
  | 'FOREIGN_AFFAIRS_OFFICE'
  /** The Hong Kong, Macao and Taiwan affairs office (台港澳办). */
  | 'HK_MACAO_TAIWAN_AFFAIRS_OFFICE';

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
  address: string;
  /** Division code (6 or 9 digits) of the district or township where it stands; within the event's districts. */
  district: string;
  /** Latitude (WGS 84), when known. */
  latitude?: number | null | undefined;
  /** Longitude (WGS 84), when known. */
  longitude?: number | null | undefined;
  /** Name of the point (for example `江临体育馆寒潮临时救助点`). */
  name: string;
};

/**
 * Opening a temporary point for an event: an existing temporary-point station (`stationId`) or a new
 * point (`newPoint`).
 */
export type OpenEmergencyPointInput = {
  /** The event (under way). */
  eventId: string | number;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the point the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** A point not yet in the network; give this or `stationId`. */
  newPoint?: NewEmergencyPointInput | null | undefined;
  /** Why it opens, or what it offers. */
  note?: string | null | undefined;
  /** When it opened (default: now): not before the event started, never in the future. */
  openedAt?: string | null | undefined;
  /** An existing station of the TEMPORARY_POINT kind; give this or `newPoint`. */
  stationId?: string | number | null | undefined;
};

/** What a station knows of a person at intake. Everything but sex may be unknown. */
export type PersonDetailsInput = {
  /** Date of birth, when known. */
  birthDate?: string | null | undefined;
  /** Accent or dialect region as heard. */
  dialectRegion?: string | null | undefined;
  /** Upper bound of the estimated age, when the birth date is unknown. */
  estimatedAgeMax?: number | null | undefined;
  /** Lower bound of the estimated age, when the birth date is unknown. */
  estimatedAgeMin?: number | null | undefined;
  /** Features, marks, clothing. */
  features?: string | null | undefined;
  /** Resident ID number (18 characters, check character verified; a lowercase x is accepted). */
  idNumber?: string | null | undefined;
  /** Name as given (any script; `·` allowed). */
  name?: string | null | undefined;
  /** Mobile number (Chinese 11-digit, or E.164 for a foreign number). */
  phone?: string | null | undefined;
  /** Sex. */
  sex: Sex;
};

/** Conditions a person must meet to be listed; all given conditions must hold. */
export type PersonFilter = {
  /** Only persons whose latest rescue case has this status. */
  caseStatus?: RescueCaseStatus | null | undefined;
  /** Only persons with this identity status. */
  identityStatus?: IdentityStatus | null | undefined;
  /** Text matched against the name (characters or pinyin, prefix or initials) or the whole ID number (by number only for those who see ID numbers in full; for anyone else a number matches nobody). */
  search?: string | null | undefined;
  /** Only persons of this sex. */
  sex?: Sex | null | undefined;
  /** Only persons with a rescue case at this station. */
  stationId?: string | number | null | undefined;
};

/** A police hand-over record for a person found staying illegally. */
export type PoliceHandOverInput = {
  /** When the person was handed over (default: now); never in the future, never before the request. */
  handedOverAt?: string | null | undefined;
  /** The police unit taking the person over. */
  policeUnit: string;
  /** The hand-over record number (unique, 4 to 40 letters, digits and hyphens). */
  recordNumber: string;
};

/** A station's proposal to settle a long-stay unidentified person. */
export type ProposeSettlementInput = {
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the settlement the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** Why settlement is proposed: tracing done, time in care, the person's needs. */
  note: string;
  /** The person's open rescue case (in care past 3 months, unidentified). */
  rescueCaseId: string | number;
};

/**
 * A person received at a station (24-hour reception): either someone already recorded (`personId`)
 * or someone new (`person`).
 */
export type ReceivePersonInput = {
  /** For a police hand-over: the hand-over record number. */
  handoverRecord?: string | null | undefined;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the case the first one created instead of a second person and case; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** When the person arrived (default: now); never in the future. */
  intakeAt?: string | null | undefined;
  /** A person not yet recorded; give this or `personId`. */
  person?: PersonDetailsInput | null | undefined;
  /** A person already recorded; give this or `person`. */
  personId?: string | number | null | undefined;
  /** Where the person came from. */
  source: IntakeSource;
  /** The receiving station. */
  stationId: string | number;
};

/** A delivery the center records against an entrustment. */
export type RecordAidDeliveryInput = {
  /** What it cost, in whole fen (1/100 CNY) above zero: 12.50 CNY is 1250. */
  amountFen: number;
  /** The day it was delivered (not in the future, not before the validity window). */
  deliveredOn: string;
  /** The entrustment. */
  entrustmentId: string | number;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the delivery the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** The kind of aid delivered (must be entrusted). */
  kind: AidItemKind;
  /** How many units, a whole number above zero. */
  quantity: number;
  /** The receipt number, unique within the entrustment. */
  receiptNumber: string;
};

/** A service given to a person in care. */
export type RecordCareServiceInput = {
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the service record the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** Kind of service. */
  kind: CareServiceKind;
  /** What was given. */
  note?: string | null | undefined;
  /** The case (in care). */
  rescueCaseId: string | number;
};

/**
 * One person helped at an open temporary point: link a recorded person (`personId`) or give the
 * sex (and, if you can, the estimated age) of an anonymous one.
 */
export type RecordEmergencyHelpInput = {
  /** Estimated age of an anonymous person (0 to 120). */
  estimatedAge?: number | null | undefined;
  /** When it was given (default: now): not before the point opened, never in the future. */
  helpedAt?: string | null | undefined;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the help record the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** What was given (at least one). */
  kinds: Array<EmergencyAidKind>;
  /** What was given or observed. */
  note?: string | null | undefined;
  /** A recorded person visible to you; leave out for an anonymous entry. */
  personId?: string | number | null | undefined;
  /** The point (open). */
  pointId: string | number;
  /** Sex of an anonymous person (required when no person is linked). */
  sex?: Sex | null | undefined;
};

/** The police outcome of a foreign-national status check. */
export type RecordForeignNationalStatusInput = {
  /** The version you read. */
  expectedVersion: number;
  /** For ILLEGAL (and only then): the hand-over record. */
  handOver?: PoliceHandOverInput | null | undefined;
  /** What the police found (e.g. visa type and validity). */
  note?: string | null | undefined;
  /** The outcome. */
  outcome: ForeignNationalStatusOutcome;
  /** The status check. */
  statusCheckId: string | number;
};

/** The police result of a check. */
export type RecordIdentityResultInput = {
  /** The version you read. */
  expectedVersion: number;
  /** For MATCHED: the place of household registration. */
  householdRegistration?: string | null | undefined;
  /** The check. */
  identityCheckId: string | number;
  /** The outcome. */
  outcome: IdentityCheckOutcome;
  /** For MATCHED (Chinese citizens): the verified resident ID number. */
  verifiedIdNumber?: string | null | undefined;
  /** For MATCHED: the verified name. */
  verifiedName?: string | null | undefined;
};

/** A biometric sample the police took: only its kind, code, who and when. */
export type RecordSampleInput = {
  /** When it was collected (default: now); never in the future, never before the request. */
  collectedAt?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The check. */
  identityCheckId: string | number;
  /** Kind of sample. */
  kind: SampleKind;
  /** The laboratory's sample code (unique). */
  sampleCode: string;
};

/** A child coming with the victim. */
export type ReferralChildInput = {
  /** Age in whole years (0 to 17). */
  ageYears: number;
  /** Sex (default UNKNOWN). */
  sex?: VictimSex | null | undefined;
};

/** The consent to the referral (required: without it nothing is sent). */
export type ReferralConsentInput = {
  /** When. */
  at: string;
  /** Who gave it. */
  givenBy: ConsentGiver;
  /** How. */
  method: ConsentMethod;
};

/** Where the referring caseworker's file of a referral stands, as the women's federation reports it. */
export type ReferralFileStatus =
  /** Closed by the caseworker. */
  | 'CLOSED'
  /** Submitted and open. */
  | 'SUBMITTED'
  /** Withdrawn by the caseworker: the victim is not coming through this referral. */
  | 'WITHDRAWN';

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

/** Where a referral-out service stands. */
export type ReferralServiceStatus =
  /** Under way. */
  | 'IN_PROGRESS'
  /** Its outcome is recorded. */
  | 'OUTCOME_RECORDED'
  /** Asked for. */
  | 'REQUESTED';

/** What the caseworker knows of the victim; every part may be missing but sex defaults to FEMALE. */
export type ReferralVictimInput = {
  /** Age in years, known or estimated. */
  age?: number | null | undefined;
  /** True when the age is an estimate. */
  ageEstimated?: boolean | null | undefined;
  /** 18-character resident ID number (check character verified). */
  idNumber?: string | null | undefined;
  /** Name, if she gives one. */
  name?: string | null | undefined;
  /** Mobile phone (+86 or E.164). */
  phone?: string | null | undefined;
  /** Sex (default FEMALE). */
  sex?: VictimSex | null | undefined;
};

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
  address: string;
  /** What was seen. */
  description: string;
  /** District or county division code (6 digits). */
  district: string;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the street report the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** Latitude (WGS 84). */
  latitude: number;
  /** Longitude (WGS 84). */
  longitude: number;
  /** When it was reported (default: now); never in the future. */
  reportedAt?: string | null | undefined;
  /** Where it came from. */
  source: ReportSource;
};

/** A station's request to escort a person home. */
export type RequestEscortInput = {
  /** Destination, in words. */
  destination: string;
  /** Destination division code (6 digits). */
  destinationDivision: string;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the escort the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** The case (the person must be in care). */
  rescueCaseId: string | number;
};

/** A station's request to the police to check a suspected foreign national's status. */
export type RequestForeignNationalStatusCheckInput = {
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the status check the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** The two lines of the passport's machine-readable zone (ICAO 9303 TD3), when available: check digits are verified and must agree with the passport number and nationality. */
  mrzLines?: Array<string> | null | undefined;
  /** Nationality, an ICAO 9303 code (ISO 3166-1 alpha-3 such as `VNM`, or ICAO's own such as `D` for Germany, `XXA` stateless, `XXB`/`XXC` refugees); letters are upper-cased. */
  nationality: string;
  /** What the station knows that may help. */
  note?: string | null | undefined;
  /** Passport number (5 to 20 letters and digits); upper-cased. */
  passportNumber: string;
  /** The person in the station's care. */
  personId: string | number;
  /** The requesting station (one in the caller's jurisdiction). */
  requestingStationId: string | number;
};

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
  escortDestination?: string | null | undefined;
  /** To request an escort home: the destination division code (6 digits). */
  escortDestinationDivision?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** How the person goes home. */
  goingHomeArrangement: string;
  /** How the identity was found. */
  identityFoundBy: IdentityFoundBy;
  /** The missing-person report id (tracing match) or identity check id (police check). */
  identityFoundReference: string | number;
  /** Why, in the staff member's words. */
  reason: string;
  /** The settlement (approved or settled). */
  settlementId: string | number;
};

/** A risk assessment as submitted. */
export type RiskAssessmentInput = {
  /** When (default: now). */
  assessedAt?: string | null | undefined;
  /** Who assessed it (default: the submitter). */
  assessedBy?: string | null | undefined;
  /** The factors found. */
  factors?: Array<RiskFactor> | null | undefined;
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

/** Kind of biometric sample. Only the kind, code and dates are stored in the hub; never the biometric data. */
export type SampleKind =
  /** DNA sample. */
  | 'DNA'
  /** Face image comparison. */
  | 'FACE'
  /** Fingerprints. */
  | 'FINGERPRINT';

/** Screening of a received person (or registration after medical treatment). */
export type ScreenRescueCaseInput = {
  /** The version you read; a newer one means someone else changed the case first. */
  expectedVersion: number;
  /** The outcome. */
  outcome: ScreeningOutcome;
  /** Why (required for REFUSED and HANDED_TO_POLICE). */
  reason?: string | null | undefined;
  /** The case. */
  rescueCaseId: string | number;
  /** For REGISTERED: the zone (default: chosen by classified care from sex and age). DV_SHELTER is never assignable here. */
  zone?: CareZoneKind | null | undefined;
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
  expectedVersion: number;
  /** Reference of the collective household registration. */
  householdRegistrationRef: string;
  /** Level of the institution. */
  institutionLevel: WelfareInstitutionLevel;
  /** Name of the institution. */
  institutionName: string;
  /** The settlement (approved). */
  settlementId: string | number;
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

/** Sex as recorded at intake; `UNKNOWN` when it could not be established. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Not established. */
  | 'UNKNOWN';

/**
 * The order of a page of the shelter's records; every order ends with the record's id, so it is total
 * and a page never repeats or skips a record.
 */
export type ShelterPlacementOrder =
  /** Most recently answered (accepted or declined) first. */
  | 'NEWEST_FIRST'
  /** Earliest answered first. */
  | 'OLDEST_FIRST';

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
  children?: number | null | undefined;
  /** A key of the caller's choosing (8 to 100 letters, digits, `.`, `_`, `:` or `-`; a UUID fits): the same request sent again with it, e.g. after a lost answer, returns the placement (accepted or declined) the first one created instead of a second one; the key with a different request is refused (`idempotencyKey`, `REUSED`). */
  idempotencyKey?: string | null | undefined;
  /** The women's-federation referral. */
  referralId: string | number;
  /**
   * Ignored: the referring caseworker is the one the women's federation named.
   * @deprecated The referring caseworker is the referral's; this value is ignored.
   */
  referringCaseworker?: string | null | undefined;
  /**
   * Ignored: the referring organisation is the referral's.
   * @deprecated The referring organisation is the referral's; this value is ignored.
   */
  referringOrganisation?: string | null | undefined;
  /** The shelter. */
  shelterId: string | number;
};

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

/** What kind of room a shelter room is. */
export type ShelterRoomKind =
  /** A room for a mother and her children, kept together. */
  | 'FAMILY'
  /** A room of single places. */
  | 'STANDARD';

/** The order of the referrals waiting for the shelter's answer. */
export type ShelterWaitingOrder =
  /** The highest assessed risk first (immediate danger to life, high, medium, low), the longest waiting first within a level: the shelter's desk as the portal shows it. */
  | 'HIGHEST_RISK_FIRST'
  /** Longest waiting first (by submission), whatever the risk. */
  | 'OLDEST_FIRST';

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

/** A new shelter referral. */
export type SubmitShelterReferralInput = {
  /** The children coming with her. */
  children?: Array<ReferralChildInput> | null | undefined;
  /** The consent given. */
  consent?: ReferralConsentInput | null | undefined;
  /** A key the client makes up once per referral (a UUID): sending it again, even twice at once, gives the same referral. */
  idempotencyKey: string;
  /** What she needs. */
  needs?: Array<ReferralNeed> | null | undefined;
  /** More on the needs. */
  needsNote?: string | null | undefined;
  /** The referring organisation (the caller is the referring caseworker). */
  referringOrganisation: string;
  /** The risk assessment. */
  risk: RiskAssessmentInput;
  /** What is known of the victim. */
  victim: ReferralVictimInput;
  /** What she is fleeing. */
  victimType: VictimType;
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

/**
 * Why a change was refused: the `code` of every `UserError`. Each agency declares the values its
 * refusals answer; the public schema holds them all.
 */
export type UserErrorCode =
  /** A settlement of this person is already proposed, approved or in force. */
  | 'ACTIVE_SETTLEMENT'
  /** Estimated ages are whole years from 0 to 120, the lower one first. */
  | 'AGE_RANGE'
  /** The notification was already acknowledged (`acknowledgedAt`, `acknowledgedBy`). */
  | 'ALREADY_ACKNOWLEDGED'
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
  /** The time is before the request was made. */
  | 'BEFORE_REQUEST'
  /** The delivery date is outside the entrustment's validity. */
  | 'BEFORE_WINDOW'
  /** A cap cannot be below what was already delivered. */
  | 'BELOW_DELIVERED'
  /** The date of birth is not a real date, or lies in the future. */
  | 'BIRTH_DATE'
  /** The check digit of the date of birth in the machine-readable zone is wrong. */
  | 'BIRTH_DATE_CHECK_DIGIT'
  /** Both records have an open rescue case: close one before merging. */
  | 'BOTH_IN_CARE'
  /** Both records have a settlement: revoke one before merging. */
  | 'BOTH_IN_SETTLEMENT'
  /** The delivery would exceed the entrustment's cap for the item or in total (`remaining`). */
  | 'CAP_EXCEEDED'
  /** The person's rescue case is no longer in care. */
  | 'CASE_NOT_IN_CARE'
  /** The value holds characters that are not allowed here. */
  | 'CHARSET'
  /** The check character of the resident ID number (ISO 7064 MOD 11-2) does not fit the first 17 digits: the number was mistyped. */
  | 'CHECK_CHARACTER'
  /** The station is closed. */
  | 'CLOSED'
  /** The composite check digit of the machine-readable zone is wrong; it may have been misread. */
  | 'COMPOSITE_CHECK_DIGIT'
  /** The two records carry different resident ID numbers: they are not the same person. */
  | 'CONFLICTING_ID_NUMBERS'
  /** The number of entries is outside the allowed range (the message says how many). */
  | 'COUNT'
  /** Not a valid country calling code, or not an ICAO 9303 nationality code. */
  | 'COUNTRY_CODE'
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
  /** The end is before the start. */
  | 'END_BEFORE_START'
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
  /** Not a known kind of aid. */
  | 'KIND'
  /** The value has the wrong length. */
  | 'LENGTH'
  /** The value contradicts another one given (for example the date of birth in the ID number). */
  | 'MISMATCH'
  /** An international phone number starts with `+` (E.164). */
  | 'MISSING_PLUS'
  /** Give both lines of the machine-readable zone, or neither. */
  | 'MRZ_INCOMPLETE'
  /** The passport number or nationality differs from the machine-readable zone. */
  | 'MRZ_MISMATCH'
  /** Not an ICAO 9303 nationality code. */
  | 'NATIONALITY'
  /** The nationality differs from the one in the passport's machine-readable zone. */
  | 'NATIONALITY_MISMATCH'
  /** The center has not accepted the entrustment yet. */
  | 'NOT_ACCEPTED'
  /** Nothing can be delivered or changed in the entrustment's present state. */
  | 'NOT_ACTIVE'
  /** This step or outcome does not take this field. */
  | 'NOT_APPLICABLE'
  /** The DV shelter zone is assigned only through a shelter referral. */
  | 'NOT_ASSIGNABLE'
  /** That is not a step that can be taken. */
  | 'NOT_A_STEP'
  /** Only a temporary point opens for an emergency event. */
  | 'NOT_A_TEMPORARY_POINT'
  /** This kind of aid is not part of the entrustment. */
  | 'NOT_ENTRUSTED'
  /** No such record is visible to the caller; answered alike whether it does not exist or may not be seen. */
  | 'NOT_FOUND'
  /** The person is not in care (no open case in care). */
  | 'NOT_IN_CARE'
  /** Send an open team or station of the report's district. */
  | 'NOT_IN_DISTRICT'
  /** In care for 3 months or less: not yet long-stay, so not eligible for settlement. */
  | 'NOT_LONG_STAY'
  /** The entrustment is not valid yet. */
  | 'NOT_YET_VALID'
  /** The caller's office does not issue entrustments for this issuing office. */
  | 'NOT_YOUR_OFFICE'
  /** The shelter has fewer free places than the party needs (`requested`, `free`). */
  | 'NO_CAPACITY'
  /** The caller's account has no jurisdiction. */
  | 'NO_JURISDICTION'
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
  /** A passport number is 5 to 9 letters and digits. */
  | 'PASSPORT_NUMBER'
  /** The passport number differs from the one in the machine-readable zone. */
  | 'PASSPORT_NUMBER_MISMATCH'
  /** The time, or the end of a validity, must lie after now. */
  | 'PAST'
  /** The check digit of the personal number in the machine-readable zone is wrong. */
  | 'PERSONAL_NUMBER_CHECK_DIGIT'
  /** Not a valid Chinese mobile number prefix (11 digits starting with 1[3-9]). */
  | 'PREFIX'
  /** A protected victim never gets a public tracing notice. */
  | 'PROTECTED'
  /** The quantity is not a whole number from 1 to 10000. */
  | 'QUANTITY'
  /** The number is outside the allowed range. */
  | 'RANGE'
  /** Give the reason. */
  | 'REASON'
  /** Enter the receipt number. */
  | 'RECEIPT'
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
  /** The sex in the machine-readable zone cannot be read. */
  | 'SEX'
  /** The record's present state does not allow this step (the answer's `currentStatus` or `currentState` says which state). */
  | 'STEP_NOT_ALLOWED'
  /** The text is empty, too long, or holds control or invisible characters. */
  | 'TEXT'
  /** Too long: a name over its length limit, or an extension of more than 90 days at a time. */
  | 'TOO_LONG'
  /** Too many entries. */
  | 'TOO_MANY'
  /** The total cap is above the sum of the item caps. */
  | 'TOTAL_ABOVE_ITEMS'
  /** Not one of the values offered. */
  | 'UNKNOWN'
  /** No station of the network serves this district. */
  | 'UNKNOWN_DISTRICT'
  /** The record changed since the caller read it (optimistic locking): read it again and retry with its current version. */
  | 'VERSION_CONFLICT'
  /** The validity ends before it starts. */
  | 'WINDOW'
  /** The care zone chosen has no free place: transfer the person or choose another zone. */
  | 'ZONE_FULL'
  /** The care zone chosen contradicts the person: minors are kept apart from adults, and men apart from women. */
  | 'ZONE_MISMATCH';

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

/** The level of the welfare institution where a person is settled. */
export type WelfareInstitutionLevel =
  /** A city-level welfare institution. */
  | 'CITY'
  /** A county-level welfare institution. */
  | 'COUNTY'
  /** An institution in another area (cross-area placement). */
  | 'CROSS_AREA';

export type StationsQueryVariables = Exact<{
  level?: NetworkLevel | null | undefined;
  jurisdiction?: string | null | undefined;
}>;


export type StationsQuery = { stations: Array<{ id: string, name: string, level: NetworkLevel, kind: StationKind, jurisdiction: string, jurisdictionName: string, address: string | null, isOpen: boolean, openCaseCount: number, parent: { id: string, name: string } | null }> };

export type IdentityChecksQueryVariables = Exact<{
  statuses?: Array<IdentityCheckStatus> | IdentityCheckStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IdentityChecksQuery = { identityChecksConnection: { totalCount: number, edges: Array<{ node: { id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, concludedAt: string | null, verifiedName: string | null, householdRegistration: string | null, person: { id: string, displayName: string } | null, requestingStation: { id: string, name: string }, samples: Array<{ id: string, kind: SampleKind }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ShelterReferralsQueryVariables = Exact<{
  statuses?: Array<ShelterReferralStatus> | ShelterReferralStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ShelterReferralsQuery = { shelterReferralsConnection: { totalCount: number, edges: Array<{ node: { id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string, person: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AidEntrustmentsQueryVariables = Exact<{
  statuses?: Array<AidEntrustmentStatus> | AidEntrustmentStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AidEntrustmentsQuery = { aidEntrustmentsConnection: { totalCount: number, edges: Array<{ node: { id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, validFrom: string, validUntil: string, issuedAt: string, person: { id: string, displayName: string } | null, totalCap: { amountFen: string, yuan: string }, items: Array<{ kind: AidItemKind, cap: { amountFen: string, yuan: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { everyone: { totalCount: number }, unidentified: { totalCount: number }, inCare: { totalCount: number }, stations: Array<{ id: string, level: NetworkLevel, isOpen: boolean, openCaseCount: number }> };

export type AidEntrustmentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AidEntrustmentDetailQuery = { aidEntrustment: { beneficiaryName: string, mrzVerified: boolean, entryStatus: AidBeneficiaryEntryStatus, statusReason: string | null, acceptedAt: string | null, version: number, id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, validFrom: string, validUntil: string, issuedAt: string, person: { id: string, displayName: string } | null, versions: Array<{ number: number, validFrom: string, validUntil: string, reason: string | null, createdAt: string, createdBy: string, totalCap: { amountFen: string, yuan: string }, items: Array<{ kind: AidItemKind, cap: { amountFen: string, yuan: string } }> }>, deliveries: Array<{ id: string, kind: AidItemKind, quantity: number, deliveredOn: string, receiptNumber: string, deliveredBy: string, recordedAt: string, amount: { amountFen: string, yuan: string } }>, remaining: { totalCap: { amountFen: string, yuan: string }, delivered: { amountFen: string, yuan: string }, remaining: { amountFen: string, yuan: string }, items: Array<{ kind: AidItemKind, cap: { amountFen: string, yuan: string }, delivered: { amountFen: string, yuan: string }, remaining: { amountFen: string, yuan: string } }> }, events: Array<{ action: AidEntrustmentAction, fromStatus: AidEntrustmentStatus | null, toStatus: AidEntrustmentStatus, at: string, actor: string, reason: string | null }>, totalCap: { amountFen: string, yuan: string }, items: Array<{ kind: AidItemKind, cap: { amountFen: string, yuan: string } }> } | null };

export type IssueAidEntrustmentMutationVariables = Exact<{
  input: IssueAidEntrustmentInput;
}>;


export type IssueAidEntrustmentMutation = { issueAidEntrustment:
    | { __typename: 'AidEntrustmentChanged', aidEntrustment: { id: string } }
    | { __typename: 'AidEntrustmentRefused', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidEntrustmentVersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'AidRecordNotFound', code: UserErrorCode, field: string | null, message: string }
   };

export type AmendAidEntrustmentMutationVariables = Exact<{
  input: AmendAidEntrustmentInput;
}>;


export type AmendAidEntrustmentMutation = { amendAidEntrustment:
    | { __typename: 'AidEntrustmentChanged', aidEntrustment: { id: string } }
    | { __typename: 'AidEntrustmentRefused', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidEntrustmentVersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'AidRecordNotFound', code: UserErrorCode, field: string | null, message: string }
   };

export type AcceptAidEntrustmentMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptAidEntrustmentMutation = { acceptAidEntrustment:
    | { __typename: 'AidEntrustmentChanged', aidEntrustment: { id: string } }
    | { __typename: 'AidEntrustmentRefused', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidEntrustmentVersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'AidRecordNotFound', code: UserErrorCode, field: string | null, message: string }
   };

export type RevokeAidEntrustmentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeAidEntrustmentMutation = { revokeAidEntrustment:
    | { __typename: 'AidEntrustmentChanged', aidEntrustment: { id: string } }
    | { __typename: 'AidEntrustmentRefused', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidEntrustmentVersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'AidRecordNotFound', code: UserErrorCode, field: string | null, message: string }
   };

export type CloseAidEntrustmentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CloseAidEntrustmentMutation = { closeAidEntrustment:
    | { __typename: 'AidEntrustmentChanged', aidEntrustment: { id: string } }
    | { __typename: 'AidEntrustmentRefused', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidEntrustmentVersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'AidRecordNotFound', code: UserErrorCode, field: string | null, message: string }
   };

export type RecordAidDeliveryMutationVariables = Exact<{
  input: RecordAidDeliveryInput;
}>;


export type RecordAidDeliveryMutation = { recordAidDelivery:
    | { __typename: 'AidCapExceeded', kind: AidItemKind | null, code: UserErrorCode, field: string | null, message: string, remaining: { amountFen: string, yuan: string } }
    | { __typename: 'AidDeliveryRecorded', delivery: { id: string } }
    | { __typename: 'AidEntrustmentRefused', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'AidInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'AidRecordNotFound', code: UserErrorCode, field: string | null, message: string }
   };

export type AidSpendTrendQueryVariables = Exact<{
  months?: number | null | undefined;
}>;


export type AidSpendTrendQuery = { aidSpendTrend: Array<{ month: string, deliveries: number, total: { yuan: string }, byKind: Array<{ kind: AidItemKind, deliveries: number, amount: { yuan: string } }> }> };

export type AuditTrailTabFieldsFragment = { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } };

export type AuditTrailPageFieldsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ node: { seq: string, at: string, actor: string, actorKind: string, agency: string | null, roles: Array<string>, requestId: string, operation: string, recordType: string, recordId: string | null, fields: Array<string>, purpose: string | null, outcome: AuditOutcome, hash: string } }>, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } };

export type CivilAffairsAuditTabFragment = { civilAffairs?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } } };

export type PublicSecurityAuditTabFragment = { publicSecurity?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } } };

export type WomensFederationAuditTabFragment = { womensFederation?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } } };

export type ForeignAffairsAuditTabFragment = { foreignAffairs?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } } };

export type AuditTrailCivilAffairsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  purpose?: string | null | undefined;
  withOthers: boolean;
}>;


export type AuditTrailCivilAffairsQuery = { auditTrail: { page: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ node: { seq: string, at: string, actor: string, actorKind: string, agency: string | null, roles: Array<string>, requestId: string, operation: string, recordType: string, recordId: string | null, fields: Array<string>, purpose: string | null, outcome: AuditOutcome, hash: string } }>, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, publicSecurity?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, womensFederation?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, foreignAffairs?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } } } };

export type AuditTrailPublicSecurityQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  purpose?: string | null | undefined;
  withOthers: boolean;
}>;


export type AuditTrailPublicSecurityQuery = { auditTrail: { page: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ node: { seq: string, at: string, actor: string, actorKind: string, agency: string | null, roles: Array<string>, requestId: string, operation: string, recordType: string, recordId: string | null, fields: Array<string>, purpose: string | null, outcome: AuditOutcome, hash: string } }>, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, civilAffairs?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, womensFederation?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, foreignAffairs?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } } } };

export type AuditTrailWomensFederationQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  purpose?: string | null | undefined;
  withOthers: boolean;
}>;


export type AuditTrailWomensFederationQuery = { auditTrail: { page: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ node: { seq: string, at: string, actor: string, actorKind: string, agency: string | null, roles: Array<string>, requestId: string, operation: string, recordType: string, recordId: string | null, fields: Array<string>, purpose: string | null, outcome: AuditOutcome, hash: string } }>, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, civilAffairs?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, publicSecurity?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, foreignAffairs?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } } } };

export type AuditTrailForeignAffairsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  purpose?: string | null | undefined;
  withOthers: boolean;
}>;


export type AuditTrailForeignAffairsQuery = { auditTrail: { page: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ node: { seq: string, at: string, actor: string, actorKind: string, agency: string | null, roles: Array<string>, requestId: string, operation: string, recordType: string, recordId: string | null, fields: Array<string>, purpose: string | null, outcome: AuditOutcome, hash: string } }>, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, civilAffairs?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, publicSecurity?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, womensFederation?: { totalCount: number, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } } } };

export type CareTrendQueryVariables = Exact<{
  months?: number | null | undefined;
}>;


export type CareTrendQuery = { careTrend: Array<{ month: string, received: number, averageStayDays: number | null, exits: Array<{ reason: ExitReason, count: number }> }> };

export type StreetReportRowFragment = { id: string, source: ReportSource, description: string, latitude: number, longitude: number, address: string, district: string, status: StreetReportStatus, reportedAt: string, acceptedAt: string | null, dispatchedAt: string | null, onSceneAt: string | null, verifiedAt: string | null, closedAt: string | null, closure: ReportClosure | null, dispatchDistanceMeters: number | null, minutesToScene: number, missedThirtyMinutes: boolean, version: number, dispatchedTo: { id: string, name: string } | null };

export type DispatchBoardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  from: string;
  to: string;
}>;


export type DispatchBoardQuery = { dispatchBoardConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null }, edges: Array<{ node: { id: string, source: ReportSource, description: string, latitude: number, longitude: number, address: string, district: string, status: StreetReportStatus, reportedAt: string, acceptedAt: string | null, dispatchedAt: string | null, onSceneAt: string | null, verifiedAt: string | null, closedAt: string | null, closure: ReportClosure | null, dispatchDistanceMeters: number | null, minutesToScene: number, missedThirtyMinutes: boolean, version: number, dispatchedTo: { id: string, name: string } | null } }> }, dispatchPerformance: Array<{ group: string, name: string, reports: number, onSceneWithin30: number, share: number }> };

export type ReportStreetSightingMutationVariables = Exact<{
  input: ReportStreetSightingInput;
}>;


export type ReportStreetSightingMutation = { reportStreetSighting:
    | { __typename: 'DispatchStepRefused', currentStatus: StreetReportStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'StreetReportChanged', streetReport: { id: string } }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type AdvanceStreetReportMutationVariables = Exact<{
  input: AdvanceStreetReportInput;
}>;


export type AdvanceStreetReportMutation = { advanceStreetReport:
    | { __typename: 'DispatchStepRefused', currentStatus: StreetReportStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'StreetReportChanged', streetReport: { id: string } }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

type StreetReportOutcome_DispatchStepRefused_Fragment = { __typename: 'DispatchStepRefused', currentStatus: StreetReportStatus, code: UserErrorCode, field: string | null, message: string };

type StreetReportOutcome_InputRejected_Fragment = { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string };

type StreetReportOutcome_RecordNotFound_Fragment = { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string };

type StreetReportOutcome_StreetReportChanged_Fragment = { __typename: 'StreetReportChanged', streetReport: { id: string } };

type StreetReportOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string };

export type StreetReportOutcomeFragment =
  | StreetReportOutcome_DispatchStepRefused_Fragment
  | StreetReportOutcome_InputRejected_Fragment
  | StreetReportOutcome_RecordNotFound_Fragment
  | StreetReportOutcome_StreetReportChanged_Fragment
  | StreetReportOutcome_VersionConflict_Fragment
;

export type EmergencyEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EmergencyEventsQuery = { emergencyEventsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: EmergencyKind, name: string, description: string | null, districts: Array<string>, startedAt: string, endedAt: string | null, state: EmergencyState, peopleHelped: number, version: number, points: Array<{ id: string, state: EmergencyState, openedAt: string, closedAt: string | null, closeReason: string | null, peopleHelped: number, version: number, station: { id: string, name: string, address: string | null, jurisdiction: string } }>, dailyHelpCounts: Array<{ day: string, peopleHelped: number, food: number, lodging: number, clothing: number, point: { id: string } }> } }> }, stations: Array<{ id: string, name: string, kind: StationKind, jurisdiction: string, isOpen: boolean }> };

export type DeclareEmergencyEventMutationVariables = Exact<{
  input: DeclareEmergencyEventInput;
}>;


export type DeclareEmergencyEventMutation = { declareEmergencyEvent:
    | { __typename: 'EmergencyEventChanged', event: { id: string } }
    | { __typename: 'EmergencyStepRefused', currentState: EmergencyState, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', code: UserErrorCode, field: string | null, message: string }
   };

export type EndEmergencyEventMutationVariables = Exact<{
  input: EndEmergencyEventInput;
}>;


export type EndEmergencyEventMutation = { endEmergencyEvent:
    | { __typename: 'EmergencyEventChanged', event: { id: string } }
    | { __typename: 'EmergencyStepRefused', currentState: EmergencyState, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', code: UserErrorCode, field: string | null, message: string }
   };

export type OpenEmergencyPointMutationVariables = Exact<{
  input: OpenEmergencyPointInput;
}>;


export type OpenEmergencyPointMutation = { openEmergencyPoint:
    | { __typename: 'EmergencyPointChanged', point: { id: string } }
    | { __typename: 'EmergencyStepRefused', currentState: EmergencyState, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', code: UserErrorCode, field: string | null, message: string }
   };

export type CloseEmergencyPointMutationVariables = Exact<{
  input: CloseEmergencyPointInput;
}>;


export type CloseEmergencyPointMutation = { closeEmergencyPoint:
    | { __typename: 'EmergencyPointChanged', point: { id: string } }
    | { __typename: 'EmergencyStepRefused', currentState: EmergencyState, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', code: UserErrorCode, field: string | null, message: string }
   };

export type RecordEmergencyHelpMutationVariables = Exact<{
  input: RecordEmergencyHelpInput;
}>;


export type RecordEmergencyHelpMutation = { recordEmergencyHelp:
    | { __typename: 'EmergencyHelpRecorded', help: { id: string } }
    | { __typename: 'EmergencyStepRefused', currentState: EmergencyState, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
   };

export type EscortApprovalsQueryVariables = Exact<{
  statuses?: Array<EscortStatus> | EscortStatus | null | undefined;
  crossProvince?: boolean | null | undefined;
  order?: EscortOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EscortApprovalsQuery = { escortsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, destination: string, destinationDivision: string, crossProvince: boolean, status: EscortStatus, declineReason: string | null, declineGuidance: string | null, decidedBy: string | null, version: number, rescueCase: { id: string, station: { id: string, name: string }, person: { id: string, displayName: string } } } }> } };

export type DecideEscortMutationVariables = Exact<{
  input: DecideEscortInput;
}>;


export type DecideEscortMutation = { decideEscort:
    | { __typename: 'EscortChanged', escort: { id: string, status: EscortStatus } }
    | { __typename: 'EscortStepRefused', currentStatus: EscortStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type RequestEscortMutationVariables = Exact<{
  input: RequestEscortInput;
}>;


export type RequestEscortMutation = { requestEscort:
    | { __typename: 'EscortChanged', escort: { id: string, status: EscortStatus } }
    | { __typename: 'EscortStepRefused', currentStatus: EscortStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

type EscortOutcome_EscortChanged_Fragment = { __typename: 'EscortChanged', escort: { id: string, status: EscortStatus } };

type EscortOutcome_EscortStepRefused_Fragment = { __typename: 'EscortStepRefused', currentStatus: EscortStatus, code: UserErrorCode, field: string | null, message: string };

type EscortOutcome_InputRejected_Fragment = { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string };

type EscortOutcome_RecordNotFound_Fragment = { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string };

type EscortOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string };

export type EscortOutcomeFragment =
  | EscortOutcome_EscortChanged_Fragment
  | EscortOutcome_EscortStepRefused_Fragment
  | EscortOutcome_InputRejected_Fragment
  | EscortOutcome_RecordNotFound_Fragment
  | EscortOutcome_VersionConflict_Fragment
;

export type ForeignAffairsNotificationsQueryVariables = Exact<{
  acknowledged?: boolean | null | undefined;
  order?: ForeignAffairsNotificationOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ForeignAffairsNotificationsQuery = { foreignAffairsNotificationsConnection: { totalCount: number, edges: Array<{ node: { id: string, status: ForeignNationalStatusCheckStatus, nationality: string, notifiedAt: string, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, acknowledgementNote: string | null, person: { id: string, displayName: string } | null, statusCheck: { id: string, passportNumber: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AcknowledgeForeignAffairsNotificationMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type AcknowledgeForeignAffairsNotificationMutation = { acknowledgeForeignAffairsNotification:
    | { __typename: 'ForeignAffairsNotificationAcknowledged' }
    | { __typename: 'ForeignAffairsNotificationRefused', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'IdentityCheckInputRejected', code: UserErrorCode, field: string, message: string }
   };

type IdentityCheckChangeResult_IdentityCheckChanged_Fragment = { __typename: 'IdentityCheckChanged', identityCheck: { id: string, version: number } };

type IdentityCheckChangeResult_IdentityCheckInputRejected_Fragment = { __typename: 'IdentityCheckInputRejected', code: UserErrorCode, field: string, message: string };

type IdentityCheckChangeResult_IdentityCheckRefused_Fragment = { __typename: 'IdentityCheckRefused', currentStatus: IdentityCheckStatus, currentVersion: number, code: UserErrorCode, field: string | null, message: string };

export type IdentityCheckChangeResultFragment =
  | IdentityCheckChangeResult_IdentityCheckChanged_Fragment
  | IdentityCheckChangeResult_IdentityCheckInputRejected_Fragment
  | IdentityCheckChangeResult_IdentityCheckRefused_Fragment
;

export type IdentityCheckQueueRowFragment = { id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, resultDueAt: string, overdue: boolean, requestingStation: { id: string, name: string }, person: { id: string, displayName: string } | null };

export type IdentityCheckQueueQueryVariables = Exact<{
  statuses?: Array<IdentityCheckStatus> | IdentityCheckStatus | null | undefined;
  overdue?: boolean | null | undefined;
  personIds?: Array<string | number> | string | number | null | undefined;
  order?: IdentityCheckOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  purpose?: string | null | undefined;
}>;


export type IdentityCheckQueueQuery = { identityChecksConnection: { totalCount: number, edges: Array<{ node: { id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, resultDueAt: string, overdue: boolean, requestingStation: { id: string, name: string }, person: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CheckQueuePersonsQueryVariables = Exact<{
  search: string;
  first: number;
}>;


export type CheckQueuePersonsQuery = { persons: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } };

export type IdentityCheckDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type IdentityCheckDetailQuery = { identityCheck: { id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, concludedAt: string | null, resultDueAt: string, overdue: boolean, version: number, verifiedName: string | null, householdRegistration: string | null, requestingStation: { id: string, name: string }, person: { id: string, displayName: string } | null, samples: Array<{ id: string, kind: SampleKind, sampleCode: string, collectedBy: string, collectedAt: string }> | null, events: Array<{ fromStatus: IdentityCheckStatus | null, toStatus: IdentityCheckStatus, at: string, actor: string, note: string | null }> } | null };

export type RecordSampleMutationVariables = Exact<{
  input: RecordSampleInput;
}>;


export type RecordSampleMutation = { recordSample:
    | { __typename: 'IdentityCheckChanged', identityCheck: { id: string, version: number } }
    | { __typename: 'IdentityCheckInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'IdentityCheckRefused', currentStatus: IdentityCheckStatus, currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type StartComparisonMutationVariables = Exact<{
  identityCheckId: string | number;
  expectedVersion: number;
}>;


export type StartComparisonMutation = { startComparison:
    | { __typename: 'IdentityCheckChanged', identityCheck: { id: string, version: number } }
    | { __typename: 'IdentityCheckInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'IdentityCheckRefused', currentStatus: IdentityCheckStatus, currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type RecordIdentityResultMutationVariables = Exact<{
  input: RecordIdentityResultInput;
}>;


export type RecordIdentityResultMutation = { recordIdentityResult:
    | { __typename: 'IdentityCheckChanged', identityCheck: { id: string, version: number } }
    | { __typename: 'IdentityCheckInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'IdentityCheckRefused', currentStatus: IdentityCheckStatus, currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type ListPageInfoFragment = { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null };

export type ListPageOnInfoFragment = { hasNextPage: boolean, endCursor: string | null };

export type PersonPickQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type PersonPickQuery = { persons: { edges: Array<{ node: { id: string, displayName: string, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, rescueCases: Array<{ id: string, status: RescueCaseStatus, station: { id: string, name: string } }> } }> } };

export type PersonChoiceByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonChoiceByIdQuery = { person: { id: string, displayName: string, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, rescueCases: Array<{ id: string, status: RescueCaseStatus, station: { id: string, name: string } }> } | null };

export type PersonChoiceFragment = { id: string, displayName: string, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, rescueCases: Array<{ id: string, status: RescueCaseStatus, station: { id: string, name: string } }> };

export type CivilAffairsSectionFragment = { idNumber: string | null, phone: string | null, dialectRegion: string | null, features: string | null, createdAt: string, id: string, displayName: string, name: string | null, namePinyin: string | null, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, identityStatus: IdentityStatus, rescueCases: Array<{ id: string, status: RescueCaseStatus, intakeAt: string, intakeSource: IntakeSource, zone: CareZoneKind | null, exitAt: string | null, exitReason: ExitReason | null, stayDays: number, station: { id: string, name: string, level: NetworkLevel } }> };

export type PublicSecuritySectionFragment = { identityChecks: Array<{ id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, concludedAt: string | null, verifiedName: string | null, householdRegistration: string | null, requestingStation: { id: string, name: string }, samples: Array<{ id: string, kind: SampleKind }> | null }> | null };

export type WomensFederationSectionFragment = { shelterReferrals: Array<{ id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string }> | null };

export type ForeignAffairsSectionFragment = { aidEntrustments: Array<{ id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, validFrom: string, validUntil: string, issuedAt: string, totalCap: { amountFen: string, yuan: string }, items: Array<{ kind: AidItemKind, cap: { amountFen: string, yuan: string } }> }> | null };

export type PersonProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonProfileQuery = { person: { id: string, idNumber: string | null, phone: string | null, dialectRegion: string | null, features: string | null, createdAt: string, displayName: string, name: string | null, namePinyin: string | null, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, identityStatus: IdentityStatus, rescueCases: Array<{ id: string, status: RescueCaseStatus, intakeAt: string, intakeSource: IntakeSource, zone: CareZoneKind | null, exitAt: string | null, exitReason: ExitReason | null, stayDays: number, station: { id: string, name: string, level: NetworkLevel } }>, identityChecks: Array<{ id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, concludedAt: string | null, verifiedName: string | null, householdRegistration: string | null, requestingStation: { id: string, name: string }, samples: Array<{ id: string, kind: SampleKind }> | null }> | null, shelterReferrals: Array<{ id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string }> | null, aidEntrustments: Array<{ id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, validFrom: string, validUntil: string, issuedAt: string, totalCap: { amountFen: string, yuan: string }, items: Array<{ kind: AidItemKind, cap: { amountFen: string, yuan: string } }> }> | null } | null };

export type PersonCivilAffairsQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonCivilAffairsQuery = { person: { id: string, idNumber: string | null, phone: string | null, dialectRegion: string | null, features: string | null, createdAt: string, displayName: string, name: string | null, namePinyin: string | null, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, identityStatus: IdentityStatus, rescueCases: Array<{ id: string, status: RescueCaseStatus, intakeAt: string, intakeSource: IntakeSource, zone: CareZoneKind | null, exitAt: string | null, exitReason: ExitReason | null, stayDays: number, station: { id: string, name: string, level: NetworkLevel } }> } | null };

export type PersonPublicSecurityQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonPublicSecurityQuery = { person: { id: string, identityChecks: Array<{ id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, concludedAt: string | null, verifiedName: string | null, householdRegistration: string | null, requestingStation: { id: string, name: string }, samples: Array<{ id: string, kind: SampleKind }> | null }> | null } | null };

export type PersonWomensFederationQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonWomensFederationQuery = { person: { id: string, shelterReferrals: Array<{ id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string }> | null } | null };

export type PersonForeignAffairsQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonForeignAffairsQuery = { person: { id: string, aidEntrustments: Array<{ id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, validFrom: string, validUntil: string, issuedAt: string, totalCap: { amountFen: string, yuan: string }, items: Array<{ kind: AidItemKind, cap: { amountFen: string, yuan: string } }> }> | null } | null };

export type PersonRefFragment = { id: string, displayName: string };

export type PersonSearchQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PersonSearchQuery = { persons: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { idNumber: string | null, id: string, displayName: string, name: string | null, namePinyin: string | null, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, identityStatus: IdentityStatus, rescueCases: Array<{ id: string, status: RescueCaseStatus, intakeAt: string, station: { id: string, name: string } }> } }> } };

export type PersonSummaryFragment = { id: string, displayName: string, name: string | null, namePinyin: string | null, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, identityStatus: IdentityStatus, rescueCases: Array<{ id: string, status: RescueCaseStatus, intakeAt: string, station: { id: string, name: string } }> };

export type RescueCaseRowFragment = { id: string, status: RescueCaseStatus, intakeSource: IntakeSource, intakeAt: string, zone: CareZoneKind | null, exitAt: string | null, exitReason: ExitReason | null, stayDays: number, station: { id: string, name: string, level: NetworkLevel } };

export type IdentityCheckRowFragment = { id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, concludedAt: string | null, verifiedName: string | null, householdRegistration: string | null, requestingStation: { id: string, name: string }, samples: Array<{ id: string, kind: SampleKind }> | null };

export type ShelterReferralRowFragment = { id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string };

export type AidEntrustmentRowFragment = { id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, validFrom: string, validUntil: string, issuedAt: string, totalCap: { amountFen: string, yuan: string }, items: Array<{ kind: AidItemKind, cap: { amountFen: string, yuan: string } }> };

export type ReferralTrendQueryVariables = Exact<{
  months?: number | null | undefined;
}>;


export type ReferralTrendQuery = { referralTrend: Array<{ month: string, submitted: number, byRisk: Array<{ riskLevel: RiskLevel, count: number }> }> };

export type RegionStationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionStationsQuery = { stations: Array<{ id: string, name: string, kind: StationKind, jurisdiction: string, jurisdictionName: string, latitude: number | null, longitude: number | null }> };

type RescueCaseChangeResult_InputRejected_Fragment = { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string };

type RescueCaseChangeResult_RecordNotFound_Fragment = { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string };

type RescueCaseChangeResult_RescueCaseChanged_Fragment = { __typename: 'RescueCaseChanged', rescueCase: { id: string, version: number } };

type RescueCaseChangeResult_TransitionRefused_Fragment = { __typename: 'TransitionRefused', currentStatus: RescueCaseStatus, code: UserErrorCode, field: string | null, message: string };

type RescueCaseChangeResult_VersionConflict_Fragment = { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string };

type RescueCaseChangeResult_ZoneFull_Fragment = { __typename: 'ZoneFull', zone: CareZoneKind, code: UserErrorCode, field: string | null, message: string };

export type RescueCaseChangeResultFragment =
  | RescueCaseChangeResult_InputRejected_Fragment
  | RescueCaseChangeResult_RecordNotFound_Fragment
  | RescueCaseChangeResult_RescueCaseChanged_Fragment
  | RescueCaseChangeResult_TransitionRefused_Fragment
  | RescueCaseChangeResult_VersionConflict_Fragment
  | RescueCaseChangeResult_ZoneFull_Fragment
;

export type RescueCasePageQueryVariables = Exact<{
  id: string | number;
}>;


export type RescueCasePageQuery = { rescueCase: { stayFlag: StayFlag, extendedUntil: string | null, version: number, id: string, status: RescueCaseStatus, intakeSource: IntakeSource, intakeAt: string, zone: CareZoneKind | null, exitAt: string | null, exitReason: ExitReason | null, stayDays: number, person: { id: string, displayName: string, sex: Sex, identityStatus: IdentityStatus }, station: { id: string, name: string, level: NetworkLevel, careZones: Array<{ id: string, kind: CareZoneKind, name: string, places: number, freePlaces: number }> }, services: Array<{ id: string, kind: CareServiceKind, givenAt: string, givenBy: string, note: string | null }>, events: Array<{ id: string, fromStatus: RescueCaseStatus | null, toStatus: RescueCaseStatus, at: string, actor: string, reason: string | null }> } | null };

export type IntakeStationsQueryVariables = Exact<{ [key: string]: never; }>;


export type IntakeStationsQuery = { stations: Array<{ id: string, name: string, level: NetworkLevel, kind: StationKind, isOpen: boolean }> };

export type ReceivePersonMutationVariables = Exact<{
  input: ReceivePersonInput;
}>;


export type ReceivePersonMutation = { receivePerson:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RescueCaseChanged', rescueCase: { id: string, version: number } }
    | { __typename: 'TransitionRefused', currentStatus: RescueCaseStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ZoneFull', zone: CareZoneKind, code: UserErrorCode, field: string | null, message: string }
   };

export type ScreenRescueCaseMutationVariables = Exact<{
  input: ScreenRescueCaseInput;
}>;


export type ScreenRescueCaseMutation = { screenRescueCase:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RescueCaseChanged', rescueCase: { id: string, version: number } }
    | { __typename: 'TransitionRefused', currentStatus: RescueCaseStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ZoneFull', zone: CareZoneKind, code: UserErrorCode, field: string | null, message: string }
   };

export type ExtendStayMutationVariables = Exact<{
  input: ExtendStayInput;
}>;


export type ExtendStayMutation = { extendStay:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RescueCaseChanged', rescueCase: { id: string, version: number } }
    | { __typename: 'TransitionRefused', currentStatus: RescueCaseStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ZoneFull', zone: CareZoneKind, code: UserErrorCode, field: string | null, message: string }
   };

export type RecordCareServiceMutationVariables = Exact<{
  input: RecordCareServiceInput;
}>;


export type RecordCareServiceMutation = { recordCareService:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RescueCaseChanged', rescueCase: { id: string, version: number } }
    | { __typename: 'TransitionRefused', currentStatus: RescueCaseStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ZoneFull', zone: CareZoneKind, code: UserErrorCode, field: string | null, message: string }
   };

export type ExitRescueCaseMutationVariables = Exact<{
  input: ExitRescueCaseInput;
}>;


export type ExitRescueCaseMutation = { exitRescueCase:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RescueCaseChanged', rescueCase: { id: string, version: number } }
    | { __typename: 'TransitionRefused', currentStatus: RescueCaseStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ZoneFull', zone: CareZoneKind, code: UserErrorCode, field: string | null, message: string }
   };

export type SettlementProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettlementProposalsQuery = { settlementCandidates: Array<{ id: string, version: number, intakeAt: string, stayDays: number, person: { id: string, displayName: string }, station: { id: string, name: string } }>, proposed: { totalCount: number, edges: Array<{ node: { id: string, status: SettlementStatus, version: number, proposedAt: string, proposedBy: string, proposalNote: string, decidedBy: string | null, decidedAt: string | null, declineReason: string | null, recheckStatement: string | null, institutionLevel: WelfareInstitutionLevel | null, institutionName: string | null, householdRegistrationRef: string | null, settledAt: string | null, revokedAt: string | null, revokeReason: string | null, identityFoundBy: IdentityFoundBy | null, goingHomeArrangement: string | null, person: { id: string, displayName: string, identityChecks: Array<{ id: string, reason: IdentityCheckReason, status: IdentityCheckStatus, concludedAt: string | null }> | null }, identityRecheck: { id: string, status: IdentityCheckStatus, concludedAt: string | null } | null, escort: { id: string, status: EscortStatus } | null, rescueCase: { id: string, stayDays: number, station: { id: string, name: string } } } }> } };

export type SettlementsByStatusQueryVariables = Exact<{
  status: SettlementStatus;
  order?: SettlementOrder | null | undefined;
}>;


export type SettlementsByStatusQuery = { settlementsConnection: { totalCount: number, edges: Array<{ node: { id: string, status: SettlementStatus, version: number, proposedAt: string, proposedBy: string, proposalNote: string, decidedBy: string | null, decidedAt: string | null, declineReason: string | null, recheckStatement: string | null, institutionLevel: WelfareInstitutionLevel | null, institutionName: string | null, householdRegistrationRef: string | null, settledAt: string | null, revokedAt: string | null, revokeReason: string | null, identityFoundBy: IdentityFoundBy | null, goingHomeArrangement: string | null, identityRecheck: { id: string, status: IdentityCheckStatus, concludedAt: string | null } | null, escort: { id: string, status: EscortStatus } | null, person: { id: string, displayName: string }, rescueCase: { id: string, stayDays: number, station: { id: string, name: string } } } }> } };

export type SettlementRowFragment = { id: string, status: SettlementStatus, version: number, proposedAt: string, proposedBy: string, proposalNote: string, decidedBy: string | null, decidedAt: string | null, declineReason: string | null, recheckStatement: string | null, institutionLevel: WelfareInstitutionLevel | null, institutionName: string | null, householdRegistrationRef: string | null, settledAt: string | null, revokedAt: string | null, revokeReason: string | null, identityFoundBy: IdentityFoundBy | null, goingHomeArrangement: string | null, identityRecheck: { id: string, status: IdentityCheckStatus, concludedAt: string | null } | null, escort: { id: string, status: EscortStatus } | null, person: { id: string, displayName: string }, rescueCase: { id: string, stayDays: number, station: { id: string, name: string } } };

export type ProposeSettlementMutationVariables = Exact<{
  input: ProposeSettlementInput;
}>;


export type ProposeSettlementMutation = { proposeSettlement:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'NotEligibleForSettlement', reason: SettlementIneligibility, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SettlementChanged', settlement: { id: string } }
    | { __typename: 'SettlementStepRefused', currentStatus: SettlementStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type DecideSettlementMutationVariables = Exact<{
  input: DecideSettlementInput;
}>;


export type DecideSettlementMutation = { decideSettlement:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'NotEligibleForSettlement', reason: SettlementIneligibility, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SettlementChanged', settlement: { id: string } }
    | { __typename: 'SettlementStepRefused', currentStatus: SettlementStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type SettlePersonMutationVariables = Exact<{
  input: SettlePersonInput;
}>;


export type SettlePersonMutation = { settlePerson:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'NotEligibleForSettlement', reason: SettlementIneligibility, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SettlementChanged', settlement: { id: string } }
    | { __typename: 'SettlementStepRefused', currentStatus: SettlementStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type RevokeSettlementMutationVariables = Exact<{
  input: RevokeSettlementInput;
}>;


export type RevokeSettlementMutation = { revokeSettlement:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'NotEligibleForSettlement', reason: SettlementIneligibility, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SettlementChanged', settlement: { id: string } }
    | { __typename: 'SettlementStepRefused', currentStatus: SettlementStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

type SettlementOutcome_InputRejected_Fragment = { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string };

type SettlementOutcome_NotEligibleForSettlement_Fragment = { __typename: 'NotEligibleForSettlement', reason: SettlementIneligibility, code: UserErrorCode, field: string | null, message: string };

type SettlementOutcome_RecordNotFound_Fragment = { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string };

type SettlementOutcome_SettlementChanged_Fragment = { __typename: 'SettlementChanged', settlement: { id: string } };

type SettlementOutcome_SettlementStepRefused_Fragment = { __typename: 'SettlementStepRefused', currentStatus: SettlementStatus, code: UserErrorCode, field: string | null, message: string };

type SettlementOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string };

export type SettlementOutcomeFragment =
  | SettlementOutcome_InputRejected_Fragment
  | SettlementOutcome_NotEligibleForSettlement_Fragment
  | SettlementOutcome_RecordNotFound_Fragment
  | SettlementOutcome_SettlementChanged_Fragment
  | SettlementOutcome_SettlementStepRefused_Fragment
  | SettlementOutcome_VersionConflict_Fragment
;

export type ShelterReferralDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ShelterReferralDetailQuery = { shelterReferral: { statusReason: string | null, version: number, needs: Array<ReferralNeed>, needsNote: string | null, id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string, victim: { name: string | null, sex: VictimSex, age: number | null, ageEstimated: boolean, phone: string | null, idNumber: string | null }, riskAssessment: { level: RiskLevel, factors: Array<RiskFactor>, assessedBy: string | null, assessedAt: string | null }, children: Array<{ ageYears: number, sex: VictimSex }>, consent: { givenBy: ConsentGiver, method: ConsentMethod, at: string } | null, services: Array<{ id: string, kind: ReferralServiceKind, status: ReferralServiceStatus, provider: string, outcome: string | null }> } | null };

export type ShelterPlacementOfReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ShelterPlacementOfReferralQuery = { shelterReferral: { id: string, placement: { id: string, status: ShelterPlacementStatus, version: number, partySize: number, declineReason: string | null, stayUntil: string | null, extensionReason: string | null, endNote: string | null, referralFileStatus: ReferralFileStatus | null, places: Array<{ room: string | null, placeNumber: number, forVictim: boolean }> } | null } | null, shelters: Array<{ id: string, name: string, freePlaces: number, freeFamilyRooms: number }> };

export type ShelterDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterDeskQuery = { shelters: Array<{ id: string, name: string, totalPlaces: number, freePlaces: number, freeFamilyRooms: number, rooms: Array<{ id: string, label: string, kind: ShelterRoomKind, places: number, freePlaces: number }> | null }> };

export type ShelterWaitingPageQueryVariables = Exact<{
  order?: ShelterWaitingOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  purpose?: string | null | undefined;
}>;


export type ShelterWaitingPageQuery = { shelterReferralsAwaitingAnswer: { totalCount: number, edges: Array<{ node: { id: string, victimType: VictimType, riskLevel: RiskLevel, accompanyingChildren: number, referringOrganisation: string, submittedAt: string, victim: { name: string | null, sex: VictimSex, age: number | null, ageEstimated: boolean } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null } } };

export type ShelterPlacementsPageQueryVariables = Exact<{
  statuses?: Array<ShelterPlacementStatus> | ShelterPlacementStatus | null | undefined;
  order?: ShelterPlacementOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  purpose?: string | null | undefined;
}>;


export type ShelterPlacementsPageQuery = { shelterPlacementsConnection: { totalCount: number, edges: Array<{ node: { id: string, referralId: string, status: ShelterPlacementStatus, partySize: number, referringOrganisation: string | null, decidedAt: string | null, admittedAt: string | null, stayUntil: string | null, endedAt: string | null, person: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null } } };

export type SubmitShelterReferralMutationVariables = Exact<{
  input: SubmitShelterReferralInput;
}>;


export type SubmitShelterReferralMutation = { submitShelterReferral:
    | { __typename: 'IdempotencyConflict', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferralInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'ReferralNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferralStepRefused', currentStatus: ShelterReferralStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferralVersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ShelterReferralChanged', shelterReferral: { id: string } }
   };

export type WithdrawShelterReferralMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type WithdrawShelterReferralMutation = { withdrawShelterReferral:
    | { __typename: 'IdempotencyConflict', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferralInputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'ReferralNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferralStepRefused', currentStatus: ShelterReferralStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferralVersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ShelterReferralChanged', shelterReferral: { id: string } }
   };

type ReferralOutcome_IdempotencyConflict_Fragment = { __typename: 'IdempotencyConflict', code: UserErrorCode, field: string | null, message: string };

type ReferralOutcome_ReferralInputRejected_Fragment = { __typename: 'ReferralInputRejected', code: UserErrorCode, field: string, message: string };

type ReferralOutcome_ReferralNotFound_Fragment = { __typename: 'ReferralNotFound', code: UserErrorCode, field: string | null, message: string };

type ReferralOutcome_ReferralStepRefused_Fragment = { __typename: 'ReferralStepRefused', currentStatus: ShelterReferralStatus, code: UserErrorCode, field: string | null, message: string };

type ReferralOutcome_ReferralVersionConflict_Fragment = { __typename: 'ReferralVersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string };

type ReferralOutcome_ShelterReferralChanged_Fragment = { __typename: 'ShelterReferralChanged', shelterReferral: { id: string } };

export type ReferralOutcomeFragment =
  | ReferralOutcome_IdempotencyConflict_Fragment
  | ReferralOutcome_ReferralInputRejected_Fragment
  | ReferralOutcome_ReferralNotFound_Fragment
  | ReferralOutcome_ReferralStepRefused_Fragment
  | ReferralOutcome_ReferralVersionConflict_Fragment
  | ReferralOutcome_ShelterReferralChanged_Fragment
;

export type AcceptShelterReferralMutationVariables = Exact<{
  input: ShelterReferralAnswerInput;
}>;


export type AcceptShelterReferralMutation = { acceptShelterReferral:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'NoCapacity', requested: number, free: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'PlacementStepRefused', currentStatus: ShelterPlacementStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type DeclineShelterReferralMutationVariables = Exact<{
  input: ShelterReferralAnswerInput;
  reason: string;
}>;


export type DeclineShelterReferralMutation = { declineShelterReferral:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'NoCapacity', requested: number, free: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'PlacementStepRefused', currentStatus: ShelterPlacementStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type AdmitToShelterMutationVariables = Exact<{
  input: AdmitToShelterInput;
}>;


export type AdmitToShelterMutation = { admitToShelter:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'NoCapacity', requested: number, free: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'PlacementStepRefused', currentStatus: ShelterPlacementStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type ExtendShelterStayMutationVariables = Exact<{
  id: string | number;
  version: number;
  until: string;
  reason: string;
}>;


export type ExtendShelterStayMutation = { extendShelterStay:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'NoCapacity', requested: number, free: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'PlacementStepRefused', currentStatus: ShelterPlacementStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type DischargeFromShelterMutationVariables = Exact<{
  id: string | number;
  version: number;
  note: string;
}>;


export type DischargeFromShelterMutation = { dischargeFromShelter:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'NoCapacity', requested: number, free: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'PlacementStepRefused', currentStatus: ShelterPlacementStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

export type CloseShelterPlacementMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type CloseShelterPlacementMutation = { closeShelterPlacement:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'NoCapacity', requested: number, free: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'PlacementStepRefused', currentStatus: ShelterPlacementStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
   };

type PlacementOutcome_InputRejected_Fragment = { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string };

type PlacementOutcome_NoCapacity_Fragment = { __typename: 'NoCapacity', requested: number, free: number, code: UserErrorCode, field: string | null, message: string };

type PlacementOutcome_PlacementStepRefused_Fragment = { __typename: 'PlacementStepRefused', currentStatus: ShelterPlacementStatus, code: UserErrorCode, field: string | null, message: string };

type PlacementOutcome_RecordNotFound_Fragment = { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string };

type PlacementOutcome_ShelterPlacementChanged_Fragment = { __typename: 'ShelterPlacementChanged' };

type PlacementOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string };

export type PlacementOutcomeFragment =
  | PlacementOutcome_InputRejected_Fragment
  | PlacementOutcome_NoCapacity_Fragment
  | PlacementOutcome_PlacementStepRefused_Fragment
  | PlacementOutcome_RecordNotFound_Fragment
  | PlacementOutcome_ShelterPlacementChanged_Fragment
  | PlacementOutcome_VersionConflict_Fragment
;

export type StatusCheckPickQueryVariables = Exact<{
  personId: string | number;
}>;


export type StatusCheckPickQuery = { person: { id: string, displayName: string, foreignNationalStatusChecks: Array<{ id: string, status: ForeignNationalStatusCheckStatus, nationality: string, requestedAt: string, concludedAt: string | null, requestingStation: { id: string, name: string } }> | null } | null };

type StatusCheckChangeResult_ForeignNationalStatusCheckChanged_Fragment = { __typename: 'ForeignNationalStatusCheckChanged', statusCheck: { id: string, version: number } };

type StatusCheckChangeResult_ForeignNationalStatusCheckRefused_Fragment = { __typename: 'ForeignNationalStatusCheckRefused', currentStatus: ForeignNationalStatusCheckStatus, currentVersion: number, code: UserErrorCode, field: string | null, message: string };

type StatusCheckChangeResult_IdentityCheckInputRejected_Fragment = { __typename: 'IdentityCheckInputRejected', code: UserErrorCode, field: string, message: string };

export type StatusCheckChangeResultFragment =
  | StatusCheckChangeResult_ForeignNationalStatusCheckChanged_Fragment
  | StatusCheckChangeResult_ForeignNationalStatusCheckRefused_Fragment
  | StatusCheckChangeResult_IdentityCheckInputRejected_Fragment
;

export type StatusCheckSummaryFragment = { id: string, status: ForeignNationalStatusCheckStatus, nationality: string, passportNumber: string, mrzVerified: boolean, requestedAt: string, requestedBy: string, concludedAt: string | null, requestingStation: { id: string, name: string }, person: { id: string, displayName: string } | null };

export type StatusChecksQueryVariables = Exact<{
  statuses?: Array<ForeignNationalStatusCheckStatus> | ForeignNationalStatusCheckStatus | null | undefined;
  order?: ForeignNationalStatusCheckOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StatusChecksQuery = { foreignNationalStatusChecksConnection: { totalCount: number, edges: Array<{ node: { id: string, status: ForeignNationalStatusCheckStatus, nationality: string, passportNumber: string, mrzVerified: boolean, requestedAt: string, requestedBy: string, concludedAt: string | null, requestingStation: { id: string, name: string }, person: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StatusCheckDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type StatusCheckDetailQuery = { foreignNationalStatusCheck: { concludedBy: string | null, version: number, id: string, status: ForeignNationalStatusCheckStatus, nationality: string, passportNumber: string, mrzVerified: boolean, requestedAt: string, requestedBy: string, concludedAt: string | null, events: Array<{ fromStatus: ForeignNationalStatusCheckStatus | null, toStatus: ForeignNationalStatusCheckStatus, at: string, actor: string, note: string | null }>, foreignAffairsNotification: { id: string, notifiedAt: string, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null } | null, policeHandOver: { id: string, recordNumber: string, policeUnit: string, officer: string, handedOverAt: string } | null, requestingStation: { id: string, name: string }, person: { id: string, displayName: string } | null } | null };

export type StatusCheckSubjectQueryVariables = Exact<{
  id: string | number;
}>;


export type StatusCheckSubjectQuery = { person: { id: string, displayName: string, rescueCases: Array<{ id: string, status: RescueCaseStatus, station: { id: string, name: string } }> } | null };

export type RequestForeignNationalStatusCheckMutationVariables = Exact<{
  input: RequestForeignNationalStatusCheckInput;
}>;


export type RequestForeignNationalStatusCheckMutation = { requestForeignNationalStatusCheck:
    | { __typename: 'ForeignNationalStatusCheckChanged', statusCheck: { id: string, version: number } }
    | { __typename: 'ForeignNationalStatusCheckRefused', currentStatus: ForeignNationalStatusCheckStatus, currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'IdentityCheckInputRejected', code: UserErrorCode, field: string, message: string }
   };

export type RecordForeignNationalStatusMutationVariables = Exact<{
  input: RecordForeignNationalStatusInput;
}>;


export type RecordForeignNationalStatusMutation = { recordForeignNationalStatus:
    | { __typename: 'ForeignNationalStatusCheckChanged', statusCheck: { id: string, version: number } }
    | { __typename: 'ForeignNationalStatusCheckRefused', currentStatus: ForeignNationalStatusCheckStatus, currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'IdentityCheckInputRejected', code: UserErrorCode, field: string, message: string }
   };

export type TodoDispatchQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type TodoDispatchQuery = { dispatchBoardConnection: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reportedAt: string, missedThirtyMinutes: boolean, onSceneAt: string | null } }> } };

export type TodoStaysQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoStaysQuery = { casesPastStandardStay: Array<{ id: string, stayDays: number }> };

export type TodoTracingQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoTracingQuery = { tracingWorkList: Array<{ overdue: Array<string>, noticeDueAt: string | null, dnaRequestDueAt: string }> };

export type TodoEscortsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoEscortsQuery = { escortsConnection: { totalCount: number, edges: Array<{ node: { id: string, createdAt: string } }> } };

export type TodoIdentityChecksQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoIdentityChecksQuery = { identityChecksConnection: { totalCount: number, edges: Array<{ node: { id: string, resultDueAt: string } }> } };

export type TodoStatusChecksQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoStatusChecksQuery = { foreignNationalStatusChecksConnection: { totalCount: number, edges: Array<{ node: { id: string, requestedAt: string } }> } };

export type TodoReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoReferralsQuery = { shelterReferralsConnection: { totalCount: number, edges: Array<{ node: { id: string, submittedAt: string } }> } };

export type TodoNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoNotificationsQuery = { foreignAffairsNotificationsConnection: { totalCount: number, edges: Array<{ node: { id: string, notifiedAt: string } }> } };

export type TodoEntrustmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoEntrustmentsQuery = { aidEntrustmentsConnection: { edges: Array<{ node: { id: string, status: AidEntrustmentStatus, validUntil: string } }> } };

export type TracingWorkRowFragment = { noticeDueAt: string | null, noticePublishedAt: string | null, dnaRequestDueAt: string, dnaRequestedAt: string | null, policeResultDueAt: string | null, overdue: Array<string>, person: { id: string, displayName: string }, rescueCase: { id: string, intakeAt: string, station: { id: string, name: string } } };

export type TracingWorkPageQueryVariables = Exact<{
  overdueOnly?: boolean | null | undefined;
  stationId?: string | number | null | undefined;
  search?: string | null | undefined;
  order?: TracingWorkOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  purpose?: string | null | undefined;
}>;


export type TracingWorkPageQuery = { tracingWorkListConnection: { totalCount: number, edges: Array<{ node: { noticeDueAt: string | null, noticePublishedAt: string | null, dnaRequestDueAt: string, dnaRequestedAt: string | null, policeResultDueAt: string | null, overdue: Array<string>, person: { id: string, displayName: string }, rescueCase: { id: string, intakeAt: string, station: { id: string, name: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null, hasPreviousPage: boolean, startCursor: string | null } } };

export type TracingStationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TracingStationsQuery = { stations: Array<{ id: string, name: string }> };

export type TracingCandidatesQueryVariables = Exact<{
  personId: string | number;
}>;


export type TracingCandidatesQuery = { person: { dialectRegion: string | null, features: string | null, id: string, displayName: string, name: string | null, namePinyin: string | null, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, identityStatus: IdentityStatus, rescueCases: Array<{ id: string, status: RescueCaseStatus, intakeAt: string, station: { jurisdictionName: string, id: string, name: string } }> } | null, tracingCandidates: Array<{ score: number, report: { id: string, name: string, namePinyin: string | null, sex: Sex, birthDate: string | null, ageWhenMissing: number | null, lastSeenAt: string, lastSeenDivision: string, lastSeenPlace: string, dialectRegion: string | null, features: string | null, reportedBy: string, resolved: boolean }, evidence: Array<{ field: string, score: number, weight: number }> }> };

export type ConfirmTracingMatchMutationVariables = Exact<{
  personId: string | number;
  missingPersonReportId: string | number;
}>;


export type ConfirmTracingMatchMutation = { confirmTracingMatch:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RescueCaseChanged', rescueCase: { id: string, version: number } }
    | { __typename: 'TransitionRefused', currentStatus: RescueCaseStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ZoneFull', zone: CareZoneKind, code: UserErrorCode, field: string | null, message: string }
   };

export type RecordTracingNoticeMutationVariables = Exact<{
  personId: string | number;
}>;


export type RecordTracingNoticeMutation = { recordTracingNotice:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RescueCaseChanged', rescueCase: { id: string, version: number } }
    | { __typename: 'TransitionRefused', currentStatus: RescueCaseStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ZoneFull', zone: CareZoneKind, code: UserErrorCode, field: string | null, message: string }
   };

export type RecordDnaRequestMutationVariables = Exact<{
  personId: string | number;
}>;


export type RecordDnaRequestMutation = { recordDnaRequest:
    | { __typename: 'InputRejected', code: UserErrorCode, field: string, message: string }
    | { __typename: 'RecordNotFound', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RescueCaseChanged', rescueCase: { id: string, version: number } }
    | { __typename: 'TransitionRefused', currentStatus: RescueCaseStatus, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'VersionConflict', currentVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ZoneFull', zone: CareZoneKind, code: UserErrorCode, field: string | null, message: string }
   };

type UserErrorFields_AidCapExceeded_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_AidEntrustmentRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_AidEntrustmentVersionConflict_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_AidInputRejected_Fragment = { code: UserErrorCode, field: string, message: string };

type UserErrorFields_AidRecordNotFound_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_DispatchStepRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_EmergencyStepRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_EscortStepRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_ForeignAffairsNotificationRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_ForeignNationalStatusCheckRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_IdempotencyConflict_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_IdentityCheckInputRejected_Fragment = { code: UserErrorCode, field: string, message: string };

type UserErrorFields_IdentityCheckRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_InputRejected_Fragment = { code: UserErrorCode, field: string, message: string };

type UserErrorFields_NoCapacity_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_NotEligibleForSettlement_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_PlacementStepRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_RecordNotFound_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_ReferralInputRejected_Fragment = { code: UserErrorCode, field: string, message: string };

type UserErrorFields_ReferralNotFound_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_ReferralStepRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_ReferralVersionConflict_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_ServiceStepRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_SettlementStepRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_TransitionRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_VersionConflict_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_WebhookRefused_Fragment = { code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_ZoneFull_Fragment = { code: UserErrorCode, field: string | null, message: string };

export type UserErrorFieldsFragment =
  | UserErrorFields_AidCapExceeded_Fragment
  | UserErrorFields_AidEntrustmentRefused_Fragment
  | UserErrorFields_AidEntrustmentVersionConflict_Fragment
  | UserErrorFields_AidInputRejected_Fragment
  | UserErrorFields_AidRecordNotFound_Fragment
  | UserErrorFields_DispatchStepRefused_Fragment
  | UserErrorFields_EmergencyStepRefused_Fragment
  | UserErrorFields_EscortStepRefused_Fragment
  | UserErrorFields_ForeignAffairsNotificationRefused_Fragment
  | UserErrorFields_ForeignNationalStatusCheckRefused_Fragment
  | UserErrorFields_IdempotencyConflict_Fragment
  | UserErrorFields_IdentityCheckInputRejected_Fragment
  | UserErrorFields_IdentityCheckRefused_Fragment
  | UserErrorFields_InputRejected_Fragment
  | UserErrorFields_NoCapacity_Fragment
  | UserErrorFields_NotEligibleForSettlement_Fragment
  | UserErrorFields_PlacementStepRefused_Fragment
  | UserErrorFields_RecordNotFound_Fragment
  | UserErrorFields_ReferralInputRejected_Fragment
  | UserErrorFields_ReferralNotFound_Fragment
  | UserErrorFields_ReferralStepRefused_Fragment
  | UserErrorFields_ReferralVersionConflict_Fragment
  | UserErrorFields_ServiceStepRefused_Fragment
  | UserErrorFields_SettlementStepRefused_Fragment
  | UserErrorFields_TransitionRefused_Fragment
  | UserErrorFields_VersionConflict_Fragment
  | UserErrorFields_WebhookRefused_Fragment
  | UserErrorFields_ZoneFull_Fragment
;

export const AuditTrailTabFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTabFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<AuditTrailTabFieldsFragment, unknown>;
export const ListPageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]} as unknown as DocumentNode<ListPageInfoFragment, unknown>;
export const AuditTrailPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTabFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]} as unknown as DocumentNode<AuditTrailPageFieldsFragment, unknown>;
export const CivilAffairsAuditTabFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CivilAffairsAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"civilAffairs"},"name":{"kind":"Name","value":"civilAffairsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTabFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<CivilAffairsAuditTabFragment, unknown>;
export const PublicSecurityAuditTabFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicSecurityAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"publicSecurity"},"name":{"kind":"Name","value":"publicSecurityConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTabFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<PublicSecurityAuditTabFragment, unknown>;
export const WomensFederationAuditTabFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WomensFederationAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"womensFederation"},"name":{"kind":"Name","value":"womensFederationConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTabFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<WomensFederationAuditTabFragment, unknown>;
export const ForeignAffairsAuditTabFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForeignAffairsAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"foreignAffairs"},"name":{"kind":"Name","value":"foreignAffairsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTabFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<ForeignAffairsAuditTabFragment, unknown>;
export const StreetReportRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StreetReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreetReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onSceneAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closure"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDistanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"minutesToScene"}},{"kind":"Field","name":{"kind":"Name","value":"missedThirtyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<StreetReportRowFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const StreetReportOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StreetReportOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreetReportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreetReportChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<StreetReportOutcomeFragment, unknown>;
export const EscortOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscortOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscortResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscortChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscortStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EscortOutcomeFragment, unknown>;
export const IdentityCheckChangeResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<IdentityCheckChangeResultFragment, unknown>;
export const PersonRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<PersonRefFragment, unknown>;
export const IdentityCheckQueueRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<IdentityCheckQueueRowFragment, unknown>;
export const ListPageOnInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ListPageOnInfoFragment, unknown>;
export const PersonChoiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonChoiceFragment, unknown>;
export const PersonSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonSummaryFragment, unknown>;
export const RescueCaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeSource"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"exitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<RescueCaseRowFragment, unknown>;
export const CivilAffairsSectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CivilAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"dialectRegion"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeSource"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"exitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<CivilAffairsSectionFragment, unknown>;
export const IdentityCheckRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<IdentityCheckRowFragment, unknown>;
export const PublicSecuritySectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicSecuritySection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PublicSecuritySectionFragment, unknown>;
export const ShelterReferralRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<ShelterReferralRowFragment, unknown>;
export const WomensFederationSectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WomensFederationSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShelterReferralRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<WomensFederationSectionFragment, unknown>;
export const AidEntrustmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}}]} as unknown as DocumentNode<AidEntrustmentRowFragment, unknown>;
export const ForeignAffairsSectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForeignAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidEntrustmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}}]} as unknown as DocumentNode<ForeignAffairsSectionFragment, unknown>;
export const RescueCaseChangeResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RescueCaseChangeResultFragment, unknown>;
export const SettlementRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Settlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposalNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"recheckStatement"}},{"kind":"Field","name":{"kind":"Name","value":"identityRecheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistrationRef"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identityFoundBy"}},{"kind":"Field","name":{"kind":"Name","value":"goingHomeArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"escort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<SettlementRowFragment, unknown>;
export const SettlementOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotEligibleForSettlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SettlementOutcomeFragment, unknown>;
export const ReferralOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ReferralOutcomeFragment, unknown>;
export const PlacementOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PlacementOutcomeFragment, unknown>;
export const StatusCheckChangeResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusCheckChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<StatusCheckChangeResultFragment, unknown>;
export const StatusCheckSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusCheckSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mrzVerified"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<StatusCheckSummaryFragment, unknown>;
export const TracingWorkRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TracingWorkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TracingStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noticeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"noticePublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dnaRequestDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dnaRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeResultDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<TracingWorkRowFragment, unknown>;
export const StationsDocument = {"__meta__":{"hash":"sha256:7764f1d0fa82a9950cae56c9fee71d2c2dd566684af458b2c4516a1c9223bb73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictionName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StationsQuery, StationsQueryVariables>;
export const IdentityChecksDocument = {"__meta__":{"hash":"sha256:9cded0322fee8935868632e82585ca2f7ee742a4024ba271ce8ea3132f2c3819"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityChecksConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckRow"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageOnInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<IdentityChecksQuery, IdentityChecksQueryVariables>;
export const ShelterReferralsDocument = {"__meta__":{"hash":"sha256:1e93c46dfb9c8203756132b3cc850aa319c0e2fe0a0576ec08925f8cd591c9f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferralsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"NEWEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShelterReferralRow"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageOnInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ShelterReferralsQuery, ShelterReferralsQueryVariables>;
export const AidEntrustmentsDocument = {"__meta__":{"hash":"sha256:1f64e915e7dd87beb26af8f6329a0e39900954697286533f6f2891d48d4049ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AidEntrustments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustmentsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"NEWEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidEntrustmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageOnInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AidEntrustmentsQuery, AidEntrustmentsQueryVariables>;
export const DashboardDocument = {"__meta__":{"hash":"sha256:5b5bdf2abbd03b66d81c006557eb9e6064f2cbaa0bf6219b9a1251fcf0c4d104"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"everyone"},"name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unidentified"},"name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"identityStatus"},"value":{"kind":"EnumValue","value":"UNIDENTIFIED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inCare"},"name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"caseStatus"},"value":{"kind":"EnumValue","value":"IN_CARE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseCount"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const AidEntrustmentDetailDocument = {"__meta__":{"hash":"sha256:ed1810ed2be0627004a29ff769d592e80bff47f7f92e377b868e3825a58a690a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AidEntrustmentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidEntrustmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryName"}},{"kind":"Field","name":{"kind":"Name","value":"mrzVerified"}},{"kind":"Field","name":{"kind":"Name","value":"entryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"totalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<AidEntrustmentDetailQuery, AidEntrustmentDetailQueryVariables>;
export const IssueAidEntrustmentDocument = {"__meta__":{"hash":"sha256:e169d3dd6c34929e73c53afaff54a653e3bed9144c6ac7e43a4090dd129f6898"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueAidEntrustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueAidEntrustmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueAidEntrustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<IssueAidEntrustmentMutation, IssueAidEntrustmentMutationVariables>;
export const AmendAidEntrustmentDocument = {"__meta__":{"hash":"sha256:27e5bf917e9be1d381e7aa8b5de2f6e522aff775e3b751ef1a858e5c9ad4a634"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendAidEntrustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendAidEntrustmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendAidEntrustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AmendAidEntrustmentMutation, AmendAidEntrustmentMutationVariables>;
export const AcceptAidEntrustmentDocument = {"__meta__":{"hash":"sha256:7773e4832b9357e64c2c75cfa661eb17144dd8c4740197223b52ee137a537db1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAidEntrustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAidEntrustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entrustmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AcceptAidEntrustmentMutation, AcceptAidEntrustmentMutationVariables>;
export const RevokeAidEntrustmentDocument = {"__meta__":{"hash":"sha256:8c9e7735d2618d13a5e6d4bba4abf0b54542323f0480953eb1a3e1fb5a64590a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAidEntrustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAidEntrustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entrustmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RevokeAidEntrustmentMutation, RevokeAidEntrustmentMutationVariables>;
export const CloseAidEntrustmentDocument = {"__meta__":{"hash":"sha256:cd833708de73c30773b5eed98c1637b3a180b9abdfe464b1267661ddbecac3b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAidEntrustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAidEntrustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entrustmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CloseAidEntrustmentMutation, CloseAidEntrustmentMutationVariables>;
export const RecordAidDeliveryDocument = {"__meta__":{"hash":"sha256:db25be90b15dacd873b8d59fd6fffc18ddde11cd56a829848eaab6bec5a9db00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAidDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAidDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAidDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidDeliveryRecorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidCapExceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RecordAidDeliveryMutation, RecordAidDeliveryMutationVariables>;
export const AidSpendTrendDocument = {"__meta__":{"hash":"sha256:200caf33d7851eaf395c3c3d88f2f6a9deb387da41b97c720e90ee70ca007300"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AidSpendTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidSpendTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"}}]}}]}}]}}]} as unknown as DocumentNode<AidSpendTrendQuery, AidSpendTrendQueryVariables>;
export const AuditTrailCivilAffairsDocument = {"__meta__":{"hash":"sha256:e329d510babd55a167eb7941da6cc07deefae46ac74d06237783a9adee2743af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrailCivilAffairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"civilAffairsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailPageFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicSecurityAuditTab"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WomensFederationAuditTab"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForeignAffairsAuditTab"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTabFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicSecurityAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"publicSecurity"},"name":{"kind":"Name","value":"publicSecurityConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WomensFederationAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"womensFederation"},"name":{"kind":"Name","value":"womensFederationConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForeignAffairsAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"foreignAffairs"},"name":{"kind":"Name","value":"foreignAffairsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}}]} as unknown as DocumentNode<AuditTrailCivilAffairsQuery, AuditTrailCivilAffairsQueryVariables>;
export const AuditTrailPublicSecurityDocument = {"__meta__":{"hash":"sha256:19a810839a920f04345039b855fe9b5da9a45d918f3298cbf831122b257e055f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrailPublicSecurity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"publicSecurityConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailPageFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CivilAffairsAuditTab"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WomensFederationAuditTab"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForeignAffairsAuditTab"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTabFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CivilAffairsAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"civilAffairs"},"name":{"kind":"Name","value":"civilAffairsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WomensFederationAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"womensFederation"},"name":{"kind":"Name","value":"womensFederationConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForeignAffairsAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"foreignAffairs"},"name":{"kind":"Name","value":"foreignAffairsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}}]} as unknown as DocumentNode<AuditTrailPublicSecurityQuery, AuditTrailPublicSecurityQueryVariables>;
export const AuditTrailWomensFederationDocument = {"__meta__":{"hash":"sha256:b2e2c327e74cc9d0c5da805d2d67aa31dcb8887115e4e9588d8ebeebb0ba5483"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrailWomensFederation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"womensFederationConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailPageFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CivilAffairsAuditTab"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicSecurityAuditTab"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForeignAffairsAuditTab"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTabFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CivilAffairsAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"civilAffairs"},"name":{"kind":"Name","value":"civilAffairsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicSecurityAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"publicSecurity"},"name":{"kind":"Name","value":"publicSecurityConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForeignAffairsAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"foreignAffairs"},"name":{"kind":"Name","value":"foreignAffairsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}}]} as unknown as DocumentNode<AuditTrailWomensFederationQuery, AuditTrailWomensFederationQueryVariables>;
export const AuditTrailForeignAffairsDocument = {"__meta__":{"hash":"sha256:07a7f3010263df701c4231263e5909ae9d3dd90959d9fea005a073f588742fa2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrailForeignAffairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"foreignAffairsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailPageFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CivilAffairsAuditTab"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicSecurityAuditTab"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WomensFederationAuditTab"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTabFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CivilAffairsAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"civilAffairs"},"name":{"kind":"Name","value":"civilAffairsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicSecurityAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"publicSecurity"},"name":{"kind":"Name","value":"publicSecurityConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WomensFederationAuditTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"womensFederation"},"name":{"kind":"Name","value":"womensFederationConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOthers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTabFields"}}]}}]}}]} as unknown as DocumentNode<AuditTrailForeignAffairsQuery, AuditTrailForeignAffairsQueryVariables>;
export const CareTrendDocument = {"__meta__":{"hash":"sha256:cdb15a8330e60d6fc5fc1a034f86fb44f835e2cd08f4418cf44786ec06af77a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"exits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageStayDays"}}]}}]}}]} as unknown as DocumentNode<CareTrendQuery, CareTrendQueryVariables>;
export const DispatchBoardDocument = {"__meta__":{"hash":"sha256:d98a716f3e78c1bd3153c7381886e7e5ae5e93398d7be0f405cdbd0df1770b30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchBoardConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StreetReportRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispatchPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"onSceneWithin30"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StreetReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreetReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onSceneAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closure"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispatchDistanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"minutesToScene"}},{"kind":"Field","name":{"kind":"Name","value":"missedThirtyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DispatchBoardQuery, DispatchBoardQueryVariables>;
export const ReportStreetSightingDocument = {"__meta__":{"hash":"sha256:65fd6126310efb3fed8b449cbe62edb50eef8565cedddc2244cae18f26648c6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportStreetSighting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportStreetSightingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportStreetSighting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StreetReportOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StreetReportOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreetReportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreetReportChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<ReportStreetSightingMutation, ReportStreetSightingMutationVariables>;
export const AdvanceStreetReportDocument = {"__meta__":{"hash":"sha256:e7cb5adb59770e3abf50a1a43a67f1f05a1099f4512550d37d7e86af891d3fd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceStreetReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceStreetReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceStreetReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StreetReportOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StreetReportOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreetReportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreetReportChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streetReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<AdvanceStreetReportMutation, AdvanceStreetReportMutationVariables>;
export const EmergencyEventsDocument = {"__meta__":{"hash":"sha256:c24d00dff5201ea4d08a8ec407e180c71d7ffd540dc77c6920e977363af0d0ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyEventsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageOnInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"districts"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"peopleHelped"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"peopleHelped"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyHelpCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"peopleHelped"}},{"kind":"Field","name":{"kind":"Name","value":"food"}},{"kind":"Field","name":{"kind":"Name","value":"lodging"}},{"kind":"Field","name":{"kind":"Name","value":"clothing"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<EmergencyEventsQuery, EmergencyEventsQueryVariables>;
export const DeclareEmergencyEventDocument = {"__meta__":{"hash":"sha256:9fab4ed2709b6cd5d2ea85ccdcf9ba8c5201bc9a8251c601a89cc69349f496ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareEmergencyEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareEmergencyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareEmergencyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyEventChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeclareEmergencyEventMutation, DeclareEmergencyEventMutationVariables>;
export const EndEmergencyEventDocument = {"__meta__":{"hash":"sha256:2b21ecabe82227dba36b0330ce467f938b218fa985bd02555e5269dafb71a5d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndEmergencyEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndEmergencyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endEmergencyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyEventChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EndEmergencyEventMutation, EndEmergencyEventMutationVariables>;
export const OpenEmergencyPointDocument = {"__meta__":{"hash":"sha256:c8a557e2c5ed76e7e6384a5b643ee11cb0b8305f9e0e47595ba4e13c42db6def"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenEmergencyPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenEmergencyPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openEmergencyPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyPointChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OpenEmergencyPointMutation, OpenEmergencyPointMutationVariables>;
export const CloseEmergencyPointDocument = {"__meta__":{"hash":"sha256:590e58ad5e255a901574f01ac178fa12f2f68e93adf69cc41eeffc39f97493f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseEmergencyPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseEmergencyPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeEmergencyPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyPointChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CloseEmergencyPointMutation, CloseEmergencyPointMutationVariables>;
export const RecordEmergencyHelpDocument = {"__meta__":{"hash":"sha256:c09b049ac59a12ba8285ae544a5ddac7d99788a67dee743e7b585e0da66482a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEmergencyHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEmergencyHelpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEmergencyHelp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyHelpRecorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RecordEmergencyHelpMutation, RecordEmergencyHelpMutationVariables>;
export const EscortApprovalsDocument = {"__meta__":{"hash":"sha256:b68c61de40018c8aa21f6999659821a0f159956a294361f14d2f669a9c60b41a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscortApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscortStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crossProvince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EscortOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escortsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"crossProvince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crossProvince"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageOnInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"destinationDivision"}},{"kind":"Field","name":{"kind":"Name","value":"crossProvince"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineGuidance"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<EscortApprovalsQuery, EscortApprovalsQueryVariables>;
export const DecideEscortDocument = {"__meta__":{"hash":"sha256:deb33417388b01b28052474930a9e569c1c3678c74d762d2ba1699705f59b385"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideEscort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideEscortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideEscort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscortOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscortOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscortResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscortChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscortStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<DecideEscortMutation, DecideEscortMutationVariables>;
export const RequestEscortDocument = {"__meta__":{"hash":"sha256:1159c6746f2e93e025cdb3526f3636bb020bdf2f3d07de661d4f80b34444e2d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEscort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestEscortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEscort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscortOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscortOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscortResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscortChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscortStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<RequestEscortMutation, RequestEscortMutationVariables>;
export const ForeignAffairsNotificationsDocument = {"__meta__":{"hash":"sha256:482c7b366edccb8f94ce71663f3e25310db47d00623cd259de87f6d56395b402"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForeignAffairsNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignAffairsNotificationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foreignAffairsNotificationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageOnInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ForeignAffairsNotificationsQuery, ForeignAffairsNotificationsQueryVariables>;
export const AcknowledgeForeignAffairsNotificationDocument = {"__meta__":{"hash":"sha256:8348bb690c52d5e5abfa1e351f0d32c7cedae1c804368f26306738284d9a94fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeForeignAffairsNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeForeignAffairsNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AcknowledgeForeignAffairsNotificationMutation, AcknowledgeForeignAffairsNotificationMutationVariables>;
export const IdentityCheckQueueDocument = {"__meta__":{"hash":"sha256:82fdddd24ff00add4f040eba52bec72c0bd79993a231e8b194c9a14dcbd61485"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityCheckQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityChecksConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"personIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckQueueRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageOnInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckQueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<IdentityCheckQueueQuery, IdentityCheckQueueQueryVariables>;
export const CheckQueuePersonsDocument = {"__meta__":{"hash":"sha256:71196803e974c363220838e2c80b7872e5975f597bc8ea824fa68fbb4053ae2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckQueuePersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<CheckQueuePersonsQuery, CheckQueuePersonsQueryVariables>;
export const IdentityCheckDetailDocument = {"__meta__":{"hash":"sha256:8450197568e6b0fb4c6ab138ca18c243f997e57912790cb35030639c28b0e4a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityCheckDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sampleCode"}},{"kind":"Field","name":{"kind":"Name","value":"collectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<IdentityCheckDetailQuery, IdentityCheckDetailQueryVariables>;
export const RecordSampleDocument = {"__meta__":{"hash":"sha256:518b461bf63865573f06e05a737bf428e70d372a4e4232a2252204c1aaa71190"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSampleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<RecordSampleMutation, RecordSampleMutationVariables>;
export const StartComparisonDocument = {"__meta__":{"hash":"sha256:75521643f74ee4f414e49f2e1c2d3dbadbf0011217afd647552632dea9e9ebc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identityCheckId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"identityCheckId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identityCheckId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<StartComparisonMutation, StartComparisonMutationVariables>;
export const RecordIdentityResultDocument = {"__meta__":{"hash":"sha256:da81ca6676e600905e5fcec5d6fad9b6c63ee61a6444830ae2b1cf24ba45d421"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIdentityResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIdentityResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIdentityResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<RecordIdentityResultMutation, RecordIdentityResultMutationVariables>;
export const PersonPickDocument = {"__meta__":{"hash":"sha256:7c06adc8f6958c946f0a87e6c6ddefc4b399e3f762aa6ae5cbd67ddd28f12b18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonChoice"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonPickQuery, PersonPickQueryVariables>;
export const PersonChoiceByIdDocument = {"__meta__":{"hash":"sha256:b98a5e04514bc918164289a8733bce4d5b6e05a34a064c4f55a52a1b6fff99b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonChoiceById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonChoice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonChoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonChoiceByIdQuery, PersonChoiceByIdQueryVariables>;
export const PersonProfileDocument = {"__meta__":{"hash":"sha256:feed7d86dd64f3fb9cf1482ec2547ec7b2127a7a178252a4aed5b93078868ca6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CivilAffairsSection"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicSecuritySection"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WomensFederationSection"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForeignAffairsSection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeSource"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"exitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CivilAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"dialectRegion"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicSecuritySection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WomensFederationSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShelterReferralRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForeignAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidEntrustmentRow"}}]}}]}}]} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;
export const PersonCivilAffairsDocument = {"__meta__":{"hash":"sha256:612c9b6f9078af5b1217460045ea8cfdf4a64e7ea94b1b7ce9d1d93fb2926cd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonCivilAffairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CivilAffairsSection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeSource"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"exitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CivilAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"dialectRegion"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseRow"}}]}}]}}]} as unknown as DocumentNode<PersonCivilAffairsQuery, PersonCivilAffairsQueryVariables>;
export const PersonPublicSecurityDocument = {"__meta__":{"hash":"sha256:e25482111cf9e7938c9a3b40fccb6883277516ba3052bb88b1d8f4db4cb2e5e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPublicSecurity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicSecuritySection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicSecuritySection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckRow"}}]}}]}}]} as unknown as DocumentNode<PersonPublicSecurityQuery, PersonPublicSecurityQueryVariables>;
export const PersonWomensFederationDocument = {"__meta__":{"hash":"sha256:7b7254690f1c6116e9daea0bb74b7d95bbee9466a5c5aa17442efa7556da5684"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonWomensFederation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WomensFederationSection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WomensFederationSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShelterReferralRow"}}]}}]}}]} as unknown as DocumentNode<PersonWomensFederationQuery, PersonWomensFederationQueryVariables>;
export const PersonForeignAffairsDocument = {"__meta__":{"hash":"sha256:ab12cb44b07c1fb07015958c80e6e74055fb3dfb03b27a8605022aba4754034b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonForeignAffairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForeignAffairsSection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"yuan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForeignAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidEntrustmentRow"}}]}}]}}]} as unknown as DocumentNode<PersonForeignAffairsQuery, PersonForeignAffairsQueryVariables>;
export const PersonSearchDocument = {"__meta__":{"hash":"sha256:fdfd1ace1e41672d4388eeacd224ba41e68f115eee565d9101b3109180752fcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageOnInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonSearchQuery, PersonSearchQueryVariables>;
export const ReferralTrendDocument = {"__meta__":{"hash":"sha256:3f43209ad4d89925c39e12f824841cbe735b27d2e7a32b7f475763d827cf07fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"byRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralTrendQuery, ReferralTrendQueryVariables>;
export const RegionStationsDocument = {"__meta__":{"hash":"sha256:17f3184cf6c2225c9210fcfe6371c78816bd380653ddaa164484a16f1e462596"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictionName"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]} as unknown as DocumentNode<RegionStationsQuery, RegionStationsQueryVariables>;
export const RescueCasePageDocument = {"__meta__":{"hash":"sha256:3ae89c990af52347fac3932bcca517522cffc980dd74ffdf4b5a8fdf78ea90b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RescueCasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseRow"}},{"kind":"Field","name":{"kind":"Name","value":"stayFlag"}},{"kind":"Field","name":{"kind":"Name","value":"extendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careZones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeSource"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"exitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<RescueCasePageQuery, RescueCasePageQueryVariables>;
export const IntakeStationsDocument = {"__meta__":{"hash":"sha256:27a927b6d29045b3d533edc9252a5b479edda323a99793c3ba4fc0ac788f0ce4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}}]}}]}}]} as unknown as DocumentNode<IntakeStationsQuery, IntakeStationsQueryVariables>;
export const ReceivePersonDocument = {"__meta__":{"hash":"sha256:7484d62d34754aab67f12633a2983bfeb9d48efd397bcc8e7c0fa083e58baa29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceivePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<ReceivePersonMutation, ReceivePersonMutationVariables>;
export const ScreenRescueCaseDocument = {"__meta__":{"hash":"sha256:616afbec6211433a6af1af5b7fb9ad53074a2ba5d5b6563e7fa560a786663f51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScreenRescueCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreenRescueCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenRescueCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<ScreenRescueCaseMutation, ScreenRescueCaseMutationVariables>;
export const ExtendStayDocument = {"__meta__":{"hash":"sha256:aa64784db6b39012c46cf066aa5395489b4420638891b1fa581691df1afa8531"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendStay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendStayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendStay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<ExtendStayMutation, ExtendStayMutationVariables>;
export const RecordCareServiceDocument = {"__meta__":{"hash":"sha256:3903e790aaa04d236064b0b4603b13b05925ae355de70ed34bc3f99b21492215"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCareService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCareServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCareService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<RecordCareServiceMutation, RecordCareServiceMutationVariables>;
export const ExitRescueCaseDocument = {"__meta__":{"hash":"sha256:abcbfd33cd0e740c2b94a368f51dfe34cda6a4b26e237742a7800dacabff4a63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExitRescueCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExitRescueCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exitRescueCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<ExitRescueCaseMutation, ExitRescueCaseMutationVariables>;
export const SettlementProposalsDocument = {"__meta__":{"hash":"sha256:14a22f1ce12b5954daf4e60eb97f469b0e65b8d1cf2657e81cdc30291a5c07e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"proposed"},"name":{"kind":"Name","value":"settlementsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROPOSED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementRow"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Settlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposalNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"recheckStatement"}},{"kind":"Field","name":{"kind":"Name","value":"identityRecheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistrationRef"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identityFoundBy"}},{"kind":"Field","name":{"kind":"Name","value":"goingHomeArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"escort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementProposalsQuery, SettlementProposalsQueryVariables>;
export const SettlementsByStatusDocument = {"__meta__":{"hash":"sha256:f19cc454319374fd98b5844ec053be2389787f76bb27e0ceccf03cc38b3ddbb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementsByStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"status"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Settlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposalNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"recheckStatement"}},{"kind":"Field","name":{"kind":"Name","value":"identityRecheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"institutionName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistrationRef"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"identityFoundBy"}},{"kind":"Field","name":{"kind":"Name","value":"goingHomeArrangement"}},{"kind":"Field","name":{"kind":"Name","value":"escort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementsByStatusQuery, SettlementsByStatusQueryVariables>;
export const ProposeSettlementDocument = {"__meta__":{"hash":"sha256:cf7eeae00c7a91907ea957eb4477571f69f5d9084fe46004356b1ca313dacf7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeSettlementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotEligibleForSettlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<ProposeSettlementMutation, ProposeSettlementMutationVariables>;
export const DecideSettlementDocument = {"__meta__":{"hash":"sha256:c528d63d5669839c779566260225b88d19625fb8faaec4a75c767eecd4e30519"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSettlementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotEligibleForSettlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<DecideSettlementMutation, DecideSettlementMutationVariables>;
export const SettlePersonDocument = {"__meta__":{"hash":"sha256:d3190cd77c5ebae813f15b6bc414e7df85d47c1704f54d04a867da5d700da359"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotEligibleForSettlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<SettlePersonMutation, SettlePersonMutationVariables>;
export const RevokeSettlementDocument = {"__meta__":{"hash":"sha256:493a34e66d665b47c0a838eb28deb0ebe0f4124376df5484e3d1f42879452e5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSettlementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotEligibleForSettlement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<RevokeSettlementMutation, RevokeSettlementMutationVariables>;
export const ShelterReferralDetailDocument = {"__meta__":{"hash":"sha256:c4d6e90b5010c9041fe0e4233c9a197f8e6b2aca4c4c988aee32a3f7e7a57170"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterReferralDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShelterReferralRow"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"needsNote"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"ageEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"factors"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<ShelterReferralDetailQuery, ShelterReferralDetailQueryVariables>;
export const ShelterPlacementOfReferralDocument = {"__meta__":{"hash":"sha256:70e91995ab31ac2bf66b9c3648db7957bfd5840019507c862ef357e90148efd9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterPlacementOfReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayUntil"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"endNote"}},{"kind":"Field","name":{"kind":"Name","value":"referralFileStatus"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"placeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"forVictim"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shelters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"freeFamilyRooms"}}]}}]}}]} as unknown as DocumentNode<ShelterPlacementOfReferralQuery, ShelterPlacementOfReferralQueryVariables>;
export const ShelterDeskDocument = {"__meta__":{"hash":"sha256:54f0075f8e3c323b94d0f564142efc63748c5a927716185a1e88395a0bdda105"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"freeFamilyRooms"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}}]}}]}}]} as unknown as DocumentNode<ShelterDeskQuery, ShelterDeskQueryVariables>;
export const ShelterWaitingPageDocument = {"__meta__":{"hash":"sha256:280ebcb9e4113f2eb6b8ab2bac1c8829d0544c2c2e9419679a6e22e52a5d2b4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterWaitingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterWaitingOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferralsAwaitingAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"ageEstimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]} as unknown as DocumentNode<ShelterWaitingPageQuery, ShelterWaitingPageQueryVariables>;
export const ShelterPlacementsPageDocument = {"__meta__":{"hash":"sha256:0dd4902290d7305ea4045d040717379abf19fe8d6c6a40e6c47991d846e62798"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterPlacementsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterPlacementsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stayUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]} as unknown as DocumentNode<ShelterPlacementsPageQuery, ShelterPlacementsPageQueryVariables>;
export const SubmitShelterReferralDocument = {"__meta__":{"hash":"sha256:372e57acfc99ca1835decf1a1201cea205a8e5ef5966d611726783c0bceeb5e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitShelterReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitShelterReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitShelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<SubmitShelterReferralMutation, SubmitShelterReferralMutationVariables>;
export const WithdrawShelterReferralDocument = {"__meta__":{"hash":"sha256:bcc690d2e00fbb18af1bfae7318a76eeddae6eab3a1f46b521babb3e4031617b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawShelterReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawShelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<WithdrawShelterReferralMutation, WithdrawShelterReferralMutationVariables>;
export const AcceptShelterReferralDocument = {"__meta__":{"hash":"sha256:3c4ac8beade9feb6c3b6dab1fdccda3ff92e07c34a842e102990e5f56ad6b718"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptShelterReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptShelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<AcceptShelterReferralMutation, AcceptShelterReferralMutationVariables>;
export const DeclineShelterReferralDocument = {"__meta__":{"hash":"sha256:96ab957af4a94bb3b92ef8b11b24c622d510189f89a28c9abcd1f34c1c0fab5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineShelterReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralAnswerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineShelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<DeclineShelterReferralMutation, DeclineShelterReferralMutationVariables>;
export const AdmitToShelterDocument = {"__meta__":{"hash":"sha256:3472276effb2cf4c86be91e3fd8d5e3bc913d74648639b5cd3a658f3f004f672"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitToShelter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitToShelterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitToShelter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<AdmitToShelterMutation, AdmitToShelterMutationVariables>;
export const ExtendShelterStayDocument = {"__meta__":{"hash":"sha256:7a8fa0e85b444fb2eb70eea381ddf0d1585717ce991ac4d4e5c0f08a0a411068"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendShelterStay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendShelterStay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<ExtendShelterStayMutation, ExtendShelterStayMutationVariables>;
export const DischargeFromShelterDocument = {"__meta__":{"hash":"sha256:c5717c76c06fbf6b0f19a87f989fc71d25eb615c04fc8f460ab67c368e9f42e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargeFromShelter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeFromShelter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<DischargeFromShelterMutation, DischargeFromShelterMutationVariables>;
export const CloseShelterPlacementDocument = {"__meta__":{"hash":"sha256:08b4fd7703898bd4f984f1adf9a34c8964a43362d431bc3daab6b3c9b649df42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseShelterPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeShelterPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"free"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<CloseShelterPlacementMutation, CloseShelterPlacementMutationVariables>;
export const StatusCheckPickDocument = {"__meta__":{"hash":"sha256:731b7cc986759170894a07efe2a894fdd687b6999612551195aed5e30e88c968"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusCheckPick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"foreignNationalStatusChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatusCheckPickQuery, StatusCheckPickQueryVariables>;
export const StatusChecksDocument = {"__meta__":{"hash":"sha256:ba586944114e2c569c20a7ba416a28a9da40b086819fe1c4a1d50ef4ffb681ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foreignNationalStatusChecksConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusCheckSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageOnInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusCheckSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mrzVerified"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<StatusChecksQuery, StatusChecksQueryVariables>;
export const StatusCheckDetailDocument = {"__meta__":{"hash":"sha256:4b976774fe71edb380749a754e8cce6954e25e37da498d9d9b9c42e3bde4d2b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusCheckDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foreignNationalStatusCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusCheckSummary"}},{"kind":"Field","name":{"kind":"Name","value":"concludedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignAffairsNotification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeHandOver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordNumber"}},{"kind":"Field","name":{"kind":"Name","value":"policeUnit"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusCheckSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mrzVerified"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}}]}}]} as unknown as DocumentNode<StatusCheckDetailQuery, StatusCheckDetailQueryVariables>;
export const StatusCheckSubjectDocument = {"__meta__":{"hash":"sha256:7a3697fc73511e62854c33dd92ab1a3b89fc62f384b61dbb506b7692bf60f111"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusCheckSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatusCheckSubjectQuery, StatusCheckSubjectQueryVariables>;
export const RequestForeignNationalStatusCheckDocument = {"__meta__":{"hash":"sha256:63892e677cf1b0f50845d3bb0a69863b48c04153901194d80930934415c79ce6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestForeignNationalStatusCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestForeignNationalStatusCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestForeignNationalStatusCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusCheckChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusCheckChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<RequestForeignNationalStatusCheckMutation, RequestForeignNationalStatusCheckMutationVariables>;
export const RecordForeignNationalStatusDocument = {"__meta__":{"hash":"sha256:5e5800709c083fc9e4bbeef8a072a7b803f2622112fbae6cee351416998787fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForeignNationalStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordForeignNationalStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordForeignNationalStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusCheckChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusCheckChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statusCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignNationalStatusCheckRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<RecordForeignNationalStatusMutation, RecordForeignNationalStatusMutationVariables>;
export const TodoDispatchDocument = {"__meta__":{"hash":"sha256:82908eeb72c92ac2d03c0667f71d3fb5323794a040e061b01e64ae151a65270d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchBoardConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageOnInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missedThirtyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"onSceneAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageOnInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TodoDispatchQuery, TodoDispatchQueryVariables>;
export const TodoStaysDocument = {"__meta__":{"hash":"sha256:c874c73cfed827275a96cd4f6a84b0ce254c78848b1dfe7b66c486565d70f5ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoStays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"casesPastStandardStay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}}]}}]}}]} as unknown as DocumentNode<TodoStaysQuery, TodoStaysQueryVariables>;
export const TodoTracingDocument = {"__meta__":{"hash":"sha256:18270a139feeb4d04e1720fd329c13c15cc3cbb2d4e601c36abf18cd6dfdbeec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoTracing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracingWorkList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dnaRequestDueAt"}}]}}]}}]} as unknown as DocumentNode<TodoTracingQuery, TodoTracingQueryVariables>;
export const TodoEscortsDocument = {"__meta__":{"hash":"sha256:c43077c602087f637949bfb591663e250f362c9a6b4a9e478ed9773b488b1f68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoEscorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escortsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REQUESTED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"crossProvince"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoEscortsQuery, TodoEscortsQueryVariables>;
export const TodoIdentityChecksDocument = {"__meta__":{"hash":"sha256:5d474316906e4e06a793b50249b81f742487eba1bf6a54a23128767de8cf661e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoIdentityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityChecksConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"DUE_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resultDueAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoIdentityChecksQuery, TodoIdentityChecksQueryVariables>;
export const TodoStatusChecksDocument = {"__meta__":{"hash":"sha256:b63e8c11d3003f8c99f4ff8bfb372e36982a9ffd5e7c650a48770b2c017f060b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoStatusChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foreignNationalStatusChecksConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REQUESTED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoStatusChecksQuery, TodoStatusChecksQueryVariables>;
export const TodoReferralsDocument = {"__meta__":{"hash":"sha256:84c539ec51456831d29c31d2bfcb280b4f123bbff26d9faa1c14828fd3c169bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferralsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoReferralsQuery, TodoReferralsQueryVariables>;
export const TodoNotificationsDocument = {"__meta__":{"hash":"sha256:f6bddf3d22f72da82d3cc4dfa9516acf2c2b0408cb1df05d567ecc717ad3436b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foreignAffairsNotificationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoNotificationsQuery, TodoNotificationsQueryVariables>;
export const TodoEntrustmentsDocument = {"__meta__":{"hash":"sha256:c830f633fa5fb7fbb0c98c7b92aa891eb6d6ae53f454de86e021b7f1abe7a7cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoEntrustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustmentsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ISSUED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"EXPIRING_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoEntrustmentsQuery, TodoEntrustmentsQueryVariables>;
export const TracingWorkPageDocument = {"__meta__":{"hash":"sha256:30539aa71114d3e1a19814c515b6a9eabf77dacd4f541612b33d710fd66f5934"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TracingWorkPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TracingWorkOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracingWorkListConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TracingWorkRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TracingWorkRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TracingStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noticeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"noticePublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dnaRequestDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dnaRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policeResultDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]} as unknown as DocumentNode<TracingWorkPageQuery, TracingWorkPageQueryVariables>;
export const TracingStationsDocument = {"__meta__":{"hash":"sha256:a336a700991ffce693aba80d77d243ca1b239af303c87400deb019055eba3cc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TracingStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TracingStationsQuery, TracingStationsQueryVariables>;
export const TracingCandidatesDocument = {"__meta__":{"hash":"sha256:fcf6fd1efd7c8862144bc13ebe343a12aa9c6a6a3e0fb99c0d1f5987c9c9f3f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TracingCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"dialectRegion"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictionName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tracingCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"ageWhenMissing"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenDivision"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenPlace"}},{"kind":"Field","name":{"kind":"Name","value":"dialectRegion"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TracingCandidatesQuery, TracingCandidatesQueryVariables>;
export const ConfirmTracingMatchDocument = {"__meta__":{"hash":"sha256:fa253f8967ec7bf3b69c5283c011c83ef7cf9124d4193770689eb51d955683cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTracingMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"missingPersonReportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTracingMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"missingPersonReportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"missingPersonReportId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<ConfirmTracingMatchMutation, ConfirmTracingMatchMutationVariables>;
export const RecordTracingNoticeDocument = {"__meta__":{"hash":"sha256:1d1e6ffeca26ccc3088344b8122f02e3621100cfd3ac7c051a97151c6a55c8b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTracingNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTracingNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<RecordTracingNoticeMutation, RecordTracingNoticeMutationVariables>;
export const RecordDnaRequestDocument = {"__meta__":{"hash":"sha256:c4bb54482d0ab7b933c0ebdbeddab9663d72e4acf0710c3a5e11f119bc4a72c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDnaRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDnaRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCaseChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescueCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ZoneFull"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]} as unknown as DocumentNode<RecordDnaRequestMutation, RecordDnaRequestMutationVariables>;