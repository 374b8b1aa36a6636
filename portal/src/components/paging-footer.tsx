'use client';
/** The footer of a server-paged list: how many match and are shown, links to the first and the next page, and any extra action (an export). */
import { Space } from 'antd';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';

/** Where a page sits in a server-paged list: the count of all, and the links to the first and the next page. */
export interface PagingProps {
  totalCount: number;
  firstHref: string | undefined;
  nextHref: string | undefined;
}

export interface PagingFooterProps extends PagingProps {
  shown: number;
  /** Test id of the count. */
  countTestId: string;
  children?: ReactNode;
}

export function PagingFooter({ totalCount, shown, firstHref, nextHref, countTestId, children }: PagingFooterProps) {
  const common = useTranslations('common');
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
      <span data-testid={countTestId}>
        {common('totalCount', { count: totalCount })} · {common('shownCount', { count: shown })}
      </span>
      <Space wrap>
        {firstHref ? (
          <Link href={firstHref} data-testid="first-page">
            {common('firstPage')}
          </Link>
        ) : null}
        {nextHref ? (
          <Link href={nextHref} data-testid="next-page">
            {common('nextPage')}
          </Link>
        ) : null}
        {children}
      </Space>
    </Space>
  );
}
