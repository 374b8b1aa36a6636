/** `/shelter-referrals/new`: a caseworker or police officer refers a victim to the shelter. */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/page-heading';
import { ShelterReferralForm } from '@/components/shelter-referral-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shelterWork');
  return { title: t('form.title') };
}

export default async function NewShelterReferralPage() {
  const t = await getTranslations('shelterWork');
  return (
    <>
      <PageHeading title={t('form.title')} description={t('form.description')} />
      <ShelterReferralForm organisation={t('form.defaultOrganisation')} />
    </>
  );
}
