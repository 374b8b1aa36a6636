/** `/tracing`: the family-tracing work list, overdue clocks first (optionally overdue only). */
import { Card } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { TracingWorkTable } from '@/components/tracing-work-table';
import { UrlFilter } from '@/components/url-filter';
import { queryGraph } from '@/graph/graph-client';
import { TracingWorkListQuery } from '@/graph/tracing.query';
import { firstParam } from '@/lib/search-params.reader';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tracing');
  return { title: t('title') };
}

export default async function TracingPage({ searchParams }: PageProps<'/tracing'>) {
  const overdueOnly = firstParam(await searchParams, 'show') === 'overdue';
  const t = await getTranslations('tracing');
  const result = await queryGraph(TracingWorkListQuery, { overdueOnly });
  const rows = result.data?.tracingWorkList;
  return (
    <>
      <PageHeading
        title={t('title')}
        description={t('description')}
        extra={<UrlFilter param="show" label={t('filter')} testId="filter-overdue" options={[{ value: 'overdue', label: t('overdueOnly') }]} />}
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(rows)} />
      {rows ? (
        <Card data-testid="tracing-work-list">
          <TracingWorkTable rows={rows} />
        </Card>
      ) : null}
    </>
  );
}
