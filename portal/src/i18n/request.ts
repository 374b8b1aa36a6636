/**
 * next-intl's per-request configuration ("without i18n routing"): the locale comes from the
 * `NEXT_LOCALE` cookie, the messages from `messages/<locale>.json`, and every date is shown in
 * the city's time zone whatever the server's own zone is.
 */
import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, resolveLocale, TIME_ZONE } from './locales';

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`../../messages/${locale}.json`)) as { default: Messages };
  return { locale, messages: messages.default, timeZone: TIME_ZONE };
});
