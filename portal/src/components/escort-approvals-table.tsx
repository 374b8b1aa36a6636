'use client';
/**
 * Escorts home awaiting (or past) the regional center's decision. The center approves, or
 * declines with its reason and guidance for the station; county staff see their requests and the
 * decision, never the buttons (the graph refuses them anyway).
 */
import { Button, Form, Input, Modal, Space, Tag, Typography, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { decideEscort } from '@/graph/escort.action';
import type { EscortApprovalsQuery } from '@/gql/graphql';
import { ChangeRefusalAlert } from './change-refusal-alert';
import { type PagingProps } from './paging-footer';
import { useConfirmStep } from './confirm-step';
import { useOperationsEnumLabel } from './operations-enum-label';
import { PersonLink } from './person-link';
import { RecordTable } from './record-table';
import { useRecordFormatters } from './record-formatters';
import { useChange } from './use-change';

type Row = EscortApprovalsQuery['escortsConnection']['edges'][number]['node'];

const STATUS_COLORS: Record<string, string> = { REQUESTED: 'blue', APPROVED: 'green', DECLINED: 'red', COMPLETED: 'default' };

function DeclineDialog({ escort, onClose }: { escort: Row; onClose: () => void }) {
  const t = useTranslations('escorts.decline');
  const { run, pending, refusal, clear } = useChange();
  const [form] = Form.useForm<{ reason: string; guidance: string }>();
  return (
    <Modal open title={t('title')} okText={t('submit')} okButtonProps={{ danger: true, loading: pending, 'data-testid': 'decline-submit' } as never} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <ChangeRefusalAlert refusal={refusal} />
      <Form onValuesChange={clear} form={form} name="decline" layout="vertical" data-testid="decline-form" onFinish={(values) => run(() => decideEscort({ escortId: escort.id, expectedVersion: escort.version, approve: false, ...values }), onClose)}>
        <Form.Item name="reason" label={t('reason')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="decline-reason" />
        </Form.Item>
        <Form.Item name="guidance" label={t('guidance')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="decline-guidance" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DecisionButtons({ escort, onDecline }: { escort: Row; onDecline: () => void }) {
  const t = useTranslations('escorts');
  const confirmT = useTranslations('operations.confirm.escortApprove');
  const confirm = useConfirmStep();
  const { run, pending, refusal } = useChange();
  const approve = () =>
    confirm({ title: confirmT('title'), consequence: confirmT('consequence', { destination: escort.destination }), okText: confirmT('ok') }, () =>
      run(() => decideEscort({ escortId: escort.id, expectedVersion: escort.version, approve: true })),
    );
  return (
    <Space orientation="vertical" size={4}>
      <ChangeRefusalAlert refusal={refusal} />
      <Space size={4}>
        <Button type="primary" size="small" loading={pending} data-testid="approve-escort" onClick={approve}>
          {t('approve')}
        </Button>
        <Button danger size="small" disabled={pending} data-testid="decline-escort" onClick={onDecline}>
          {t('declineButton')}
        </Button>
      </Space>
    </Space>
  );
}

/** `paging`: this page's place in the whole list (the count and the links to the first and the next page). */
export function EscortApprovalsTable({ rows, canDecide, paging }: { rows: Row[]; canDecide: boolean; paging: PagingProps }) {
  const t = useTranslations('escorts');
  const label = useOperationsEnumLabel();
  const format = useRecordFormatters();
  const [declining, setDeclining] = useState<Row | null>(null);
  const columns: TableProps<Row>['columns'] = [
    { key: 'person', title: t('columns.person'), render: (_, row) => <PersonLink person={row.rescueCase.person} /> },
    { key: 'station', title: t('columns.station'), render: (_, row) => row.rescueCase.station.name },
    { key: 'destination', title: t('columns.destination'), render: (_, row) => `${row.destination} (${row.destinationDivision})` },
    { key: 'crossProvince', title: t('columns.crossProvince'), render: (_, row) => (row.crossProvince ? <Tag color="purple">{t('crossProvince')}</Tag> : t('sameProvince')) },
    {
      key: 'status',
      title: t('columns.status'),
      render: (_, row) => (
        <Tag color={STATUS_COLORS[row.status] ?? 'default'} data-testid="escort-status" data-value={row.status}>
          {label({ kind: 'EscortStatus', value: row.status })}
        </Tag>
      ),
    },
    {
      key: 'decision',
      title: t('columns.decision'),
      render: (_, row) => {
        if (row.status === 'REQUESTED' && row.crossProvince) {
          return canDecide ? <DecisionButtons escort={row} onDecline={() => setDeclining(row)} /> : <Typography.Text type="secondary" data-testid="awaiting-center">{t('awaitingCenter')}</Typography.Text>;
        }
        if (row.status === 'DECLINED') {
          return (
            <div data-testid="decline-details">
              <div>{t('declinedReason', { reason: row.declineReason ?? format.none })}</div>
              <div>{t('declinedGuidance', { guidance: row.declineGuidance ?? format.none })}</div>
              {row.decidedBy ? <Typography.Text type="secondary">{t('decidedBy', { by: row.decidedBy })}</Typography.Text> : null}
            </div>
          );
        }
        return row.decidedBy ? <Typography.Text type="secondary">{t('decidedBy', { by: row.decidedBy })}</Typography.Text> : format.none;
      },
    },
  ];
  return (
    <>
      <RecordTable<Row>
        testId="escort-approvals-table"
        rows={rows}
        columns={columns}
        emptyText={t('empty')}
        rowTestId="escort-row"
        rowData={(row) => ({ 'data-escort-id': row.id })}
        paging={{ ...paging, countTestId: 'escorts-total' }}
      />
      {declining ? <DeclineDialog escort={declining} onClose={() => setDeclining(null)} /> : null}
    </>
  );
}
