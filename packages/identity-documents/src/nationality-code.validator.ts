/**
 * Nationality and issuing-state codes as ICAO 9303 Part 3 writes them in passports: the ISO
 * 3166-1 alpha-3 codes plus ICAO's own. A German passport's machine-readable zone says `D`; a
 * stateless person's travel document `XXA`; a refugee's `XXB` or `XXC`; an unknown nationality
 * `XXX` — the very people a rescue center meets, so all of them are accepted. Staff read the codes
 * by name (Chinese by default); the code stays what is stored and compared.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { ISO_3166_ALPHA3_CODES } from './country-code.validator';

countries.registerLocale(zh);
countries.registerLocale(en);

/** A name for display, in the two languages of the portal. */
export interface NationalityName {
  zh: string;
  en: string;
}

/** ICAO 9303 Part 3's codes that are not ISO 3166-1 alpha-3, with their names. */
export const ICAO_ADDITIONAL_CODES: Readonly<Record<string, NationalityName>> = Object.freeze({
  D: { zh: '德国', en: 'Germany' },
  EUE: { zh: '欧洲联盟', en: 'European Union' },
  GBD: { zh: '英国海外领土公民', en: 'British Overseas Territories Citizen' },
  GBN: { zh: '英国国民（海外）', en: 'British National (Overseas)' },
  GBO: { zh: '英国海外公民', en: 'British Overseas Citizen' },
  GBP: { zh: '英国受保护人', en: 'British Protected Person' },
  GBS: { zh: '英国臣民', en: 'British Subject' },
  RKS: { zh: '科索沃', en: 'Kosovo' },
  UNA: { zh: '联合国专门机构', en: 'Specialized agency of the United Nations' },
  UNK: { zh: '联合国科索沃临时行政当局居民', en: 'Resident of Kosovo (UNMIK)' },
  UNO: { zh: '联合国', en: 'United Nations' },
  XBA: { zh: '非洲开发银行', en: 'African Development Bank' },
  XCC: { zh: '加勒比共同体', en: 'Caribbean Community' },
  XCE: { zh: '欧洲委员会', en: 'Council of Europe' },
  XCO: { zh: '东南非共同市场', en: 'Common Market for Eastern and Southern Africa' },
  XDC: { zh: '南部非洲发展共同体', en: 'Southern African Development Community' },
  XEC: { zh: '西非国家经济共同体', en: 'Economic Community of West African States' },
  XES: { zh: '东加勒比国家组织', en: 'Organisation of Eastern Caribbean States' },
  XIM: { zh: '非洲进出口银行', en: 'African Export-Import Bank' },
  XMP: { zh: '地中海议会', en: 'Parliamentary Assembly of the Mediterranean' },
  XOM: { zh: '马耳他主权军事教团', en: 'Sovereign Military Order of Malta' },
  XPO: { zh: '国际刑警组织', en: 'Interpol' },
  XXA: { zh: '无国籍人', en: 'Stateless person' },
  XXB: { zh: '难民（1951年公约）', en: 'Refugee (1951 Convention)' },
  XXC: { zh: '难民（其他）', en: 'Refugee (other)' },
  XXX: { zh: '国籍不明', en: 'Unspecified nationality' },
});

/** Codes that name the same nationality: ICAO's `D` is ISO's `DEU`. */
const SAME_AS: Readonly<Record<string, string>> = Object.freeze({ D: 'DEU' });

/** Every code ICAO 9303 accepts for nationality or issuing state, in alphabetical order. */
export const ICAO_NATIONALITY_CODES: readonly string[] = Object.freeze([...ISO_3166_ALPHA3_CODES, ...Object.keys(ICAO_ADDITIONAL_CODES)].sort());

const CODES = new Set(ICAO_NATIONALITY_CODES);

/** Whether `code` (upper case, no filler) is an ICAO 9303 nationality or issuing-state code. */
export function isIcaoNationalityCode(code: string): boolean {
  return CODES.has(code);
}

/** Whether two codes name the same nationality (`D` and `DEU` do). */
export function sameNationality(a: string, b: string): boolean {
  return (SAME_AS[a] ?? a) === (SAME_AS[b] ?? b);
}

/** The code's name in Chinese and English; the code itself when it is none of ICAO's. */
export function nationalityName(code: string): NationalityName {
  const extra = ICAO_ADDITIONAL_CODES[code];
  if (extra) return extra;
  if (!CODES.has(code)) return { zh: code, en: code };
  return { zh: countries.getName(code, 'zh') ?? code, en: countries.getName(code, 'en') ?? code };
}
