import { checkQueueArguments, checkQueueHref, parseCheckQueueView } from './check-queue.params';

describe('the check queue in the URL', () => {
  it('shows the open checks, earliest due first, when the URL says nothing', () => {
    const view = parseCheckQueueView({});
    expect(view).toEqual({ status: 'OPEN', order: 'DUE_FIRST' });
    expect(checkQueueArguments(view)).toEqual({ statuses: ['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING'], overdue: null, order: 'DUE_FIRST', after: null });
    expect(checkQueueHref(view)).toBe('/check-queue');
  });

  it('reads every parameter back from the URL it writes', () => {
    const view = parseCheckQueueView({ status: 'MATCHED', overdue: 'false', name: ' 张伟 ', order: 'NEWEST_FIRST', after: 'abc' });
    expect(view).toEqual({ status: 'MATCHED', overdue: false, name: '张伟', order: 'NEWEST_FIRST', after: 'abc' });
    const href = checkQueueHref(view, '/check-queue/export');
    expect(href).toBe(`/check-queue/export?status=MATCHED&overdue=false&name=${encodeURIComponent('张伟')}&order=NEWEST_FIRST&after=abc`);
    expect(parseCheckQueueView(Object.fromEntries(new URL(href, 'http://portal').searchParams))).toEqual(view);
    expect(checkQueueArguments(parseCheckQueueView({ status: 'ALL' })).statuses).toBeNull();
  });

  it('drops what it does not know: a made-up status or order, an overdue that is no boolean, an oversized cursor', () => {
    expect(parseCheckQueueView({ status: 'DELETED', order: 'RANDOM', overdue: 'yes', name: 'x'.repeat(41), after: 'x'.repeat(513) })).toEqual({ status: 'OPEN', order: 'DUE_FIRST' });
    expect(parseCheckQueueView({ name: '   ' })).toEqual({ status: 'OPEN', order: 'DUE_FIRST' });
    // UPDATED is the partners' sync order, not a way staff sort the queue.
    expect(parseCheckQueueView({ order: 'UPDATED' }).order).toBe('DUE_FIRST');
  });
});
