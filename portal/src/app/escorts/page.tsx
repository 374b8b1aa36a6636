/**
 * `/escorts`: escorts home. By default the cross-province requests awaiting the regional center;
 * the filter shows any status. Only the center's staff get the decision buttons.
 */
import { Card } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EscortApprovalsTable } from '@/components/escort-approvals-table';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { UrlFilter } from '@/components/url-filter';
import { EscortApprovalsQuery } from '@/graph/escort-approvals.query';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { ESCORT_STATUSES } from '@/lib/rescue-operations.vocabulary';
import { firstParam } from '@/lib/search-params.reader';
import { pickEnum } from '@/lib/vocabulary';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('escorts');
  return { title: t('title') };
}

export default async function EscortsPage({ searchParams }: PageProps<'/escorts'>) {
  const status = pickEnum(ESCORT_STATUSES, firstParam(await searchParams, 'status'));
  const t = await getTranslations();
  const [result, user] = await Promise.all([queryGraph(EscortApprovalsQuery, { status: status ?? null }), readSessionUser()]);
  const rows = result.data?.escorts;
  const canDecide = user?.roles.includes('CENTER_STAFF') ?? false;
  return (
    <>
      <PageHeading
        title={t('escorts.title')}
        description={canDecide ? t('escorts.descriptionCenter') : t('escorts.descriptionStation')}
        extra={
          <UrlFilter
            param="status"
            label={t('common.statusFilter')}
            testId="filter-status"
            options={ESCORT_STATUSES.map((value) => ({ value, label: t(`enums.EscortStatus.${value}`) }))}
          />
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(rows)} />
      {rows ? (
        <Card data-testid="escort-approvals">
          <EscortApprovalsTable rows={rows} canDecide={canDecide} />
        </Card>
      ) : null}
    </>
  );
}
