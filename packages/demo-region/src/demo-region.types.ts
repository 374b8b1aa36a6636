/**
 * The records of the synthetic demo region. Enum-like fields are string unions spelled exactly
 * like the GraphQL enum values in `schema/`, so seeders can store them as they are.
 * Every record is invented: no name, number or place belongs to a real person.
 */

/** The tier of the four-level rescue network. */
export type NetworkLevel = 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

/** What kind of unit a station is. */
export type StationKind =
  | 'REGIONAL_CENTER'
  | 'COUNTY_STATION'
  | 'SERVICE_POINT'
  | 'TEMPORARY_POINT'
  | 'CONSULTATION_POINT'
  | 'OUTREACH_TEAM';

/** An administrative division of the demo city (6-digit GB/T 2260-style code). */
export interface DemoDivision {
  code: string;
  name: string;
  kind: 'CITY' | 'DISTRICT' | 'COUNTY';
}

/** A unit of the rescue network. */
export interface DemoStation {
  id: string;
  name: string;
  level: NetworkLevel;
  kind: StationKind;
  /** Division code served: 6 digits (city, county), 9 (township/street) or 12 (village/community). */
  jurisdiction: string;
  jurisdictionName: string;
  /** The station it reports to; null only for the regional center. */
  parentId: string | null;
  /** Street address; null for outreach teams (mobile units). */
  address: string | null;
  isOpen: boolean;
  latitude: number;
  longitude: number;
}

export type Sex = 'MALE' | 'FEMALE' | 'UNKNOWN';
export type IdentityStatus = 'UNIDENTIFIED' | 'CLAIMED' | 'VERIFIED';
export type PersonCategory =
  | 'ROUGH_SLEEPER'
  | 'STRANDED'
  | 'UNIDENTIFIED_PATIENT'
  | 'MINOR'
  | 'DV_VICTIM'
  | 'TRAFFICKING_VICTIM'
  | 'FOREIGN_NATIONAL';

/**
 * Someone the network helps. An UNIDENTIFIED person has no name, birth date or ID number, but an
 * estimated age range, features and (usually) a dialect region; CLAIMED and VERIFIED Chinese
 * persons have a name, its pinyin, a birth date and a valid resident ID number whose birth date
 * and sex match. Foreign nationals have a nationality and a passport number instead.
 */
export interface DemoPerson {
  id: string;
  /** Why the person is in the network (demo bookkeeping; not a field of the public schema). */
  category: PersonCategory;
  name: string | null;
  /** Pinyin of a Chinese name: lowercase, without tones, syllables separated by single spaces. */
  namePinyin: string | null;
  sex: Sex;
  /** `YYYY-MM-DD` when known. */
  birthDate: string | null;
  /** Set when the birth date is unknown. */
  estimatedAgeMin: number | null;
  estimatedAgeMax: number | null;
  /** A valid GB 11643-1999 number whose area code is a demo division. */
  idNumber: string | null;
  /** A Chinese mobile number (11 digits). */
  phone: string | null;
  dialectRegion: string | null;
  /** Chinese free text for family tracing: height, build, marks, clothing. */
  features: string | null;
  identityStatus: IdentityStatus;
  /** When the person was first recorded: the intake of their earliest rescue case. */
  createdAt: Date;
  /** ISO 3166-1 alpha-3, for foreign nationals (and Hong Kong, Macao, Taiwan residents). */
  nationality: string | null;
  passportNumber: string | null;
}

export type RescueCaseStatus = 'RECEIVED' | 'MEDICAL_TREATMENT' | 'HANDED_TO_POLICE' | 'REFUSED' | 'IN_CARE' | 'EXITED';
export type CareZoneKind = 'MEN' | 'WOMEN' | 'MINORS' | 'ELDERLY_DISABLED' | 'MEDICAL_OBSERVATION' | 'DV_SHELTER';
export type IntakeSource = 'WALK_IN' | 'OUTREACH' | 'POLICE_HANDOVER' | 'HOSPITAL' | 'TRANSFER' | 'OTHER_DEPARTMENT';
export type ExitReason =
  | 'LEFT_VOLUNTARILY'
  | 'RETURNED_HOME'
  | 'ESCORTED_HOME'
  | 'ABSCONDED'
  | 'TERMINATED'
  | 'TRANSFERRED'
  | 'SETTLED'
  | 'DECEASED'
  | 'HANDED_OVER';

/** One state change of a rescue case. */
export interface DemoCaseEvent {
  id: string;
  /** Null for the intake event. */
  fromStatus: RescueCaseStatus | null;
  toStatus: RescueCaseStatus;
  at: Date;
  /** A user identifier such as `center.staff` or `county.staff`. */
  actor: string;
  reason: string | null;
}

/**
 * One episode of care. Invariants: `events` start with the intake (null → RECEIVED at
 * `intakeAt`), are in strictly increasing time, chain (each `fromStatus` is the previous
 * `toStatus`) and end in `status`; `exitAt`/`exitReason` are set exactly when the status is
 * EXITED (and `exitAt` is the last event's time); `zone` is set exactly when the case has been
 * IN_CARE (the last zone used).
 */
export interface DemoRescueCase {
  id: string;
  personId: string;
  stationId: string;
  status: RescueCaseStatus;
  intakeSource: IntakeSource;
  intakeAt: Date;
  zone: CareZoneKind | null;
  exitAt: Date | null;
  exitReason: ExitReason | null;
  events: DemoCaseEvent[];
}

export type IdentityCheckStatus = 'REQUESTED' | 'SAMPLE_COLLECTED' | 'COMPARING' | 'MATCHED' | 'NO_MATCH' | 'INCONCLUSIVE';
export type IdentityCheckReason =
  | 'UNIDENTIFIED_PERSON'
  | 'CLAIMED_IDENTITY'
  | 'SUSPECTED_FOREIGN_NATIONAL'
  | 'SETTLEMENT_RECHECK';

/** A biometric sample: only kind, code and dates; never biometric data. */
export interface DemoBiometricSample {
  id: string;
  kind: 'DNA' | 'FINGERPRINT' | 'FACE';
  /** Unique laboratory code such as `DNA-2026-000123`. */
  sampleCode: string;
  collectedBy: string;
  collectedAt: Date;
}

/**
 * A police identity check. `concludedAt` is set for MATCHED, NO_MATCH and INCONCLUSIVE; a
 * MATCHED check of a Chinese person carries the verified name, ID number and household
 * registration (for a foreign national only the verified name), and its person is VERIFIED.
 */
export interface DemoIdentityCheck {
  id: string;
  personId: string;
  requestingStationId: string;
  reason: IdentityCheckReason;
  status: IdentityCheckStatus;
  requestedAt: Date;
  concludedAt: Date | null;
  samples: DemoBiometricSample[];
  verifiedName: string | null;
  verifiedIdNumber: string | null;
  householdRegistration: string | null;
}

export type VictimType = 'DOMESTIC_VIOLENCE' | 'TRAFFICKING';
export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type ShelterReferralStatus =
  | 'SUBMITTED'
  | 'ACCEPTED'
  | 'DECLINED'
  | 'ADMITTED'
  | 'EXTENDED'
  | 'DISCHARGED'
  | 'REFERRED_OUT'
  | 'CLOSED';

/** A request to shelter a DV or trafficking victim at the regional center. */
export interface DemoShelterReferral {
  id: string;
  personId: string;
  victimType: VictimType;
  riskLevel: RiskLevel;
  status: ShelterReferralStatus;
  referringOrganisation: string;
  /** The caseworker's username (`wf.caseworker` for most). */
  referringCaseworker: string;
  accompanyingChildren: number;
  submittedAt: Date;
}

export type AidItemKind = 'FOOD' | 'LODGING' | 'COMMUNICATION' | 'DOMESTIC_TICKET' | 'INTERNATIONAL_TICKET';
export type IssuingOffice = 'FOREIGN_AFFAIRS_OFFICE' | 'HK_MACAO_TAIWAN_AFFAIRS_OFFICE';
export type AidEntrustmentStatus = 'ISSUED' | 'ACCEPTED' | 'IN_PROGRESS' | 'FULFILLED' | 'REVOKED' | 'EXPIRED';

/** One kind of aid entrusted, with its cap in fen (1/100 CNY). */
export interface DemoAidItem {
  kind: AidItemKind;
  capFen: number;
}

/**
 * A written entrustment to aid a foreign national. `totalCapFen` is an integer no larger than
 * the sum of the item caps; `validUntil` is in the past exactly for EXPIRED ones among the open
 * statuses (ISSUED, ACCEPTED, IN_PROGRESS are still valid at `now`).
 */
export interface DemoAidEntrustment {
  id: string;
  personId: string;
  /** Such as `外办委〔2026〕031号`; unique per issuing office. */
  documentNumber: string;
  issuingOffice: IssuingOffice;
  nationality: string;
  passportNumber: string;
  status: AidEntrustmentStatus;
  items: DemoAidItem[];
  totalCapFen: number;
  validFrom: Date;
  validUntil: Date;
  issuedAt: Date;
}

/** The whole demo region. */
export interface DemoRegion {
  seed: number;
  now: Date;
  city: DemoDivision;
  /** The districts and counties of the city (not the city itself). */
  divisions: DemoDivision[];
  stations: DemoStation[];
  persons: DemoPerson[];
  rescueCases: DemoRescueCase[];
  identityChecks: DemoIdentityCheck[];
  shelterReferrals: DemoShelterReferral[];
  aidEntrustments: DemoAidEntrustment[];
}

/** Options for `buildDemoRegion`. */
export interface DemoRegionOptions {
  /** PRNG seed (default 20261129). The same seed and `now` give the same region. */
  seed?: number;
  /** The instant the region is generated "as of" (default: `defaultDemoNow()`, `LIFELINE_DEMO_NOW` or the current hour). */
  now?: Date;
  /** How many persons (default 240; at least 50, so that every status is represented). */
  persons?: number;
}
