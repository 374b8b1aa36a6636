import { listHref, readAfter } from './list-page.params';

describe('paging a list through its URL', () => {
  it('reads the cursor, dropping an implausible one', () => {
    expect(readAfter({ after: 'abc' })).toBe('abc');
    expect(readAfter({ after: ['first', 'second'] })).toBe('first');
    expect(readAfter({ after: 'x'.repeat(513) })).toBeUndefined();
    expect(readAfter({})).toBeUndefined();
  });

  it('writes a list URL with its filters and leaves empty ones out', () => {
    expect(listHref('/shelter-referrals', { status: 'WITHDRAWN', after: 'c1' })).toBe('/shelter-referrals?status=WITHDRAWN&after=c1');
    expect(listHref('/shelter-referrals', { status: undefined, after: undefined })).toBe('/shelter-referrals');
  });
});
