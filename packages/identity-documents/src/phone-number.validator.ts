/**
 * Phone numbers: Chinese mobile numbers (11 digits, 1[3-9]…) and foreign numbers in E.164.
 * Spaces and hyphens people type as separators are ignored; the value returned has none.
 */
import { invalid, valid, type ValidationResult } from './validation-result.types';

/** Which check a Chinese mobile number failed. */
export type ChineseMobileErrorCode = 'EMPTY' | 'CHARSET' | 'LENGTH' | 'PREFIX';

/** Which check an E.164 number failed. */
export type E164ErrorCode = 'EMPTY' | 'MISSING_PLUS' | 'CHARSET' | 'LENGTH' | 'COUNTRY_CODE';

const SEPARATORS = /[\s-]/g;

/**
 * Parses a mainland-China mobile number: 11 digits starting with 13-19. A leading `+86` or
 * `0086` country prefix, spaces and hyphens are accepted and removed.
 *
 * @returns the 11 digits, or an error naming the failed check
 */
export function parseChineseMobile(input: string): ValidationResult<string, ChineseMobileErrorCode> {
  let digits = input.replace(SEPARATORS, '');
  if (digits === '') return invalid('EMPTY', 'Enter a mobile number.');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  if (!/^\d+$/.test(digits)) {
    return invalid('CHARSET', 'A mobile number may contain only digits (and an optional +86 prefix).');
  }
  if (digits.length !== 11) {
    return invalid('LENGTH', `A Chinese mobile number has 11 digits; this one has ${digits.length}.`);
  }
  if (!/^1[3-9]/.test(digits)) {
    return invalid('PREFIX', 'A Chinese mobile number starts with 13 to 19.');
  }
  return valid(digits);
}

/**
 * Parses an international number in E.164 form: `+`, then 8 to 15 digits, the first (the
 * country code) not 0. Spaces and hyphens are accepted and removed.
 *
 * @returns the number as `+` and digits, or an error naming the failed check
 */
export function parseE164(input: string): ValidationResult<string, E164ErrorCode> {
  const compact = input.replace(SEPARATORS, '');
  if (compact === '') return invalid('EMPTY', 'Enter a phone number.');
  if (!compact.startsWith('+')) {
    return invalid('MISSING_PLUS', 'An international number starts with + and the country code (for example +44).');
  }
  const digits = compact.slice(1);
  if (!/^\d+$/.test(digits)) {
    return invalid('CHARSET', 'After the +, an international number may contain only digits.');
  }
  if (digits.length < 8 || digits.length > 15) {
    return invalid('LENGTH', `An international number has 8 to 15 digits after the +; this one has ${digits.length}.`);
  }
  if (digits[0] === '0') {
    return invalid('COUNTRY_CODE', 'The country code after the + cannot start with 0.');
  }
  return valid(`+${digits}`);
}
