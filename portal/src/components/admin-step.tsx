'use client';
/**
 * Running one admin console step from the browser: pending while the server action runs, a
 * success message naming what was done, the page's data read again, and the identity service's
 * refusal in the user's language when nothing changed. A one-time password or client secret the
 * step made is kept in the component's state, to be shown once (`AdminSecretNotice`) and gone
 * when dismissed or when the page is left.
 */
import { Alert, App, Button, Typography } from 'antd';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { createElement, useState, useTransition } from 'react';
import { type AdminStepOutcome } from '@/app/admin/admin.action';
import { type AdminRefusal } from '@/session/identity-admin.client';

/** The sentence for a refusal of the identity service's admin endpoints. */
export function useAdminRefusalText(): (refusal: AdminRefusal) => string {
  const t = useTranslations('admin');
  return (refusal) => {
    switch (refusal.error) {
      case 'invalid_request': {
        const field = refusal.field?.split('.')[0];
        return field && t.has(`fields.${field}` as never) ? t('errors.invalid_request', { field: t(`fields.${field}` as never) }) : t('errors.invalid_request_any');
      }
      case 'weak_password': {
        const reason = refusal.reason && t.has(`passwordProblems.${refusal.reason}` as never) ? t(`passwordProblems.${refusal.reason}` as never) : t('passwordProblems.TOO_SHORT');
        return t('errors.weak_password', { reason });
      }
      case 'unauthorized':
      case 'forbidden':
      case 'not_found':
      case 'username_taken':
      case 'client_id_taken':
      case 'own_account':
      case 'invalid_scopes':
      case 'request_too_large':
      case 'unavailable':
        return t(`errors.${refusal.error}`);
      default:
        return t('errors.unknown', { code: refusal.error });
    }
  };
}

/** A secret made by a step, with whom it belongs to. */
export interface ShownSecret {
  kind: 'password' | 'client';
  owner: string;
  value: string;
}

/** Runs admin steps: `run(action, successText, onDone)`; the refusal of the last one; the secret to show. */
export function useAdminStep() {
  const router = useRouter();
  const { message } = App.useApp();
  const [pending, startTransition] = useTransition();
  const [refusal, setRefusal] = useState<AdminRefusal | null>(null);
  const [secret, setSecret] = useState<ShownSecret | null>(null);

  const run = (action: () => Promise<AdminStepOutcome>, success: string, onDone?: (secret: string | null) => void) => {
    setRefusal(null);
    startTransition(async () => {
      const outcome = await action();
      startTransition(() => {
        if (!outcome.ok) {
          setRefusal(outcome.refusal);
          return;
        }
        void message.success(createElement('span', { 'data-testid': 'admin-step-done' }, success));
        onDone?.(outcome.secret);
        router.refresh();
      });
    });
  };

  return { run, pending, refusal, clearRefusal: () => setRefusal(null), secret, showSecret: setSecret, hideSecret: () => setSecret(null) };
}

/** Why the last step changed nothing. */
export function AdminRefusalAlert({ refusal, onClose }: { refusal: AdminRefusal | null; onClose: () => void }) {
  const text = useAdminRefusalText();
  if (!refusal) return null;
  return <Alert type="error" showIcon closable={{ onClose }} title={text(refusal)} data-testid="admin-refused" data-error={refusal.error} style={{ marginBottom: 16 }} />;
}

/** A one-time password or a new client secret, shown once with a copy button until dismissed. */
export function AdminSecretNotice({ secret, onDismiss }: { secret: ShownSecret | null; onDismiss: () => void }) {
  const t = useTranslations('admin.secret');
  if (!secret) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="admin-secret"
      data-owner={secret.owner}
      title={secret.kind === 'password' ? t('passwordTitle', { username: secret.owner }) : t('clientTitle', { clientId: secret.owner })}
      description={
        <>
          <Typography.Paragraph copyable={{ text: secret.value }} style={{ marginBottom: 8, wordBreak: 'break-all' }}>
            <Typography.Text code data-testid="admin-secret-value" translate="no">
              {secret.value}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('notice')}
          </Typography.Paragraph>
          <Button size="small" onClick={onDismiss} data-testid="admin-secret-dismiss">
            {t('dismiss')}
          </Button>
        </>
      }
    />
  );
}
