/**
 * The enum values the rescue-operations screens offer (in forms and filters), in display order.
 * As in `vocabulary.ts`, the `Exhaustive` checks fail the build when the schema gains a value the
 * screens do not offer yet.
 */
import type {
  CareServiceKind,
  CareZoneKind,
  EscortStatus,
  ExitReason,
  ForeignNationalStatusCheckStatus,
  ForeignNationalStatusOutcome,
  IdentityCheckOutcome,
  IntakeSource,
  ReportClosure,
  ReportSource,
  SampleKind,
  ScreeningOutcome,
  StayFlag,
  StreetReportStatus,
} from '@/gql/graphql';

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : ['missing', Exclude<All, Listed>];

export const REPORT_SOURCES = ['POLICE_110', 'CITY_MANAGEMENT', 'HOTLINE', 'PATROL', 'WALK_IN'] as const satisfies readonly ReportSource[];
export const STREET_REPORT_STATUSES = ['REPORTED', 'ACCEPTED', 'DISPATCHED', 'ON_SCENE', 'VERIFIED', 'CLOSED'] as const satisfies readonly StreetReportStatus[];
export const REPORT_CLOSURES = ['RESCUED_INTO_STATION', 'HELP_DECLINED', 'REFERRED', 'FALSE_REPORT'] as const satisfies readonly ReportClosure[];
export const INTAKE_SOURCES = ['WALK_IN', 'OUTREACH', 'POLICE_HANDOVER', 'HOSPITAL', 'TRANSFER', 'OTHER_DEPARTMENT'] as const satisfies readonly IntakeSource[];
export const SCREENING_OUTCOMES = ['REGISTERED', 'MEDICAL_TREATMENT', 'HANDED_TO_POLICE', 'REFUSED'] as const satisfies readonly ScreeningOutcome[];
/** Zones a station may register a person into (the DV shelter zone only through a referral). */
export const REGISTRABLE_ZONES = ['MEN', 'WOMEN', 'MINORS', 'ELDERLY_DISABLED', 'MEDICAL_OBSERVATION'] as const satisfies readonly CareZoneKind[];
export const CARE_SERVICE_KINDS = ['FOOD', 'CLOTHING', 'MEDICAL', 'COUNSELLING', 'FAMILY_CONTACT', 'HYGIENE', 'EDUCATION'] as const satisfies readonly CareServiceKind[];
export const EXIT_REASONS = [
  'RETURNED_HOME',
  'LEFT_VOLUNTARILY',
  'ESCORTED_HOME',
  'TRANSFERRED',
  'SETTLED',
  'HANDED_OVER',
  'ABSCONDED',
  'TERMINATED',
  'DECEASED',
] as const satisfies readonly ExitReason[];
export const STAY_FLAGS = ['STANDARD', 'EXTENDED', 'STAYING_ON', 'LONG_STAY'] as const satisfies readonly StayFlag[];
export const SAMPLE_KINDS = ['DNA', 'FINGERPRINT', 'FACE'] as const satisfies readonly SampleKind[];
export const IDENTITY_CHECK_OUTCOMES = ['MATCHED', 'NO_MATCH', 'INCONCLUSIVE'] as const satisfies readonly IdentityCheckOutcome[];
export const STATUS_CHECK_STATUSES = ['REQUESTED', 'LEGAL_ENTRY', 'LEGAL_RESIDENCE', 'ILLEGAL'] as const satisfies readonly ForeignNationalStatusCheckStatus[];
export const STATUS_CHECK_OUTCOMES = ['LEGAL_ENTRY', 'LEGAL_RESIDENCE', 'ILLEGAL'] as const satisfies readonly ForeignNationalStatusOutcome[];
export const ESCORT_STATUSES = ['REQUESTED', 'APPROVED', 'DECLINED', 'SCHEDULED', 'IN_TRANSIT', 'HANDED_OVER', 'COMPLETED'] as const satisfies readonly EscortStatus[];

export const RESCUE_OPERATIONS_VOCABULARY_IS_COMPLETE: [
  Exhaustive<ReportSource, (typeof REPORT_SOURCES)[number]>,
  Exhaustive<StreetReportStatus, (typeof STREET_REPORT_STATUSES)[number]>,
  Exhaustive<ReportClosure, (typeof REPORT_CLOSURES)[number]>,
  Exhaustive<IntakeSource, (typeof INTAKE_SOURCES)[number]>,
  Exhaustive<ScreeningOutcome, (typeof SCREENING_OUTCOMES)[number]>,
  Exhaustive<Exclude<CareZoneKind, 'DV_SHELTER'>, (typeof REGISTRABLE_ZONES)[number]>,
  Exhaustive<CareServiceKind, (typeof CARE_SERVICE_KINDS)[number]>,
  Exhaustive<ExitReason, (typeof EXIT_REASONS)[number]>,
  Exhaustive<StayFlag, (typeof STAY_FLAGS)[number]>,
  Exhaustive<SampleKind, (typeof SAMPLE_KINDS)[number]>,
  Exhaustive<IdentityCheckOutcome, (typeof IDENTITY_CHECK_OUTCOMES)[number]>,
  Exhaustive<EscortStatus, (typeof ESCORT_STATUSES)[number]>,
  Exhaustive<ForeignNationalStatusCheckStatus, (typeof STATUS_CHECK_STATUSES)[number]>,
  Exhaustive<ForeignNationalStatusOutcome, (typeof STATUS_CHECK_OUTCOMES)[number]>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];
