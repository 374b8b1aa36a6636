/**
 * `/admin/clients`: the agencies' integrating systems (administrators only), with their scopes
 * and document policy, and the steps an administrator takes on them.
 */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminClients } from '@/components/admin-clients';
import { AdminUnanswered } from '@/components/admin-unanswered';
import { PageHeading } from '@/components/page-heading';
import { callIdentityAdmin, type AdminClient } from '@/session/identity-admin.client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.clients');
  return { title: t('title') };
}

export default async function AdminClientsPage() {
  const t = await getTranslations('admin.clients');
  const answer = await callIdentityAdmin<{ clients: AdminClient[]; scopesByAgency: Record<string, string[]> }>('GET', 'clients');
  if (!answer.ok) return <AdminUnanswered status={answer.status} />;
  return (
    <>
      <PageHeading title={t('title')} description={t('description')} />
      <AdminClients clients={answer.body.clients} scopesByAgency={answer.body.scopesByAgency} />
    </>
  );
}
