/** `/persons`: search persons by name, pinyin or ID number; the search lives in the URL. */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { PersonResultsTable, type PersonResultRow } from '@/components/person-results-table';
import { PersonSearchForm } from '@/components/person-search-form';
import { queryGraph } from '@/graph/graph-client';
import { PersonSearchQuery } from '@/graph/person-search.query';
import { TIME_ZONE } from '@/i18n/locales';
import { describeAge, todayIn } from '@/lib/person-age.calculation';
import { tonedPinyin } from '@/lib/person-name.pinyin';
import { PERSON_PAGE_SIZE, parsePersonSearch, personSearchHref, toPersonFilter } from '@/lib/person-search.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('persons');
  return { title: t('title') };
}

export default async function PersonsPage({ searchParams }: PageProps<'/persons'>) {
  const search = parsePersonSearch(await searchParams);
  const t = await getTranslations('persons');
  const result = await queryGraph(PersonSearchQuery, {
    filter: toPersonFilter(search),
    first: PERSON_PAGE_SIZE,
    after: search.after ?? null,
  });
  const connection = result.data?.persons;
  const today = todayIn(TIME_ZONE);
  const rows: PersonResultRow[] = (connection?.edges ?? []).map(({ node }) => {
    const latest = node.rescueCases[0];
    return {
      id: node.id,
      displayName: node.displayName,
      pinyin: tonedPinyin(node.name) ?? node.namePinyin ?? undefined,
      sex: node.sex,
      age: describeAge(node, today),
      idNumber: node.idNumber,
      identityStatus: node.identityStatus,
      latestCase: latest ? { status: latest.status, stationName: latest.station.name } : undefined,
    };
  });
  const endCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  return (
    <>
      <PageHeading title={t('title')} description={t('description')} />
      <PersonSearchForm key={personSearchHref({ ...search, after: undefined })} initial={search} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(connection)} />
      {connection ? (
        <PersonResultsTable
          rows={rows}
          totalCount={connection.totalCount}
          nextHref={endCursor ? personSearchHref({ ...search, after: endCursor }) : undefined}
          firstHref={search.after ? personSearchHref({ ...search, after: undefined }) : undefined}
        />
      ) : null}
    </>
  );
}
