'use client';
/**
 * One tab per agency's trail: its name, how many of its lines the filter matches, and whether its
 * hash chain verifies. Choosing a tab keeps the filters and starts at that trail's first page.
 */
import { Badge, Space, Tabs } from 'antd';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import type { AuditTrailTabFieldsFragment } from '@/gql/graphql';
import { type AuditAgencyKey } from '@/lib/audit-trail.params';

export interface AuditTrailTab {
  key: AuditAgencyKey;
  title: string;
  /** The agency's count and chain under the filter; null when the agency did not answer. */
  summary: AuditTrailTabFieldsFragment | null;
  /** The URL of this tab's first page under the same filters. */
  href: string;
}

export function AuditTrailTabs({ tabs, active }: { tabs: AuditTrailTab[]; active: AuditAgencyKey }) {
  const t = useTranslations('auditTrail');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Tabs
      activeKey={active}
      data-testid="audit-trail-tabs"
      data-pending={pending}
      onChange={(key) => {
        const tab = tabs.find((candidate) => candidate.key === key);
        if (tab) startTransition(() => router.push(tab.href));
      }}
      items={tabs.map(({ key, title, summary }) => ({
        key,
        label: (
          <Space size={6} data-testid={`audit-trail-tab-${key}`} data-state={summary ? 'ok' : 'error'} data-count={summary?.totalCount}>
            <span>{title}</span>
            {summary ? (
              <>
                <Badge status={summary.chain.ok ? 'success' : 'error'} data-testid="audit-chain" data-ok={String(summary.chain.ok)} />
                <span style={{ color: '#666' }}>{t('tabCount', { count: summary.totalCount })}</span>
              </>
            ) : null}
          </Space>
        ),
      }))}
    />
  );
}
