import { Button, Result } from 'antd';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';

/** An unknown person id (or a person the caller may not see: the same answer on purpose). */
export default async function PersonNotFound() {
  const t = await getTranslations();
  return (
    <Result
      status="404"
      title={t('profile.notFoundTitle')}
      subTitle={t('profile.notFoundDescription')}
      data-testid="person-not-found"
      extra={
        <Link href="/persons">
          <Button type="primary">{t('common.backToList')}</Button>
        </Link>
      }
    />
  );
}
