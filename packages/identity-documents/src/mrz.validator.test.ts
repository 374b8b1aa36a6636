import { checkMrzCheckDigit, mrzCheckDigit, parseTd3Mrz } from './mrz.validator';

const TODAY = new Date('2026-11-29T08:00:00Z');
/** The ICAO Doc 9303 specimen passport of Anna Maria Eriksson, Utopia. */
const LINE1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const LINE2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

/** The second line with one character replaced. */
function tamper(index: number, ch: string): string {
  return LINE2.slice(0, index) + ch + LINE2.slice(index + 1);
}

describe('mrzCheckDigit and checkMrzCheckDigit', () => {
  it('computes the ICAO 9303 check digits of the specimen fields', () => {
    expect(mrzCheckDigit('L898902C3')).toBe('6');
    expect(mrzCheckDigit('740812')).toBe('2');
    expect(mrzCheckDigit('120415')).toBe('9');
    expect(mrzCheckDigit('ZE184226B<<<<<')).toBe('1');
  });

  it('accepts < as the check digit only of an empty field', () => {
    expect(checkMrzCheckDigit('<<<<<<<<<<<<<<', '<')).toBe(true);
    expect(checkMrzCheckDigit('<<<<<<<<<<<<<<', '0')).toBe(true);
    expect(checkMrzCheckDigit('ZE184226B<<<<<', '<')).toBe(false);
  });

  it('reports a wrong digit and characters that cannot appear in an MRZ', () => {
    expect(checkMrzCheckDigit('L898902C3', '7')).toBe(false);
    expect(checkMrzCheckDigit('l898902c3', '6')).toBe(false);
  });
});

describe('parseTd3Mrz', () => {
  it('reads the ICAO specimen passport', () => {
    expect(parseTd3Mrz(LINE1, LINE2, { today: TODAY })).toEqual({
      ok: true,
      value: {
        documentNumber: 'L898902C3',
        nationality: 'UTO',
        issuingState: 'UTO',
        birthDate: '1974-08-12',
        sex: 'FEMALE',
        expiryDate: '2012-04-15',
        personalNumber: 'ZE184226B',
        surname: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
      },
    });
  });

  it('ignores surrounding whitespace and lowercase letters', () => {
    expect(parseTd3Mrz(` ${LINE1.toLowerCase()} `, `${LINE2}\n`, { today: TODAY }).ok).toBe(true);
  });

  it.each([
    [9, '7', 'DOCUMENT_NUMBER_CHECK_DIGIT', 'passport number check digit should be 6, not 7'],
    [19, '3', 'BIRTH_DATE_CHECK_DIGIT', 'birth date check digit should be 2, not 3'],
    [27, '8', 'EXPIRY_DATE_CHECK_DIGIT', 'expiry date check digit should be 9, not 8'],
    [42, '2', 'PERSONAL_NUMBER_CHECK_DIGIT', 'personal number check digit should be 1, not 2'],
    [43, '1', 'COMPOSITE_CHECK_DIGIT', 'composite'],
  ])('rejects a tampered check digit at position %i and names it', (index, ch, code, message) => {
    expect(parseTd3Mrz(LINE1, tamper(index, ch), { today: TODAY })).toEqual({
      ok: false,
      error: { code, message: expect.stringContaining(message) },
    });
  });

  it('rejects a tampered passport number whose own check digit no longer matches', () => {
    const result = parseTd3Mrz(LINE1, tamper(3, '9'), { today: TODAY });
    expect(!result.ok && result.error.code).toBe('DOCUMENT_NUMBER_CHECK_DIGIT');
  });

  it('rejects lines of the wrong length, odd characters and non-passport documents', () => {
    expect(parseTd3Mrz(LINE1.slice(1), LINE2, { today: TODAY })).toMatchObject({ ok: false, error: { code: 'LENGTH' } });
    expect(parseTd3Mrz(LINE1, tamper(5, '-'), { today: TODAY })).toMatchObject({ ok: false, error: { code: 'CHARSET' } });
    expect(parseTd3Mrz(`V${LINE1.slice(1)}`, LINE2, { today: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'DOCUMENT_TYPE' },
    });
  });

  it('rejects an impossible birth date and a bad sex field', () => {
    expect(parseTd3Mrz(LINE1, tamper(15, '3'), { today: TODAY })).toMatchObject({
      ok: false,
      error: { code: 'BIRTH_DATE' },
    });
    expect(parseTd3Mrz(LINE1, tamper(20, 'Q'), { today: TODAY })).toMatchObject({ ok: false, error: { code: 'SEX' } });
  });

  it('puts a two-digit birth year in the most recent century that is not in the future', () => {
    const line2 = 'L898902C36UTO2001012F3001019<<<<<<<<<<<<<<06';
    const result = parseTd3Mrz(LINE1, line2, { today: TODAY });
    expect(result).toMatchObject({ ok: true, value: { birthDate: '2020-01-01', expiryDate: '2030-01-01', personalNumber: null } });
  });
});
