/**
 * The seam for the signed-in user's credential. The trust layer will put a session token in the
 * `lifeline_session` cookie at login; until then there is none and the gateway treats the portal's
 * requests as anonymous. Only server code calls this: the token never reaches client JavaScript.
 */
import { cookies } from 'next/headers';

export const SESSION_COOKIE = 'lifeline_session';

/** The current user's bearer token for the gateway, or `undefined` when nobody is signed in. */
export async function readSessionToken(): Promise<string | undefined> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value && value.length > 0 ? value : undefined;
}
