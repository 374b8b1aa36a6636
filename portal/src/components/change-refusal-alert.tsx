'use client';
/**
 * Why a change stored nothing, in the user's language: refused input names the field and the
 * check that failed (e.g. the ID number's check character), a refused step names the state the
 * record is in, a full zone names the zone, a concurrent edit asks to reload. The API's own
 * sentence is shown under it for detail.
 */
import { Alert } from 'antd';
import { useTranslations } from 'next-intl';
import type { ChangeRefusal } from '@/graph/change-outcome';

/** A message key for a value that may have no translation: the key when it has one, else `undefined`. */
function known(t: { has: (key: never) => boolean }, key: string): string | undefined {
  return t.has(key as never) ? key : undefined;
}

/** The readable sentence for a refusal (also used for field-level form errors). */
export function useRefusalText(): (refusal: ChangeRefusal) => string {
  const t = useTranslations('operations');
  const say = (key: string, values?: Record<string, string | number>) => t(key as Parameters<typeof t>[0], values as never);
  return (refusal) => {
    switch (refusal.kind) {
      case 'InputRejected': {
        const fieldPath = refusal.field.replace(/\./g, '_');
        const fieldKey = known(t, `fields.${fieldPath}`);
        // A check that means something particular for one field (the ID number's check character) first.
        const codeKey = known(t, `codesByField.${fieldPath}.${refusal.code}`) ?? known(t, `codes.${refusal.code}`);
        const field = fieldKey ? say(fieldKey) : refusal.field;
        const reason = codeKey ? say(codeKey) : refusal.message || say('codes.REQUIRED');
        return say('refusal.inputRejected', { field, reason });
      }
      case 'StepRefused': {
        const statusKey = known(t, `statusNames.${refusal.currentStatus}`);
        return say('refusal.stepRefused', { status: statusKey ? say(statusKey) : refusal.currentStatus });
      }
      case 'ZoneFull': {
        const zoneKey = known(t, `statusNames.${refusal.zone}`);
        return say('refusal.zoneFull', { zone: zoneKey ? say(zoneKey) : refusal.zone });
      }
      case 'VersionConflict':
        return say('refusal.versionConflict');
      case 'RecordNotFound':
        return say('refusal.recordNotFound');
      case 'NotPermitted':
        return say('refusal.notPermitted');
      default:
        return say('refusal.failed');
    }
  };
}

export function ChangeRefusalAlert({ refusal }: { refusal: ChangeRefusal | null }) {
  const describe = useRefusalText();
  if (!refusal) return null;
  const detail = 'message' in refusal && refusal.message ? refusal.message : undefined;
  return (
    <Alert
      type={refusal.kind === 'VersionConflict' ? 'warning' : 'error'}
      showIcon
      title={describe(refusal)}
      description={detail}
      style={{ marginBottom: 12 }}
      data-testid="change-refusal"
      data-kind={refusal.kind}
    />
  );
}
