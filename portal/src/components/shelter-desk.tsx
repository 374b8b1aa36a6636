'use client';
/** The shelter desk: free places and family rooms room by room, and the referrals waiting for an answer. */
import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ShelterDeskQuery } from '@/gql/graphql';
import { useRecordFormatters } from './record-formatters';

export function ShelterDesk({ data }: { data: ShelterDeskQuery }) {
  const t = useTranslations();
  const format = useRecordFormatters();
  // Keys built from enum values the graph returns (all listed in the shelterWork messages).
  const w = (key: string) => (t as unknown as (k: string) => string)(`shelterWork.${key}`);
  const shelter = data.shelters[0] ?? null;
  const referrals = data.shelterReferrals ?? [];
  const waiting = referrals.filter((r) => r.status === 'SUBMITTED');
  const staying = referrals.filter((r) => ['ACCEPTED', 'ADMITTED', 'EXTENDED'].includes(r.status));
  const referralColumns = [
    { key: 'status', title: w('detail.status'), render: (_: unknown, r: (typeof referrals)[number]) => <Tag>{t(`enums.ShelterReferralStatus.${r.status}`)}</Tag> },
    { key: 'victimType', title: w('form.victimType'), render: (_: unknown, r: (typeof referrals)[number]) => w(`victimType.${r.victimType}`) },
    { key: 'risk', title: w('form.riskLevel'), render: (_: unknown, r: (typeof referrals)[number]) => w(`riskLevel.${r.riskLevel}`) },
    { key: 'party', title: w('desk.party'), render: (_: unknown, r: (typeof referrals)[number]) => 1 + r.accompanyingChildren },
    { key: 'org', title: w('form.organisation'), dataIndex: 'referringOrganisation' },
    { key: 'at', title: w('desk.submittedAt'), render: (_: unknown, r: (typeof referrals)[number]) => format.dateTime(r.submittedAt) },
    {
      key: 'open',
      title: '',
      render: (_: unknown, r: (typeof referrals)[number]) => (
        <Link href={`/shelter-referrals/${r.id}`} data-testid="desk-open-referral" data-id={r.id}>
          {w('desk.open')}
        </Link>
      ),
    },
  ];
  return (
    <>
      {shelter ? (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col>
            <Card>
              <Statistic title={w('actions.freePlaces')} value={shelter.freePlaces} suffix={`/ ${shelter.totalPlaces}`} data-testid="desk-free-places" />
            </Card>
          </Col>
          <Col>
            <Card>
              <Statistic title={w('actions.freeFamilyRooms')} value={shelter.freeFamilyRooms} data-testid="desk-free-family-rooms" />
            </Card>
          </Col>
          <Col flex="auto">
            <Card size="small" title={w('desk.rooms')}>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={shelter.rooms ?? []}
                columns={[
                  { key: 'label', title: w('desk.room'), dataIndex: 'label' },
                  { key: 'kind', title: w('desk.kind'), render: (_, room) => w(`roomKind.${room.kind}`) },
                  { key: 'free', title: w('actions.freePlaces'), render: (_, room) => `${room.freePlaces} / ${room.places}` },
                ]}
              />
            </Card>
          </Col>
        </Row>
      ) : null}
      <Card title={w('desk.waiting')} style={{ marginBottom: 16 }} data-testid="desk-waiting">
        <Table size="small" rowKey="id" pagination={false} dataSource={waiting} columns={referralColumns} locale={{ emptyText: t('common.empty') }} />
      </Card>
      <Card title={w('desk.staying')} data-testid="desk-staying">
        <Table size="small" rowKey="id" pagination={false} dataSource={staying} columns={referralColumns} locale={{ emptyText: t('common.empty') }} />
      </Card>
    </>
  );
}
