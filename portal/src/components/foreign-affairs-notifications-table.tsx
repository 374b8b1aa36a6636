'use client';
/** The police's notifications to the foreign-affairs office, each acknowledged once by an officer. */
import { Alert, Button, Input, Space, Tag, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { acknowledgeNotification, type AcknowledgeOutcome } from '@/app/foreign-affairs-notifications/acknowledge-notification.action';
import type { ForeignAffairsNotificationsQuery } from '@/gql/graphql';
import { useRefusalText } from './change-refusal-alert';
import { NationalityLabel } from './nationality-label';
import { type PagingProps } from './paging-footer';
import { useSavedMessage } from './use-change';
import { PersonLink } from './person-link';
import { RecordTable } from './record-table';
import { useRecordFormatters } from './record-formatters';

type Row = ForeignAffairsNotificationsQuery['foreignAffairsNotificationsConnection']['edges'][number]['node'];

function AcknowledgeForm({ id }: { id: string }) {
  const t = useTranslations('foreignAffairsNotifications');
  const describe = useRefusalText();
  const saved = useSavedMessage();
  // A refusal shown stays until the note is edited or the form sent again.
  const [dismissed, setDismissed] = useState(false);
  const [outcome, action, pending] = useActionState(async (previous: AcknowledgeOutcome | null, form: FormData) => {
    setDismissed(false);
    const answer = await acknowledgeNotification(previous, form);
    if (answer.ok) saved();
    return answer;
  }, null);
  return (
    <form action={action} data-testid="acknowledge-form">
      <input type="hidden" name="id" value={id} />
      <Space.Compact>
        <Input name="note" size="small" placeholder={t('notePlaceholder')} maxLength={500} data-testid="acknowledge-note" onChange={() => setDismissed(true)} />
        <Button size="small" type="primary" htmlType="submit" loading={pending} data-testid="acknowledge-submit">
          {t('acknowledge')}
        </Button>
      </Space.Compact>
      {outcome && !outcome.ok && !dismissed ? <Alert type="error" showIcon title={describe(outcome.refusal)} data-testid="acknowledge-error" /> : null}
    </form>
  );
}

export interface ForeignAffairsNotificationsTableProps {
  rows: Row[];
  emptyText: string;
  paging: PagingProps;
}

export function ForeignAffairsNotificationsTable({ rows, emptyText, paging }: ForeignAffairsNotificationsTableProps) {
  const t = useTranslations('foreignAffairsNotifications');
  const format = useRecordFormatters();
  const columns: TableProps<Row>['columns'] = [
    { key: 'person', title: t('columns.person'), render: (_, row) => (row.person ? <PersonLink person={row.person} /> : null) },
    { key: 'status', title: t('columns.status'), render: (_, row) => <Tag color="green">{t(`statuses.${row.status === 'LEGAL_RESIDENCE' ? 'LEGAL_RESIDENCE' : 'LEGAL_ENTRY'}`)}</Tag> },
    { key: 'nationality', title: t('columns.nationality'), render: (_, row) => <NationalityLabel code={row.nationality} /> },
    { key: 'passportNumber', title: t('columns.passportNumber'), render: (_, row) => <span translate="no">{row.statusCheck.passportNumber}</span> },
    { key: 'notifiedAt', title: t('columns.notifiedAt'), render: (_, row) => format.dateTime(row.notifiedAt) },
    {
      key: 'acknowledged',
      title: t('columns.acknowledged'),
      render: (_, row) =>
        row.acknowledged ? (
          <span data-testid="acknowledged-by">
            {t('acknowledgedBy', { who: row.acknowledgedBy ?? '', when: format.dateTime(row.acknowledgedAt) })}
            {row.acknowledgementNote ? ` · ${row.acknowledgementNote}` : ''}
          </span>
        ) : (
          <AcknowledgeForm id={row.id} />
        ),
    },
  ];
  return (
    <RecordTable<Row>
      testId="fa-notifications-table"
      rows={rows}
      columns={columns}
      emptyText={emptyText}
      rowTestId="fa-notification-row"
      rowData={(row) => ({ 'data-id': row.id })}
      paging={{ ...paging, countTestId: 'fa-notifications-total' }}
    />
  );
}
