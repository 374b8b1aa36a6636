/**
 * `/shelter`: the shelter staff's desk: free places and family rooms (room by room); the referrals
 * waiting for an answer, the highest risk first and the longest waiting first within a level; and
 * the shelter's records (the current ones by default). Both lists are filtered, sorted and paged
 * on the server from the URL, counted, and exported as CSV (`/shelter/export`, audited by civil
 * affairs).
 */
import { Card, Space } from 'antd';
import { type ReactNode } from 'react';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { ShelterRooms } from '@/components/shelter-desk';
import { ShelterPlacementsTable } from '@/components/shelter-placements-table';
import { ShelterWaitingTable } from '@/components/shelter-waiting-table';
import { UrlOrderFilter, UrlStatusFilter } from '@/components/url-filter';
import { queryGraph } from '@/graph/graph-client';
import { ShelterDeskQuery, ShelterPlacementsPageQuery, ShelterWaitingPageQuery } from '@/graph/shelter.query';
import { connectionPage } from '@/lib/list-page.params';
import {
  parseShelterDeskView,
  placementArguments,
  SHELTER_PLACEMENT_ORDERS,
  SHELTER_PLACEMENT_STATUSES,
  SHELTER_WAITING_ORDERS,
  shelterDeskHref,
  shelterExportHref,
  waitingArguments,
} from '@/lib/shelter-desk.params';

/** A list's filters above its table, wrapping on a narrow screen (a card's header would not). */
function ListFilters({ children }: { children: ReactNode }) {
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {children}
    </Space>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shelterWork');
  return { title: t('desk.title') };
}

export default async function ShelterDeskPage({ searchParams }: PageProps<'/shelter'>) {
  const view = parseShelterDeskView(await searchParams);
  const t = await getTranslations();
  const [desk, waitingResult, placementsResult] = await Promise.all([
    queryGraph(ShelterDeskQuery, {}),
    queryGraph(ShelterWaitingPageQuery, waitingArguments(view)),
    queryGraph(ShelterPlacementsPageQuery, placementArguments(view)),
  ]);
  const shelter = desk.data?.shelters[0];
  const waitingConnection = waitingResult.data?.shelterReferralsAwaitingAnswer;
  const placementsConnection = placementsResult.data?.shelterPlacementsConnection;
  // Each list pages with its own cursor; the other list's stays where it was.
  const waiting = waitingConnection && connectionPage(waitingConnection, view.waiting, (at) => shelterDeskHref({ ...view, waiting: at }));
  const placements = placementsConnection && connectionPage(placementsConnection, view.placements, (at) => shelterDeskHref({ ...view, placements: at }));
  const errors = [...desk.errors, ...waitingResult.errors, ...placementsResult.errors];
  return (
    <>
      <PageHeading title={t('shelterWork.desk.title')} description={t('shelterWork.desk.description')} />
      <GraphErrorAlert errors={errors} partial={Boolean(shelter ?? waiting ?? placements)} />
      {shelter ? <ShelterRooms shelter={shelter} /> : null}
      {waiting ? (
        <Card title={t('shelterWork.desk.waiting')} style={{ marginBottom: 16 }} data-testid="desk-waiting">
          <ListFilters>
            <UrlOrderFilter
              param="worder"
              kind="ShelterWaitingOrder"
              values={SHELTER_WAITING_ORDERS}
              defaultOrder="HIGHEST_RISK_FIRST"
              label={t('shelterWork.desk.orderLabel')}
              testId="filter-waiting-order"
              resets={['wafter', 'wbefore']}
            />
          </ListFilters>
          <ShelterWaitingTable rows={waiting.rows} paging={waiting.paging} exportHref={waiting.paging.totalCount > 0 ? shelterExportHref(view, 'waiting') : undefined} />
        </Card>
      ) : null}
      {placements ? (
        <Card title={t('shelterWork.desk.placements')} data-testid="desk-placements">
          <ListFilters>
            <UrlStatusFilter kind="ShelterPlacementStatus" values={SHELTER_PLACEMENT_STATUSES} defaultText={t('shelterWork.desk.current')} testId="filter-placement-status" />
            <UrlOrderFilter
              kind="ShelterPlacementOrder"
              values={SHELTER_PLACEMENT_ORDERS}
              defaultOrder="NEWEST_FIRST"
              label={t('shelterWork.desk.orderLabel')}
              testId="filter-placement-order"
            />
          </ListFilters>
          <ShelterPlacementsTable rows={placements.rows} paging={placements.paging} exportHref={placements.paging.totalCount > 0 ? shelterExportHref(view, 'placements') : undefined} />
        </Card>
      ) : null}
    </>
  );
}
