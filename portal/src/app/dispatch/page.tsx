/**
 * `/dispatch`: the center's dispatch board (county staff see their county): open street reports
 * with running clocks, the longest waiting first, paged and counted on the server (the page in the
 * URL, both ways); a form for a new sighting; and the 30-minute figures of the last 30 days per
 * district and per network level.
 */
import { Card, Col, Row } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DispatchBoardTable } from '@/components/dispatch-board-table';
import { DispatchPerformanceChart } from '@/components/dispatch-performance-chart';
import { DispatchPerformanceTable } from '@/components/dispatch-performance-table';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { StreetSightingForm } from '@/components/street-sighting-form';
import { DispatchBoardQuery } from '@/graph/dispatch-board.query';
import { queryGraph } from '@/graph/graph-client';
import { connectionPage, listHref, pageArguments, readPageCursor } from '@/lib/list-page.params';
import { NETWORK_LEVELS, pickEnum } from '@/lib/vocabulary';

/** The period of the 30-minute figures. */
const PERFORMANCE_DAYS = 30;
/** Reports per page of the board, oldest first. */
const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dispatch');
  return { title: t('title') };
}

export default async function DispatchPage({ searchParams }: PageProps<'/dispatch'>) {
  const cursor = readPageCursor(await searchParams);
  const t = await getTranslations();
  const to = new Date();
  const from = new Date(to.getTime() - PERFORMANCE_DAYS * 86_400_000);
  const result = await queryGraph(DispatchBoardQuery, { ...pageArguments(cursor, PAGE_SIZE), from: from.toISOString(), to: to.toISOString() });
  const connection = result.data?.dispatchBoardConnection;
  const board = connection && connectionPage(connection, cursor, (at) => listHref('/dispatch', { ...at }));
  const performance = result.data?.dispatchPerformance ?? [];
  const byLevel = performance
    .filter((row) => pickEnum(NETWORK_LEVELS, row.group))
    .map((row) => ({ ...row, name: t(`enums.NetworkLevel.${pickEnum(NETWORK_LEVELS, row.group)!}`) }));
  const byDistrict = performance.filter((row) => !pickEnum(NETWORK_LEVELS, row.group)).map((row) => ({ ...row, name: `${row.name} (${row.group})` }));

  return (
    <>
      <PageHeading title={t('dispatch.title')} description={t('dispatch.description')} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(board)} />
      {board ? (
        <>
          <Card title={t('dispatch.boardTitle', { count: board.paging.totalCount })} data-testid="dispatch-board" style={{ marginBottom: 16 }}>
            <DispatchBoardTable rows={board.rows} paging={board.paging} />
          </Card>
          <StreetSightingForm />
          <Row gutter={16}>
            <Col xs={24} lg={14}>
              <Card title={t('dispatch.performance.byDistrict', { days: PERFORMANCE_DAYS })} style={{ marginBottom: 16 }}>
                <DispatchPerformanceChart rows={byDistrict} />
                <DispatchPerformanceTable rows={byDistrict} testId="performance-by-district" />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title={t('dispatch.performance.byLevel', { days: PERFORMANCE_DAYS })} style={{ marginBottom: 16 }}>
                <DispatchPerformanceTable rows={byLevel} testId="performance-by-level" />
              </Card>
            </Col>
          </Row>
        </>
      ) : null}
    </>
  );
}
