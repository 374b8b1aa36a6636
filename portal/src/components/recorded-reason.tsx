'use client';
/**
 * A purpose or reason as an agency recorded it, in the user's language where the catalogue knows
 * it: a fixed phrase the agencies' own code writes, or one of their sentences with ids and reasons
 * in it (read back by `readPurposeText`, the ids and reasons shown as recorded). A staff member's
 * own words, or anything else, are shown as recorded, marked not to translate.
 */
import { useTranslations } from 'next-intl';
import { readPurposeText } from '@/lib/audit-purpose.wording';

export function RecordedReason({ text }: { text: string }) {
  const t = useTranslations('auditTrail');
  const enums = useTranslations('enums');
  if (t.has(`purposes.${text}` as never)) return <>{t(`purposes.${text}` as never)}</>;
  const known = readPurposeText(text);
  if (!known) return <span translate="no">{text}</span>;
  const { step, status, ...values } = known.values;
  return (
    <>
      {t.rich(`purposeTexts.${known.key}`, {
        ...values,
        step: step ? enums(`ReferralFileStatus.${step}` as never) : '',
        status: status ? enums(`PoliceLegalStatus.${status}` as never) : '',
        data: (chunks) => <span translate="no">{chunks}</span>,
      })}
    </>
  );
}
