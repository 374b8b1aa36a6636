import { connectionPage, listHref, pageArguments, readAfter, readPageCursor } from './list-page.params';

describe('paging a list through its URL', () => {
  it('reads the cursor, dropping an implausible one', () => {
    expect(readAfter({ after: 'abc' })).toBe('abc');
    expect(readAfter({ after: ['first', 'second'] })).toBe('first');
    expect(readAfter({ after: 'x'.repeat(513) })).toBeUndefined();
    expect(readAfter({})).toBeUndefined();
  });

  it('reads the cursor of a list paged both ways: one direction only, on rather than back when the URL has both', () => {
    expect(readPageCursor({ after: 'c2' })).toEqual({ after: 'c2' });
    expect(readPageCursor({ before: 'c3' })).toEqual({ before: 'c3' });
    expect(readPageCursor({ after: 'c2', before: 'c3' })).toEqual({ after: 'c2' });
    expect(readPageCursor({ before: 'x'.repeat(513) })).toEqual({});
    expect(readPageCursor({})).toEqual({});
  });

  it('asks the graph for the page after a cursor, before one, or the first page', () => {
    expect(pageArguments({}, 50)).toEqual({ first: 50, after: null, last: null, before: null });
    expect(pageArguments({ after: 'c2' }, 50)).toEqual({ first: 50, after: 'c2', last: null, before: null });
    expect(pageArguments({ before: 'c3' }, 50)).toEqual({ first: null, after: null, last: 50, before: 'c3' });
  });

  it('writes a list URL with its filters and leaves empty ones out', () => {
    expect(listHref('/shelter-referrals', { status: 'WITHDRAWN', after: 'c1' })).toBe('/shelter-referrals?status=WITHDRAWN&after=c1');
    expect(listHref('/shelter-referrals', { status: undefined, after: undefined })).toBe('/shelter-referrals');
  });

  it('reads a connection into rows and the footer links: next only while there is more, first only past the first page', () => {
    const href = (cursor: { after?: string }) => listHref('/aid-entrustments', { status: 'ISSUED', ...cursor });
    const connection = { totalCount: 3, pageInfo: { hasNextPage: true, endCursor: 'c2' }, edges: [{ node: 'a' }, { node: 'b' }] };
    expect(connectionPage(connection, {}, href)).toEqual({
      rows: ['a', 'b'],
      paging: { totalCount: 3, nextHref: '/aid-entrustments?status=ISSUED&after=c2', firstHref: undefined },
    });
    const last = { totalCount: 3, pageInfo: { hasNextPage: false, endCursor: 'c3' }, edges: [{ node: 'c' }] };
    expect(connectionPage(last, { after: 'c2' }, href).paging).toEqual({ totalCount: 3, nextHref: undefined, firstHref: '/aid-entrustments?status=ISSUED' });
    const empty = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
    expect(connectionPage(empty, {}, href)).toEqual({ rows: [], paging: { totalCount: 0, nextHref: undefined, firstHref: undefined } });
  });

  it('links the previous page of a list that pages back, until paging back reaches the first page', () => {
    const href = (cursor: { after?: string; before?: string }) => listHref('/dispatch', { ...cursor });
    const page = (hasPreviousPage: boolean, hasNextPage: boolean) => ({
      totalCount: 120,
      pageInfo: { hasNextPage, hasPreviousPage, startCursor: 's', endCursor: 'e' },
      edges: [{ node: 'r' }],
    });
    expect(connectionPage(page(false, true), {}, href).paging).toEqual({ totalCount: 120, firstHref: undefined, previousHref: undefined, nextHref: '/dispatch?after=e' });
    expect(connectionPage(page(true, true), { after: 'c' }, href).paging).toEqual({
      totalCount: 120,
      firstHref: '/dispatch',
      previousHref: '/dispatch?before=s',
      nextHref: '/dispatch?after=e',
    });
    // Back at the start: the graph says nothing lies before, so neither a previous nor a first page.
    expect(connectionPage(page(false, true), { before: 'c' }, href).paging).toEqual({ totalCount: 120, firstHref: undefined, previousHref: undefined, nextHref: '/dispatch?after=e' });
  });
});
