/**
 * Person names in any script: letters (including rare CJK characters beyond the Basic
 * Multilingual Plane) and combining marks, the middle dot `·` (U+00B7) that joins the parts of
 * transliterated names such as 买买提·艾力, and spaces, hyphens and apostrophes for foreign names.
 * Control, zero-width and bidirectional-override characters are refused: they make two names
 * that look the same compare different, or make a name display differently from what is stored.
 */
import { invalid, valid, type ValidationResult } from './validation-result.types';

/** Which check a person name failed. */
export type PersonNameErrorCode = 'EMPTY' | 'TOO_LONG' | 'FORBIDDEN_CHARACTER' | 'INVALID_CHARACTER';

/** The longest name accepted, in Unicode code points. */
export const PERSON_NAME_MAX_LENGTH = 64;

const MIDDLE_DOT = '\u00B7';

/** Invisible characters named in error messages, so a person knows what to remove. */
const INVISIBLE_NAMES: Record<number, string> = {
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x2060: 'word joiner',
  0xfeff: 'zero-width no-break space (byte-order mark)',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x00ad: 'soft hyphen',
};

/** Look-alikes people type for the middle dot; the error suggests `·` instead. */
const MIDDLE_DOT_LOOKALIKES = new Set(['•', '・', '‧', '∙', '⋅', '．', '●']);

/** Control, format (zero-width, bidi), line/paragraph separators and lone surrogates. */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const EDGE_WHITESPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;
const INNER_WHITESPACE = /\p{White_Space}+/gu;
const ALLOWED = /^[\p{L}\p{M} \-'’\u00B7]$/u;

function codePointLabel(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Validates and normalises a person's name: trims, collapses runs of spaces, and normalises to
 * Unicode NFC. Accepts letters of any script (including CJK extension B and beyond), combining
 * marks, `·` (U+00B7), spaces, hyphens and apostrophes; 1 to 64 code points.
 *
 * @returns the normalised name, or an error naming the failed check and the offending character
 * by position and code point
 */
export function parsePersonName(input: string): ValidationResult<string, PersonNameErrorCode> {
  const chars = Array.from(input.normalize('NFC').replace(EDGE_WHITESPACE, ''));
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    if (FORBIDDEN.test(ch)) {
      const name = INVISIBLE_NAMES[ch.codePointAt(0)!] ?? 'control or formatting character';
      return invalid(
        'FORBIDDEN_CHARACTER',
        `The name contains an invisible ${name} (${codePointLabel(ch)}) at position ${i + 1}; remove it and type the name again.`,
      );
    }
  }
  const name = chars.join('').replace(INNER_WHITESPACE, ' ');
  const normalised = Array.from(name);
  if (normalised.length === 0) return invalid('EMPTY', 'Enter a name.');
  if (normalised.length > PERSON_NAME_MAX_LENGTH) {
    return invalid(
      'TOO_LONG',
      `A name has at most ${PERSON_NAME_MAX_LENGTH} characters; this one has ${normalised.length}.`,
    );
  }
  for (let i = 0; i < normalised.length; i += 1) {
    const ch = normalised[i]!;
    if (!ALLOWED.test(ch)) {
      const hint = MIDDLE_DOT_LOOKALIKES.has(ch)
        ? ` To join the parts of a name, use the middle dot ${MIDDLE_DOT} (U+00B7).`
        : ' A name may contain letters, spaces, hyphens, apostrophes and the middle dot ·.';
      return invalid(
        'INVALID_CHARACTER',
        `Character ${i + 1} of the name (${codePointLabel(ch)}) is not allowed in a name.${hint}`,
      );
    }
  }
  return valid(name);
}
