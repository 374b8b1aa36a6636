/**
 * The scaffold of a list page: its heading with the filters beside it, what went wrong reading
 * the graph, and the list in a card when the graph answered it (`children` absent when it did not).
 */
import { Card } from 'antd';
import { type ReactNode } from 'react';
import { type GraphError } from '@/graph/graph-client';
import { GraphErrorAlert } from './graph-error-alert';
import { PageHeading } from './page-heading';

export interface ListPageProps {
  title: string;
  description: string;
  /** The filters and any page action (shown at the heading's end). */
  filters?: ReactNode;
  /** The graph's errors reading the list. */
  errors: readonly GraphError[];
  /** Shown between the errors and the list (a note on how the view was narrowed). */
  notice?: ReactNode;
  /** Test id of the list's card. */
  testId: string;
  /** The list; absent when the graph did not answer it. */
  children?: ReactNode;
}

export function ListPage({ title, description, filters, errors, notice, testId, children }: ListPageProps) {
  const answered = children !== undefined && children !== null && children !== false;
  return (
    <>
      <PageHeading title={title} description={description} extra={filters} />
      <GraphErrorAlert errors={errors} partial={answered} />
      {notice}
      {answered ? <Card data-testid={testId}>{children}</Card> : null}
    </>
  );
}
