import { ageInYears, describeAge, todayIn } from './person-age.calculation';

describe('a person’s age', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageInYears('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageInYears('1990-06-15', '2026-06-15')).toBe(36);
    expect(ageInYears('2000-02-29', '2026-02-28')).toBe(25);
  });

  it('refuses malformed or future dates', () => {
    expect(ageInYears('15/06/1990', '2026-01-01')).toBeUndefined();
    expect(ageInYears('2030-01-01', '2026-01-01')).toBeUndefined();
  });

  it('falls back to the estimated range when the birth date is unknown', () => {
    expect(describeAge({ birthDate: null, estimatedAgeMin: 56, estimatedAgeMax: 64 }, '2026-11-29')).toEqual({ kind: 'estimated', min: 56, max: 64 });
    expect(describeAge({ estimatedAgeMin: 30 }, '2026-11-29')).toEqual({ kind: 'estimated', min: 30, max: 30 });
    expect(describeAge({}, '2026-11-29')).toEqual({ kind: 'unknown' });
    expect(describeAge({ birthDate: '1957-07-09' }, '2026-11-29')).toEqual({ kind: 'exact', years: 69 });
  });

  it('takes today in the city’s time zone, not the server’s', () => {
    expect(todayIn('Asia/Shanghai', new Date('2026-11-29T17:30:00Z'))).toBe('2026-11-30');
    expect(todayIn('UTC', new Date('2026-11-29T17:30:00Z'))).toBe('2026-11-29');
  });
});
