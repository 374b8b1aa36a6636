/**
 * `/tracing`: the family-tracing work list: unidentified persons in care with their clocks, the
 * most clocks run out first by default, narrowed (overdue only, station, name) and sorted on the
 * server from the URL, paged both ways, counted, and exported as CSV (`/tracing/export`, the same
 * view, audited by civil affairs).
 */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ListPage } from '@/components/list-page';
import { TracingWorkTable } from '@/components/tracing-work-table';
import { UrlFilter, UrlOrderFilter, UrlTextFilter } from '@/components/url-filter';
import { queryGraph } from '@/graph/graph-client';
import { TracingStationsQuery, TracingWorkPageQuery } from '@/graph/tracing.query';
import { connectionPage } from '@/lib/list-page.params';
import { MAX_TRACING_NAME_SEARCH, parseTracingWorkView, TRACING_ORDERS, tracingWorkArguments, tracingWorkHref } from '@/lib/tracing-work.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tracing');
  return { title: t('title') };
}

export default async function TracingPage({ searchParams }: PageProps<'/tracing'>) {
  const view = parseTracingWorkView(await searchParams);
  const t = await getTranslations();
  const [result, stations] = await Promise.all([queryGraph(TracingWorkPageQuery, tracingWorkArguments(view)), queryGraph(TracingStationsQuery, {})]);
  const connection = result.data?.tracingWorkListConnection;
  const page = connection && connectionPage(connection, view, (at) => tracingWorkHref(view, '/tracing', at));
  return (
    <ListPage
      title={t('tracing.title')}
      description={t('tracing.description')}
      filters={
        <>
          <UrlFilter param="overdue" label={t('tracing.filter')} testId="filter-overdue" options={[{ value: 'true', label: t('tracing.overdueOnly') }]} />
          <UrlFilter
            param="station"
            label={t('tracing.stationFilter')}
            testId="filter-station"
            options={(stations.data?.stations ?? []).map((station) => ({ value: station.id, label: station.name }))}
          />
          <UrlTextFilter
            param="name"
            label={t('tracing.nameFilter')}
            placeholder={t('tracing.namePlaceholder')}
            pattern={`^.{1,${MAX_TRACING_NAME_SEARCH}}$`}
            testId="filter-name"
          />
          <UrlOrderFilter kind="TracingWorkOrder" values={TRACING_ORDERS} defaultOrder="MOST_OVERDUE_FIRST" label={t('tracing.orderLabel')} testId="filter-order" />
        </>
      }
      errors={result.errors}
      testId="tracing-work-list"
    >
      {page && (
        <TracingWorkTable rows={page.rows} paging={page.paging} exportHref={page.paging.totalCount > 0 ? tracingWorkHref(view, '/tracing/export', {}) : undefined} />
      )}
    </ListPage>
  );
}
