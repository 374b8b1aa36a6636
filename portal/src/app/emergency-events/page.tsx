/** `/emergency-events`: emergency events with their temporary points and the people helped per point per day. */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmergencyEventsBoard } from '@/components/emergency-events-board';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { EmergencyEventsQuery } from '@/graph/emergency-aid.query';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('emergencyAid');
  return { title: t('title') };
}

export default async function EmergencyEventsPage() {
  const t = await getTranslations('emergencyAid');
  const [result, user] = await Promise.all([queryGraph(EmergencyEventsQuery, { first: 20 }), readSessionUser()]);
  // Hiding the forms is a convenience: the graph refuses changes outside the caller's jurisdiction.
  const canChange = Boolean(user?.roles.some((role) => role === 'CENTER_STAFF' || role === 'STATION_STAFF'));
  const events = result.data?.emergencyEvents;
  return (
    <>
      <PageHeading title={t('title')} description={t('description')} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(events)} />
      {events ? <EmergencyEventsBoard events={events} stations={result.data?.stations ?? []} canChange={canChange} /> : null}
    </>
  );
}
