/**
 * The civil-affairs vocabulary, as stored and as in the SDL (DOMAIN.md §2-3).
 */
export const SEXES = ['MALE', 'FEMALE', 'UNKNOWN'] as const;
export type Sex = (typeof SEXES)[number];

export const IDENTITY_STATUSES = ['UNIDENTIFIED', 'CLAIMED', 'VERIFIED'] as const;
export type IdentityStatus = (typeof IDENTITY_STATUSES)[number];

/** Whether a person record stands: merged into another record of the same person, or removed as created in error. */
export const PERSON_RECORD_STATUSES = ['ACTIVE', 'MERGED', 'REMOVED'] as const;
export type PersonRecordStatus = (typeof PERSON_RECORD_STATUSES)[number];

export const NETWORK_LEVELS = ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;
export type NetworkLevel = (typeof NETWORK_LEVELS)[number];

export const STATION_KINDS = ['REGIONAL_CENTER', 'COUNTY_STATION', 'SERVICE_POINT', 'TEMPORARY_POINT', 'CONSULTATION_POINT', 'OUTREACH_TEAM'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

export const INTAKE_SOURCES = ['WALK_IN', 'OUTREACH', 'POLICE_HANDOVER', 'HOSPITAL', 'TRANSFER', 'OTHER_DEPARTMENT'] as const;
export type IntakeSource = (typeof INTAKE_SOURCES)[number];

export const RESCUE_CASE_STATUSES = ['RECEIVED', 'MEDICAL_TREATMENT', 'HANDED_TO_POLICE', 'REFUSED', 'IN_CARE', 'EXITED'] as const;
export type RescueCaseStatus = (typeof RESCUE_CASE_STATUSES)[number];

/** Statuses of a case that is still open (the person is at or under the care of the station). */
export const OPEN_CASE_STATUSES: readonly RescueCaseStatus[] = ['RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE'];

export const CARE_ZONE_KINDS = ['MEN', 'WOMEN', 'MINORS', 'ELDERLY_DISABLED', 'MEDICAL_OBSERVATION', 'DV_SHELTER'] as const;
export type CareZoneKind = (typeof CARE_ZONE_KINDS)[number];

export const EXIT_REASONS = [
  'LEFT_VOLUNTARILY',
  'RETURNED_HOME',
  'ESCORTED_HOME',
  'ABSCONDED',
  'TERMINATED',
  'TRANSFERRED',
  'SETTLED',
  'DECEASED',
  'HANDED_OVER',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export const REPORT_SOURCES = ['POLICE_110', 'CITY_MANAGEMENT', 'HOTLINE', 'PATROL', 'WALK_IN'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

export const STREET_REPORT_STATUSES = ['REPORTED', 'ACCEPTED', 'DISPATCHED', 'ON_SCENE', 'VERIFIED', 'CLOSED'] as const;
export type StreetReportStatus = (typeof STREET_REPORT_STATUSES)[number];

export const REPORT_CLOSURES = ['RESCUED_INTO_STATION', 'HELP_DECLINED', 'REFERRED', 'FALSE_REPORT'] as const;
export type ReportClosure = (typeof REPORT_CLOSURES)[number];

export const CARE_SERVICE_KINDS = ['FOOD', 'CLOTHING', 'MEDICAL', 'COUNSELLING', 'FAMILY_CONTACT', 'HYGIENE', 'EDUCATION'] as const;
export type CareServiceKind = (typeof CARE_SERVICE_KINDS)[number];

export type StayFlag = 'STANDARD' | 'EXTENDED' | 'STAYING_ON' | 'LONG_STAY';

export const ESCORT_STATUSES = ['REQUESTED', 'APPROVED', 'DECLINED', 'SCHEDULED', 'IN_TRANSIT', 'HANDED_OVER', 'COMPLETED'] as const;
export type EscortStatus = (typeof ESCORT_STATUSES)[number];

export const TRAVEL_MODES = ['TRAIN', 'BUS', 'FLIGHT', 'CAR'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

export const EMERGENCY_KINDS = ['COLD_WAVE', 'HEAT_WAVE', 'FLOOD', 'TYPHOON', 'EARTHQUAKE', 'INCIDENT'] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];

export const EMERGENCY_AID_KINDS = ['FOOD', 'LODGING', 'CLOTHING'] as const;
export type EmergencyAidKind = (typeof EMERGENCY_AID_KINDS)[number];

export type EmergencyState = 'ONGOING' | 'ENDED' | 'OPEN' | 'CLOSED';

export const SETTLEMENT_STATUSES = ['PROPOSED', 'APPROVED', 'DECLINED', 'SETTLED', 'REVOKED'] as const;
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];
/** Settlements that hold the person: at most one of these per person (a partial unique index). */
export const ACTIVE_SETTLEMENT_STATUSES: readonly SettlementStatus[] = ['PROPOSED', 'APPROVED', 'SETTLED'];

export const WELFARE_INSTITUTION_LEVELS = ['CITY', 'COUNTY', 'CROSS_AREA'] as const;
export type WelfareInstitutionLevel = (typeof WELFARE_INSTITUTION_LEVELS)[number];

export const IDENTITY_FOUND_BY = ['TRACING_MATCH', 'POLICE_CHECK'] as const;
export type IdentityFoundBy = (typeof IDENTITY_FOUND_BY)[number];

export type SettlementIneligibility = 'IDENTIFIED' | 'NOT_IN_CARE' | 'NOT_LONG_STAY' | 'ACTIVE_SETTLEMENT';
export const SHELTER_ROOM_KINDS = ['STANDARD', 'FAMILY'] as const;
export type ShelterRoomKind = (typeof SHELTER_ROOM_KINDS)[number];

export const SHELTER_PLACEMENT_STATUSES = ['ACCEPTED', 'DECLINED', 'ADMITTED', 'EXTENDED', 'DISCHARGED', 'REFERRED_OUT', 'CLOSED'] as const;
export type ShelterPlacementStatus = (typeof SHELTER_PLACEMENT_STATUSES)[number];

/** Where the referring caseworker's file of a referral stands, as the women's federation reports it. */
export const REFERRAL_FILE_STATUSES = ['SUBMITTED', 'WITHDRAWN', 'CLOSED'] as const;
export type ReferralFileStatus = (typeof REFERRAL_FILE_STATUSES)[number];

/** Placements that hold places (reserved on acceptance, held through the stay). */
export const PLACE_HOLDING_STATUSES: readonly ShelterPlacementStatus[] = ['ACCEPTED', 'ADMITTED', 'EXTENDED'];

/**
 * Why a change was refused: the `code` of every `UserError` result, as generated from the SDL's
 * `UserErrorCode` (so a code the SDL does not declare fails the typecheck).
 */
export type { UserErrorCode } from '../__generated__/resolvers-types';
