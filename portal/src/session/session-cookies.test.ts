import { clearedSessionCookies, isHttps, REFRESH_COOKIE, SESSION_COOKIE, sessionCookies } from './session-cookies';

describe('the session cookies', () => {
  it('keeps both tokens in httpOnly, SameSite cookies living as long as each token', () => {
    const cookies = sessionCookies({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 }, { secure: true, sessionMaxAgeSeconds: 28800 });
    expect(cookies).toEqual([
      { name: SESSION_COOKIE, value: 'a', httpOnly: true, sameSite: 'lax', secure: true, path: '/', maxAge: 900 },
      { name: REFRESH_COOKIE, value: 'r', httpOnly: true, sameSite: 'lax', secure: true, path: '/', maxAge: 28800 },
    ]);
  });

  it('clears both at once', () => {
    expect(clearedSessionCookies(false).map((c) => [c.name, c.value, c.maxAge])).toEqual([
      [SESSION_COOKIE, '', 0],
      [REFRESH_COOKIE, '', 0],
    ]);
  });

  it('marks cookies Secure when the browser came over https, directly or through a proxy', () => {
    expect(isHttps('https:', null)).toBe(true);
    expect(isHttps('http:', 'https, http')).toBe(true);
    expect(isHttps('http:', null)).toBe(false);
    expect(isHttps('https:', 'http')).toBe(false);
  });
});
