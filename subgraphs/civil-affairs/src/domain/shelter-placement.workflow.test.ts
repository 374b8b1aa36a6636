import { checkPlacementStep, releasesPlaces, standardStayEnd } from './shelter-placement.workflow';

describe('the shelter placement state machine', () => {
  it('admits only an accepted referral', () => {
    expect(checkPlacementStep('ACCEPTED', 'ADMITTED').ok).toBe(true);
    expect(checkPlacementStep('DECLINED', 'ADMITTED')).toMatchObject({ ok: false, message: expect.stringContaining('DECLINED') });
  });

  it('extends only a stay under way, more than once if need be', () => {
    expect(checkPlacementStep('ADMITTED', 'EXTENDED').ok).toBe(true);
    expect(checkPlacementStep('EXTENDED', 'EXTENDED').ok).toBe(true);
    expect(checkPlacementStep('ACCEPTED', 'EXTENDED').ok).toBe(false);
  });

  it('ends a stay by discharge or referral out, and closes only what has ended (or never began)', () => {
    expect(checkPlacementStep('EXTENDED', 'DISCHARGED').ok).toBe(true);
    expect(checkPlacementStep('ADMITTED', 'REFERRED_OUT').ok).toBe(true);
    expect(checkPlacementStep('ADMITTED', 'CLOSED')).toMatchObject({ ok: false, message: expect.stringContaining('still in the shelter') });
    expect(checkPlacementStep('ACCEPTED', 'CLOSED').ok).toBe(true);
    expect(checkPlacementStep('CLOSED', 'CLOSED').ok).toBe(false);
  });

  it('releases the places when the stay ends or the record closes', () => {
    expect(releasesPlaces('DISCHARGED')).toBe(true);
    expect(releasesPlaces('CLOSED')).toBe(true);
    expect(releasesPlaces('EXTENDED')).toBe(false);
  });

  it('runs the standard stay 10 days from admission', () => {
    expect(standardStayEnd(new Date('2026-12-01T08:00:00Z')).toISOString()).toBe('2026-12-11T08:00:00.000Z');
  });
});
