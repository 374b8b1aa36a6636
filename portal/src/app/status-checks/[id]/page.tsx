/** `/status-checks/[id]`: one foreign-national status check, and the police's answer while it is open. */
import { Breadcrumb } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { StatusCheckRecord } from '@/components/status-check-record';
import { StatusCheckWork } from '@/components/status-check-work';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { StatusCheckDetailQuery } from '@/graph/status-check.query';
import { recordIdOrNotFound } from '@/lib/record-id.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('statusChecks');
  return { title: t('checkTitle') };
}

export default async function StatusCheckPage({ params }: PageProps<'/status-checks/[id]'>) {
  const id = recordIdOrNotFound((await params).id);
  const t = await getTranslations('statusChecks');
  const user = await readSessionUser();
  const result = await queryGraph(StatusCheckDetailQuery, { id });
  const check = result.data?.foreignNationalStatusCheck;
  if (result.data && !check && result.errors.length === 0) notFound();
  const police = user?.roles.includes('POLICE_OFFICER') ?? false;
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link href="/status-checks">{t('title')}</Link> }, { title: t('checkTitle') }]} />
      <PageHeading
        title={
          check?.person
            ? t.rich('checkOf', {
                name: check.person.displayName,
                // A name is data: never translated (nor scanned as untranslated text).
                person: (chunks) => <span translate="no">{chunks}</span>,
              })
            : t('checkTitle')
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(check)} />
      {check ? (
        <>
          {police && check.status === 'REQUESTED' ? <StatusCheckWork check={check} /> : null}
          <StatusCheckRecord check={check} />
        </>
      ) : null}
    </>
  );
}
