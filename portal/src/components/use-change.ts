'use client';
/**
 * Running one server action that changes a record: pending while it runs, the refusal when it
 * stored nothing, and on success the page's data read again (router.refresh) so every screen
 * shows the record as it now stands.
 */
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ChangeOutcome, ChangeRefusal } from '@/graph/change-outcome';

export function useChange() {
  const router = useRouter();
  const [refusal, setRefusal] = useState<ChangeRefusal | null>(null);
  const [pending, startTransition] = useTransition();

  /** Runs `action`; `onDone` gets the changed record's id after a success. */
  const run = (action: () => Promise<ChangeOutcome>, onDone?: (id: string | null) => void) => {
    setRefusal(null);
    startTransition(async () => {
      const outcome = await action();
      startTransition(() => {
        if (outcome.ok) {
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
