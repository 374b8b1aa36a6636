/** `/status-checks`: foreign-national status checks — the police's queue, and what the stations and the foreign-affairs office asked or learned. */
import { Button, Card } from 'antd';
import { type Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { StatusChecksTable } from '@/components/status-checks-table';
import { UrlFilter } from '@/components/url-filter';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { StatusChecksQuery } from '@/graph/status-check.query';
import { STATUS_CHECK_STATUSES } from '@/lib/rescue-operations.vocabulary';
import { firstParam } from '@/lib/search-params.reader';
import { pickEnum } from '@/lib/vocabulary';
import { worksWith } from '@/session/role-navigation';

/** The API's largest page. */
const LIST_SIZE = 100;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('statusChecks');
  return { title: t('title') };
}

export default async function StatusChecksPage({ searchParams }: PageProps<'/status-checks'>) {
  const status = pickEnum(STATUS_CHECK_STATUSES, firstParam(await searchParams, 'status'));
  const t = await getTranslations();
  const user = await readSessionUser();
  const result = await queryGraph(StatusChecksQuery, { status: status ?? null, first: LIST_SIZE });
  const rows = result.data?.foreignNationalStatusChecks;
  const police = user?.roles.includes('POLICE_OFFICER') ?? false;
  return (
    <>
      <PageHeading
        title={t('statusChecks.title')}
        description={police ? t('statusChecks.descriptionPolice') : t('statusChecks.description')}
        extra={
          <>
            <UrlFilter
              param="status"
              label={t('common.statusFilter')}
              testId="filter-status"
              options={STATUS_CHECK_STATUSES.map((value) => ({ value, label: t(`enums.ForeignNationalStatusCheckStatus.${value}`) }))}
            />
            {user && worksWith(user.roles, '/status-checks/new') ? (
              <Link href="/persons">
                <Button data-testid="status-check-new">{t('statusChecks.newFromPerson')}</Button>
              </Link>
            ) : null}
          </>
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(rows)} />
      {rows ? (
        <Card data-testid="status-checks">
          <StatusChecksTable rows={rows} />
        </Card>
      ) : null}
    </>
  );
}
