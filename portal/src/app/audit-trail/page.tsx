/**
 * `/audit-trail`: each agency's append-only audit trail (auditors only): the newest lines, by
 * outcome, and whether each trail's hash chain still verifies from its first line.
 */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditTrailCard } from '@/components/audit-trail-card';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { UrlFilter } from '@/components/url-filter';
import { AuditTrailQuery } from '@/graph/audit-trail.query';
import { queryGraph } from '@/graph/graph-client';
import { firstParam } from '@/lib/search-params.reader';
import { AUDIT_OUTCOMES, pickEnum } from '@/lib/vocabulary';

/** Lines shown per agency. */
const LINES_PER_AGENCY = 50;

const AGENCIES = [
  { field: 'civilAffairs', key: 'civil-affairs' },
  { field: 'publicSecurity', key: 'public-security' },
  { field: 'womensFederation', key: 'womens-federation' },
  { field: 'foreignAffairs', key: 'foreign-affairs' },
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auditTrail');
  return { title: t('title') };
}

export default async function AuditTrailPage({ searchParams }: PageProps<'/audit-trail'>) {
  const outcome = pickEnum(AUDIT_OUTCOMES, firstParam(await searchParams, 'outcome'));
  const t = await getTranslations();
  const result = await queryGraph(AuditTrailQuery, { filter: outcome ? { outcome } : null, first: LINES_PER_AGENCY });
  const trail = result.data?.auditEvents;
  return (
    <>
      <PageHeading
        title={t('auditTrail.title')}
        description={t('auditTrail.description')}
        extra={
          <UrlFilter
            param="outcome"
            label={t('auditTrail.outcomeFilter')}
            testId="filter-outcome"
            options={AUDIT_OUTCOMES.map((value) => ({ value, label: t(`auditTrail.outcomes.${value}`) }))}
          />
        }
      />
      <GraphErrorAlert errors={result.errors} partial={Boolean(trail)} />
      {trail
        ? AGENCIES.map(({ field, key }) => (
            <AuditTrailCard
              key={key}
              agencyKey={key}
              title={t(`agency.${field}`)}
              page={trail[field] ?? null}
              unavailableText={t('errors.sectionUnavailable', { agency: t(`agency.${field}`) })}
            />
          ))
        : null}
    </>
  );
}
