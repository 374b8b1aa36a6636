import { parsePersonName } from './person-name.validator';

describe('parsePersonName', () => {
  it.each(['张伟', '买买提·艾力', '阿依古丽·吐尔逊', '刘䶮', '周𬭎', "Mary-Jane O'Connor", 'Nguyễn Thị Hoa', 'Анна Петрова'])(
    'accepts %s',
    (name) => {
      expect(parsePersonName(name)).toEqual({ ok: true, value: name });
    },
  );

  it('trims and collapses inner spaces', () => {
    expect(parsePersonName('  John   Smith\u3000')).toEqual({ ok: true, value: 'John Smith' });
  });

  it('normalises to NFC so a decomposed accent equals the composed one', () => {
    expect(parsePersonName('Jose\u0301')).toEqual({ ok: true, value: 'Jos\u00e9' });
  });

  it('rejects an empty or blank name', () => {
    expect(parsePersonName('')).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(parsePersonName('   ')).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
  });

  it('rejects a name of more than 64 code points, counting rare CJK characters once', () => {
    expect(parsePersonName('𬭎'.repeat(64)).ok).toBe(true);
    expect(parsePersonName('𬭎'.repeat(65))).toMatchObject({
      ok: false,
      error: { code: 'TOO_LONG', message: expect.stringContaining('this one has 65') },
    });
  });

  it('rejects a right-to-left override and names it', () => {
    expect(parsePersonName('张\u202E伟')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_CHARACTER', message: expect.stringContaining('right-to-left override (U+202E) at position 2') },
    });
  });

  it.each(['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u202A', '\u202D', '\u2066', '\u2069', '\u0007', '\t'])(
    'rejects the invisible character %j inside a name',
    (ch) => {
      expect(parsePersonName(`买买提${ch}艾力`)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_CHARACTER' } });
    },
  );

  it('rejects a bullet instead of the middle dot and suggests the middle dot', () => {
    expect(parsePersonName('买买提•艾力')).toEqual({
      ok: false,
      error: { code: 'INVALID_CHARACTER', message: expect.stringContaining('use the middle dot · (U+00B7)') },
    });
  });

  it.each(['张3', 'John@Smith', '王<伟>', '李.明'])('rejects digits and punctuation in %s', (name) => {
    expect(parsePersonName(name)).toMatchObject({ ok: false, error: { code: 'INVALID_CHARACTER' } });
  });
});
