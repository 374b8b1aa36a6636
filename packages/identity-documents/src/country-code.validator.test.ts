import { ISO_3166_ALPHA3_CODES, isIso3166Alpha3 } from './country-code.validator';

describe('isIso3166Alpha3', () => {
  it('knows all 249 assigned codes, each once', () => {
    expect(ISO_3166_ALPHA3_CODES).toHaveLength(249);
    expect(new Set(ISO_3166_ALPHA3_CODES).size).toBe(249);
  });

  it.each(['CHN', 'VNM', 'MMR', 'RUS', 'USA', 'GBR', 'DEU', 'HKG', 'MAC', 'TWN', 'ALA', 'SSD', 'ZWE'])(
    'accepts %s',
    (code) => {
      expect(isIso3166Alpha3(code)).toBe(true);
    },
  );

  it.each(['UTO', 'D', 'GBD', 'XXA', 'chn', 'CN', 'CHNA', ''])('rejects %p', (code) => {
    expect(isIso3166Alpha3(code)).toBe(false);
  });
});
