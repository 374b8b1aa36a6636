'use server';
/** The language switcher's server action: remembers the choice in the locale cookie. */
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, resolveLocale } from './locales';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Stores the chosen locale (unknown values fall back to Chinese); the page re-renders after it. */
export async function setLocale(locale: string): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, resolveLocale(locale), {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
    httpOnly: false,
  });
}
