import { generateKeyPairSync } from 'node:crypto';
import { ANONYMOUS, type Caller } from './caller';
import { createInternalTokenVerifier, signInternalToken, verifyInternalToken, INTERNAL_TOKEN_TTL_SECONDS } from './internal-token';
import { signJwt, verifyJwt, TokenError } from './jwt';

const keys = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, publicKey, kid: 'test' };
};
const gateway = keys();
const caller: Caller = { ...ANONYMOUS, kind: 'user', id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: ['CENTER_STAFF'], jurisdiction: '379900' };
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

describe('internal tokens', () => {
  it('carry the caller to the subgraph named in the audience, for at most 60 seconds', () => {
    const token = signInternalToken({ caller, requestId: 'req-12345678', audience: 'civil-affairs', ttlSeconds: 3600 }, gateway);
    const claims = verifyJwt(token, gateway.publicKey);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(INTERNAL_TOKEN_TTL_SECONDS);
    expect(verifyInternalToken(token, gateway.publicKey, 'civil-affairs')).toEqual({ caller, requestId: 'req-12345678' });
  });

  it('are refused for another subgraph, with another key, expired, unsigned or tampered', () => {
    const token = signInternalToken({ caller, requestId: 'req-12345678', audience: 'civil-affairs' }, gateway);
    expect(() => verifyInternalToken(token, gateway.publicKey, 'public-security')).toThrow(TokenError);
    expect(() => verifyInternalToken(token, keys().publicKey, 'civil-affairs')).toThrow(/signature/);

    const expired = signJwt({ iss: 'lifeline-gateway', aud: 'civil-affairs', iat: now() - 120, exp: now() - 60, kind: 'user', sub: 'x' }, gateway.privateKey, 'test');
    expect(() => verifyInternalToken(expired, gateway.publicKey, 'civil-affairs')).toThrow(/expired/);

    const longLived = signJwt({ iss: 'lifeline-gateway', aud: 'civil-affairs', iat: now(), exp: now() + 3600, kind: 'user', sub: 'x' }, gateway.privateKey, 'test');
    expect(() => verifyInternalToken(longLived, gateway.publicKey, 'civil-affairs')).toThrow(TokenError);

    const [, payload] = token.split('.');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    expect(() => verifyInternalToken(unsigned, gateway.publicKey, 'civil-affairs')).toThrow(/algorithm/);

    const forgedClaims = b64({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: ['SHELTER_STAFF'] });
    const [header, , signature] = token.split('.');
    expect(() => verifyInternalToken(`${header}.${forgedClaims}.${signature}`, gateway.publicKey, 'civil-affairs')).toThrow(/signature/);
    expect(() => verifyInternalToken('not.a.token!', gateway.publicKey, 'civil-affairs')).toThrow(/malformed/);
  });

  it('carry no request id when signed for a caller rather than one request', () => {
    const token = signInternalToken({ caller, audience: 'civil-affairs' }, gateway);
    expect(verifyInternalToken(token, gateway.publicKey, 'civil-affairs')).toEqual({ caller, requestId: null });
  });

  it('are verified once while valid, and refused once expired even when remembered', () => {
    let clock = Date.now();
    const verify = createInternalTokenVerifier(gateway.publicKey, 'civil-affairs', { now: () => clock });
    const token = signInternalToken({ caller, audience: 'civil-affairs' }, gateway);
    const first = verify(token);
    expect(first.caller).toEqual(caller);
    expect(verify(token)).toBe(first);

    const [header, payload, signature] = token.split('.');
    const forged = b64({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: ['SHELTER_STAFF'] });
    expect(() => verify(`${header}.${forged}.${signature}`)).toThrow(/signature/);
    expect(() => createInternalTokenVerifier(gateway.publicKey, 'public-security')(token)).toThrow(TokenError);

    clock += (INTERNAL_TOKEN_TTL_SECONDS + 1) * 1000;
    expect(() => verify(token)).toThrow(/expired/);
  });
});
