import { checkTransition, classifiedZone, zoneMismatch } from './rescue-case.workflow';

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

describe('a zone staff choose', () => {
  it('refuses an adult in the minors’ zone, a minor among adults, a woman among men and a man among women', () => {
    expect(zoneMismatch({ ...person, estimatedAgeMin: 60, estimatedAgeMax: 70 }, 'MINORS', on)).toMatch(/adult/);
    expect(zoneMismatch({ ...person, birthDate: '2008-11-29' }, 'MINORS', on)).toMatch(/adult/);
    expect(zoneMismatch({ ...person, birthDate: '2012-03-01' }, 'MEN', on)).toMatch(/minor/);
    expect(zoneMismatch({ ...person, sex: 'FEMALE', estimatedAgeMin: 14, estimatedAgeMax: 16 }, 'WOMEN', on)).toMatch(/minor/);
    expect(zoneMismatch({ ...person, estimatedAgeMin: 10, estimatedAgeMax: 12 }, 'ELDERLY_DISABLED', on)).toMatch(/minor/);
    expect(zoneMismatch({ ...person, sex: 'FEMALE', estimatedAgeMin: 30, estimatedAgeMax: 40 }, 'MEN', on)).toMatch(/woman/);
    expect(zoneMismatch({ ...person, estimatedAgeMin: 30, estimatedAgeMax: 40 }, 'WOMEN', on)).toMatch(/man/);
  });

  it('leaves to staff what is not known, and lets anyone under medical observation', () => {
    expect(zoneMismatch({ ...person, estimatedAgeMin: 16, estimatedAgeMax: 20 }, 'MINORS', on)).toBeNull();
    expect(zoneMismatch({ ...person, estimatedAgeMin: 16, estimatedAgeMax: 20 }, 'MEN', on)).toBeNull();
    expect(zoneMismatch({ ...person, sex: 'UNKNOWN', estimatedAgeMin: 30, estimatedAgeMax: 40 }, 'WOMEN', on)).toBeNull();
    expect(zoneMismatch({ ...person, birthDate: '2012-03-01' }, 'MINORS', on)).toBeNull();
    expect(zoneMismatch({ ...person, birthDate: '2012-03-01' }, 'MEDICAL_OBSERVATION', on)).toBeNull();
    expect(zoneMismatch({ ...person, estimatedAgeMin: 30, estimatedAgeMax: 40 }, 'ELDERLY_DISABLED', on)).toBeNull();
    expect(zoneMismatch(person, 'MINORS', on)).toBeNull();
  });
});
