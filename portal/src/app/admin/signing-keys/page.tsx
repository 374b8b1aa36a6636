/**
 * `/admin/signing-keys`: the ids of the keys access tokens are signed and verified with, as the
 * JWKS publishes them, and why they cannot be rotated from here yet.
 */
import { Alert } from 'antd';
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminSigningKeysTable } from '@/components/admin-signing-keys-table';
import { AdminUnanswered } from '@/components/admin-unanswered';
import { PageHeading } from '@/components/page-heading';
import { callIdentityAdmin, type AdminSigningKey } from '@/session/identity-admin.client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.signingKeys');
  return { title: t('title') };
}

export default async function AdminSigningKeysPage() {
  const t = await getTranslations('admin.signingKeys');
  const answer = await callIdentityAdmin<{ keys: AdminSigningKey[]; rotation: { supported: boolean } }>('GET', 'signing-keys');
  if (!answer.ok) return <AdminUnanswered status={answer.status} />;
  return (
    <>
      <PageHeading title={t('title')} description={t('description')} />
      <AdminSigningKeysTable keys={answer.body.keys} />
      {answer.body.rotation.supported ? null : <Alert type="info" showIcon title={t('rotationTitle')} description={t('rotationDescription')} data-testid="admin-rotation-unsupported" />}
    </>
  );
}
