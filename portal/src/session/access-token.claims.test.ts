import { isUsable, readAccessTokenClaims } from './access-token.claims';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims: unknown) => `${encode({ alg: 'ES256', typ: 'JWT' })}.${encode(claims)}.signature`;

describe('reading an access token', () => {
  it('reads who is signed in and when the token expires', () => {
    const claims = readAccessTokenClaims(token({ sub: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: ['CENTER_STAFF', 7], exp: 2000, kind: 'user' }));
    expect(claims).toEqual({ username: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: ['CENTER_STAFF'], expiresAt: 2000 });
  });

  it('refuses what is not a JWT with a subject and an expiry', () => {
    expect(readAccessTokenClaims(undefined)).toBeNull();
    expect(readAccessTokenClaims('garbage')).toBeNull();
    expect(readAccessTokenClaims('a.%%%.c')).toBeNull();
    expect(readAccessTokenClaims(token({ sub: 'x' }))).toBeNull();
  });

  it('counts a token as expired shortly before its expiry, so a page never starts with a dying token', () => {
    const claims = readAccessTokenClaims(token({ sub: 'x', exp: 1000 }));
    expect(isUsable(claims, 900_000)).toBe(true);
    expect(isUsable(claims, 980_000)).toBe(false);
    expect(isUsable(null, 0)).toBe(false);
  });
});
