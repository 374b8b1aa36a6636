import { AntdRegistry } from '@ant-design/nextjs-registry';
import { type Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { AntdProvider } from '@/components/antd-provider';
import { AppShell } from '@/components/app-shell';
import { readSessionUser } from '@/graph/session-token';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('shortName')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: LayoutProps<'/'>) {
  const locale = await getLocale();
  const user = await readSessionUser();
  return (
    <html lang={locale}>
      <body>
        <AntdRegistry>
          <NextIntlClientProvider>
            <AntdProvider locale={locale}>
              <AppShell user={user}>{children}</AppShell>
            </AntdProvider>
          </NextIntlClientProvider>
        </AntdRegistry>
      </body>
    </html>
  );
}
