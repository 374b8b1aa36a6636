'use client';
/**
 * What a route shows when rendering failed unexpectedly (a failed query is not such a failure:
 * pages render those as error states). The error's details stay in the server log; the user
 * sees what happened, the digest to quote, and a retry.
 */
import { Button, Result, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

export function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations();
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => {
    console.error('[portal] route error', digest ?? '');
  }, [digest]);
  return (
    <Result
      status="error"
      title={t('errors.pageTitle')}
      subTitle={t('errors.pageDescription')}
      data-testid="route-error"
      extra={
        <Button type="primary" onClick={() => retry()}>
          {t('common.retry')}
        </Button>
      }
    >
      {digest ? <Typography.Text type="secondary">#{digest}</Typography.Text> : null}
    </Result>
  );
}
