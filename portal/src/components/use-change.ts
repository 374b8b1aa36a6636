'use client';
/**
 * Running one server action that changes a record: pending while it runs, the refusal when it
 * stored nothing, and on success a short "saved" message and the page's data read again
 * (router.refresh) so every screen shows the record as it now stands. `clear` drops a shown
 * refusal; forms call it when their input changes, so an old error never stands beside new input.
 */
import { App } from 'antd';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { createElement, useState, useTransition } from 'react';
import type { ChangeOutcome, ChangeRefusal } from '@/graph/change-outcome';

/** Shows the success message of a step (`text`, or the catalogue's "saved"). */
export function useSavedMessage(): (text?: string) => void {
  const { message } = App.useApp();
  const t = useTranslations('operations.feedback');
  return (text) => {
    void message.success(createElement('span', { 'data-testid': 'change-saved' }, text ?? t('saved')));
  };
}

export function useChange(options: { success?: string } = {}) {
  const router = useRouter();
  const saved = useSavedMessage();
  const [refusal, setRefusal] = useState<ChangeRefusal | null>(null);
  const [pending, startTransition] = useTransition();

  /** Runs `action`; `onDone` gets the changed record's id after a success. */
  const run = (action: () => Promise<ChangeOutcome>, onDone?: (id: string | null) => void) => {
    setRefusal(null);
    startTransition(async () => {
      const outcome = await action();
      startTransition(() => {
        if (outcome.ok) {
          saved(options.success);
          onDone?.(outcome.id);
          router.refresh();
        } else {
          setRefusal(outcome.refusal);
        }
      });
    });
  };

  return { run, pending, refusal, clear: () => setRefusal(null) };
}
