import { ANONYMOUS, verifyInternalToken, type Caller } from '@lifeline/subgraph-runtime';
import { InternalTokenCache, TOKEN_REUSE_MS } from '../src/internal-token-cache';
import { testSigningKeys } from './fake-subgraphs.fixture';

describe('the internal tokens the gateway reuses', () => {
  const keys = testSigningKeys();
  const center: Caller = { ...ANONYMOUS, kind: 'user', id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: ['CENTER_STAFF'], jurisdiction: '379900' };
  const county: Caller = { ...center, id: 'county.staff', roles: ['STATION_STAFF'], jurisdiction: '379901' };

  it('serve one caller at one subgraph for half their life, then are signed anew', () => {
    let clock = Date.now();
    const cache = new InternalTokenCache('civil-affairs', keys, { now: () => clock });
    const first = cache.tokenFor(center);
    expect(cache.tokenFor({ ...center, roles: [...center.roles] })).toBe(first);
    expect(verifyInternalToken(first, keys.publicKey, 'civil-affairs').caller).toEqual(center);

    clock += TOKEN_REUSE_MS + 1;
    const second = cache.tokenFor(center);
    expect(second).not.toBe(first);
  });

  it('never cross callers, roles or subgraphs', () => {
    const cache = new InternalTokenCache('civil-affairs', keys);
    const token = cache.tokenFor(center);
    expect(verifyInternalToken(cache.tokenFor(county), keys.publicKey, 'civil-affairs').caller).toEqual(county);
    expect(cache.tokenFor({ ...center, roles: ['AUDITOR'] })).not.toBe(token);
    expect(() => verifyInternalToken(token, keys.publicKey, 'public-security')).toThrow(/audience/);
    const other = new InternalTokenCache('public-security', keys);
    expect(verifyInternalToken(other.tokenFor(center), keys.publicKey, 'public-security').caller).toEqual(center);
  });
});
