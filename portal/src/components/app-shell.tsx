'use client';
/**
 * The frame around every page: the product name and language switch in the header, and the
 * navigation grouped by the agency that owns each kind of record.
 */
import { Layout, Menu, Typography, type MenuProps } from 'antd';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';
import { LocaleSwitcher } from './locale-switcher';

const { Header, Sider, Content, Footer } = Layout;

/** The navigation's entries, by agency; the first path segment selects the entry. */
const NAVIGATION = [
  { group: 'civilAffairs', items: [{ href: '/persons', label: 'persons' }, { href: '/stations', label: 'stations' }] },
  { group: 'publicSecurity', items: [{ href: '/identity-checks', label: 'identityChecks' }] },
  { group: 'womensFederation', items: [{ href: '/shelter-referrals', label: 'shelterReferrals' }] },
  { group: 'foreignAffairs', items: [{ href: '/aid-entrustments', label: 'aidEntrustments' }] },
] as const;

function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1];
  return first ? `/${first}` : '/';
}

export function AppShell({ children }: { children: ReactNode }) {
  const t = useTranslations();
  const pathname = usePathname();

  const items: MenuProps['items'] = [
    { key: '/', label: <Link href="/">{t('nav.home')}</Link> },
    ...NAVIGATION.map(({ group, items: entries }) => ({
      type: 'group' as const,
      key: group,
      label: t(`nav.${group}`),
      children: entries.map(({ href, label }) => ({
        key: href,
        label: (
          <Link href={href} data-testid={`nav-${label}`}>
            {t(`nav.${label}`)}
          </Link>
        ),
      })),
    })),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 16,
          background: '#7c2d12',
          paddingInline: 24,
        }}
      >
        <Link href="/" style={{ color: '#fff', minWidth: 0 }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }} data-testid="app-title">
            {t('app.name')}
          </Typography.Title>
        </Link>
        <LocaleSwitcher />
      </Header>
      <Layout>
        <Sider width={220} breakpoint="lg" collapsedWidth={0} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <nav aria-label={t('nav.menuLabel')}>
            <Menu mode="inline" selectedKeys={[selectedKey(pathname)]} items={items} style={{ borderInlineEnd: 0 }} />
          </nav>
        </Sider>
        <Layout>
          <Content style={{ padding: 24 }}>
            <main>{children}</main>
          </Content>
          <Footer style={{ textAlign: 'center', color: '#8c8c8c' }}>{t('app.footer')}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
