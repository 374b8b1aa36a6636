/**
 * `/admin/history?before=`: the append-only history of the admin console, newest first, a page
 * of lines at a time: every step an administrator took and every refused attempt.
 */
import { Space } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { AdminHistoryTable } from '@/components/admin-history-table';
import { AdminUnanswered } from '@/components/admin-unanswered';
import { PageHeading } from '@/components/page-heading';
import { firstParam } from '@/lib/search-params.reader';
import { callIdentityAdmin, type AdminHistoryLine } from '@/session/identity-admin.client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.history');
  return { title: t('title') };
}

export default async function AdminHistoryPage({ searchParams }: PageProps<'/admin/history'>) {
  const t = await getTranslations('admin.history');
  const raw = firstParam(await searchParams, 'before');
  const before = raw && /^[1-9]\d{0,18}$/.test(raw) ? raw : null;
  const answer = await callIdentityAdmin<{ events: AdminHistoryLine[]; nextBefore: string | null }>('GET', before ? `history?before=${before}` : 'history');
  if (!answer.ok) return <AdminUnanswered status={answer.status} />;
  const { events, nextBefore } = answer.body;
  return (
    <>
      <PageHeading title={t('title')} description={t('description')} />
      <AdminHistoryTable lines={events} />
      <Space style={{ marginTop: 12 }} wrap>
        {before ? (
          <Link href="/admin/history" data-testid="admin-history-newest">
            {t('newest')}
          </Link>
        ) : null}
        {nextBefore ? (
          <Link href={`/admin/history?before=${nextBefore}`} data-testid="admin-history-older">
            {t('older')}
          </Link>
        ) : null}
      </Space>
    </>
  );
}
