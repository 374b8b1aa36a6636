/** `/aid-entrustments/[id]`: one entrustment, its balance, deliveries and versions, and the changes the user's job allows. */
import { Breadcrumb } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AidEntrustmentDetail } from '@/components/aid-entrustment-detail';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { AidEntrustmentDetailQuery } from '@/graph/aid-entrustment-work.query';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { recordIdOrNotFound } from '@/lib/record-id.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('aidEntrustmentWork');
  return { title: t('title') };
}

export default async function AidEntrustmentPage({ params }: PageProps<'/aid-entrustments/[id]'>) {
  const id = recordIdOrNotFound((await params).id);
  const t = await getTranslations();
  const [result, user] = await Promise.all([queryGraph(AidEntrustmentDetailQuery, { id }), readSessionUser()]);
  const entrustment = result.data?.aidEntrustment;
  if (!entrustment && result.errors.length === 0) notFound();
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link href="/aid-entrustments">{t('nav.aidEntrustments')}</Link> }, { title: entrustment?.documentNumber ?? t('aidEntrustmentWork.title') }]} />
      <PageHeading title={`${t('aidEntrustmentWork.title')} ${entrustment?.documentNumber ?? ''}`.trim()} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(entrustment)} />
      {entrustment ? <AidEntrustmentDetail entrustment={entrustment} roles={user?.roles ?? []} /> : null}
    </>
  );
}
