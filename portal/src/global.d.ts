/** Types next-intl's keys and locales against the Chinese catalogue, the reference one. */
import type messages from '../messages/zh-CN.json';
import type { Locale } from './i18n/locales';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}

declare global {
  type Messages = typeof messages;
}
