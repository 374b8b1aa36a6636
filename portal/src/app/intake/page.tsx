/** `/intake`: receiving a person at a station (the center's or a county station's 24-hour reception). */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { IntakeForm } from '@/components/intake-form';
import { PageHeading } from '@/components/page-heading';
import { queryGraph } from '@/graph/graph-client';
import { IntakeStationsQuery } from '@/graph/rescue-case.query';

/** Stations with a reception and care zones. */
const RECEIVING_KINDS = new Set(['REGIONAL_CENTER', 'COUNTY_STATION']);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('intake');
  return { title: t('title') };
}

export default async function IntakePage() {
  const t = await getTranslations('intake');
  const result = await queryGraph(IntakeStationsQuery, {});
  const stations = result.data?.stations.filter((station) => station.isOpen && RECEIVING_KINDS.has(station.kind));
  return (
    <>
      <PageHeading title={t('title')} description={t('description')} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(stations)} />
      {stations ? <IntakeForm stations={stations} /> : null}
    </>
  );
}
