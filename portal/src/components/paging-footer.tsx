'use client';
/** The footer of a server-paged list: how many match and are shown, links to the first, the previous and the next page, and any extra action (an export). */
import { Space } from 'antd';
import { Link } from './link';
import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';
import type { ListPaging } from '@/lib/list-page.params';

/** Where a page sits in a server-paged list: the count of all, and the links to the first, the previous and the next page. */
export type PagingProps = ListPaging;

export interface PagingFooterProps extends PagingProps {
  shown: number;
  /** Test id of the count. */
  countTestId: string;
  children?: ReactNode;
}

export function PagingFooter({ totalCount, shown, firstHref, previousHref, nextHref, countTestId, children }: PagingFooterProps) {
  const common = useTranslations('common');
  const links = [
    { href: firstHref, testId: 'first-page', text: common('firstPage') },
    { href: previousHref, testId: 'previous-page', text: common('previousPage') },
    { href: nextHref, testId: 'next-page', text: common('nextPage') },
  ];
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
      <span data-testid={countTestId}>
        {common('totalCount', { count: totalCount })} · {common('shownCount', { count: shown })}
      </span>
      <Space wrap>
        {links.map(({ href, testId, text }) =>
          href ? (
            <Link key={testId} href={href} data-testid={testId}>
              {text}
            </Link>
          ) : null,
        )}
        {children}
      </Space>
    </Space>
  );
}
