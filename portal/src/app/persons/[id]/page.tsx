/**
 * `/persons/[id]`: one person across the agencies — civil affairs' record and rescue cases,
 * public security's identity checks, the women's federation's shelter referrals and the
 * foreign-affairs office's aid entrustments — each in its own section with its own error state.
 */
import { Alert, Breadcrumb } from 'antd';
import { type Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AgencySectionCard } from '@/components/agency-section-card';
import { AidEntrustmentsTable } from '@/components/aid-entrustments-table';
import { CivilAffairsSection, ProfileHeader } from '@/components/civil-affairs-section';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { IdentityChecksTable } from '@/components/identity-checks-table';
import { ShelterReferralsTable } from '@/components/shelter-referrals-table';
import { isNotAuthorised, isWithheldValue } from '@/graph/graph-client';
import { readPersonProfile } from '@/graph/person-profile.read';
import { readSessionUser } from '@/graph/session-token';
import { TIME_ZONE } from '@/i18n/locales';
import { describeAge, todayIn } from '@/lib/person-age.calculation';
import { tonedPinyin } from '@/lib/person-name.pinyin';
import { recordIdOrNotFound } from '@/lib/record-id.params';
import { worksWith } from '@/session/role-navigation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('profile');
  return { title: t('title') };
}

export default async function PersonProfilePage({ params }: PageProps<'/persons/[id]'>) {
  const id = recordIdOrNotFound((await params).id);
  const profile = await readPersonProfile(id);
  const t = await getTranslations();

  if (!profile.found && !profile.unavailable) notFound();

  const breadcrumb = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ title: <Link href="/persons">{t('nav.persons')}</Link> }, { title: t('profile.title') }]}
    />
  );

  if (!profile.found && profile.unavailable && profile.errors.length > 0 && profile.errors.some((error) => isNotAuthorised(error) && !isWithheldValue(error))) {
    return (
      <>
        {breadcrumb}
        <GraphErrorAlert errors={profile.errors} />
      </>
    );
  }

  if (!profile.found) {
    return (
      <>
        {breadcrumb}
        <Alert
          type="error"
          showIcon
          title={t('profile.unavailableTitle')}
          description={profile.errors.some(isNotAuthorised) ? t('errors.notAuthorised') : t('profile.unavailableDescription')}
          data-testid="profile-unavailable"
        />
      </>
    );
  }

  const { person, sections } = profile;
  const user = await readSessionUser();
  // A station may ask the police about a suspected foreign national in its care.
  const statusCheckRequest =
    user && worksWith(user.roles, '/status-checks/new') ? (
      <Link href={`/status-checks/new?personId=${encodeURIComponent(person.id)}`} data-testid="request-status-check">
        {t('profile.publicSecurity.requestStatusCheck')}
      </Link>
    ) : null;
  const pinyin = tonedPinyin(person.name) ?? person.namePinyin ?? undefined;

  return (
    <>
      {breadcrumb}
      <ProfileHeader displayName={person.displayName} identityStatus={person.identityStatus} pinyin={pinyin} />
      <GraphErrorAlert errors={profile.otherErrors} partial />
      <CivilAffairsSection person={person} pinyin={pinyin} age={describeAge(person, todayIn(TIME_ZONE))} rescueCases={sections.civilAffairs} />

      <AgencySectionCard
        section="publicSecurity"
        title={t('profile.publicSecurity.title')}
        extra={statusCheckRequest}
        ok={sections.publicSecurity.ok}
        empty={sections.publicSecurity.ok && sections.publicSecurity.data.length === 0}
        emptyText={t('profile.publicSecurity.empty')}
      >
        {sections.publicSecurity.ok ? (
          <IdentityChecksTable rows={sections.publicSecurity.data} emptyText={t('profile.publicSecurity.empty')} />
        ) : null}
      </AgencySectionCard>

      <AgencySectionCard
        section="womensFederation"
        title={t('profile.womensFederation.title')}
        ok={sections.womensFederation.ok}
        empty={sections.womensFederation.ok && sections.womensFederation.data.length === 0}
        emptyText={t('profile.womensFederation.empty')}
      >
        {sections.womensFederation.ok ? (
          <ShelterReferralsTable rows={sections.womensFederation.data} emptyText={t('profile.womensFederation.empty')} />
        ) : null}
      </AgencySectionCard>

      <AgencySectionCard
        section="foreignAffairs"
        title={t('profile.foreignAffairs.title')}
        ok={sections.foreignAffairs.ok}
        empty={sections.foreignAffairs.ok && sections.foreignAffairs.data.length === 0}
        emptyText={t('profile.foreignAffairs.empty')}
      >
        {sections.foreignAffairs.ok ? (
          <AidEntrustmentsTable rows={sections.foreignAffairs.data} emptyText={t('profile.foreignAffairs.empty')} />
        ) : null}
      </AgencySectionCard>
    </>
  );
}
