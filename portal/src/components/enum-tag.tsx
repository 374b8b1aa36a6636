'use client';
/**
 * Labels and coloured tags for the API's enums, translated from `messages/*.json` (`enums.*`).
 * The coverage check below fails the type check when the schema gains a value that has no
 * translation yet.
 */
import { Tag } from 'antd';
import { useTranslations } from 'next-intl';
import type {
  AidEntrustmentStatus,
  AidItemKind,
  CareZoneKind,
  ExitReason,
  IdentityCheckReason,
  IdentityCheckStatus,
  IdentityStatus,
  IntakeSource,
  IssuingOffice,
  NetworkLevel,
  RescueCaseStatus,
  RiskLevel,
  SampleKind,
  Sex,
  ShelterReferralStatus,
  StationKind,
  VictimType,
} from '@/gql/graphql';

type EnumMessages = Messages['enums'];

/** An enum's name and one of its values, e.g. `{ kind: 'Sex', value: 'FEMALE' }`. */
export type EnumValue = { [K in keyof EnumMessages]: { kind: K; value: keyof EnumMessages[K] & string } }[keyof EnumMessages];

type EnumKey = { [K in keyof EnumMessages]: `${K}.${keyof EnumMessages[K] & string}` }[keyof EnumMessages];

type Covers<Values extends string, Labels> = [Exclude<Values, keyof Labels>] extends [never] ? true : ['untranslated', Exclude<Values, keyof Labels>];

export const ENUM_TRANSLATIONS_ARE_COMPLETE: [
  Covers<Sex, EnumMessages['Sex']>,
  Covers<IdentityStatus, EnumMessages['IdentityStatus']>,
  Covers<RescueCaseStatus, EnumMessages['RescueCaseStatus']>,
  Covers<NetworkLevel, EnumMessages['NetworkLevel']>,
  Covers<StationKind, EnumMessages['StationKind']>,
  Covers<IntakeSource, EnumMessages['IntakeSource']>,
  Covers<CareZoneKind, EnumMessages['CareZoneKind']>,
  Covers<ExitReason, EnumMessages['ExitReason']>,
  Covers<IdentityCheckStatus, EnumMessages['IdentityCheckStatus']>,
  Covers<IdentityCheckReason, EnumMessages['IdentityCheckReason']>,
  Covers<SampleKind, EnumMessages['SampleKind']>,
  Covers<ShelterReferralStatus, EnumMessages['ShelterReferralStatus']>,
  Covers<VictimType, EnumMessages['VictimType']>,
  Covers<RiskLevel, EnumMessages['RiskLevel']>,
  Covers<AidEntrustmentStatus, EnumMessages['AidEntrustmentStatus']>,
  Covers<IssuingOffice, EnumMessages['IssuingOffice']>,
  Covers<AidItemKind, EnumMessages['AidItemKind']>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];

/** Tag colours by value; values not listed get a neutral tag. */
const COLORS: Partial<Record<EnumKey, string>> = {
  'IdentityStatus.UNIDENTIFIED': 'volcano',
  'IdentityStatus.CLAIMED': 'gold',
  'IdentityStatus.VERIFIED': 'green',
  'RescueCaseStatus.RECEIVED': 'blue',
  'RescueCaseStatus.MEDICAL_TREATMENT': 'magenta',
  'RescueCaseStatus.HANDED_TO_POLICE': 'purple',
  'RescueCaseStatus.REFUSED': 'red',
  'RescueCaseStatus.IN_CARE': 'green',
  'IdentityCheckStatus.REQUESTED': 'blue',
  'IdentityCheckStatus.SAMPLE_COLLECTED': 'cyan',
  'IdentityCheckStatus.COMPARING': 'geekblue',
  'IdentityCheckStatus.MATCHED': 'green',
  'IdentityCheckStatus.NO_MATCH': 'orange',
  'IdentityCheckStatus.INCONCLUSIVE': 'gold',
  'ForeignNationalStatusCheckStatus.REQUESTED': 'blue',
  'ForeignNationalStatusCheckStatus.LEGAL_ENTRY': 'green',
  'ForeignNationalStatusCheckStatus.LEGAL_RESIDENCE': 'green',
  'ForeignNationalStatusCheckStatus.ILLEGAL': 'red',
  'ShelterReferralStatus.SUBMITTED': 'blue',
  'ShelterReferralStatus.ACCEPTED': 'cyan',
  'ShelterReferralStatus.DECLINED': 'red',
  'ShelterReferralStatus.ADMITTED': 'green',
  'ShelterReferralStatus.EXTENDED': 'gold',
  'ShelterReferralStatus.REFERRED_OUT': 'purple',
  'RiskLevel.LOW': 'green',
  'RiskLevel.MEDIUM': 'gold',
  'RiskLevel.HIGH': 'orange',
  'RiskLevel.CRITICAL': 'red',
  'AidEntrustmentStatus.ISSUED': 'blue',
  'AidEntrustmentStatus.ACCEPTED': 'cyan',
  'AidEntrustmentStatus.IN_PROGRESS': 'geekblue',
  'AidEntrustmentStatus.FULFILLED': 'green',
  'AidEntrustmentStatus.REVOKED': 'red',
  'AidEntrustmentStatus.EXPIRED': 'default',
  'NetworkLevel.CITY': 'volcano',
  'NetworkLevel.COUNTY': 'orange',
  'NetworkLevel.TOWNSHIP': 'gold',
  'NetworkLevel.VILLAGE': 'lime',
};

function keyOf({ kind, value }: EnumValue): EnumKey {
  return `${kind}.${value}` as EnumKey;
}

/** A function that translates an enum value into the current language. */
export function useEnumLabel(): (value: EnumValue) => string {
  const t = useTranslations('enums');
  return (value) => t(keyOf(value));
}

/** An enum value as a coloured tag. */
export function EnumTag(props: EnumValue) {
  const label = useEnumLabel();
  return (
    <Tag color={COLORS[keyOf(props)] ?? 'default'} data-value={props.value}>
      {label(props)}
    </Tag>
  );
}
