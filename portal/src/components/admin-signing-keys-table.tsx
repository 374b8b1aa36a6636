'use client';
/**
 * The access-token keys by id — the one that signs, and earlier ones that verify until their
 * tokens expire — and, where the service owns its keys, the rotation (after a confirmation).
 */
import { Button, Popconfirm, Table, Tag } from 'antd';
import { useTranslations } from 'next-intl';
import { type HTMLAttributes } from 'react';
import { rotateSigningKey } from '@/app/admin/admin.action';
import { type AdminSigningKey } from '@/session/identity-admin.client';
import { AdminRefusalAlert, useAdminStep } from './admin-step';
import { useRecordFormatters } from './record-formatters';

export function AdminSigningKeysTable({ keys, rotation }: { keys: AdminSigningKey[]; rotation: boolean }) {
  const t = useTranslations('admin');
  const format = useRecordFormatters();
  const { run, pending, refusal, clearRefusal } = useAdminStep();
  const columns = [
    {
      key: 'kid',
      title: t('signingKeys.columns.kid'),
      render: (_: unknown, key: AdminSigningKey) => (
        <code translate="no" style={{ wordBreak: 'break-all' }} data-testid="admin-signing-key-id">
          {key.kid}
        </code>
      ),
    },
    { key: 'use', title: t('signingKeys.columns.use'), render: (_: unknown, key: AdminSigningKey) => (key.signing ? <Tag color="blue">{t('signingKeys.signing')}</Tag> : <Tag>{t('signingKeys.verifying')}</Tag>) },
    { key: 'verifiesUntil', title: t('signingKeys.columns.verifiesUntil'), render: (_: unknown, key: AdminSigningKey) => (key.verifiesUntil ? format.dateTime(key.verifiesUntil) : format.none) },
  ];
  return (
    <>
      <AdminRefusalAlert refusal={refusal} onClose={clearRefusal} />
      <Table<AdminSigningKey>
        data-testid="admin-signing-keys"
        rowKey="kid"
        size="small"
        columns={columns}
        dataSource={keys}
        pagination={false}
        scroll={{ x: 'max-content' }}
        style={{ marginBottom: 16 }}
        onRow={(key) => ({ 'data-testid': 'admin-signing-key-row', 'data-kid': key.kid, 'data-signing': key.signing }) as HTMLAttributes<HTMLElement>}
      />
      {rotation ? (
        <Popconfirm
          title={t('signingKeys.confirm.title')}
          description={<span style={{ display: 'inline-block', maxWidth: 300 }}>{t('signingKeys.confirm.description')}</span>}
          okText={t('signingKeys.confirm.ok')}
          cancelText={t('cancel')}
          okButtonProps={{ danger: true, 'data-testid': 'admin-confirm-ok' } as never}
          onConfirm={() => run(() => rotateSigningKey(), t('signingKeys.done'))}
        >
          <Button danger loading={pending} data-testid="admin-signing-key-rotate">
            {t('signingKeys.rotate')}
          </Button>
        </Popconfirm>
      ) : null}
    </>
  );
}
