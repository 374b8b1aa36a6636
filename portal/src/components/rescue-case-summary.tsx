'use client';
/** A rescue case at a glance: who, where, in which state and zone, and the stay clock with its flag. */
import { Descriptions, Tag } from 'antd';
import { useTranslations } from 'next-intl';
import type { RescueCasePageQuery } from '@/gql/graphql';
import { EnumTag, useEnumLabel } from './enum-tag';
import { useOperationsEnumLabel } from './operations-enum-label';
import { PersonLink } from './person-link';
import { useRecordFormatters } from './record-formatters';

type RescueCase = NonNullable<RescueCasePageQuery['rescueCase']>;

const FLAG_COLORS: Record<string, string> = { STANDARD: 'green', EXTENDED: 'gold', STAYING_ON: 'orange', LONG_STAY: 'red' };

export function RescueCaseSummary({ rescueCase }: { rescueCase: RescueCase }) {
  const t = useTranslations('rescueCase');
  const cases = useTranslations('rescueCases');
  const label = useEnumLabel();
  const ops = useOperationsEnumLabel();
  const format = useRecordFormatters();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="rescue-case-summary"
      items={[
        { key: 'person', label: t('person'), children: <PersonLink person={rescueCase.person} /> },
        { key: 'station', label: cases('station'), children: rescueCase.station.name },
        { key: 'status', label: cases('status'), children: <span data-testid="case-status"><EnumTag kind="RescueCaseStatus" value={rescueCase.status} /></span> },
        { key: 'intakeSource', label: cases('intakeSource'), children: label({ kind: 'IntakeSource', value: rescueCase.intakeSource }) },
        { key: 'intakeAt', label: cases('intakeAt'), children: format.dateTime(rescueCase.intakeAt) },
        { key: 'zone', label: cases('zone'), children: <span data-testid="case-zone">{rescueCase.zone ? label({ kind: 'CareZoneKind', value: rescueCase.zone }) : format.none}</span> },
        { key: 'stayDays', label: cases('stayDays'), children: cases('days', { days: rescueCase.stayDays }) },
        {
          key: 'stayFlag',
          label: t('stayFlag'),
          children: (
            <Tag color={FLAG_COLORS[rescueCase.stayFlag] ?? 'default'} data-testid="case-stay-flag" data-value={rescueCase.stayFlag}>
              {ops({ kind: 'StayFlag', value: rescueCase.stayFlag })}
            </Tag>
          ),
        },
        { key: 'extendedUntil', label: t('extendedUntil'), children: format.dateTime(rescueCase.extendedUntil) },
        { key: 'exitAt', label: cases('exitAt'), children: format.dateTime(rescueCase.exitAt) },
        { key: 'exitReason', label: cases('exitReason'), children: rescueCase.exitReason ? label({ kind: 'ExitReason', value: rescueCase.exitReason }) : format.none },
        { key: 'identityStatus', label: t('identityStatus'), children: rescueCase.person.identityStatus ? <EnumTag kind="IdentityStatus" value={rescueCase.person.identityStatus} /> : format.none },
      ]}
    />
  );
}
