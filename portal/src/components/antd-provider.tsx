'use client';
/**
 * antd's configuration for the whole portal: its own texts (pagination, empty states, …) follow
 * the language the user picked, and the theme is set once here.
 *
 * Components take their styles from antd's static stylesheet (zero-runtime): a page's HTML carries
 * the theme's tokens as CSS variables, not every component's rules again, and the server does not
 * compute those rules on every render.
 */
import { App, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import 'antd/dist/antd.css';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode } from 'react';
import { type Locale } from '@/i18n/locales';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;
/** dayjs's names of months and weekdays in the date pickers, by the portal's language. */
const DAYJS_LOCALES = { 'zh-CN': 'zh-cn', en: 'en' } as const;

export function AntdProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  dayjs.locale(DAYJS_LOCALES[locale]);
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[locale]}
      theme={{
        zeroRuntime: true,
        algorithm: theme.defaultAlgorithm,
        token: { colorPrimary: '#c2410c', borderRadius: 6, fontFamily: 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' },
      }}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}
