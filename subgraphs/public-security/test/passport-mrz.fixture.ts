/**
 * Builds synthetic passport machine-readable zones (ICAO 9303 TD3) with correct check digits, for
 * tests: real passports never enter the test data.
 */
import { mrzCheckDigit } from '@lifeline/identity-documents';

const pad = (value: string, length: number) => value.padEnd(length, '<').slice(0, length);

/** Two MRZ lines for the given passport number and nationality (birth 1990-05-14, expiry 2031-03-01). */
export function passportMrz(passportNumber: string, nationality: string, surname = 'NGUYEN', givenNames = 'THI<LAN'): [string, string] {
  const line1 = pad(`P<${pad(nationality, 3)}${surname}<<${givenNames}`, 44);
  const doc = pad(passportNumber, 9);
  const nat = pad(nationality, 3);
  const birth = '900514';
  const expiry = '310301';
  const personal = pad('', 14);
  const head = `${doc}${mrzCheckDigit(doc)}${nat}${birth}${mrzCheckDigit(birth)}F${expiry}${mrzCheckDigit(expiry)}${personal}<`;
  const composite = head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43);
  return [line1, `${head}${mrzCheckDigit(composite)}`];
}

/** The same zone with the passport number's check digit altered (a misread or forged MRZ). */
export function withBadPassportCheckDigit([line1, line2]: [string, string]): [string, string] {
  const digit = line2[9]!;
  const altered = String((Number(digit) + 1) % 10);
  return [line1, line2.slice(0, 9) + altered + line2.slice(10)];
}
