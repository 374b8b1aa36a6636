'use server';
/**
 * Acknowledging a police notification, as a server action: the mutation goes to the gateway with
 * the user's token; the graph decides whether the user may (foreign-affairs officers only).
 */
import { revalidatePath } from 'next/cache';
import type { ChangeRefusal } from '@/graph/change-outcome';
import { refusalOfAnswer, refusalOfErrors } from '@/graph/change-outcome.read';
import { queryGraph } from '@/graph/graph-client';
import { AcknowledgeForeignAffairsNotificationMutation } from '@/graph/foreign-affairs-notifications.query';

/** What the form shows after a try: nothing on success (the list reloads), else why. */
export type AcknowledgeOutcome = { ok: true } | { ok: false; refusal: ChangeRefusal };

/** Acknowledges one notification with an optional note. */
export async function acknowledgeNotification(_previous: AcknowledgeOutcome | null, form: FormData): Promise<AcknowledgeOutcome> {
  const id = String(form.get('id') ?? '');
  const note = String(form.get('note') ?? '').trim();
  const result = await queryGraph(AcknowledgeForeignAffairsNotificationMutation, { id, note: note || null });
  const answer = result.data?.acknowledgeForeignAffairsNotification;
  if (!answer) return { ok: false, refusal: refusalOfErrors(result.errors) };
  const refusal = refusalOfAnswer(answer);
  if (refusal) return { ok: false, refusal };
  revalidatePath('/foreign-affairs-notifications');
  return { ok: true };
}
