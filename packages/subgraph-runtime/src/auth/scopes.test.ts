import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANONYMOUS, type Caller } from './caller';
import { ROLES } from './roles';
import { SCOPES, scopeGrantProblem, scopesAllow, scopesCovering } from './scopes';

const system = (scopes: string[]): Caller => ({ ...ANONYMOUS, kind: 'service', id: 'a-system', agency: 'PUBLIC_SECURITY', roles: [ROLES.INTEGRATION], scopes });
const officer: Caller = { ...ANONYMOUS, kind: 'user', id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], scopes: [] };

describe('the scope table', () => {
  it('lets a system reach a field only through a scope that covers it', () => {
    expect(scopesAllow(system(['read:stations']), 'public-security', 'IdentityCheck', 'verifiedName')).toBe(false);
    expect(scopesAllow(system(['read:identity-checks']), 'public-security', 'IdentityCheck', 'verifiedName')).toBe(true);
    expect(scopesAllow(system(['read:identity-checks']), 'civil-affairs', 'Person', 'name')).toBe(false);
    expect(scopesAllow(system([]), 'civil-affairs', 'Query', '_entities')).toBe(true);
  });

  it('lets a write scope read what it writes, and not the other way round', () => {
    expect(scopesCovering('public-security', 'IdentityCheck', 'status')).toEqual(['read:identity-checks', 'write:identity-checks']);
    expect(scopesAllow(system(['write:identity-checks']), 'public-security', 'IdentityCheck', 'status')).toBe(true);
    expect(scopesAllow(system(['read:identity-checks']), 'public-security', 'Mutation', 'recordSample')).toBe(false);
  });

  it('leaves signed-in staff to their role rules', () => {
    expect(scopesAllow(officer, 'public-security', 'Mutation', 'recordSample')).toBe(true);
    expect(scopesAllow(officer, 'civil-affairs', 'AuditEvent', 'actor')).toBe(true);
  });

  it('grants only known scopes, and a write scope only to its own agency', () => {
    expect(scopeGrantProblem('PUBLIC_SECURITY', ['read:persons', 'write:identity-checks'])).toBeNull();
    expect(scopeGrantProblem('CIVIL_AFFAIRS', ['write:identity-checks'])).toBe('scopes of another agency: write:identity-checks');
    expect(scopeGrantProblem('CIVIL_AFFAIRS', ['read:everything'])).toBe('unknown scopes: read:everything');
  });

  it('is documented in the README, one row per scope', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Scopes'), readme.indexOf('## Signing in'));
    const rows = [...section.matchAll(/^\| `([a-z:-]+)` \|/gm)].map((match) => match[1]);
    expect(rows.sort()).toEqual(Object.keys(SCOPES).sort());
  });
});
