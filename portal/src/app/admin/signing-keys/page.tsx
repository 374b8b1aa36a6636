/**
 * `/admin/signing-keys`: the ids of the keys access tokens are signed and verified with, as the
 * JWKS publishes them, and their rotation where the identity service owns its key (not where the
 * operator configured it).
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
      {answer.body.rotation.supported ? (
        <Alert type="info" showIcon title={t('rotationNote')} style={{ marginBottom: 16 }} />
      ) : (
        <Alert type="info" showIcon title={t('rotationTitle')} description={t('rotationDescription')} style={{ marginBottom: 16 }} data-testid="admin-rotation-unsupported" />
      )}
      <AdminSigningKeysTable keys={answer.body.keys} rotation={answer.body.rotation.supported} />
    </>
  );
}
