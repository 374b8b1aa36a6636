'use client';
/**
 * Why a change stored nothing, in the user's language, from the message catalogue only: refused
 * input names the field and the check that failed (e.g. the ID number's check character), a
 * refused step names the state the record is in, a full zone names the zone, a concurrent edit
 * asks to reload. The graph's own (English) sentence is never shown.
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
  const root = useTranslations();
  const say = (key: string, values?: Record<string, string | number>) => t(key as Parameters<typeof t>[0], values as never);
  const enumLabel = (enumName: string | undefined, value: string): string | undefined => {
    const key = enumName ? known(root, `enums.${enumName}.${value}`) : undefined;
    if (key) return root(key as Parameters<typeof root>[0]);
    const statusKey = known(t, `statusNames.${value}`);
    return statusKey ? say(statusKey) : undefined;
  };
  return (refusal) => {
    switch (refusal.kind) {
      case 'InputRejected': {
        const fieldPath = refusal.field.replace(/\./g, '_');
        const fieldKey = known(t, `fields.${fieldPath}`);
        // A check that means something particular for one field (the ID number's check character) first.
        const codeKey = known(t, `codesByField.${fieldPath}.${refusal.code}`) ?? known(t, `codes.${refusal.code}`);
        const reason = say(codeKey ?? 'refusal.checkFailed');
        return fieldKey ? say('refusal.inputRejected', { field: say(fieldKey), reason }) : say('refusal.inputRejectedAnyField', { reason });
      }
      case 'StepRefused': {
        const status = enumLabel(refusal.statusEnum, refusal.currentStatus);
        return status ? say('refusal.stepRefused', { status }) : say('refusal.stepRefusedNow');
      }
      case 'ZoneFull': {
        const zone = enumLabel('CareZoneKind', refusal.zone);
        return zone ? say('refusal.zoneFull', { zone }) : say('refusal.zoneFullAny');
      }
      case 'NoCapacity':
        return say('refusal.noCapacity', { requested: refusal.requested, free: refusal.free });
      case 'NotEligible': {
        const reason = enumLabel('SettlementIneligibility', refusal.reason);
        return reason ? say('refusal.notEligible', { reason }) : say('refusal.failed');
      }
      case 'AlreadyDone':
        return say('refusal.alreadyDone');
      case 'VersionConflict':
        return say('refusal.versionConflict');
      case 'RecordNotFound':
        return say('refusal.recordNotFound');
      case 'Refused': {
        const codeKey = known(t, `codes.${refusal.code}`);
        return codeKey ? say('refusal.refused', { reason: say(codeKey) }) : say('refusal.failed');
      }
      case 'NotPermitted':
        return say('refusal.notPermitted');
      default:
        return say('refusal.failed');
    }
  };
}

export function ChangeRefusalAlert({ refusal, testId = 'change-refusal' }: { refusal: ChangeRefusal | null; testId?: string }) {
  const describe = useRefusalText();
  if (!refusal) return null;
  return (
    <Alert
      type={refusal.kind === 'VersionConflict' ? 'warning' : 'error'}
      showIcon
      title={describe(refusal)}
      style={{ marginBottom: 12 }}
      data-testid={testId}
      data-kind={refusal.kind}
      data-code={refusal.kind === 'InputRejected' || refusal.kind === 'Refused' ? refusal.code : undefined}
    />
  );
}
