/** `/emergency-events`: emergency events with their temporary points and the people helped per point per day, newest first, paged and counted on the server. */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmergencyEventsBoard } from '@/components/emergency-events-board';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { EmergencyEventsQuery } from '@/graph/emergency-aid.query';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { connectionPage, listHref, readAfter } from '@/lib/list-page.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('emergencyAid');
  return { title: t('title') };
}

/** Events per page (each a card with its points and a chart), newest first. */
const PAGE_SIZE = 10;

export default async function EmergencyEventsPage({ searchParams }: PageProps<'/emergency-events'>) {
  const after = readAfter(await searchParams);
  const t = await getTranslations('emergencyAid');
  const [result, user] = await Promise.all([queryGraph(EmergencyEventsQuery, { first: PAGE_SIZE, after: after ?? null }), readSessionUser()]);
  // Hiding the forms is a convenience: the graph refuses changes outside the caller's jurisdiction.
  const canChange = Boolean(user?.roles.some((role) => role === 'CENTER_STAFF' || role === 'STATION_STAFF'));
  const connection = result.data?.emergencyEventsConnection;
  const page = connection && connectionPage(connection, { after }, (at) => listHref('/emergency-events', { ...at }));
  return (
    <>
      <PageHeading title={t('title')} description={t('description')} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(connection)} />
      {page ? <EmergencyEventsBoard events={page.rows} paging={page.paging} stations={result.data?.stations ?? []} canChange={canChange} /> : null}
    </>
  );
}
