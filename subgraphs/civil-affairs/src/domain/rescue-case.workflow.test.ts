import { checkTransition, classifiedZone } from './rescue-case.workflow';

const on = new Date('2026-11-29T00:00:00Z');
const person = { sex: 'MALE' as const, birthDate: null, estimatedAgeMin: null, estimatedAgeMax: null };

describe('the rescue-case state machine', () => {
  it('lets a received person be screened into care, and a person in care leave', () => {
    expect(checkTransition('RECEIVED', 'IN_CARE')).toEqual({ ok: true });
    expect(checkTransition('MEDICAL_TREATMENT', 'IN_CARE')).toEqual({ ok: true });
    expect(checkTransition('IN_CARE', 'EXITED')).toEqual({ ok: true });
  });

  it('refuses to reopen a closed case or skip back, naming the current state', () => {
    const reopened = checkTransition('EXITED', 'IN_CARE');
    expect(reopened).toEqual({ ok: false, message: expect.stringContaining('EXITED') });
    expect(checkTransition('IN_CARE', 'MEDICAL_TREATMENT')).toEqual({ ok: false, message: expect.stringContaining('IN_CARE') });
    expect(checkTransition('REFUSED', 'EXITED').ok).toBe(false);
  });
});

describe('classified care', () => {
  it('puts minors apart from adults, the elderly apart, and men and women apart', () => {
    expect(classifiedZone({ ...person, birthDate: '2012-03-01' }, on)).toBe('MINORS');
    expect(classifiedZone({ ...person, sex: 'FEMALE', birthDate: '2008-12-01' }, on)).toBe('MINORS');
    expect(classifiedZone({ ...person, sex: 'FEMALE', birthDate: '2008-11-29' }, on)).toBe('WOMEN');
    expect(classifiedZone({ ...person, estimatedAgeMin: 65, estimatedAgeMax: 75 }, on)).toBe('ELDERLY_DISABLED');
    expect(classifiedZone({ ...person, estimatedAgeMin: 40, estimatedAgeMax: 50 }, on)).toBe('MEN');
    expect(classifiedZone({ ...person, sex: 'FEMALE' }, on)).toBe('WOMEN');
  });
});
