import { connectionPage, listHref, readAfter } from './list-page.params';

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

  it('reads a connection into rows and the footer links: next only while there is more, first only past the first page', () => {
    const href = (after?: string) => listHref('/aid-entrustments', { status: 'ISSUED', after });
    const connection = { totalCount: 3, pageInfo: { hasNextPage: true, endCursor: 'c2' }, edges: [{ node: 'a' }, { node: 'b' }] };
    expect(connectionPage(connection, undefined, href)).toEqual({
      rows: ['a', 'b'],
      paging: { totalCount: 3, nextHref: '/aid-entrustments?status=ISSUED&after=c2', firstHref: undefined },
    });
    const last = { totalCount: 3, pageInfo: { hasNextPage: false, endCursor: 'c3' }, edges: [{ node: 'c' }] };
    expect(connectionPage(last, 'c2', href).paging).toEqual({ totalCount: 3, nextHref: undefined, firstHref: '/aid-entrustments?status=ISSUED' });
    const empty = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
    expect(connectionPage(empty, undefined, href)).toEqual({ rows: [], paging: { totalCount: 0, nextHref: undefined, firstHref: undefined } });
  });
});
