import { DEFAULT_LOCALE, resolveLocale } from './locales';

describe('the language of a request', () => {
  it('is Simplified Chinese unless the cookie says English', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(resolveLocale(undefined)).toBe('zh-CN');
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('zh-CN')).toBe('zh-CN');
  });

  it('falls back to Chinese for a value it does not know', () => {
    expect(resolveLocale('fr')).toBe('zh-CN');
    expect(resolveLocale('EN')).toBe('zh-CN');
  });
});
