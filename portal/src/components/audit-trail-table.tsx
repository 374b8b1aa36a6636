'use client';
/**
 * One page of an agency's audit trail, newest first, in words: when (the city's time), who (the
 * username, what kind of actor, their agency and roles at the time), what (the operation and the
 * record type from the catalogue; the record linked to its page where the portal has one, and to
 * its own lines in the trail), which fields, whether it was allowed, and why. The footer holds the
 * count of all lines under the filter, the paging links and the CSV export of the whole view.
 */
import { Space, Tag, type TableProps } from 'antd';
import { Link } from './link';
import { useTranslations } from 'next-intl';
import type { AuditTrailPageFieldsFragment } from '@/gql/graphql';
import { auditRecordHref, auditTrailHref, type AuditTrailView } from '@/lib/audit-trail.params';
import { useEnumLabel } from './enum-tag';
import { type PagingProps } from './paging-footer';
import { RecordedReason } from './recorded-reason';
import { RecordTable } from './record-table';
import { useRecordFormatters } from './record-formatters';

type Line = AuditTrailPageFieldsFragment['edges'][number]['node'];
type Row = Line & { id: string };

const KNOWN_AGENCIES = ['CIVIL_AFFAIRS', 'PUBLIC_SECURITY', 'WOMENS_FEDERATION', 'FOREIGN_AFFAIRS', 'OVERSIGHT'] as const;
const KNOWN_ROLES = ['CENTER_STAFF', 'STATION_STAFF', 'SHELTER_STAFF', 'POLICE_OFFICER', 'FORENSIC_OFFICER', 'WF_CASEWORKER', 'WF_SUPERVISOR', 'FAO_OFFICER', 'AUDITOR', 'ADMIN', 'LEADERSHIP'] as const;
const ACTOR_KINDS = ['user', 'service', 'anonymous'] as const;

export interface AuditTrailTableProps {
  lines: Line[];
  paging: PagingProps;
  /** The view (its first page): a record's own lines are this view with the record filter set. */
  view: AuditTrailView;
  /** The CSV export of the whole view; absent when nothing matches. */
  exportHref: string | undefined;
}

export function AuditTrailTable({ lines, paging, view, exportHref }: AuditTrailTableProps) {
  const t = useTranslations('auditTrail');
  const session = useTranslations('session');
  const format = useRecordFormatters();
  const label = useEnumLabel();

  /**
   * An operation or record type in the user's language; one the catalogue does not know yet (the
   * trail records any GraphQL type read) is shown as the identifier it is, marked not to translate.
   */
  const word = (group: 'operations' | 'recordTypes', value: string) => {
    const key = `${group}.${value}`;
    return t.has(key as never) ? t(key as never) : <code translate="no">{value}</code>;
  };
  const known = <T extends string>(values: readonly T[], value: string | null | undefined): T | undefined => values.find((candidate) => candidate === value);

  const columns: TableProps<Row>['columns'] = [
    { key: 'at', title: t('columns.at'), render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{format.dateTime(row.at)}</span> },
    {
      key: 'actor',
      title: t('columns.actor'),
      render: (_, row) => {
        const agency = known(KNOWN_AGENCIES, row.agency);
        const kind = known(ACTOR_KINDS, row.actorKind);
        return (
          <Space size={4} wrap>
            <span data-testid="audit-actor" translate="no">
              {row.actor}
            </span>
            {kind && kind !== 'user' ? <Tag data-testid="audit-actor-kind">{t(`actorKinds.${kind}`)}</Tag> : null}
            {agency ? <span style={{ color: '#666' }}>{session(`agencies.${agency}`)}</span> : null}
            {row.roles.map((role) => {
              const knownRole = known(KNOWN_ROLES, role);
              return (
                <Tag key={role} data-testid="audit-actor-role" data-value={role} style={{ marginInlineEnd: 0 }}>
                  {knownRole ? session(`roles.${knownRole}`) : <span translate="no">{role}</span>}
                </Tag>
              );
            })}
          </Space>
        );
      },
    },
    {
      key: 'operation',
      title: t('columns.operation'),
      render: (_, row) => (
        <span data-testid="audit-operation" data-value={row.operation}>
          {word('operations', row.operation)}
        </span>
      ),
    },
    {
      key: 'record',
      title: t('columns.recordType'),
      render: (_, row) => {
        const page = auditRecordHref(row.recordType, row.recordId);
        return (
          <Space size={4} wrap>
            <span data-testid="audit-record-type" data-value={row.recordType}>
              {word('recordTypes', row.recordType)}
            </span>
            {row.recordId ? (
              <>
                {page ? (
                  <Link href={page} data-testid="audit-record-link" translate="no" title={row.recordId}>
                    {row.recordId.slice(0, 8)}
                  </Link>
                ) : (
                  <code translate="no" title={row.recordId}>
                    {row.recordId.length > 12 ? `${row.recordId.slice(0, 8)}…` : row.recordId}
                  </code>
                )}
                <Link href={auditTrailHref({ ...view, recordType: row.recordType, recordId: row.recordId })} data-testid="audit-record-trail">
                  {t('recordTrail')}
                </Link>
              </>
            ) : null}
          </Space>
        );
      },
    },
    {
      key: 'fields',
      title: t('columns.fields'),
      render: (_, row) => (row.fields.length > 0 ? <code translate="no">{row.fields.join(', ')}</code> : format.none),
    },
    {
      key: 'outcome',
      title: t('columns.outcome'),
      render: (_, row) => (
        <Tag color={row.outcome === 'ALLOWED' ? 'green' : 'red'} data-testid="audit-outcome" data-value={row.outcome}>
          {label({ kind: 'AuditOutcome', value: row.outcome })}
        </Tag>
      ),
    },
    {
      key: 'purpose',
      title: t('columns.purpose'),
      render: (_, row) =>
        row.purpose ? (
          <span data-testid="audit-purpose">
            <RecordedReason text={row.purpose} />
          </span>
        ) : (
          format.none
        ),
    },
  ];

  return (
    <RecordTable<Row>
      testId="audit-trail-table"
      rows={lines.map((line) => ({ ...line, id: line.seq }))}
      columns={columns}
      emptyText={t('empty')}
      rowTestId="audit-event-row"
      rowData={(row) => ({ 'data-seq': row.seq, 'data-outcome': row.outcome, 'data-operation': row.operation })}
      paging={{
        ...paging,
        countTestId: 'audit-trail-total',
        footerExtra: exportHref ? (
          // A download, not a page: a plain link, so the browser saves the file.
          <a href={exportHref} download data-testid="audit-trail-export">
            {t('exportCsv')}
          </a>
        ) : null,
      }}
    />
  );
}
