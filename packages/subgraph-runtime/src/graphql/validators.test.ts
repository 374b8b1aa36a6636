import { hasForbiddenCharacter, isBadText, isUuid, rejectionHelpers, resultHelpers } from './validators';

describe('shared validators', () => {
  it('takes a UUID in either case and nothing else as an id', () => {
    expect(isUuid('6cbaa3cb-385e-4a81-9608-c00c8d6d0291')).toBe(true);
    expect(isUuid('6CBAA3CB-385E-4A81-9608-C00C8D6D0291')).toBe(true);
    expect(isUuid('6cbaa3cb-385e-4a81-9608-c00c8d6d029')).toBe(false);
    expect(isUuid(' 6cbaa3cb-385e-4a81-9608-c00c8d6d0291')).toBe(false);
    expect(isUuid('')).toBe(false);
    expect(isUuid(null)).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });

  it('allows tabs and line breaks in free text but no other control or invisible character', () => {
    expect(hasForbiddenCharacter('第一行\n第二行\tand\r\n more')).toBe(false);
    for (const bad of ['\u0000', '\u0007', '\u000B', '\u001F', '\u007F', '\u200B', '\u2060', '\uFEFF', '\u202E', '\u2066']) {
      expect(hasForbiddenCharacter(`a${bad}b`)).toBe(true);
    }
  });

  it('refuses tabs and line breaks too in a one-line value', () => {
    expect(hasForbiddenCharacter('E12345678', { singleLine: true })).toBe(false);
    expect(hasForbiddenCharacter('E1234\n5678', { singleLine: true })).toBe(true);
    expect(hasForbiddenCharacter('E1234\t5678', { singleLine: true })).toBe(true);
  });

  it('calls a text bad when it is too long or holds a forbidden character', () => {
    expect(isBadText('abc', 3)).toBe(false);
    expect(isBadText('abcd', 3)).toBe(true);
    expect(isBadText('a\u0000', 3)).toBe(true);
  });
});

describe('result helpers', () => {
  const { rejected, notFound, isRejected } = resultHelpers({ rejected: 'InputRejected', notFound: 'RecordNotFound' });

  it('builds the typed rejection and not-found results', () => {
    expect(rejected('note', 'TEXT', 'Too long.')).toEqual({ __typename: 'InputRejected', field: 'note', code: 'TEXT', message: 'Too long.' });
    expect(notFound('settlement')).toEqual({ __typename: 'RecordNotFound', code: 'NOT_FOUND', field: null, message: 'No settlement with that id is visible to you.' });
  });

  it('recognises only its own rejection type, not any object', () => {
    expect(isRejected(rejected('f', 'C', 'm'))).toBe(true);
    expect(isRejected({ __typename: 'RecordNotFound', message: 'x' })).toBe(false);
    expect(isRejected({ field: 'f' })).toBe(false);
    expect(isRejected(new Date())).toBe(false);
    expect(isRejected('text')).toBe(false);
    expect(isRejected(null)).toBe(false);
    expect(rejectionHelpers('IdentityCheckInputRejected').isRejected(rejected('f', 'C', 'm'))).toBe(false);
  });
});
