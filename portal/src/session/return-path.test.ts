import { loginHref, safeReturnPath } from './return-path';

describe('the page to return to after signing in', () => {
  it('keeps a local path with its query', () => {
    expect(safeReturnPath('/persons?q=wang')).toBe('/persons?q=wang');
    expect(safeReturnPath('/persons/abc')).toBe('/persons/abc');
  });

  it('sends everything else to the dashboard', () => {
    for (const value of [undefined, null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'persons', '/\tevil', '/login?next=/x']) {
      expect(safeReturnPath(value)).toBe('/');
    }
  });

  it('builds the sign-in link that comes back', () => {
    expect(loginHref('/persons?q=wang')).toBe('/login?next=%2Fpersons%3Fq%3Dwang');
    expect(loginHref('/')).toBe('/login');
  });
});
