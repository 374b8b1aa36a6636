import { ICAO_NATIONALITY_CODES, isIcaoNationalityCode, nationalityName, sameNationality } from './nationality-code.validator';

describe('ICAO 9303 nationality codes', () => {
  it('accept every ISO 3166-1 alpha-3 code and ICAO’s own, such as D for Germany and XXA for stateless persons', () => {
    for (const code of ['DEU', 'USA', 'VNM', 'D', 'XXA', 'XXB', 'XXC', 'XXX', 'UNO', 'UNA', 'UNK', 'EUE', 'GBN']) {
      expect(isIcaoNationalityCode(code)).toBe(true);
    }
    expect(ICAO_NATIONALITY_CODES.length).toBeGreaterThan(249);
    expect(new Set(ICAO_NATIONALITY_CODES).size).toBe(ICAO_NATIONALITY_CODES.length);
  });

  it('refuse codes no one assigned, lower case and filler', () => {
    for (const code of ['UTO', 'ZZZ', 'deu', 'D<<', '', 'DE']) expect(isIcaoNationalityCode(code)).toBe(false);
  });

  it('treat D and DEU as the same nationality', () => {
    expect(sameNationality('D', 'DEU')).toBe(true);
    expect(sameNationality('DEU', 'D')).toBe(true);
    expect(sameNationality('DEU', 'AUT')).toBe(false);
  });

  it('name every code in Chinese and English for staff', () => {
    expect(nationalityName('DEU')).toEqual({ zh: '德国', en: 'Germany' });
    expect(nationalityName('D').zh).toBe('德国');
    expect(nationalityName('XXA')).toEqual({ zh: '无国籍人', en: 'Stateless person' });
    expect(nationalityName('VNM').zh).toBe('越南');
    for (const code of ICAO_NATIONALITY_CODES) {
      const name = nationalityName(code);
      expect(name.zh).not.toBe(code);
      expect(name.en).not.toBe(code);
    }
  });
});
