'use client';
/**
 * The table every record list shows its rows in: one row per record (keyed by its id), compact,
 * scrolling sideways rather than squeezing columns, never paged in the browser (a list is paged on
 * the server: its count and paging links go in the footer). Each row carries its test id and the
 * data attributes the list names.
 */
import { Table, type TableProps } from 'antd';
import { type HTMLAttributes, type ReactNode } from 'react';
import { PagingFooter, type PagingProps } from './paging-footer';
import { PersonLink } from './person-link';

/** Data attributes of a row (`data-status`, `data-overdue`, …). */
export type RowData = Record<`data-${string}`, string | number | boolean | null | undefined>;

export interface RecordTableProps<Row extends { id: string }> {
  /** Test id of the table. */
  testId: string;
  rows: Row[];
  columns: TableProps<Row>['columns'];
  emptyText: ReactNode;
  /** Test id of each row. */
  rowTestId: string;
  /** Data attributes of a row. */
  rowData?: (row: Row) => RowData;
  /** A page of a server-paged list: the count (under `countTestId`) and the paging links in the footer, beside `footerExtra`. */
  paging?: PagingProps & { countTestId: string; footerExtra?: ReactNode };
}

export function RecordTable<Row extends { id: string }>({ testId, rows, columns, emptyText, rowTestId, rowData, paging }: RecordTableProps<Row>) {
  return (
    <Table<Row>
      data-testid={testId}
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      onRow={(row) => ({ 'data-testid': rowTestId, ...rowData?.(row) }) as HTMLAttributes<HTMLElement>}
      {...(paging
        ? {
            footer: () => {
              const { footerExtra, ...links } = paging;
              return (
                <PagingFooter {...links} shown={rows.length}>
                  {footerExtra}
                </PagingFooter>
              );
            },
          }
        : {})}
    />
  );
}

/** A record with the person it concerns, where a list holds many persons' records. */
export type WithPerson<Row> = Row & { person?: { id: string; displayName: string } | null };

/** A record table's props: shown whole (a person's records on the profile), or as a page of a server-paged list (`paging`). */
export interface RecordListProps<Row> {
  rows: WithPerson<Row>[];
  emptyText: string;
  /** A page of the whole list (the count and the paging links); absent where the rows are all there is. */
  paging?: PagingProps;
}

/** The person column, where any row names its person (a list of many persons' records; a profile's rows name none). */
export function personColumns<Row extends WithPerson<object>>(rows: readonly Row[], title: string): NonNullable<TableProps<Row>['columns']> {
  return rows.some((row) => row.person) ? [{ key: 'person', title, render: (_: unknown, row: Row) => (row.person ? <PersonLink person={row.person} /> : null) }] : [];
}
