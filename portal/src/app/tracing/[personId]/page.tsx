/** `/tracing/[personId]`: the missing-person reports that may be this person, each compared side by side and explained. */
import { Alert, Breadcrumb, Empty } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CandidateComparison } from '@/components/candidate-comparison';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { queryGraph } from '@/graph/graph-client';
import { TracingCandidatesQuery } from '@/graph/tracing.query';
import { recordIdOrNotFound } from '@/lib/record-id.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tracing');
  return { title: t('candidatesTitle') };
}

export default async function TracingCandidatesPage({ params }: PageProps<'/tracing/[personId]'>) {
  const personId = recordIdOrNotFound((await params).personId);
  const t = await getTranslations();
  const result = await queryGraph(TracingCandidatesQuery, { personId });
  const person = result.data?.person;
  if (result.data && !person && result.errors.length === 0) notFound();
  const candidates = result.data?.tracingCandidates ?? [];
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link href="/tracing">{t('tracing.title')}</Link> }, { title: person?.displayName ?? t('tracing.candidatesTitle') }]} />
      <PageHeading title={person ? t('tracing.candidatesOf', { name: person.displayName }) : t('tracing.candidatesTitle')} description={t('tracing.candidatesDescription')} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(person)} />
      {person?.identityStatus && person.identityStatus !== 'UNIDENTIFIED' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="tracing-resolved"
          title={t('tracing.resolvedTitle', { name: person.displayName })}
          description={t('tracing.resolvedDescription', { status: t(`enums.IdentityStatus.${person.identityStatus}`) })}
        />
      ) : null}
      {person ? (
        candidates.length > 0 ? (
          candidates.map((candidate, i) => <CandidateComparison key={candidate.report.id} person={person} candidate={candidate} rank={i + 1} />)
        ) : (
          <Empty description={t('tracing.noCandidates')} data-testid="no-candidates" />
        )
      ) : null}
    </>
  );
}
