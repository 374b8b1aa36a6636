/** `/aid-entrustments/new`: the foreign-affairs office issues an entrustment. */
import { Breadcrumb } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { IssueAidEntrustmentForm } from '@/components/aid-entrustment-forms';
import { NotPermitted } from '@/components/not-permitted';
import { PageHeading } from '@/components/page-heading';
import { queryGraph } from '@/graph/graph-client';
import { PersonChoiceQuery } from '@/graph/person-pick.query';
import { readSessionUser } from '@/graph/session-token';
import { isRecordId } from '@/lib/record-id.params';
import { firstParam } from '@/lib/search-params.reader';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('aidEntrustmentWork');
  return { title: t('issueTitle') };
}

export default async function IssueAidEntrustmentPage({ searchParams }: PageProps<'/aid-entrustments/new'>) {
  const t = await getTranslations();
  const user = await readSessionUser();
  const personId = firstParam(await searchParams, 'personId');
  const isFao = user?.roles.includes('FAO_OFFICER') ?? false;
  // Opened from a person's profile: the form starts with that person chosen, shown by name (nobody when not visible).
  const person = isFao && personId && isRecordId(personId) ? ((await queryGraph(PersonChoiceQuery, { id: personId })).data?.person ?? null) : null;
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link href="/aid-entrustments">{t('nav.aidEntrustments')}</Link> }, { title: t('aidEntrustmentWork.issueTitle') }]} />
      <PageHeading title={t('aidEntrustmentWork.issueTitle')} description={t('aidEntrustmentWork.issueDescription')} />
      {isFao ? <IssueAidEntrustmentForm person={person} /> : <NotPermitted />}
    </>
  );
}
