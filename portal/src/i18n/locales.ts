/**
 * The portal's languages. The choice lives in the `NEXT_LOCALE` cookie (no locale prefix in the
 * URL): Simplified Chinese unless the user switched.
 */
export const LOCALES = ['zh-CN', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The cookie the language switcher sets and `request.ts` reads. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** The locale a cookie value stands for; anything unknown falls back to Chinese. */
export function resolveLocale(value: string | undefined | null): Locale {
  return LOCALES.find((locale) => locale === value) ?? DEFAULT_LOCALE;
}

/** The city's time zone: every date is shown in it, whatever the server's own zone is. */
export const TIME_ZONE = 'Asia/Shanghai';
