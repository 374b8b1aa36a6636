'use client';
/**
 * The frame around every page: the product name, the signed-in user and the language switch in
 * the header, and the navigation grouped by the agency that owns each kind of record, showing
 * only the pages the user's roles work with. Without a user (the sign-in page) the frame has no
 * navigation.
 */
import { Button, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import { Link } from './link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, type ReactNode } from 'react';
import { type SessionUser } from '@/session/access-token.claims';
import { KNOWN_AGENCIES, KNOWN_ROLES, worksWith, type PortalPage } from '@/session/role-navigation';
import { signOut } from '@/session/session.action';
import { LocaleSwitcher } from './locale-switcher';

const { Header, Sider, Content, Footer } = Layout;

/** The navigation's entries, by agency; the first path segment selects the entry. */
const NAVIGATION = [
  { group: 'civilAffairs', items: [{ href: '/persons', label: 'persons' }, { href: '/stations', label: 'stations' }, { href: '/emergency-events', label: 'emergencyEvents' }, { href: '/settlements', label: 'settlements' }] },
  { group: 'publicSecurity', items: [{ href: '/identity-checks', label: 'identityChecks' }, { href: '/status-checks', label: 'statusChecks' }] },
  { group: 'womensFederation', items: [{ href: '/shelter-referrals', label: 'shelterReferrals' }] },
  { group: 'foreignAffairs', items: [{ href: '/aid-entrustments', label: 'aidEntrustments' }, { href: '/foreign-affairs-notifications', label: 'foreignAffairsNotifications' }] },
  { group: 'oversight', items: [{ href: '/audit-trail', label: 'auditTrail' }] },
  { group: 'shelterWork', items: [{ href: '/shelter-referrals/new', label: 'newShelterReferral' }, { href: '/shelter', label: 'shelterDesk' }] },
] as const satisfies ReadonlyArray<{ group: string; items: ReadonlyArray<{ href: PortalPage; label: string }> }>;

/** The rescue-operations entries (labels in `operations.nav`), shown after the records of civil affairs. */
const OPERATIONS_NAVIGATION = [
  { href: '/dispatch', label: 'dispatch' },
  { href: '/intake', label: 'intake' },
  { href: '/tracing', label: 'tracing' },
  { href: '/escorts', label: 'escorts' },
  { href: '/check-queue', label: 'checkQueue' },
] as const satisfies ReadonlyArray<{ href: PortalPage; label: string }>;

/** The admin console's entries (labels in `admin.nav`), for administrators only. */
const ADMIN_NAVIGATION = [
  { href: '/admin/accounts', label: 'accounts' },
  { href: '/admin/clients', label: 'clients' },
  { href: '/admin/signing-keys', label: 'signingKeys' },
  { href: '/admin/history', label: 'history' },
] as const satisfies ReadonlyArray<{ href: PortalPage; label: string }>;

function selectedKey(pathname: string): string {
  const first = pathname.split('/')[1];
  return first ? `/${first}` : '/';
}

/** Who is signed in, with the agency and roles in the user's language, and the sign-out button. */
function SignedInUser({ user }: { user: SessionUser }) {
  const t = useTranslations('session');
  const agency = KNOWN_AGENCIES.find((known) => known === user.agency);
  return (
    <Space size="small" wrap={false} data-testid="signed-in-user" style={{ color: '#fff' }}>
      <span>
        <span className="lifeline-wide-only">{t('signedInAs')}: </span>
        <strong data-testid="signed-in-username" translate="no">{user.username}</strong>
      </span>
      {agency ? <span data-testid="signed-in-agency" className="lifeline-wide-only">{t(`agencies.${agency}`)}</span> : null}
      {user.roles.map((role) => {
        const known = KNOWN_ROLES.find((r) => r === role);
        return (
          <Tag key={role} data-testid="signed-in-role" data-value={role} className="lifeline-wide-only" style={{ marginInlineEnd: 0 }}>
            {known ? t(`roles.${known}`) : role}
          </Tag>
        );
      })}
      <form action={signOut}>
        <Button size="small" htmlType="submit" data-testid="sign-out">
          {t('signOut')}
        </Button>
      </form>
    </Space>
  );
}

export function AppShell({ user, children }: { user: SessionUser | null; children: ReactNode }) {
  const t = useTranslations();
  const pathname = usePathname();
  const withNavigation = user !== null && pathname !== '/login';
  const roles = user?.roles ?? [];
  // Marks the document once React has taken over the server's HTML: from then on the page's
  // controls answer. The browser benchmark (and anyone measuring) reads it as "usable".
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);

  const operations = OPERATIONS_NAVIGATION.filter(({ href }) => worksWith(roles, href));
  const operationsGroup = {
    type: 'group' as const,
    key: 'rescueOperations',
    label: t('operations.nav.group'),
    children: operations.map(({ href, label }) => ({
      key: href,
      label: (
        <Link href={href} data-testid={`nav-${label}`}>
          {t(`operations.nav.${label}`)}
        </Link>
      ),
    })),
  };

  const administration = ADMIN_NAVIGATION.filter(({ href }) => worksWith(roles, href));
  const adminGroup = {
    type: 'group' as const,
    key: 'admin',
    label: t('admin.nav.group'),
    children: administration.map(({ href, label }) => ({
      key: href,
      label: (
        <Link href={href} data-testid={`nav-admin-${label}`}>
          {t(`admin.nav.${label}`)}
        </Link>
      ),
    })),
  };

  const items: MenuProps['items'] = [
    { key: '/', label: <Link href="/">{t('nav.home')}</Link> },
    ...(operations.length > 0 ? [operationsGroup] : []),
    ...NAVIGATION.map(({ group, items: all }) => ({ group, entries: all.filter(({ href }) => worksWith(roles, href)) }))
      .filter(({ entries }) => entries.length > 0)
      .map(({ group, entries }) => ({
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
    ...(administration.length > 0 ? [adminGroup] : []),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* Layout by class (globals.css): on a phone the header wraps to two rows and shows less. */}
      <Header className="lifeline-header">
        <Link href="/" className="lifeline-title-link">
          <Typography.Title level={4} className="lifeline-title" data-testid="app-title">
            {t('app.name')}
          </Typography.Title>
        </Link>
        <Space size="middle" className="lifeline-header-tools">
          {withNavigation ? <SignedInUser user={user} /> : null}
          <LocaleSwitcher />
        </Space>
      </Header>
      <Layout>
        {withNavigation ? (
        <Sider width={220} breakpoint="lg" collapsedWidth={0} theme="light" className="lifeline-sider" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <nav aria-label={t('nav.menuLabel')}>
            <Menu mode="inline" selectedKeys={[selectedKey(pathname), pathname]} items={items} style={{ borderInlineEnd: 0 }} />
          </nav>
        </Sider>
        ) : null}
        <Layout>
          <Content className="lifeline-content">
            <main>{children}</main>
          </Content>
          <Footer style={{ textAlign: 'center', color: '#8c8c8c' }}>{t('app.footer')}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
