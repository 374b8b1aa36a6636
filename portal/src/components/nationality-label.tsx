'use client';
/** A nationality code (ICAO 9303) as staff read it: its name in the user's language, code beside. */
import { nationalityName } from '@lifeline/identity-documents';
import { useLocale } from 'next-intl';

export function NationalityLabel({ code }: { code: string }) {
  const locale = useLocale();
  const name = nationalityName(code);
  return (
    <span title={code}>
      {locale.startsWith('zh') ? name.zh : name.en} <span style={{ color: 'rgba(0,0,0,0.45)' }} translate="no">({code})</span>
    </span>
  );
}
