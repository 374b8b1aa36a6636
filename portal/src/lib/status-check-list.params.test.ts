import { parseStatusCheckListView, statusCheckListHref } from './status-check-list.params';

describe('the status-check list in the URL', () => {
  it('works the open checks oldest first and reads every other view newest first', () => {
    expect(parseStatusCheckListView({ status: 'REQUESTED' })).toEqual({ status: 'REQUESTED', order: 'OLDEST_FIRST' });
    expect(parseStatusCheckListView({})).toEqual({ order: 'NEWEST_FIRST' });
    expect(parseStatusCheckListView({ status: 'ILLEGAL' })).toEqual({ status: 'ILLEGAL', order: 'NEWEST_FIRST' });
  });

  it('writes a URL it reads back, leaving the default order out', () => {
    for (const view of [
      { status: 'REQUESTED', order: 'OLDEST_FIRST', after: 'c1' },
      { status: 'REQUESTED', order: 'NEWEST_FIRST' },
      { order: 'OLDEST_FIRST' },
    ] as const) {
      const href = statusCheckListHref(view);
      expect(parseStatusCheckListView(Object.fromEntries(new URL(href, 'http://portal').searchParams))).toEqual(view);
    }
    expect(statusCheckListHref({ status: 'REQUESTED', order: 'OLDEST_FIRST' })).toBe('/status-checks?status=REQUESTED');
  });

  it('drops a made-up status or order and an oversized cursor', () => {
    expect(parseStatusCheckListView({ status: 'DEPORTED', order: 'UPDATED', after: 'x'.repeat(600) })).toEqual({ order: 'NEWEST_FIRST' });
  });
});
