/** `/status-checks/new?personId=…`: a station asks the police to check a suspected foreign national's status. */
import { Alert, Breadcrumb } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { NotPermitted } from '@/components/not-permitted';
import { PageHeading } from '@/components/page-heading';
import { PersonLink } from '@/components/person-link';
import { StatusCheckRequestForm, type StationChoice } from '@/components/status-check-request-form';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { StatusCheckSubjectQuery } from '@/graph/status-check.query';
import { isRecordId } from '@/lib/record-id.params';
import { firstParam } from '@/lib/search-params.reader';
import { worksWith } from '@/session/role-navigation';

/** Cases whose person is still with the station (a request is about someone in its care). */
const IN_STATION = new Set(['RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE']);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('statusChecks');
  return { title: t('request.title') };
}

export default async function RequestStatusCheckPage({ searchParams }: PageProps<'/status-checks/new'>) {
  const t = await getTranslations();
  const user = await readSessionUser();
  const personId = firstParam(await searchParams, 'personId');
  const breadcrumb = <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link href="/status-checks">{t('statusChecks.title')}</Link> }, { title: t('statusChecks.request.title') }]} />;
  if (!user || !worksWith(user.roles, '/status-checks/new')) {
    return (
      <>
        {breadcrumb}
        <NotPermitted />
      </>
    );
  }
  if (!personId || !isRecordId(personId)) {
    return (
      <>
        {breadcrumb}
        <PageHeading title={t('statusChecks.request.title')} />
        <Alert type="info" showIcon title={t('statusChecks.request.choosePerson')} action={<Link href="/persons">{t('nav.persons')}</Link>} data-testid="status-check-choose-person" />
      </>
    );
  }
  const result = await queryGraph(StatusCheckSubjectQuery, { id: personId });
  const person = result.data?.person;
  const stations = new Map<string, StationChoice>();
  for (const rescueCase of person?.rescueCases ?? []) {
    if (IN_STATION.has(rescueCase.status)) stations.set(rescueCase.station.id, rescueCase.station);
  }
  return (
    <>
      {breadcrumb}
      <PageHeading title={t('statusChecks.request.title')} description={t('statusChecks.request.description')} />
      <GraphErrorAlert errors={result.errors} partial={Boolean(person)} />
      {person ? (
        <>
          <p data-testid="status-check-subject">
            {t('statusChecks.request.subject')} <PersonLink person={person} />
          </p>
          {stations.size > 0 ? (
            <StatusCheckRequestForm personId={person.id} stations={[...stations.values()]} />
          ) : (
            <Alert type="warning" showIcon title={t('statusChecks.request.notInCare')} data-testid="status-check-not-in-care" />
          )}
        </>
      ) : result.errors.length === 0 ? (
        <Alert type="warning" showIcon title={t('statusChecks.request.personNotFound')} data-testid="status-check-person-not-found" />
      ) : null}
    </>
  );
}
