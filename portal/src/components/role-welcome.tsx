'use client';
/**
 * The home page of roles that do no case work (the auditor, the administrator): a greeting and
 * the pages their role works with, instead of a dashboard of figures they may not read.
 */
import { Card, Typography } from 'antd';
import { Link } from './link';
import { useTranslations } from 'next-intl';
import { type SessionUser } from '@/session/access-token.claims';
import { worksWith, type PortalPage } from '@/session/role-navigation';

const PAGES: ReadonlyArray<{ href: PortalPage; label: 'persons' | 'stations' | 'identityChecks' | 'shelterReferrals' | 'aidEntrustments' | 'auditTrail' }> = [
  { href: '/persons', label: 'persons' },
  { href: '/stations', label: 'stations' },
  { href: '/identity-checks', label: 'identityChecks' },
  { href: '/shelter-referrals', label: 'shelterReferrals' },
  { href: '/aid-entrustments', label: 'aidEntrustments' },
  { href: '/audit-trail', label: 'auditTrail' },
];

/** The admin console's pages, labelled from `admin.nav`. */
const ADMIN_PAGES: ReadonlyArray<{ href: PortalPage; label: 'accounts' | 'clients' | 'signingKeys' | 'history' }> = [
  { href: '/admin/accounts', label: 'accounts' },
  { href: '/admin/clients', label: 'clients' },
  { href: '/admin/signing-keys', label: 'signingKeys' },
  { href: '/admin/history', label: 'history' },
];

export function RoleWelcome({ user }: { user: SessionUser }) {
  const t = useTranslations();
  const pages = PAGES.filter(({ href }) => worksWith(user.roles, href));
  const adminPages = ADMIN_PAGES.filter(({ href }) => worksWith(user.roles, href));
  return (
    <Card data-testid="role-welcome">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.welcomeTitle', { username: user.username })}
      </Typography.Title>
      {pages.length > 0 ? (
        <>
          <Typography.Paragraph type="secondary">{t('home.welcomeDescription')}</Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {pages.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} data-testid={`welcome-${label}`}>
                  {t(`nav.${label}`)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Typography.Paragraph type="secondary" data-testid="no-case-data">
          {t('home.noCaseData')}
        </Typography.Paragraph>
      )}
      {adminPages.length > 0 ? (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            {t('admin.welcome')}
          </Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="welcome-admin">
            {adminPages.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} data-testid={`welcome-admin-${label}`}>
                  {t(`admin.nav.${label}`)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
