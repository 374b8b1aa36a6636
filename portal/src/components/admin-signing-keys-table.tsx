'use client';
/** The access-token keys by id: the one that signs, and any that only verify. */
import { Table, Tag } from 'antd';
import { useTranslations } from 'next-intl';
import { type AdminSigningKey } from '@/session/identity-admin.client';

export function AdminSigningKeysTable({ keys }: { keys: AdminSigningKey[] }) {
  const t = useTranslations('admin.signingKeys');
  const columns = [
    {
      key: 'kid',
      title: t('columns.kid'),
      render: (_: unknown, key: AdminSigningKey) => (
        <code translate="no" style={{ wordBreak: 'break-all' }} data-testid="admin-signing-key-id">
          {key.kid}
        </code>
      ),
    },
    { key: 'alg', title: t('columns.alg'), dataIndex: 'alg' },
    { key: 'use', title: t('columns.use'), render: (_: unknown, key: AdminSigningKey) => (key.signing ? <Tag color="blue">{t('signing')}</Tag> : <Tag>{t('verifying')}</Tag>) },
  ];
  return <Table<AdminSigningKey> data-testid="admin-signing-keys" rowKey="kid" size="small" columns={columns} dataSource={keys} pagination={false} scroll={{ x: 'max-content' }} style={{ marginBottom: 16 }} />;
}
