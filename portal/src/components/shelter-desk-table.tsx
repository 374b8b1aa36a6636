'use client';
/**
 * What the shelter's lists share: the column that opens a referral's page, and the frame of the
 * desk's two lists (the referrals waiting, the records), each a record table with its count, its
 * paging links and its CSV export below.
 */
import { type TableColumnType, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import { CsvExportLink } from './csv-export-link';
import { type PagingProps } from './paging-footer';
import { Link } from './link';
import { RecordTable, type RowData } from './record-table';

/** The last column of a list of referrals: a link opening the referral (`/shelter-referrals/<id>`), `text` under `testId`. */
export function openReferralColumn<Row>(referralId: (row: Row) => string, text: string, testId: string): TableColumnType<Row> {
  return {
    key: 'open',
    title: '',
    render: (_, row) => (
      <Link href={`/shelter-referrals/${referralId(row)}`} data-testid={testId} data-id={referralId(row)}>
        {text}
      </Link>
    ),
  };
}

export interface ShelterDeskTableProps<Row extends { id: string }> {
  /** Which of the desk's lists: its table, count and export are `desk-<list>-table`, `-total` and `-export`. */
  list: 'waiting' | 'placements';
  rows: Row[];
  columns: TableProps<Row>['columns'];
  emptyText: string;
  /** Test id of each row. */
  rowTestId: string;
  rowData: (row: Row) => RowData;
  paging: PagingProps;
  /** The list's CSV export (the whole view); none when there is nothing to export. */
  exportHref: string | undefined;
}

/** One of the shelter desk's lists: its page of rows, the count and paging links, and the CSV export. */
export function ShelterDeskTable<Row extends { id: string }>({ list, rows, columns, emptyText, rowTestId, rowData, paging, exportHref }: ShelterDeskTableProps<Row>) {
  const t = useTranslations('shelterWork.desk');
  return (
    <RecordTable<Row>
      testId={`desk-${list}-table`}
      rows={rows}
      columns={columns}
      emptyText={emptyText}
      rowTestId={rowTestId}
      rowData={rowData}
      paging={{ ...paging, countTestId: `desk-${list}-total`, footerExtra: <CsvExportLink href={exportHref} text={t('exportCsv')} testId={`desk-${list}-export`} /> }}
    />
  );
}
