'use client';
/** The shelter's free places and family rooms, room by room: the top of the shelter desk, above its two lists. */
import { Card, Col, Row, Statistic, Table } from 'antd';
import { useTranslations } from 'next-intl';
import type { ShelterDeskQuery } from '@/gql/graphql';

export function ShelterRooms({ shelter }: { shelter: ShelterDeskQuery['shelters'][number] }) {
  const t = useTranslations('shelterWork');
  const label = useTranslations('shelterWork.roomKind');
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col>
        <Card>
          <Statistic title={t('actions.freePlaces')} value={shelter.freePlaces} suffix={`/ ${shelter.totalPlaces}`} data-testid="desk-free-places" />
        </Card>
      </Col>
      <Col>
        <Card>
          <Statistic title={t('actions.freeFamilyRooms')} value={shelter.freeFamilyRooms} data-testid="desk-free-family-rooms" />
        </Card>
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Card size="small" title={t('desk.rooms')}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={shelter.rooms ?? []}
            columns={[
              { key: 'label', title: t('desk.room'), dataIndex: 'label' },
              { key: 'kind', title: t('desk.kind'), render: (_, room) => label(room.kind as Parameters<typeof label>[0]) },
              { key: 'free', title: t('actions.freePlaces'), render: (_, room) => `${room.freePlaces} / ${room.places}` },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
