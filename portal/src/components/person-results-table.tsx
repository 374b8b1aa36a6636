'use client';
/** One page of the person search, each name linking to the person's profile. */
import { Table, Typography, type TableProps } from 'antd';
import { Link } from './link';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import type { IdentityStatus, RescueCaseStatus, Sex } from '@/gql/graphql';
import { type PersonAge } from '@/lib/person-age.calculation';
import { EnumTag, useEnumLabel } from './enum-tag';
import { PagingFooter } from './paging-footer';

/** A person as the result list shows them (pinyin and age worked out on the server). */
export interface PersonResultRow {
  id: string;
  displayName: string;
  pinyin: string | undefined;
  sex: Sex;
  age: PersonAge;
  idNumber: string | null;
  /** Null when public security (which verifies identities) could not be reached. */
  identityStatus: IdentityStatus | null;
  latestCase: { status: RescueCaseStatus; stationName: string } | undefined;
}

export interface PersonResultsTableProps {
  rows: PersonResultRow[];
  totalCount: number;
  nextHref: string | undefined;
  firstHref: string | undefined;
}

export function PersonResultsTable({ rows, totalCount, nextHref, firstHref }: PersonResultsTableProps) {
  const t = useTranslations('persons');
  const common = useTranslations('common');
  const label = useEnumLabel();

  const age = (value: PersonAge) => {
    if (value.kind === 'exact') return t('ageYears', { age: value.years });
    if (value.kind === 'estimated') return t('ageEstimated', { min: value.min, max: value.max });
    return common('unknown');
  };

  const columns: TableProps<PersonResultRow>['columns'] = [
    {
      key: 'name',
      title: t('columns.name'),
      render: (_, row) => (
        <div>
          <Link href={`/persons/${encodeURIComponent(row.id)}`} data-testid="person-link" translate="no">
            {row.displayName}
          </Link>
          {row.pinyin ? (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="person-pinyin" translate="no">
                {row.pinyin}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    { key: 'sex', title: t('columns.sex'), render: (_, row) => label({ kind: 'Sex', value: row.sex }) },
    { key: 'age', title: t('columns.age'), render: (_, row) => age(row.age) },
    { key: 'idNumber', title: t('columns.idNumber'), render: (_, row) => row.idNumber ?? common('none') },
    {
      key: 'identityStatus',
      title: t('columns.identityStatus'),
      render: (_, row) => (row.identityStatus ? <EnumTag kind="IdentityStatus" value={row.identityStatus} /> : common('none')),
    },
    {
      key: 'latestCase',
      title: t('columns.latestCase'),
      render: (_, row) => (row.latestCase ? <EnumTag kind="RescueCaseStatus" value={row.latestCase.status} /> : common('none')),
    },
    { key: 'station', title: t('columns.station'), render: (_, row) => row.latestCase?.stationName ?? common('none') },
  ];

  return (
    <div data-testid="person-results">
      <Table<PersonResultRow>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('noResults') }}
        onRow={() => ({ 'data-testid': 'person-row' }) as HTMLAttributes<HTMLElement>}
        footer={() => <PagingFooter totalCount={totalCount} shown={rows.length} firstHref={firstHref} nextHref={nextHref} countTestId="person-total-count" />}
      />
    </div>
  );
}
