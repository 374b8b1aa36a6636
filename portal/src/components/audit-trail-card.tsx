'use client';
/**
 * One agency's audit trail: whether its hash chain verified from the first line, and the newest
 * lines — who did what to which record, and whether it was allowed.
 */
import { Card, Table, Tag, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { AuditEventPageFieldsFragment } from '@/gql/graphql';
import { RecordedReason } from './recorded-reason';
import { useRecordFormatters } from './record-formatters';

type Row = AuditEventPageFieldsFragment['events'][number];

export interface AuditTrailCardProps {
  /** For test ids: civil-affairs, public-security, … */
  agencyKey: string;
  title: string;
  page: AuditEventPageFieldsFragment | null;
  unavailableText: string;
}

export function AuditTrailCard({ agencyKey, title, page, unavailableText }: AuditTrailCardProps) {
  const t = useTranslations('auditTrail');
  const format = useRecordFormatters();

  /**
   * An operation or record type in the user's language; one the catalogue does not know yet (the
   * trail records any GraphQL type read) is shown as the identifier it is, marked not to translate.
   */
  const word = (group: 'operations' | 'recordTypes', value: string) => {
    const key = `${group}.${value}`;
    return t.has(key as never) ? t(key as never) : <code translate="no">{value}</code>;
  };


  const columns: TableProps<Row>['columns'] = [
    { key: 'at', title: t('columns.at'), render: (_, row) => format.dateTime(row.at) },
    { key: 'actor', title: t('columns.actor'), render: (_, row) => <span data-testid="audit-actor" translate="no">{row.actor}</span> },
    { key: 'operation', title: t('columns.operation'), render: (_, row) => <span data-testid="audit-operation" data-value={row.operation}>{word('operations', row.operation)}</span> },
    { key: 'recordType', title: t('columns.recordType'), render: (_, row) => <span data-testid="audit-record-type" data-value={row.recordType}>{word('recordTypes', row.recordType)}</span> },
    { key: 'recordId', title: t('columns.recordId'), render: (_, row) => row.recordId ?? format.none },
    {
      key: 'outcome',
      title: t('columns.outcome'),
      render: (_, row) => (
        <Tag color={row.outcome === 'ALLOWED' ? 'green' : 'red'} data-testid="audit-outcome" data-value={row.outcome}>
          {t(`outcomes.${row.outcome}`)}
        </Tag>
      ),
    },
    {
      key: 'purpose',
      title: t('columns.purpose'),
      render: (_, row) => (row.purpose ? <span data-testid="audit-purpose"><RecordedReason text={row.purpose} /></span> : format.none),
    },
  ];

  const chain = page?.chain;
  const chainTag = chain ? (
    <Tag color={chain.ok ? 'green' : 'red'} data-testid="audit-chain" data-ok={String(chain.ok)}>
      {chain.ok ? t('chainOk', { checked: chain.checked }) : t('chainBroken', { seq: chain.firstBrokenSeq ?? '?' })}
    </Tag>
  ) : null;

  return (
    <Card title={title} extra={chainTag} style={{ marginBottom: 16 }} data-testid={`audit-trail-${agencyKey}`} data-state={page ? 'ok' : 'error'}>
      {page ? (
        <Table<Row>
          rowKey="hash"
          size="small"
          columns={columns}
          dataSource={page.events}
          pagination={page.events.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('empty') }}
          onRow={() => ({ 'data-testid': 'audit-event-row' }) as HTMLAttributes<HTMLElement>}
        />
      ) : (
        <span data-testid="section-error">{unavailableText}</span>
      )}
    </Card>
  );
}
