'use client';
/**
 * One entrustment as the office and the center work with it: the current terms, the beneficiary,
 * the balance per item and in all, the deliveries, every version of the terms and the history,
 * with the changes the signed-in user's job allows in its status.
 */
import { Card, Col, Descriptions, Empty, Progress, Row, Space, Table, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { AidEntrustmentDetailQuery } from '@/gql/graphql';
import { AcceptAidEntrustmentButton, AmendAidEntrustmentForm, OfficeStatusActions, RecordAidDeliveryForm } from './aid-entrustment-forms';
import { EnumTag, useEnumLabel } from './enum-tag';
import { NationalityLabel } from './nationality-label';
import { PersonLink } from './person-link';
import { useRecordFormatters } from './record-formatters';
import { RecordedReason } from './recorded-reason';

type Entrustment = NonNullable<AidEntrustmentDetailQuery['aidEntrustment']>;

const OPEN = ['ISSUED', 'ACCEPTED', 'IN_PROGRESS'];

export function AidEntrustmentDetail({ entrustment: e, roles }: { entrustment: Entrustment; roles: string[] }) {
  const t = useTranslations('aidEntrustmentWork');
  const label = useEnumLabel();
  const format = useRecordFormatters();
  const officer = roles.includes('FAO_OFFICER');
  const center = roles.includes('CENTER_STAFF');
  const deliverer = center || roles.includes('STATION_STAFF');
  const active = e.status === 'ACCEPTED' || e.status === 'IN_PROGRESS';
  const items = (list: Array<{ kind: Entrustment['items'][number]['kind']; cap: { yuan: string } }>) => (
    <Space size={4} wrap>
      {list.map((item) => (
        <Tag key={item.kind}>
          {label({ kind: 'AidItemKind', value: item.kind })} {format.money(item.cap)}
        </Tag>
      ))}
    </Space>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="aid-entrustment-detail">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('sections.terms')} size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('fields.documentNumber')}>
                <span data-testid="detail-documentNumber">{e.documentNumber}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.status')}>
                <span data-testid="detail-status" data-status={e.status}>
                  <EnumTag kind="AidEntrustmentStatus" value={e.status} />
                </span>
                {e.statusReason ? <Typography.Text type="secondary"> {e.statusReason}</Typography.Text> : null}
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.issuingOffice')}>{label({ kind: 'IssuingOffice', value: e.issuingOffice })}</Descriptions.Item>
              <Descriptions.Item label={t('fields.version')}>
                <span data-testid="detail-version">{e.version}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.items')}>{items(e.items)}</Descriptions.Item>
              <Descriptions.Item label={t('fields.totalCapYuan')}>{format.money(e.totalCap)}</Descriptions.Item>
              <Descriptions.Item label={t('fields.validUntil')}>{`${format.dateTime(e.validFrom)} – ${format.dateTime(e.validUntil)}`}</Descriptions.Item>
              <Descriptions.Item label={t('fields.acceptedAt')}>{format.dateTime(e.acceptedAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('sections.beneficiary')} size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('fields.beneficiaryName')}>
                <span translate="no">{e.beneficiaryName}</span>
              </Descriptions.Item>
              {e.person ? (
                <Descriptions.Item label={t('fields.personId')}>
                  <PersonLink person={e.person} />
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t.rich('fields.nationality', { code: (chunks) => <code translate="no">{chunks}</code> })}>
                <NationalityLabel code={e.nationality} />
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.passportNumber')}>
                <span data-testid="detail-passportNumber">{e.passportNumber}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.mrzVerified')}>{e.mrzVerified ? '✓' : format.none}</Descriptions.Item>
              <Descriptions.Item label={t('fields.entryStatus')}>{t(`enums.AidBeneficiaryEntryStatus.${e.entryStatus}`)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>

      <Card title={t('sections.balance')} size="small" data-testid="detail-balance">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <div data-testid="balance-total" data-remaining-fen={e.remaining.remaining.amountFen} data-delivered-fen={e.remaining.delivered.amountFen}>
            <Typography.Text strong>
              {t('fields.deliveredFen')} {format.money(e.remaining.delivered)} / {format.money(e.remaining.totalCap)} · {t('fields.remainingFen')} {format.money(e.remaining.remaining)}
            </Typography.Text>
            <Progress percent={Math.round((100 * Number(e.remaining.delivered.amountFen)) / Math.max(1, Number(e.remaining.totalCap.amountFen)))} />
          </div>
          <Table
            size="small"
            rowKey="kind"
            pagination={false}
            dataSource={e.remaining.items}
            onRow={(row) => ({ 'data-testid': `balance-${row.kind}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { key: 'kind', title: t('fields.kind'), render: (_, row) => label({ kind: 'AidItemKind', value: row.kind }) },
              { key: 'cap', title: t('fields.capFen'), align: 'right', render: (_, row) => format.money(row.cap) },
              { key: 'delivered', title: t('fields.deliveredFen'), align: 'right', render: (_, row) => format.money(row.delivered) },
              { key: 'remaining', title: t('fields.remainingFen'), align: 'right', render: (_, row) => format.money(row.remaining) },
            ]}
          />
        </Space>
      </Card>

      {(officer && OPEN.includes(e.status)) || (center && e.status === 'ISSUED') || (deliverer && active) ? (
        <Card title={t('sections.actions')} size="small" data-testid="detail-actions">
          <Space orientation="vertical" style={{ width: '100%' }}>
            {center && e.status === 'ISSUED' ? <AcceptAidEntrustmentButton id={e.id} /> : null}
            {deliverer && active ? <RecordAidDeliveryForm id={e.id} kinds={e.items.map((item) => item.kind)} /> : null}
            {officer ? <OfficeStatusActions id={e.id} canRevoke={OPEN.includes(e.status)} canClose={active} /> : null}
            {officer ? <AmendAidEntrustmentForm entrustment={e} /> : null}
          </Space>
        </Card>
      ) : null}

      <Card title={t('sections.deliveries')} size="small">
        {e.deliveries.length === 0 ? (
          <Empty description={t('messages.noDeliveries')} />
        ) : (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={e.deliveries}
            data-testid="deliveries-table"
            onRow={() => ({ 'data-testid': 'delivery-row' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { key: 'deliveredOn', title: t('fields.deliveredOn'), render: (_, row) => format.date(row.deliveredOn) },
              { key: 'kind', title: t('fields.kind'), render: (_, row) => label({ kind: 'AidItemKind', value: row.kind }) },
              { key: 'quantity', title: t('fields.quantity'), dataIndex: 'quantity', align: 'right' },
              { key: 'amount', title: t('fields.amountYuan'), align: 'right', render: (_, row) => format.money(row.amount) },
              { key: 'receipt', title: t('fields.receiptNumber'), dataIndex: 'receiptNumber' },
              { key: 'by', title: t('fields.deliveredBy'), dataIndex: 'deliveredBy' },
            ]}
          />
        )}
      </Card>

      <Card title={t('sections.versions')} size="small">
        <Table
          size="small"
          rowKey="number"
          pagination={false}
          dataSource={[...e.versions].reverse()}
          data-testid="versions-table"
          onRow={(row) => ({ 'data-testid': `version-row-${row.number}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'number', title: t('fields.version'), dataIndex: 'number' },
            { key: 'items', title: t('fields.items'), render: (_, row) => items(row.items) },
            { key: 'total', title: t('fields.totalCapYuan'), align: 'right', render: (_, row) => format.money(row.totalCap) },
            { key: 'validUntil', title: t('fields.validUntil'), render: (_, row) => format.dateTime(row.validUntil) },
            { key: 'reason', title: t('fields.reason'), render: (_, row) => row.reason ?? format.none },
            { key: 'by', title: t('fields.createdBy'), render: (_, row) => `${row.createdBy} · ${format.dateTime(row.createdAt)}` },
          ]}
        />
      </Card>

      <Card title={t('sections.history')} size="small">
        <Table
          size="small"
          rowKey={(row) => `${row.at}-${row.action}`}
          pagination={false}
          dataSource={e.events}
          data-testid="events-table"
          columns={[
            { key: 'at', title: t('fields.at'), render: (_, row) => format.dateTime(row.at) },
            { key: 'action', title: t('fields.action'), render: (_, row) => t(`enums.AidEntrustmentAction.${row.action}`) },
            { key: 'actor', title: t('fields.actor'), dataIndex: 'actor' },
            { key: 'reason', title: t('fields.reason'), render: (_, row) => (row.reason ? <RecordedReason text={row.reason} /> : format.none) },
          ]}
        />
      </Card>
    </Space>
  );
}
