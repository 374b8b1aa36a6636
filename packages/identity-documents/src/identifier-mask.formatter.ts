/**
 * Masked forms of identifiers for callers whose job does not need the full value (DOMAIN.md §4):
 * ID numbers, passport numbers and phone numbers keep a few characters at each end so a person
 * can still tell records apart.
 */

/**
 * Masks the middle of an identifier with `*`, keeping at most 4 characters at each end and never
 * more than a quarter of the value at each end: an 18-character ID number becomes
 * `1101**********002X`, a 9-character passport number `E1*****78`, and values of 3 characters
 * or fewer are masked entirely. Surrounding whitespace is dropped; characters are counted as
 * code points.
 */
export function maskIdentifier(value: string): string {
  const chars = Array.from(value.trim());
  const keep = Math.min(4, Math.floor(chars.length / 4));
  if (keep === 0) return '*'.repeat(chars.length);
  return (
    chars.slice(0, keep).join('') +
    '*'.repeat(chars.length - 2 * keep) +
    chars.slice(chars.length - keep).join('')
  );
}

/**
 * Masks a phone number for display, keeping the first 3 and last 4 digits of numbers of 11
 * characters or more (`138****5678`, `+44*******0123`); shorter values are masked like
 * {@link maskIdentifier}. Spaces and hyphens are removed first.
 */
export function maskPhone(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  const chars = Array.from(compact);
  if (chars.length < 11) return maskIdentifier(compact);
  return chars.slice(0, 3).join('') + '*'.repeat(chars.length - 7) + chars.slice(chars.length - 4).join('');
}
