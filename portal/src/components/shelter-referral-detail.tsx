'use client';
/** One shelter referral as its reader may see it, with the shelter's record for the shelter staff. */
import { Card, Descriptions, Table, Tag } from 'antd';
import { useTranslations } from 'next-intl';
import type { ShelterPlacementOfReferralQuery, ShelterReferralDetailQuery } from '@/gql/graphql';
import { useRecordFormatters } from './record-formatters';
import { ShelterReferralActions } from './shelter-referral-actions';

type Referral = NonNullable<ShelterReferralDetailQuery['shelterReferral']>;
type Placement = NonNullable<NonNullable<ShelterPlacementOfReferralQuery['shelterReferral']>['placement']>;
type ShelterCounts = ShelterPlacementOfReferralQuery['shelters'][number];

export function ShelterReferralDetail({
  referral,
  placement,
  shelter,
  shelterStaff,
  own,
}: {
  referral: Referral;
  placement: Placement | null;
  shelter: ShelterCounts | null;
  shelterStaff: boolean;
  own: boolean;
}) {
  const t = useTranslations();
  const format = useRecordFormatters();
  // Keys built from enum values the graph returns (all listed in the shelterWork messages).
  const w = (key: string, values?: Record<string, string | number>) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(`shelterWork.${key}`, values);
  return (
        <>
          <ShelterReferralActions
            referral={referral}
            placement={placement}
            shelter={shelter}
            shelterStaff={shelterStaff}
            own={own}
          />
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label={w('detail.status')}>
                <Tag data-testid="referral-status" data-value={referral.status}>
                  {t(`enums.ShelterReferralStatus.${referral.status}`)}
                </Tag>
                {referral.statusReason ? ` ${referral.statusReason}` : null}
              </Descriptions.Item>
              <Descriptions.Item label={w('form.victimType')}>{w(`victimType.${referral.victimType}`)}</Descriptions.Item>
              <Descriptions.Item label={w('form.name')}>
                <span data-testid="referral-victim-name">{referral.victim.name ?? '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={w('form.age')}>
                {referral.victim.age ?? '—'}
                {referral.victim.ageEstimated ? ` (${w('form.ageEstimated')})` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={w('form.phone')}>{referral.victim.phone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={w('form.idNumber')}>{referral.victim.idNumber ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={w('form.riskLevel')}>
                {w(`riskLevel.${referral.riskAssessment.level}`)}
                {referral.riskAssessment.factors.length ? `: ${referral.riskAssessment.factors.map((f) => w(`riskFactor.${f}`)).join('、')}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={w('detail.assessedBy')}>{referral.riskAssessment.assessedBy ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={w('form.children')}>
                <span data-testid="referral-children">
                  {referral.children.length ? referral.children.map((c) => w('detail.childAge', { age: c.ageYears })).join('、') : '—'}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={w('form.needs')}>{referral.needs.map((n) => w(`need.${n}`)).join('、') || '—'}</Descriptions.Item>
              <Descriptions.Item label={w('form.organisation')}>{referral.referringOrganisation}</Descriptions.Item>
              <Descriptions.Item label={w('detail.caseworker')}>{referral.referringCaseworker}</Descriptions.Item>
              <Descriptions.Item label={w('form.consent')}>
                {referral.consent ? `${w(`consentGiver.${referral.consent.givenBy}`)} · ${w(`consentMethod.${referral.consent.method}`)}` : '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {placement ? (
            <Card title={w('detail.placement')} style={{ marginBottom: 16 }} data-testid="referral-placement">
              <Descriptions column={2} size="small">
                <Descriptions.Item label={w('detail.places')}>
                  <span data-testid="placement-places">
                    {placement.places.map((p) => `${p.room ?? ''}#${p.placeNumber}`).join(', ') || '—'}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={w('detail.stayUntil')}>{placement.stayUntil ? format.dateTime(placement.stayUntil) : '—'}</Descriptions.Item>
                {placement.declineReason ? <Descriptions.Item label={w('detail.declineReason')}>{placement.declineReason}</Descriptions.Item> : null}
                {placement.extensionReason ? <Descriptions.Item label={w('detail.extensionReason')}>{placement.extensionReason}</Descriptions.Item> : null}
                {placement.referralFileStatus === 'WITHDRAWN' || placement.referralFileStatus === 'CLOSED' ? (
                  <Descriptions.Item label={w('detail.referralFile')}>
                    <span data-testid="placement-referral-file">{w(`detail.referralFile${placement.referralFileStatus}`)}</span>
                  </Descriptions.Item>
                ) : null}
                {placement.endNote ? <Descriptions.Item label={w('detail.endNote')}>{placement.endNote}</Descriptions.Item> : null}
              </Descriptions>
            </Card>
          ) : null}
          <Card title={w('detail.services')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={referral.services}
              locale={{ emptyText: t('common.empty') }}
              columns={[
                { key: 'kind', title: w('detail.serviceKind'), render: (_, s) => w(`service.${s.kind}`) },
                { key: 'provider', title: w('detail.provider'), dataIndex: 'provider' },
                { key: 'status', title: w('detail.status'), render: (_, s) => w(`serviceStatus.${s.status}`) },
                { key: 'outcome', title: w('detail.outcome'), dataIndex: 'outcome' },
              ]}
            />
          </Card>
        </>
  );
}
