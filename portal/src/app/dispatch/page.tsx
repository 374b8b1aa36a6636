/**
 * `/dispatch`: the center's dispatch board (county staff see their county): open street reports
 * with running clocks, a form for a new sighting, and the 30-minute figures of the last 30 days
 * per district and per network level.
 */
import { Card, Col, Row } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DispatchBoardTable } from '@/components/dispatch-board-table';
import { DispatchPerformanceTable } from '@/components/dispatch-performance-table';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { StreetSightingForm } from '@/components/street-sighting-form';
import { DispatchBoardQuery } from '@/graph/dispatch-board.query';
import { queryGraph } from '@/graph/graph-client';
import { NETWORK_LEVELS, pickEnum } from '@/lib/vocabulary';

/** The period of the 30-minute figures. */
const PERFORMANCE_DAYS = 30;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dispatch');
  return { title: t('title') };
}

export default async function DispatchPage() {
  const t = await getTranslations();
  const to = new Date();
  const from = new Date(to.getTime() - PERFORMANCE_DAYS * 86_400_000);
  const result = await queryGraph(DispatchBoardQuery, { from: from.toISOString(), to: to.toISOString() });
  const board = result.data?.dispatchBoard;
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
          <Card title={t('dispatch.boardTitle', { count: board.length })} data-testid="dispatch-board" style={{ marginBottom: 16 }}>
            <DispatchBoardTable rows={board} />
          </Card>
          <StreetSightingForm />
          <Row gutter={16}>
            <Col xs={24} lg={14}>
              <Card title={t('dispatch.performance.byDistrict', { days: PERFORMANCE_DAYS })} style={{ marginBottom: 16 }}>
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
