import { parseResidentIdNumber, residentIdCheckCharacter } from './resident-id.validator';

const TODAY = new Date('2026-11-29T08:00:00Z');

/** A complete number from its first 17 digits. */
function withCheck(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

describe('residentIdCheckCharacter', () => {
  it('computes the ISO 7064 MOD 11-2 check character of the GB 11643 example', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
  });

  it('computes the published example 440524188001010014', () => {
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
  });

  it('refuses anything but 17 digits, since it is a programming error', () => {
    expect(() => residentIdCheckCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckCharacter('1101051949123100A')).toThrow(RangeError);
  });
});

describe('parseResidentIdNumber', () => {
  it('accepts a valid number and reads area code, birth date and sex', () => {
    const id = withCheck('37990219850314123');
    expect(parseResidentIdNumber(id, { today: TODAY })).toEqual({
      ok: true,
      value: { idNumber: id, areaCode: '379902', birthDate: '1985-03-14', sex: 'MALE' },
    });
  });

  it('reads an even sequence number as female', () => {
    const result = parseResidentIdNumber(withCheck('42010619920707058'), { today: TODAY });
    expect(result.ok && result.value.sex).toBe('FEMALE');
  });

  it('accepts a lowercase x as the check character and upper-cases it', () => {
    const result = parseResidentIdNumber('  11010519491231002x ', { today: TODAY });
    expect(result).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', areaCode: '110105', birthDate: '1949-12-31', sex: 'FEMALE' },
    });
  });

  it('rejects a wrong check character and says which one it should be', () => {
    const result = parseResidentIdNumber('110105194912310023', { today: TODAY });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CHECK_CHARACTER', message: expect.stringContaining('should be X, not 3') },
    });
  });

  it('never repeats the whole number in an error message', () => {
    const input = '110105194912310023';
    const result = parseResidentIdNumber(input, { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain(input);
  });

  it('rejects a number of the wrong length', () => {
    const result = parseResidentIdNumber('11010519491231002', { today: TODAY });
    expect(!result.ok && result.error.code).toBe('LENGTH');
    expect(!result.ok && result.error.message).toContain('this one has 17');
  });

  it('rejects letters among the first 17 characters', () => {
    const result = parseResidentIdNumber('1101051949123100AX', { today: TODAY });
    expect(!result.ok && result.error).toEqual({ code: 'CHARSET', message: expect.stringContaining('character 17') });
  });

  it('rejects a last character other than a digit or X', () => {
    expect(parseResidentIdNumber('11010519491231002Y', { today: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'CHARSET' },
    });
  });

  it('rejects an area code starting with 0 or with no such province', () => {
    expect(parseResidentIdNumber(withCheck('01010519491231002'), { today: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'AREA_CODE' },
    });
    expect(parseResidentIdNumber(withCheck('99010519491231002'), { today: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'AREA_CODE', message: expect.stringContaining('99') },
    });
  });

  it('rejects 30 February', () => {
    const result = parseResidentIdNumber(withCheck('11010519900230002'), { today: TODAY });
    expect(!result.ok && result.error).toEqual({
      code: 'BIRTH_DATE',
      message: expect.stringContaining('1990-02-30, which is not a real date'),
    });
  });

  it('rejects 29 February 2023 and accepts 29 February 2024', () => {
    expect(parseResidentIdNumber(withCheck('11010520230229002'), { today: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'BIRTH_DATE' },
    });
    expect(parseResidentIdNumber(withCheck('11010520240229002'), { today: TODAY })).toMatchObject({
      ok: true,
      value: { birthDate: '2024-02-29' },
    });
  });

  it('rejects month 13 and day 00', () => {
    expect(parseResidentIdNumber(withCheck('11010519901301002'), { today: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'BIRTH_DATE' },
    });
    expect(parseResidentIdNumber(withCheck('11010519900100002'), { today: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'BIRTH_DATE' },
    });
  });

  it('rejects birth dates in the future and before 1900', () => {
    expect(parseResidentIdNumber(withCheck('11010520261130002'), { today: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'BIRTH_DATE', message: expect.stringContaining('in the future') },
    });
    expect(parseResidentIdNumber(withCheck('11010518991231002'), { today: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'BIRTH_DATE', message: expect.stringContaining('before 1900') },
    });
  });

  it('takes "today" as the date in China (UTC+8)', () => {
    const id = withCheck('11010520261130002');
    expect(parseResidentIdNumber(id, { today: new Date('2026-11-29T16:30:00Z') }).ok).toBe(true);
    expect(parseResidentIdNumber(id, { today: new Date('2026-11-29T15:30:00Z') }).ok).toBe(false);
  });

  it('does not throw on arbitrary input', () => {
    for (const input of ['', ' ', '𠀀'.repeat(18), 'xxxxxxxxxxxxxxxxxx', '\u0000'.repeat(18)]) {
      expect(parseResidentIdNumber(input, { today: TODAY }).ok).toBe(false);
    }
  });
});
