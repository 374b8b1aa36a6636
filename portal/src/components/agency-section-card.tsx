'use client';
/**
 * One agency's part of a profile: its records, an empty state, or — when that agency's
 * subgraph could not answer — an error that leaves the other sections untouched.
 */
import { Alert, Card, Empty } from 'antd';
import { useTranslations } from 'next-intl';
import { type ReactNode } from 'react';
import { type AgencySection } from '@/graph/agency-section.attribution';

const TEST_IDS: Record<AgencySection, string> = {
  civilAffairs: 'section-civil-affairs',
  publicSecurity: 'section-public-security',
  womensFederation: 'section-womens-federation',
  foreignAffairs: 'section-foreign-affairs',
};

/** The error a section shows when its agency's data could not be read. */
export function SectionUnavailable({ section }: { section: AgencySection }) {
  const t = useTranslations();
  return <Alert type="error" showIcon title={t('errors.sectionUnavailable', { agency: t(`agency.${section}`) })} data-testid="section-error" />;
}

export interface AgencySectionCardProps {
  section: AgencySection;
  title: string;
  /** `false` when the agency's data could not be read. */
  ok: boolean;
  /** Shown instead of `children` when there is nothing to show. */
  emptyText: string;
  empty: boolean;
  /** Actions in the card's head (e.g. a request to this agency). */
  extra?: ReactNode;
  children?: ReactNode;
}

export function AgencySectionCard({ section, title, ok, emptyText, empty, extra, children }: AgencySectionCardProps) {
  return (
    <Card title={title} extra={extra} data-testid={TEST_IDS[section]} data-state={ok ? (empty ? 'empty' : 'ok') : 'error'} style={{ marginBottom: 16 }}>
      {!ok ? (
        <SectionUnavailable section={section} />
      ) : empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} data-testid="section-empty" />
      ) : (
        children
      )}
    </Card>
  );
}
