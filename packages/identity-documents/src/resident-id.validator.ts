/**
 * Resident identity card numbers (公民身份号码) per GB 11643-1999: 6-digit area code, 8-digit
 * birth date, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character.
 */
import { invalid, valid, type ValidationResult } from './validation-result.types';

/** What a valid resident ID number tells. */
export interface ResidentIdNumber {
  /** The normalised number: trimmed, with a trailing `x` upper-cased. */
  idNumber: string;
  /** The 6-digit administrative-division code of the place of first registration. */
  areaCode: string;
  /** The birth date, `YYYY-MM-DD`. */
  birthDate: string;
  /** Sex from the parity of the sequence number. */
  sex: 'MALE' | 'FEMALE';
}

/** Which check a resident ID number failed. */
export type ResidentIdErrorCode = 'LENGTH' | 'CHARSET' | 'AREA_CODE' | 'BIRTH_DATE' | 'CHECK_CHARACTER';

/** Options for {@link parseResidentIdNumber}. */
export interface ParseResidentIdOptions {
  /** The instant taken as "now" when rejecting birth dates in the future (default: the clock). */
  today?: Date;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'] as const;

/**
 * First two digits of the area code: the provinces, autonomous regions and municipalities of
 * GB/T 2260, plus 81/82/83 used on residence permits for Hong Kong, Macao and Taiwan residents.
 */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

const EARLIEST_BIRTH_YEAR = 1900;
/** China Standard Time is UTC+8 all year: "today" is the calendar date in Beijing. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The check character for the first 17 digits of a resident ID number (ISO 7064 MOD 11-2).
 *
 * @param first17 - exactly 17 decimal digits
 * @returns `0`-`9` or `X`
 * @throws RangeError when `first17` is not 17 digits (a programming error, not user input)
 */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('residentIdCheckCharacter needs exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17[i]) * WEIGHTS[i]!;
  }
  return CHECK_CHARACTERS[sum % 11]!;
}

/** Whether `year-month-day` names a day that exists in the Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function chinaDateString(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Parses and validates an 18-character resident ID number (GB 11643-1999).
 *
 * Checks, in order: length, characters, area code, birth date (a real calendar date, not before
 * 1900 and not after today in China), and the check character. Surrounding whitespace is
 * ignored and a lowercase `x` is accepted and upper-cased. Never throws; error messages name the
 * failed check without repeating the number.
 *
 * @param input - the number as typed
 * @param options - `today` to fix the reference date (tests, seeders)
 */
export function parseResidentIdNumber(
  input: string,
  options: ParseResidentIdOptions = {},
): ValidationResult<ResidentIdNumber, ResidentIdErrorCode> {
  const trimmed = input.trim();
  const length = Array.from(trimmed).length;
  if (length !== 18) {
    return invalid(
      'LENGTH',
      `A resident ID number has 18 characters; this one has ${length}.`,
    );
  }
  const idNumber = trimmed.endsWith('x') ? `${trimmed.slice(0, 17)}X` : trimmed;
  for (let i = 0; i < 17; i += 1) {
    const ch = idNumber[i]!;
    if (ch < '0' || ch > '9') {
      return invalid(
        'CHARSET',
        `Characters 1 to 17 of a resident ID number must be digits; character ${i + 1} is not.`,
      );
    }
  }
  const last = idNumber[17]!;
  if (!/^[0-9X]$/.test(last)) {
    return invalid('CHARSET', 'The last character of a resident ID number must be a digit or X.');
  }

  const areaCode = idNumber.slice(0, 6);
  if (areaCode[0] === '0') {
    return invalid('AREA_CODE', 'The area code (digits 1 to 6) cannot start with 0.');
  }
  if (!PROVINCE_CODES.has(areaCode.slice(0, 2))) {
    return invalid(
      'AREA_CODE',
      `The area code (digits 1 to 6) starts with ${areaCode.slice(0, 2)}, which is not a province code.`,
    );
  }

  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isCalendarDate(year, month, day)) {
    return invalid('BIRTH_DATE', `The birth date (digits 7 to 14) is ${birthDate}, which is not a real date.`);
  }
  if (year < EARLIEST_BIRTH_YEAR) {
    return invalid('BIRTH_DATE', `The birth date (digits 7 to 14) is ${birthDate}, before ${EARLIEST_BIRTH_YEAR}.`);
  }
  if (birthDate > chinaDateString(options.today ?? new Date())) {
    return invalid('BIRTH_DATE', `The birth date (digits 7 to 14) is ${birthDate}, which is in the future.`);
  }

  const expected = residentIdCheckCharacter(idNumber.slice(0, 17));
  if (expected !== last) {
    return invalid(
      'CHECK_CHARACTER',
      `The check character (the 18th) should be ${expected}, not ${last}; one of the characters was probably mistyped.`,
    );
  }

  const sequenceLastDigit = Number(idNumber[16]);
  return valid({
    idNumber,
    areaCode,
    birthDate,
    sex: sequenceLastDigit % 2 === 1 ? 'MALE' : 'FEMALE',
  });
}
