/**
 * `/shelter-referrals/[id]`: one referral as its reader may see it: the caseworker follows the
 * shelter's answer in its status; the shelter staff also see their placement (places held, the
 * stay) and act on it.
 */
import { type Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { GraphErrorAlert } from '@/components/graph-error-alert';
import { PageHeading } from '@/components/page-heading';
import { ShelterReferralDetail } from '@/components/shelter-referral-detail';
import { queryGraph } from '@/graph/graph-client';
import { readSessionUser } from '@/graph/session-token';
import { ShelterPlacementOfReferralQuery, ShelterReferralDetailQuery } from '@/graph/shelter.query';
import { recordIdOrNotFound } from '@/lib/record-id.params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shelterWork');
  return { title: t('detail.title') };
}

export default async function ShelterReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const id = recordIdOrNotFound((await params).id);
  const t = await getTranslations();
  const user = await readSessionUser();
  const shelterStaff = user?.roles.includes('SHELTER_STAFF') ?? false;
  const result = await queryGraph(ShelterReferralDetailQuery, { id });
  const referral = result.data?.shelterReferral;
  if (!referral && result.errors.length === 0) notFound();
  const placementResult = shelterStaff && referral ? await queryGraph(ShelterPlacementOfReferralQuery, { id }) : null;
  const placement = placementResult?.data?.shelterReferral?.placement ?? null;
  const shelter = placementResult?.data?.shelters[0] ?? null;
  const w = (key: string) => (t as unknown as (k: string) => string)(`shelterWork.${key}`);

  return (
    <>
      <PageHeading title={w('detail.title')} description={w('detail.description')} />
      <GraphErrorAlert errors={[...result.errors, ...(placementResult?.errors ?? [])]} partial={Boolean(referral)} />
      {referral ? (
        <ShelterReferralDetail referral={referral} placement={placement} shelter={shelter} shelterStaff={shelterStaff} own={user?.username === referral.referringCaseworker} />
      ) : null}
    </>
  );
}
