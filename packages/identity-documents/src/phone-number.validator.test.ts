import { parseChineseMobile, parseE164 } from './phone-number.validator';

describe('parseChineseMobile', () => {
  it('accepts 11 digits starting with 13 to 19', () => {
    expect(parseChineseMobile('13812345678')).toEqual({ ok: true, value: '13812345678' });
    expect(parseChineseMobile('19912345678')).toEqual({ ok: true, value: '19912345678' });
  });

  it('drops separators and a +86 or 0086 prefix', () => {
    expect(parseChineseMobile(' 138-1234-5678 ')).toEqual({ ok: true, value: '13812345678' });
    expect(parseChineseMobile('+86 138 1234 5678')).toEqual({ ok: true, value: '13812345678' });
    expect(parseChineseMobile('008613812345678')).toEqual({ ok: true, value: '13812345678' });
  });

  it('says which check failed', () => {
    expect(parseChineseMobile('')).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(parseChineseMobile('1381234567a')).toMatchObject({ ok: false, error: { code: 'CHARSET' } });
    expect(parseChineseMobile('1381234567')).toMatchObject({
      ok: false,
      error: { code: 'LENGTH', message: expect.stringContaining('this one has 10') },
    });
    expect(parseChineseMobile('12812345678')).toMatchObject({ ok: false, error: { code: 'PREFIX' } });
    expect(parseChineseMobile('02712345678')).toMatchObject({ ok: false, error: { code: 'PREFIX' } });
  });
});

describe('parseE164', () => {
  it('accepts + and 8 to 15 digits', () => {
    expect(parseE164('+442071234567')).toEqual({ ok: true, value: '+442071234567' });
    expect(parseE164('+84 912 345 678')).toEqual({ ok: true, value: '+84912345678' });
    expect(parseE164('+12345678')).toEqual({ ok: true, value: '+12345678' });
  });

  it('says which check failed', () => {
    expect(parseE164(' ')).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(parseE164('442071234567')).toMatchObject({ ok: false, error: { code: 'MISSING_PLUS' } });
    expect(parseE164('+44(20)71234567')).toMatchObject({ ok: false, error: { code: 'CHARSET' } });
    expect(parseE164('+1234567')).toMatchObject({ ok: false, error: { code: 'LENGTH' } });
    expect(parseE164('+1234567890123456')).toMatchObject({ ok: false, error: { code: 'LENGTH' } });
    expect(parseE164('+0441234567')).toMatchObject({ ok: false, error: { code: 'COUNTRY_CODE' } });
  });
});
