import { parseTracingWorkView, tracingWorkArguments, tracingWorkHref } from './tracing-work.params';

const STATION = '6cbaa3cb-385e-4a81-9608-c00c8d6d0291';

describe('the family-tracing work list in the URL', () => {
  it('shows everyone, most clocks run out first, on the first page of 25 when the URL says nothing', () => {
    const view = parseTracingWorkView({});
    expect(view).toEqual({ overdueOnly: false, order: 'MOST_OVERDUE_FIRST' });
    expect(tracingWorkArguments(view)).toEqual({ overdueOnly: false, stationId: null, search: null, order: 'MOST_OVERDUE_FIRST', first: 25, after: null, last: null, before: null });
    expect(tracingWorkHref(view)).toBe('/tracing');
  });

  it('reads every parameter back from the URL it writes, and pages back with before', () => {
    const view = parseTracingWorkView({ overdue: 'true', station: STATION.toUpperCase(), name: ' 欧阳 ', order: 'LONGEST_IN_CARE_FIRST', before: 'abc' });
    expect(view).toEqual({ overdueOnly: true, stationId: STATION, name: '欧阳', order: 'LONGEST_IN_CARE_FIRST', before: 'abc' });
    expect(tracingWorkArguments(view, 100)).toMatchObject({ stationId: STATION, search: '欧阳', first: null, last: 100, before: 'abc' });
    const href = tracingWorkHref(view, '/tracing/export', {});
    expect(href).toBe(`/tracing/export?overdue=true&station=${STATION}&name=${encodeURIComponent('欧阳')}&order=LONGEST_IN_CARE_FIRST`);
    expect(parseTracingWorkView(Object.fromEntries(new URL(tracingWorkHref(view), 'http://portal').searchParams))).toEqual(view);
  });

  it('keeps the old bookmark of overdue only (show=overdue)', () => {
    expect(parseTracingWorkView({ show: 'overdue' }).overdueOnly).toBe(true);
  });

  it('drops what it does not know: an order of no list, a station that is no id, an overlong name, an oversized cursor', () => {
    expect(parseTracingWorkView({ overdue: 'yes', order: 'UPDATED', station: 'north', name: '寻'.repeat(41), after: 'x'.repeat(513) })).toEqual({ overdueOnly: false, order: 'MOST_OVERDUE_FIRST' });
    expect(parseTracingWorkView({ name: '   ' })).toEqual({ overdueOnly: false, order: 'MOST_OVERDUE_FIRST' });
  });
});
