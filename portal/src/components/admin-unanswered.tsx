/**
 * What an admin page shows when the identity service did not answer its read: the "not
 * permitted" state for anyone who is not an administrator (the service refused and recorded it),
 * "sign in again" for a session it no longer accepts, else that the service cannot be reached.
 */
import { Alert } from 'antd';
import { getTranslations } from 'next-intl/server';
import { NotPermitted } from './not-permitted';

export async function AdminUnanswered({ status }: { status: number }) {
  if (status === 403) return <NotPermitted />;
  if (status === 401) return <NotPermitted sessionExpired />;
  const t = await getTranslations('admin.errors');
  return <Alert type="error" showIcon title={t('unavailable')} data-testid="admin-unavailable" />;
}
