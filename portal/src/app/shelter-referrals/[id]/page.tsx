/**
 * `/shelter-referrals/[id]`: one referral as its reader may see it: the caseworker follows the
 * shelter's answer in its status; the shelter staff also see their placement (places held, the
 * stay) and act on it.
 */
import { Card, Descriptions, Table, Tag } from 'antd';
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { ShelterReferralActions } from '@/components/shelter-referral-actions';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { ShelterPlacementOfReferralQuery, ShelterReferralDetailQuery } from '@/graph/shelter.query';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shelterWork');
  return { title: t('detail.title') };
}

export default async function ShelterReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations();
  const user = await readSessionUser();
  const shelterStaff = user?.roles.includes('SHELTER_STAFF') ?? false;
  const result = await queryGraph(ShelterReferralDetailQuery, { id });
  const referral = result.data?.shelterReferral;
  if (!referral && result.errors.length === 0) notFound();
  const placementResult = shelterStaff && referral ? await queryGraph(ShelterPlacementOfReferralQuery, { id }) : null;
  const placement = placementResult?.data?.shelterReferral?.placement ?? null;
  const shelter = placementResult?.data?.shelters[0] ?? null;
  // Keys built from enum values the graph returns (all listed in the shelterWork messages).
  const w = (key: string, values?: Record<string, string | number>) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(`shelterWork.${key}`, values);

  return (
    <>
      <PageHeading title={w('detail.title')} description={w('detail.description')} />
      <GraphErrorAlert errors={[...result.errors, ...(placementResult?.errors ?? [])]} partial={Boolean(referral)} />
      {referral ? (
        <>
          <ShelterReferralActions
            referral={referral}
            placement={placement}
            shelter={shelter}
            shelterStaff={shelterStaff}
            own={user?.username === referral.referringCaseworker}
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
                <Descriptions.Item label={w('detail.stayUntil')}>{placement.stayUntil ? placement.stayUntil.slice(0, 10) : '—'}</Descriptions.Item>
                {placement.declineReason ? <Descriptions.Item label={w('detail.declineReason')}>{placement.declineReason}</Descriptions.Item> : null}
                {placement.extensionReason ? <Descriptions.Item label={w('detail.extensionReason')}>{placement.extensionReason}</Descriptions.Item> : null}
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
      ) : null}
    </>
  );
}
