import { Button, Result } from 'antd';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <Result
      status="404"
      title={t('notFoundTitle')}
      subTitle={t('notFoundDescription')}
      extra={
        <Link href="/">
          <Button type="primary">{t('goHome')}</Button>
        </Link>
      }
    />
  );
}
