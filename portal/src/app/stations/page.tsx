/** `/stations`: the four-level rescue network, grouped by level, filterable by level and area. */
import { Card, Space } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { StationsTable } from '@/components/stations-table';
import { UrlFilter, UrlTextFilter } from '@/components/url-filter';
import { StationsQuery } from '@/graph/agency-lists.query';
import { queryGraph } from '@/graph/graph-client';
import { firstParam } from '@/lib/search-params.reader';
import { NETWORK_LEVELS, pickEnum } from '@/lib/vocabulary';

/** A division code or a prefix of one (GB/T 2260: 2 to 12 digits). */
const DIVISION_CODE = /^\d{2,12}$/;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('stations');
  return { title: t('title') };
}

export default async function StationsPage({ searchParams }: PageProps<'/stations'>) {
  const params = await searchParams;
  const level = pickEnum(NETWORK_LEVELS, firstParam(params, 'level'));
  const code = firstParam(params, 'jurisdiction');
  const jurisdiction = code && DIVISION_CODE.test(code) ? code : undefined;
  const t = await getTranslations();
  const result = await queryGraph(StationsQuery, { level: level ?? null, jurisdiction: jurisdiction ?? null });
  const stations = result.data?.stations;

  return (
    <>
      <PageHeading title={t('stations.title')} description={t('stations.description')} />
      <Space wrap size="large" style={{ marginBottom: 16 }}>
        <UrlFilter
          param="level"
          label={t('stations.levelFilter')}
          testId="filter-level"
          options={NETWORK_LEVELS.map((value) => ({ value, label: t(`enums.NetworkLevel.${value}`) }))}
        />
        <UrlTextFilter
          param="jurisdiction"
          label={t('stations.jurisdiction')}
          placeholder={t('stations.jurisdictionPlaceholder')}
          pattern={DIVISION_CODE.source}
          testId="filter-jurisdiction"
        />
      </Space>
      <GraphErrorAlert errors={result.errors} partial={Boolean(stations)} />
      {stations
        ? NETWORK_LEVELS.filter((candidate) => !level || candidate === level).map((groupLevel) => {
            const rows = stations.filter((station) => station.level === groupLevel);
            if (level === undefined && rows.length === 0) return null;
            return (
              <Card
                key={groupLevel}
                title={t(`enums.NetworkLevel.${groupLevel}`)}
                extra={t('stations.groupCount', { count: rows.length })}
                style={{ marginBottom: 16 }}
                data-testid={`stations-${groupLevel}`}
              >
                <StationsTable rows={rows} />
              </Card>
            );
          })
        : null}
    </>
  );
}
