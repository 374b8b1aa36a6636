/**
 * Where to send a user after signing in: only a path on this portal, never another site (an
 * open redirect would let a crafted link carry a fresh session's user anywhere).
 */

/** The page a `next` parameter asks for, when it is a local path; `/` otherwise. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  // Control characters could smuggle a different target past the browser's URL parser.
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return '/';
  let parsed: URL;
  try {
    parsed = new URL(value, 'http://portal.invalid');
  } catch {
    return '/';
  }
  if (parsed.origin !== 'http://portal.invalid' || parsed.pathname.startsWith('/login')) return '/';
  return `${parsed.pathname}${parsed.search}`;
}

/** The sign-in page's address that brings the user back to `path` afterwards. */
export function loginHref(path: string): string {
  const back = safeReturnPath(path);
  return back === '/' ? '/login' : `/login?next=${encodeURIComponent(back)}`;
}
