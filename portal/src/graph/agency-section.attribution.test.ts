import { attributeErrors, sectionOfError } from './agency-section.attribution';

describe('placing a GraphQL error in the agency section it broke', () => {
  it('uses the subgraph the gateway names for an outage', () => {
    expect(sectionOfError({ message: 'down', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'womens-federation' } })).toBe(
      'womensFederation',
    );
    expect(sectionOfError({ message: 'down', extensions: { subgraph: 'foreign-affairs' } })).toBe('foreignAffairs');
  });

  it('places an error by the agency field on its path', () => {
    expect(sectionOfError({ message: 'x', path: ['person', 'identityChecks', 0, 'status'] })).toBe('publicSecurity');
    expect(sectionOfError({ message: 'x', path: ['person', 'aidEntrustments'] })).toBe('foreignAffairs');
    expect(sectionOfError({ message: 'x', path: ['person', 'rescueCases', 2, 'station', 'name'] })).toBe('civilAffairs');
  });

  it('keeps a civil-affairs entity inside another agency’s list in that agency’s section', () => {
    expect(sectionOfError({ message: 'x', path: ['person', 'identityChecks', 0, 'requestingStation', 'name'] })).toBe('publicSecurity');
  });

  it('gives a failed person to civil affairs, which owns it', () => {
    expect(sectionOfError({ message: 'x', path: ['person'] })).toBe('civilAffairs');
  });

  it('leaves errors it cannot place unattributed', () => {
    expect(sectionOfError({ message: 'gateway down', extensions: { code: 'GATEWAY_UNAVAILABLE' } })).toBeUndefined();
    expect(sectionOfError({ message: 'x', extensions: { subgraph: 'unknown-agency' } })).toBeUndefined();
    expect(sectionOfError({ message: 'x', path: ['somethingElse', 0] })).toBeUndefined();
  });

  it('sorts a result’s errors into failed sections and the rest', () => {
    const { failedSections, unattributed } = attributeErrors([
      { message: 'a', extensions: { subgraph: 'public-security' } },
      { message: 'b', path: ['person', 'identityChecks', 1] },
      { message: 'c', path: ['person', 'shelterReferrals'] },
      { message: 'd' },
    ]);
    expect([...failedSections].sort()).toEqual(['publicSecurity', 'womensFederation']);
    expect(unattributed).toEqual([{ message: 'd' }]);
  });
});

describe('telling a lost section from a withheld value', () => {
  it('counts an outage and an error on the agency’s list as a lost section', () => {
    const result = attributeErrors([
      { message: 'down', extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'foreign-affairs' } },
      { message: 'x', path: ['person', 'shelterReferrals'] },
      { message: 'x', path: ['person', 'identityChecks', 0] },
    ]);
    expect([...result.failedSections].sort()).toEqual(['foreignAffairs', 'publicSecurity', 'womensFederation']);
    expect(result.fieldErrors).toEqual([]);
  });

  it('keeps a section whose records arrived with one value refused', () => {
    const refused = { message: 'Not authorised', path: ['person', 'identityChecks', 0, 'samples'], extensions: { code: 'FORBIDDEN' } };
    const result = attributeErrors([refused]);
    expect(result.failedSections.size).toBe(0);
    expect(result.fieldErrors).toEqual([refused]);
  });

  it('treats a refused value of a listed record the same way', () => {
    const refused = { message: 'Not authorised', path: ['identityChecks', 3, 'samples'], extensions: { code: 'FORBIDDEN' } };
    expect(attributeErrors([refused]).fieldErrors).toEqual([refused]);
    expect(attributeErrors([{ message: 'x', path: ['identityChecks'] }]).failedSections).toEqual(new Set(['publicSecurity']));
  });
});
