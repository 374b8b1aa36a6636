/** `/check-queue/[id]`: one identity check, and the police's next step on it. */
import { Breadcrumb } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { IdentityCheckRecord } from '@/components/identity-check-record';
import { IdentityCheckWork } from '@/components/identity-check-work';
import { PageHeading } from '@/components/page-heading';
import { queryGraph } from '@/graph/graph-client';
import { IdentityCheckDetailQuery } from '@/graph/identity-check-queue.query';
import { recordIdOrNotFound } from '@/lib/record-id.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('checkQueue');
  return { title: t('checkTitle') };
}

export default async function IdentityCheckPage({ params }: PageProps<'/check-queue/[id]'>) {
  const id = recordIdOrNotFound((await params).id);
  const t = await getTranslations('checkQueue');
  const result = await queryGraph(IdentityCheckDetailQuery, { id });
  const check = result.data?.identityCheck;
  if (result.data && !check && result.errors.length === 0) notFound();
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link href="/check-queue">{t('title')}</Link> }, { title: t('checkTitle') }]} />
      <PageHeading title={check?.person ? t('checkOf', { name: check.person.displayName }) : t('checkTitle')} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(check)} />
      {check ? (
        <>
          <IdentityCheckWork check={check} />
          <IdentityCheckRecord check={check} />
        </>
      ) : null}
    </>
  );
}
