/**
 * What a page shows when the graph refuses the caller: "not permitted" for a role without access,
 * or "sign in again" when the gateway no longer accepts the session.
 */
import { Button, Result } from 'antd';
import { Link } from './link';
import { getTranslations } from 'next-intl/server';

export async function NotPermitted({ sessionExpired = false }: { sessionExpired?: boolean }) {
  const t = await getTranslations('errors');
  if (sessionExpired) {
    return (
      <Result
        status="403"
        title={t('sessionExpired')}
        extra={
          <Link href="/login">
            <Button type="primary">{t('signInAgain')}</Button>
          </Link>
        }
        data-testid="session-expired"
      />
    );
  }
  return <Result status="403" title={t('notPermittedTitle')} subTitle={t('notPermittedDescription')} data-testid="not-permitted" />;
}
