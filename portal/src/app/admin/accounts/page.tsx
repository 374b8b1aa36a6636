/**
 * `/admin/accounts?q=`: every staff account (administrators only), found by username or name,
 * with the steps an administrator takes on them. Anyone else gets the "not permitted" state: the
 * identity service refuses them and writes the refusal to its history.
 */
import { Alert } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminAccounts } from '@/components/admin-accounts';
import { AdminUnanswered } from '@/components/admin-unanswered';
import { PageHeading } from '@/components/page-heading';
import { UrlTextFilter } from '@/components/url-filter';
import { firstParam } from '@/lib/search-params.reader';
import { callIdentityAdmin, type AdminAccount } from '@/session/identity-admin.client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.accounts');
  return { title: t('title') };
}

export default async function AdminAccountsPage({ searchParams }: PageProps<'/admin/accounts'>) {
  const t = await getTranslations('admin.accounts');
  const q = firstParam(await searchParams, 'q')?.trim().slice(0, 100) ?? '';
  const answer = await callIdentityAdmin<{ accounts: AdminAccount[]; total: number }>('GET', q ? `accounts?q=${encodeURIComponent(q)}` : 'accounts');
  if (!answer.ok) return <AdminUnanswered status={answer.status} />;
  const { accounts, total } = answer.body;
  return (
    <>
      <PageHeading
        title={t('title')}
        description={t('description')}
        extra={<UrlTextFilter param="q" label={t('search')} placeholder={t('searchPlaceholder')} testId="admin-accounts-search" resets={[]} />}
      />
      <p data-testid="admin-accounts-total">{t('total', { count: total })}</p>
      {total > accounts.length ? <Alert type="info" showIcon title={t('truncated', { shown: accounts.length })} style={{ marginBottom: 16 }} /> : null}
      <AdminAccounts accounts={accounts} />
    </>
  );
}
