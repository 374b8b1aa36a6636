'use client';
/** Civil affairs' part of a profile: the person's record and their rescue cases. */
import { Descriptions, Typography, type DescriptionsProps } from 'antd';
import { useTranslations } from 'next-intl';
import type { CivilAffairsSectionFragment } from '@/gql/graphql';
import { type PersonDetails, type SectionState } from '@/graph/person-profile.read';
import { type PersonAge } from '@/lib/person-age.calculation';
import { AgencySectionCard, SectionUnavailable } from './agency-section-card';
import { EnumTag, useEnumLabel } from './enum-tag';
import { useRecordFormatters } from './record-formatters';
import { RescueCasesTable } from './rescue-cases-table';

export interface CivilAffairsSectionProps {
  person: PersonDetails;
  pinyin: string | undefined;
  age: PersonAge;
  rescueCases: SectionState<CivilAffairsSectionFragment['rescueCases']>;
}

export function CivilAffairsSection({ person, pinyin, age, rescueCases }: CivilAffairsSectionProps) {
  const t = useTranslations();
  const label = useEnumLabel();
  const format = useRecordFormatters();
  const none = format.none;

  const details: DescriptionsProps['items'] = [
    { key: 'name', label: t('profile.fields.name'), children: person.name ?? none },
    { key: 'pinyin', label: t('profile.fields.pinyin'), children: pinyin ? <span translate="no">{pinyin}</span> : none },
    { key: 'sex', label: t('profile.fields.sex'), children: label({ kind: 'Sex', value: person.sex }) },
    person.birthDate
      ? { key: 'birthDate', label: t('profile.fields.birthDate'), children: format.date(person.birthDate) }
      : {
          key: 'estimatedAge',
          label: t('profile.fields.estimatedAge'),
          children: age.kind === 'estimated' ? t('persons.ageEstimated', { min: age.min, max: age.max }) : t('common.unknown'),
        },
    { key: 'idNumber', label: t('profile.fields.idNumber'), children: person.idNumber ?? none },
    { key: 'phone', label: t('profile.fields.phone'), children: person.phone ?? none },
    {
      key: 'identityStatus',
      label: t('profile.fields.identityStatus'),
      children: person.identityStatus ? <EnumTag kind="IdentityStatus" value={person.identityStatus} /> : none,
    },
    { key: 'dialectRegion', label: t('profile.fields.dialectRegion'), children: person.dialectRegion ?? none },
    { key: 'createdAt', label: t('profile.fields.createdAt'), children: format.dateTime(person.createdAt) },
    { key: 'features', label: t('profile.fields.features'), children: person.features ?? none, span: 'filled' },
  ];

  return (
    <AgencySectionCard section="civilAffairs" title={t('profile.civilAffairs.title')} ok empty={false} emptyText="">
      <Descriptions
        title={t('profile.civilAffairs.details')}
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 3 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={details}
        data-testid="person-details"
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('profile.civilAffairs.rescueCases')}
      </Typography.Title>
      {rescueCases.ok ? <RescueCasesTable rows={rescueCases.data} /> : <SectionUnavailable section="civilAffairs" />}
    </AgencySectionCard>
  );
}

/** The person's name, identity status and pinyin above the sections. */
export function ProfileHeader({ displayName, identityStatus, pinyin }: { displayName: string; identityStatus: CivilAffairsSectionFragment['identityStatus']; pinyin: string | undefined }) {
  return (
    <header style={{ marginBottom: 16 }}>
      <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 0 }}>
        <span data-testid="profile-name" translate="no">{displayName}</span> {identityStatus ? <EnumTag kind="IdentityStatus" value={identityStatus} /> : null}
      </Typography.Title>
      {pinyin ? (
        <Typography.Text type="secondary" data-testid="profile-pinyin" translate="no">
          {pinyin}
        </Typography.Text>
      ) : null}
    </header>
  );
}
