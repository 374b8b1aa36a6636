/**
 * `/cases/[id]`: one rescue case, intake to exit: its state and stay clock, what staff can do
 * next, the services given, and its timeline (who changed what, when and why).
 */
import { Breadcrumb, Card } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CareServicesTable } from '@/components/care-services-table';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { RescueCaseActions } from '@/components/rescue-case-actions';
import { RescueCaseSummary } from '@/components/rescue-case-summary';
import { RescueCaseTimeline } from '@/components/rescue-case-timeline';
import { queryGraph } from '@/graph/graph-client';
import { RescueCasePageQuery } from '@/graph/rescue-case.query';
import { recordIdOrNotFound } from '@/lib/record-id.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('rescueCase');
  return { title: t('title') };
}

export default async function RescueCasePage({ params }: PageProps<'/cases/[id]'>) {
  const id = recordIdOrNotFound((await params).id);
  const t = await getTranslations();
  const result = await queryGraph(RescueCasePageQuery, { id });
  const rescueCase = result.data?.rescueCase;
  if (result.data && !rescueCase && result.errors.length === 0) notFound();
  return (
    <>
      {rescueCase ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[
            { title: <Link href="/persons">{t('nav.persons')}</Link> },
            { title: <Link href={`/persons/${encodeURIComponent(rescueCase.person.id)}`}>{rescueCase.person.displayName}</Link> },
            { title: t('rescueCase.title') },
          ]}
        />
      ) : null}
      <PageHeading title={rescueCase ? t('rescueCase.titleOf', { name: rescueCase.person.displayName }) : t('rescueCase.title')} description={t('rescueCase.description')} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(rescueCase)} />
      {rescueCase ? (
        <>
          <Card style={{ marginBottom: 16 }}>
            <RescueCaseSummary rescueCase={rescueCase} />
          </Card>
          <RescueCaseActions rescueCase={rescueCase} />
          <Card title={t('rescueCase.services.title')} style={{ marginBottom: 16 }}>
            <CareServicesTable rows={rescueCase.services} />
          </Card>
          <Card title={t('rescueCase.timeline.title')}>
            <RescueCaseTimeline events={rescueCase.events} />
          </Card>
        </>
      ) : null}
    </>
  );
}
