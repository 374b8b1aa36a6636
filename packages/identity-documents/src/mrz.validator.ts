/**
 * Machine-readable zones of passports (ICAO Doc 9303, TD3: two lines of 44 characters).
 * Only the check digits and the field formats are verified; the issuing state and nationality
 * are taken as printed (ICAO codes include non-ISO ones such as `UTO` on specimens or `D` for
 * Germany).
 */
import { isCalendarDate } from './resident-id.validator';
import { invalid, valid, type ValidationResult } from './validation-result.types';

/** What a valid TD3 machine-readable zone tells. */
export interface Td3Mrz {
  /** The document (passport) number, without filler. */
  documentNumber: string;
  /** The holder's nationality code (normally ISO 3166-1 alpha-3), without filler. */
  nationality: string;
  /** The issuing state's code, without filler. */
  issuingState: string;
  /** Birth date `YYYY-MM-DD` (century inferred: not in the future). */
  birthDate: string;
  /** Sex as printed: `M`, `F`, or unspecified (`<` or `X`). */
  sex: 'MALE' | 'FEMALE' | 'UNSPECIFIED';
  /** Expiry date `YYYY-MM-DD` (always 20xx for years below 70). */
  expiryDate: string;
  /** The optional personal number, without filler; null when absent. */
  personalNumber: string | null;
  /** Primary identifier: the surname(s), with filler turned into spaces. */
  surname: string;
  /** Secondary identifier: the given names, space-separated; empty when none. */
  givenNames: string;
}

/** Which check a TD3 MRZ failed. */
export type MrzErrorCode =
  | 'LENGTH'
  | 'CHARSET'
  | 'DOCUMENT_TYPE'
  | 'NATIONALITY'
  | 'BIRTH_DATE'
  | 'SEX'
  | 'EXPIRY_DATE'
  | 'DOCUMENT_NUMBER_CHECK_DIGIT'
  | 'BIRTH_DATE_CHECK_DIGIT'
  | 'EXPIRY_DATE_CHECK_DIGIT'
  | 'PERSONAL_NUMBER_CHECK_DIGIT'
  | 'COMPOSITE_CHECK_DIGIT';

/** Options for {@link parseTd3Mrz}. */
export interface ParseMrzOptions {
  /** The instant taken as "now" when choosing the century of the birth date (default: the clock). */
  today?: Date;
}

const TD3_LINE_LENGTH = 44;
const MRZ_WEIGHTS = [7, 3, 1] as const;

function characterValue(ch: string): number | null {
  if (ch === '<') return 0;
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (ch >= 'A' && ch <= 'Z') return ch.charCodeAt(0) - 55;
  return null;
}

/**
 * The ICAO 9303 check digit of an MRZ field: each character's value (`0`-`9` as themselves,
 * `A`-`Z` as 10-35, `<` as 0) times the repeating weights 7, 3, 1, summed, modulo 10.
 *
 * @returns the digit as a one-character string, or null when the field holds a character that
 * cannot appear in an MRZ
 */
export function mrzCheckDigit(field: string): string | null {
  let sum = 0;
  for (let i = 0; i < field.length; i += 1) {
    const value = characterValue(field[i]!);
    if (value === null) return null;
    sum += value * MRZ_WEIGHTS[i % 3]!;
  }
  return String(sum % 10);
}

/**
 * Whether `digit` is the correct ICAO 9303 check digit for `field`. A field made only of filler
 * (`<`) may carry `<` as its check digit (the optional personal-number field does).
 */
export function checkMrzCheckDigit(field: string, digit: string): boolean {
  if (digit === '<') return /^<*$/.test(field);
  const expected = mrzCheckDigit(field);
  return expected !== null && expected === digit;
}

function stripFiller(value: string): string {
  return value.replace(/<+$/, '').replace(/</g, ' ').trim();
}

function twoDigitYear(yy: number, today: Date, kind: 'birth' | 'expiry'): number {
  if (kind === 'expiry') return yy < 70 ? 2000 + yy : 1900 + yy;
  const currentTwoDigit = today.getUTCFullYear() % 100;
  const century = today.getUTCFullYear() - currentTwoDigit;
  return yy > currentTwoDigit ? century - 100 + yy : century + yy;
}

function mrzDate(yymmdd: string, today: Date, kind: 'birth' | 'expiry'): string | null {
  if (!/^\d{6}$/.test(yymmdd)) return null;
  const year = twoDigitYear(Number(yymmdd.slice(0, 2)), today, kind);
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (!isCalendarDate(year, month, day)) return null;
  return `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

/**
 * Parses and verifies the two lines of a passport's machine-readable zone (ICAO 9303 TD3).
 *
 * Verifies the line lengths and character set, the document type `P`, the date formats, the
 * sex field, and the check digits of the passport number, birth date, expiry date, optional
 * personal number and the composite check digit. Surrounding whitespace is ignored and letters
 * are upper-cased. Never throws; an error names the check that failed (for a check digit: which
 * field's digit, and the digit expected).
 *
 * @param line1 - the upper line (`P<` + issuing state + names)
 * @param line2 - the lower line (numbers, dates and check digits)
 * @param options - `today` to fix the reference date
 */
export function parseTd3Mrz(
  line1: string,
  line2: string,
  options: ParseMrzOptions = {},
): ValidationResult<Td3Mrz, MrzErrorCode> {
  const upper = line1.trim().toUpperCase();
  const lower = line2.trim().toUpperCase();
  for (const [label, line] of [['first', upper], ['second', lower]] as const) {
    if (line.length !== TD3_LINE_LENGTH) {
      return invalid(
        'LENGTH',
        `The ${label} line of a passport MRZ has ${TD3_LINE_LENGTH} characters; this one has ${line.length}.`,
      );
    }
    const bad = line.search(/[^A-Z0-9<]/);
    if (bad >= 0) {
      return invalid(
        'CHARSET',
        `An MRZ holds only A-Z, 0-9 and <; character ${bad + 1} of the ${label} line is not one of them.`,
      );
    }
  }
  if (upper[0] !== 'P') {
    return invalid('DOCUMENT_TYPE', 'The first line of a passport MRZ starts with P (document type passport).');
  }

  const documentField = lower.slice(0, 9);
  const documentDigit = lower[9]!;
  const nationalityField = lower.slice(10, 13);
  const birthField = lower.slice(13, 19);
  const birthDigit = lower[19]!;
  const sexField = lower[20]!;
  const expiryField = lower.slice(21, 27);
  const expiryDigit = lower[27]!;
  const personalField = lower.slice(28, 42);
  const personalDigit = lower[42]!;
  const compositeDigit = lower[43]!;

  const today = options.today ?? new Date();
  const nationality = nationalityField.replace(/</g, '');
  if (!/^[A-Z]{1,3}$/.test(nationality) || !/^[A-Z]+<*$/.test(nationalityField)) {
    return invalid('NATIONALITY', 'The nationality (second line, characters 11 to 13) must be letters.');
  }
  const birthDate = mrzDate(birthField, today, 'birth');
  if (birthDate === null) {
    return invalid('BIRTH_DATE', 'The birth date (second line, characters 14 to 19) is not a real YYMMDD date.');
  }
  if (!['M', 'F', '<', 'X'].includes(sexField)) {
    return invalid('SEX', 'The sex (second line, character 21) must be M, F, X or <.');
  }
  const expiryDate = mrzDate(expiryField, today, 'expiry');
  if (expiryDate === null) {
    return invalid('EXPIRY_DATE', 'The expiry date (second line, characters 22 to 27) is not a real YYMMDD date.');
  }

  const digitChecks: Array<[MrzErrorCode, string, string, string]> = [
    ['DOCUMENT_NUMBER_CHECK_DIGIT', 'passport number', documentField, documentDigit],
    ['BIRTH_DATE_CHECK_DIGIT', 'birth date', birthField, birthDigit],
    ['EXPIRY_DATE_CHECK_DIGIT', 'expiry date', expiryField, expiryDigit],
    ['PERSONAL_NUMBER_CHECK_DIGIT', 'personal number', personalField, personalDigit],
    [
      'COMPOSITE_CHECK_DIGIT',
      'composite (whole second line)',
      lower.slice(0, 10) + lower.slice(13, 20) + lower.slice(21, 43),
      compositeDigit,
    ],
  ];
  for (const [code, label, field, digit] of digitChecks) {
    if (!checkMrzCheckDigit(field, digit)) {
      return invalid(
        code,
        `The ${label} check digit should be ${mrzCheckDigit(field) ?? '?'}, not ${digit}; the MRZ was probably misread or altered.`,
      );
    }
  }

  const names = upper.slice(5);
  const separator = names.indexOf('<<');
  const surnamePart = separator >= 0 ? names.slice(0, separator) : names;
  const givenPart = separator >= 0 ? names.slice(separator + 2) : '';
  const personalNumber = stripFiller(personalField);

  return valid({
    documentNumber: documentField.replace(/</g, ''),
    nationality,
    issuingState: upper.slice(2, 5).replace(/</g, ''),
    birthDate,
    sex: sexField === 'M' ? 'MALE' : sexField === 'F' ? 'FEMALE' : 'UNSPECIFIED',
    expiryDate,
    personalNumber: personalNumber === '' ? null : personalNumber,
    surname: stripFiller(surnamePart),
    givenNames: stripFiller(givenPart).replace(/\s+/g, ' '),
  });
}
