'use client';
/**
 * The sign-in form. The password goes to the portal's server action and from there to the
 * gateway; no token ever comes back to this component (the server action sets httpOnly cookies
 * and redirects).
 */
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { signIn, type SignInFailure } from '@/session/session.action';

interface Credentials {
  username: string;
  password: string;
}

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('login');
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (values: Credentials) => {
    setFailure(null);
    startTransition(async () => {
      const answer = await signIn({ ...values, next });
      // A successful sign-in redirects; only a failure comes back (shown when the form is enabled again).
      if (answer) startTransition(() => setFailure(answer));
    });
  };

  const message = (answer: SignInFailure) => {
    if (answer.error === 'TOO_MANY_ATTEMPTS') return t('tooManyAttempts', { seconds: answer.retryAfterSeconds });
    if (answer.error === 'UNAVAILABLE') return t('unavailable');
    return t('invalidCredentials');
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingBlock: 48 }}>
      <Card style={{ width: 400, maxWidth: '100%' }} data-testid="login-card">
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('description')}</Typography.Paragraph>
        {failure ? <Alert type="error" showIcon title={message(failure)} style={{ marginBottom: 16 }} data-testid="login-error" /> : null}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} disabled={pending} data-testid="login-form">
          <Form.Item name="username" label={t('username')} rules={[{ required: true, whitespace: true, message: t('usernameRequired') }]}>
            <Input autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
            <Input.Password autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={pending} data-testid="login-submit">
            {t('submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
