'use client';
/** The header's language switch: stores the choice in the locale cookie and re-renders the page. */
import { Segmented } from 'antd';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { setLocale } from '@/i18n/locale.action';
import { LOCALES, resolveLocale, type Locale } from '@/i18n/locales';

export function LocaleSwitcher() {
  const t = useTranslations('locale');
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const choose = (next: Locale) => {
    startTransition(async () => {
      await setLocale(next);
      router.refresh();
    });
  };

  return (
    <span data-testid="locale-switcher" aria-label={t('label')} aria-busy={pending}>
      <Segmented<Locale>
        size="small"
        value={locale}
        disabled={pending}
        onChange={(value) => choose(resolveLocale(value))}
        options={LOCALES.map((value) => ({ value, label: <span data-testid={`locale-${value}`} lang={value}>{t(value)}</span> }))}
      />
    </span>
  );
}
