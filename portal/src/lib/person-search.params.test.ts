import { parsePersonSearch, personSearchHref, toPersonFilter } from './person-search.params';

describe('the person search in the URL', () => {
  it('reads the search text, the filters and the cursor', () => {
    expect(parsePersonSearch({ q: ' 张三 ', identityStatus: 'UNIDENTIFIED', sex: 'FEMALE', caseStatus: 'IN_CARE', after: 'abc' })).toEqual({
      q: '张三',
      identityStatus: 'UNIDENTIFIED',
      sex: 'FEMALE',
      caseStatus: 'IN_CARE',
      after: 'abc',
    });
  });

  it('drops filter values the API does not know instead of sending them on', () => {
    expect(parsePersonSearch({ sex: 'ALIEN', identityStatus: 'verified', caseStatus: '' })).toEqual({});
  });

  it('takes the first value of a repeated parameter and ignores blank ones', () => {
    expect(parsePersonSearch({ q: ['zs', 'other'], sex: '  ' })).toEqual({ q: 'zs' });
  });

  it('cuts an overlong search text', () => {
    expect(parsePersonSearch({ q: 'x'.repeat(500) }).q).toHaveLength(64);
  });

  it('turns a search into the persons filter, leaving out what is not set', () => {
    expect(toPersonFilter({ q: '1101', sex: 'MALE', after: 'c1' })).toEqual({ search: '1101', sex: 'MALE' });
    expect(toPersonFilter({})).toEqual({});
  });

  it('writes a search back into a /persons URL that reads back the same', () => {
    const search = { q: '买买提·艾力', identityStatus: 'CLAIMED', caseStatus: 'EXITED', after: 'c=2' } as const;
    const href = personSearchHref(search);
    expect(href.startsWith('/persons?')).toBe(true);
    expect(parsePersonSearch(Object.fromEntries(new URLSearchParams(href.split('?')[1])))).toEqual(search);
    expect(personSearchHref({})).toBe('/persons');
  });
});
