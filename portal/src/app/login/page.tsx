/** `/login`: the sign-in form; afterwards the user goes back to the page they asked for. */
import { type Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/login-form';
import { firstParam } from '@/lib/search-params.reader';
import { safeReturnPath } from '@/session/return-path';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  const next = safeReturnPath(firstParam(await searchParams, 'next'));
  return <LoginForm next={next} />;
}
