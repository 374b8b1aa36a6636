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

/** Which audit lines to return; all given conditions must hold. */
export type AuditEventFilter = {
  /** Only lines of this actor. */
  actor?: string | null | undefined;
  /** Only lines at or after this instant. */
  from?: string | null | undefined;
  /** Only allowed, or only refused, accesses. */
  outcome?: AuditOutcome | null | undefined;
  /** Only lines about this record. */
  recordId?: string | null | undefined;
  /** Only lines about this record type. */
  recordType?: string | null | undefined;
  /** Only lines before this instant. */
  to?: string | null | undefined;
};

/** The outcome of an audited access. */
export type AuditOutcome =
  /** The access was allowed. */
  | 'ALLOWED'
  /** The access was refused. */
  | 'DENIED';

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
  /** Text matched against the name (characters or pinyin, prefix or initials) or the whole ID number. */
  search?: string | null | undefined;
  /** Only persons of this sex. */
  sex?: Sex | null | undefined;
  /** Only persons with a rescue case at this station. */
  stationId?: string | number | null | undefined;
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

/** Sex as recorded at intake; `UNKNOWN` when it could not be established. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Not established. */
  | 'UNKNOWN';

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

/** The shelter's answer to a referral it read in the women's-federation records. */
export type ShelterReferralAnswerInput = {
  /** Children coming with the victim (places are reserved for each). */
  children: number;
  /** The women's-federation referral. */
  referralId: string | number;
  /** The referring caseworker's username, as on the referral. */
  referringCaseworker: string;
  /** The referring organisation, as on the referral. */
  referringOrganisation: string;
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

export type StationsQueryVariables = Exact<{
  level?: NetworkLevel | null | undefined;
  jurisdiction?: string | null | undefined;
}>;


export type StationsQuery = { stations: Array<{ id: string, name: string, level: NetworkLevel, kind: StationKind, jurisdiction: string, jurisdictionName: string, address: string | null, isOpen: boolean, openCaseCount: number, parent: { id: string, name: string } | null }> };

export type IdentityChecksQueryVariables = Exact<{
  status?: IdentityCheckStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type IdentityChecksQuery = { identityChecks: Array<{ id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, concludedAt: string | null, verifiedName: string | null, householdRegistration: string | null, person: { id: string, displayName: string } | null, requestingStation: { id: string, name: string }, samples: Array<{ id: string, kind: SampleKind }> | null }> };

export type ShelterReferralsQueryVariables = Exact<{
  status?: ShelterReferralStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type ShelterReferralsQuery = { shelterReferrals: Array<{ id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string, person: { id: string, displayName: string } | null }> };

export type AidEntrustmentsQueryVariables = Exact<{
  status?: AidEntrustmentStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type AidEntrustmentsQuery = { aidEntrustments: Array<{ id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, totalCapFen: number, validFrom: string, validUntil: string, issuedAt: string, person: { id: string, displayName: string } | null, items: Array<{ kind: AidItemKind, capFen: number }> }> };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { everyone: { totalCount: number }, unidentified: { totalCount: number }, inCare: { totalCount: number }, stations: Array<{ id: string, level: NetworkLevel, isOpen: boolean, openCaseCount: number }> };

export type AuditEventPageFieldsFragment = { events: Array<{ hash: string, at: string, actor: string, actorKind: string, agency: string | null, roles: Array<string>, operation: string, recordType: string, recordId: string | null, fields: Array<string>, purpose: string | null, outcome: AuditOutcome }>, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } };

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditTrailQuery = { auditEvents: { civilAffairs: { events: Array<{ hash: string, at: string, actor: string, actorKind: string, agency: string | null, roles: Array<string>, operation: string, recordType: string, recordId: string | null, fields: Array<string>, purpose: string | null, outcome: AuditOutcome }>, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, publicSecurity: { events: Array<{ hash: string, at: string, actor: string, actorKind: string, agency: string | null, roles: Array<string>, operation: string, recordType: string, recordId: string | null, fields: Array<string>, purpose: string | null, outcome: AuditOutcome }>, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, womensFederation: { events: Array<{ hash: string, at: string, actor: string, actorKind: string, agency: string | null, roles: Array<string>, operation: string, recordType: string, recordId: string | null, fields: Array<string>, purpose: string | null, outcome: AuditOutcome }>, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } }, foreignAffairs: { events: Array<{ hash: string, at: string, actor: string, actorKind: string, agency: string | null, roles: Array<string>, operation: string, recordType: string, recordId: string | null, fields: Array<string>, purpose: string | null, outcome: AuditOutcome }>, chain: { ok: boolean, checked: number, firstBrokenSeq: string | null } } } };

export type CivilAffairsSectionFragment = { id: string, displayName: string, name: string | null, namePinyin: string | null, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, idNumber: string | null, phone: string | null, dialectRegion: string | null, features: string | null, identityStatus: IdentityStatus, createdAt: string, rescueCases: Array<{ id: string, status: RescueCaseStatus, intakeSource: IntakeSource, intakeAt: string, zone: CareZoneKind | null, exitAt: string | null, exitReason: ExitReason | null, stayDays: number, station: { id: string, name: string, level: NetworkLevel } }> };

export type PublicSecuritySectionFragment = { identityChecks: Array<{ id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, concludedAt: string | null, verifiedName: string | null, householdRegistration: string | null, requestingStation: { id: string, name: string }, samples: Array<{ id: string, kind: SampleKind }> | null }> | null };

export type WomensFederationSectionFragment = { shelterReferrals: Array<{ id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string }> | null };

export type ForeignAffairsSectionFragment = { aidEntrustments: Array<{ id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, totalCapFen: number, validFrom: string, validUntil: string, issuedAt: string, items: Array<{ kind: AidItemKind, capFen: number }> }> | null };

export type PersonProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonProfileQuery = { person: { id: string, displayName: string, name: string | null, namePinyin: string | null, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, idNumber: string | null, phone: string | null, dialectRegion: string | null, features: string | null, identityStatus: IdentityStatus, createdAt: string, rescueCases: Array<{ id: string, status: RescueCaseStatus, intakeSource: IntakeSource, intakeAt: string, zone: CareZoneKind | null, exitAt: string | null, exitReason: ExitReason | null, stayDays: number, station: { id: string, name: string, level: NetworkLevel } }>, identityChecks: Array<{ id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, concludedAt: string | null, verifiedName: string | null, householdRegistration: string | null, requestingStation: { id: string, name: string }, samples: Array<{ id: string, kind: SampleKind }> | null }> | null, shelterReferrals: Array<{ id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string }> | null, aidEntrustments: Array<{ id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, totalCapFen: number, validFrom: string, validUntil: string, issuedAt: string, items: Array<{ kind: AidItemKind, capFen: number }> }> | null } | null };

export type PersonCivilAffairsQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonCivilAffairsQuery = { person: { id: string, displayName: string, name: string | null, namePinyin: string | null, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, idNumber: string | null, phone: string | null, dialectRegion: string | null, features: string | null, identityStatus: IdentityStatus, createdAt: string, rescueCases: Array<{ id: string, status: RescueCaseStatus, intakeSource: IntakeSource, intakeAt: string, zone: CareZoneKind | null, exitAt: string | null, exitReason: ExitReason | null, stayDays: number, station: { id: string, name: string, level: NetworkLevel } }> } | null };

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


export type PersonForeignAffairsQuery = { person: { id: string, aidEntrustments: Array<{ id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, totalCapFen: number, validFrom: string, validUntil: string, issuedAt: string, items: Array<{ kind: AidItemKind, capFen: number }> }> | null } | null };

export type PersonSearchQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PersonSearchQuery = { persons: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, name: string | null, namePinyin: string | null, sex: Sex, birthDate: string | null, estimatedAgeMin: number | null, estimatedAgeMax: number | null, idNumber: string | null, identityStatus: IdentityStatus, rescueCases: Array<{ id: string, status: RescueCaseStatus, intakeAt: string, station: { id: string, name: string } }> } }> } };

export type RescueCaseRowFragment = { id: string, status: RescueCaseStatus, intakeSource: IntakeSource, intakeAt: string, zone: CareZoneKind | null, exitAt: string | null, exitReason: ExitReason | null, stayDays: number, station: { id: string, name: string, level: NetworkLevel } };

export type IdentityCheckRowFragment = { id: string, status: IdentityCheckStatus, reason: IdentityCheckReason, requestedAt: string, concludedAt: string | null, verifiedName: string | null, householdRegistration: string | null, requestingStation: { id: string, name: string }, samples: Array<{ id: string, kind: SampleKind }> | null };

export type ShelterReferralRowFragment = { id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string };

export type AidEntrustmentRowFragment = { id: string, status: AidEntrustmentStatus, documentNumber: string, issuingOffice: IssuingOffice, nationality: string, passportNumber: string, totalCapFen: number, validFrom: string, validUntil: string, issuedAt: string, items: Array<{ kind: AidItemKind, capFen: number }> };

export type ShelterReferralDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ShelterReferralDetailQuery = { shelterReferral: { id: string, status: ShelterReferralStatus, statusReason: string | null, version: number, victimType: VictimType, riskLevel: RiskLevel, referringOrganisation: string, referringCaseworker: string, accompanyingChildren: number, submittedAt: string, needs: Array<ReferralNeed>, needsNote: string | null, victim: { name: string | null, sex: VictimSex, age: number | null, ageEstimated: boolean, phone: string | null, idNumber: string | null }, riskAssessment: { level: RiskLevel, factors: Array<RiskFactor>, assessedBy: string | null, assessedAt: string | null }, children: Array<{ ageYears: number, sex: VictimSex }>, consent: { givenBy: ConsentGiver, method: ConsentMethod, at: string } | null, services: Array<{ id: string, kind: ReferralServiceKind, status: ReferralServiceStatus, provider: string, outcome: string | null }> } | null };

export type ShelterPlacementOfReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ShelterPlacementOfReferralQuery = { shelterReferral: { id: string, placement: { id: string, status: ShelterPlacementStatus, version: number, partySize: number, declineReason: string | null, stayUntil: string | null, extensionReason: string | null, places: Array<{ room: string | null, placeNumber: number, forVictim: boolean }> } | null } | null, shelters: Array<{ id: string, name: string, freePlaces: number, freeFamilyRooms: number }> };

export type ShelterDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type ShelterDeskQuery = { shelters: Array<{ id: string, name: string, totalPlaces: number, freePlaces: number, freeFamilyRooms: number, rooms: Array<{ id: string, label: string, kind: ShelterRoomKind, places: number, freePlaces: number }> | null }>, shelterReferrals: Array<{ id: string, status: ShelterReferralStatus, victimType: VictimType, riskLevel: RiskLevel, accompanyingChildren: number, referringOrganisation: string, submittedAt: string }> };

export type SubmitShelterReferralMutationVariables = Exact<{
  input: SubmitShelterReferralInput;
}>;


export type SubmitShelterReferralMutation = { submitShelterReferral:
    | { __typename: 'IdempotencyConflict', message: string }
    | { __typename: 'ReferralInputRejected', field: string, message: string }
    | { __typename: 'ReferralNotFound', message: string }
    | { __typename: 'ReferralStepRefused', message: string }
    | { __typename: 'ReferralVersionConflict', message: string }
    | { __typename: 'ShelterReferralChanged', shelterReferral: { id: string } }
   };

export type WithdrawShelterReferralMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type WithdrawShelterReferralMutation = { withdrawShelterReferral:
    | { __typename: 'IdempotencyConflict' }
    | { __typename: 'ReferralInputRejected', message: string }
    | { __typename: 'ReferralNotFound', message: string }
    | { __typename: 'ReferralStepRefused', message: string }
    | { __typename: 'ReferralVersionConflict', message: string }
    | { __typename: 'ShelterReferralChanged' }
   };

export type AcceptShelterReferralMutationVariables = Exact<{
  input: ShelterReferralAnswerInput;
}>;


export type AcceptShelterReferralMutation = { acceptShelterReferral:
    | { __typename: 'InputRejected', message: string }
    | { __typename: 'NoCapacity', message: string }
    | { __typename: 'PlacementStepRefused', message: string }
    | { __typename: 'RecordNotFound', message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', message: string }
   };

export type DeclineShelterReferralMutationVariables = Exact<{
  input: ShelterReferralAnswerInput;
  reason: string;
}>;


export type DeclineShelterReferralMutation = { declineShelterReferral:
    | { __typename: 'InputRejected', message: string }
    | { __typename: 'NoCapacity', message: string }
    | { __typename: 'PlacementStepRefused', message: string }
    | { __typename: 'RecordNotFound', message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', message: string }
   };

export type AdmitToShelterMutationVariables = Exact<{
  input: AdmitToShelterInput;
}>;


export type AdmitToShelterMutation = { admitToShelter:
    | { __typename: 'InputRejected', message: string }
    | { __typename: 'NoCapacity', message: string }
    | { __typename: 'PlacementStepRefused', message: string }
    | { __typename: 'RecordNotFound', message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', message: string }
   };

export type ExtendShelterStayMutationVariables = Exact<{
  id: string | number;
  version: number;
  until: string;
  reason: string;
}>;


export type ExtendShelterStayMutation = { extendShelterStay:
    | { __typename: 'InputRejected', message: string }
    | { __typename: 'NoCapacity', message: string }
    | { __typename: 'PlacementStepRefused', message: string }
    | { __typename: 'RecordNotFound', message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', message: string }
   };

export type DischargeFromShelterMutationVariables = Exact<{
  id: string | number;
  version: number;
  note: string;
}>;


export type DischargeFromShelterMutation = { dischargeFromShelter:
    | { __typename: 'InputRejected', message: string }
    | { __typename: 'NoCapacity', message: string }
    | { __typename: 'PlacementStepRefused', message: string }
    | { __typename: 'RecordNotFound', message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', message: string }
   };

export type CloseShelterPlacementMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type CloseShelterPlacementMutation = { closeShelterPlacement:
    | { __typename: 'InputRejected', message: string }
    | { __typename: 'NoCapacity', message: string }
    | { __typename: 'PlacementStepRefused', message: string }
    | { __typename: 'RecordNotFound', message: string }
    | { __typename: 'ShelterPlacementChanged' }
    | { __typename: 'VersionConflict', message: string }
   };

type PlacementOutcome_InputRejected_Fragment = { __typename: 'InputRejected', message: string };

type PlacementOutcome_NoCapacity_Fragment = { __typename: 'NoCapacity', message: string };

type PlacementOutcome_PlacementStepRefused_Fragment = { __typename: 'PlacementStepRefused', message: string };

type PlacementOutcome_RecordNotFound_Fragment = { __typename: 'RecordNotFound', message: string };

type PlacementOutcome_ShelterPlacementChanged_Fragment = { __typename: 'ShelterPlacementChanged' };

type PlacementOutcome_VersionConflict_Fragment = { __typename: 'VersionConflict', message: string };

export type PlacementOutcomeFragment =
  | PlacementOutcome_InputRejected_Fragment
  | PlacementOutcome_NoCapacity_Fragment
  | PlacementOutcome_PlacementStepRefused_Fragment
  | PlacementOutcome_RecordNotFound_Fragment
  | PlacementOutcome_ShelterPlacementChanged_Fragment
  | PlacementOutcome_VersionConflict_Fragment
;

export const AuditEventPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<AuditEventPageFieldsFragment, unknown>;
export const RescueCaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeSource"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"exitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<RescueCaseRowFragment, unknown>;
export const CivilAffairsSectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CivilAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"dialectRegion"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeSource"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"exitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<CivilAffairsSectionFragment, unknown>;
export const IdentityCheckRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<IdentityCheckRowFragment, unknown>;
export const PublicSecuritySectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicSecuritySection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PublicSecuritySectionFragment, unknown>;
export const ShelterReferralRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<ShelterReferralRowFragment, unknown>;
export const WomensFederationSectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WomensFederationSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShelterReferralRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<WomensFederationSectionFragment, unknown>;
export const AidEntrustmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCapFen"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}}]}}]} as unknown as DocumentNode<AidEntrustmentRowFragment, unknown>;
export const ForeignAffairsSectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForeignAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidEntrustmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCapFen"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}}]}}]} as unknown as DocumentNode<ForeignAffairsSectionFragment, unknown>;
export const PlacementOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PlacementOutcomeFragment, unknown>;
export const StationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"jurisdiction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jurisdiction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictionName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StationsQuery, StationsQueryVariables>;
export const IdentityChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheckStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckRow"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<IdentityChecksQuery, IdentityChecksQueryVariables>;
export const ShelterReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShelterReferralRow"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<ShelterReferralsQuery, ShelterReferralsQueryVariables>;
export const AidEntrustmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AidEntrustments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustmentStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidEntrustmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCapFen"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}}]}}]} as unknown as DocumentNode<AidEntrustmentsQuery, AidEntrustmentsQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"everyone"},"name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unidentified"},"name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"identityStatus"},"value":{"kind":"EnumValue","value":"UNIDENTIFIED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inCare"},"name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"caseStatus"},"value":{"kind":"EnumValue","value":"IN_CARE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"openCaseCount"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"civilAffairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventPageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicSecurity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventPageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"womensFederation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventPageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignAffairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const PersonProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CivilAffairsSection"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicSecuritySection"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WomensFederationSection"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForeignAffairsSection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeSource"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"exitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCapFen"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CivilAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"dialectRegion"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicSecuritySection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WomensFederationSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShelterReferralRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForeignAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidEntrustmentRow"}}]}}]}}]} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;
export const PersonCivilAffairsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonCivilAffairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CivilAffairsSection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RescueCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RescueCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeSource"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"exitAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayDays"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CivilAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"dialectRegion"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RescueCaseRow"}}]}}]}}]} as unknown as DocumentNode<PersonCivilAffairsQuery, PersonCivilAffairsQueryVariables>;
export const PersonPublicSecurityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPublicSecurity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicSecuritySection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCheckRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"householdRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicSecuritySection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCheckRow"}}]}}]}}]} as unknown as DocumentNode<PersonPublicSecurityQuery, PersonPublicSecurityQueryVariables>;
export const PersonWomensFederationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonWomensFederation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WomensFederationSection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShelterReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WomensFederationSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShelterReferralRow"}}]}}]}}]} as unknown as DocumentNode<PersonWomensFederationQuery, PersonWomensFederationQueryVariables>;
export const PersonForeignAffairsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonForeignAffairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForeignAffairsSection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AidEntrustmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AidEntrustment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingOffice"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"passportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCapFen"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capFen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForeignAffairsSection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aidEntrustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AidEntrustmentRow"}}]}}]}}]} as unknown as DocumentNode<PersonForeignAffairsQuery, PersonForeignAffairsQueryVariables>;
export const PersonSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namePinyin"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedAgeMax"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"identityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rescueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"intakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonSearchQuery, PersonSearchQueryVariables>;
export const ShelterReferralDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterReferralDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"referringCaseworker"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"needsNote"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"ageEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"factors"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageYears"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<ShelterReferralDetailQuery, ShelterReferralDetailQueryVariables>;
export const ShelterPlacementOfReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterPlacementOfReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partySize"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayUntil"}},{"kind":"Field","name":{"kind":"Name","value":"extensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"placeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"forVictim"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shelters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"freeFamilyRooms"}}]}}]}}]} as unknown as DocumentNode<ShelterPlacementOfReferralQuery, ShelterPlacementOfReferralQueryVariables>;
export const ShelterDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShelterDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"freeFamilyRooms"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shelterReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"victimType"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"accompanyingChildren"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<ShelterDeskQuery, ShelterDeskQueryVariables>;
export const SubmitShelterReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitShelterReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitShelterReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitShelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shelterReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralInputRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdempotencyConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitShelterReferralMutation, SubmitShelterReferralMutationVariables>;
export const WithdrawShelterReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawShelterReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawShelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralInputRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawShelterReferralMutation, WithdrawShelterReferralMutationVariables>;
export const AcceptShelterReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptShelterReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptShelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AcceptShelterReferralMutation, AcceptShelterReferralMutationVariables>;
export const DeclineShelterReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineShelterReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterReferralAnswerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineShelterReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DeclineShelterReferralMutation, DeclineShelterReferralMutationVariables>;
export const AdmitToShelterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitToShelter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitToShelterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitToShelter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AdmitToShelterMutation, AdmitToShelterMutationVariables>;
export const ExtendShelterStayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendShelterStay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendShelterStay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ExtendShelterStayMutation, ExtendShelterStayMutationVariables>;
export const DischargeFromShelterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargeFromShelter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeFromShelter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DischargeFromShelterMutation, DischargeFromShelterMutationVariables>;
export const CloseShelterPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseShelterPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeShelterPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShelterPlacementResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStepRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CloseShelterPlacementMutation, CloseShelterPlacementMutationVariables>;