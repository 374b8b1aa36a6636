import { aidFlags, aidKinds, checkEventEnd, checkHelpAt, checkPointClosing, checkPointOpening, COUNTY_CODE, POINT_DISTRICT, shanghaiDay } from './emergency.workflow';

const at = (iso: string) => new Date(iso);
const now = at('2026-12-03T12:00:00Z');

describe('emergency aid rules', () => {
  it('counts a day in China Standard Time: 23:30 UTC is already the next local day', () => {
    expect(shanghaiDay(at('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    expect(shanghaiDay(at('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
    expect(shanghaiDay(at('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
  });

  it('refuses an event that ends before it started, ends twice, or ends before its points stopped', () => {
    const event = { startedAt: at('2026-12-01T00:00:00Z'), endedAt: null };
    expect(checkEventEnd(event, at('2026-11-30T23:00:00Z'), null, now)).toEqual(expect.objectContaining({ ok: false, kind: 'input', code: 'END_BEFORE_START' }));
    expect(checkEventEnd({ ...event, endedAt: at('2026-12-02T00:00:00Z') }, now, null, now)).toEqual(expect.objectContaining({ ok: false, kind: 'state', state: 'ENDED' }));
    expect(checkEventEnd(event, at('2026-12-02T00:00:00Z'), at('2026-12-02T08:00:00Z'), now)).toEqual(expect.objectContaining({ ok: false, code: 'BEFORE_ACTIVITY' }));
    expect(checkEventEnd(event, at('2026-12-04T00:00:00Z'), null, now)).toEqual(expect.objectContaining({ ok: false, code: 'FUTURE' }));
    expect(checkEventEnd(event, at('2026-12-02T09:00:00Z'), at('2026-12-02T08:00:00Z'), now)).toEqual({ ok: true });
  });

  it('opens points only for an ongoing event, not before it started', () => {
    const event = { startedAt: at('2026-12-01T00:00:00Z'), endedAt: null };
    expect(checkPointOpening(event, at('2026-12-01T02:00:00Z'), now)).toEqual({ ok: true });
    expect(checkPointOpening(event, at('2026-11-30T02:00:00Z'), now)).toEqual(expect.objectContaining({ ok: false, code: 'BEFORE_EVENT' }));
    expect(checkPointOpening({ ...event, endedAt: at('2026-12-02T00:00:00Z') }, now, now)).toEqual(expect.objectContaining({ ok: false, kind: 'state', state: 'ENDED' }));
  });

  it('refuses to close a point twice, before it opened, or before its last help', () => {
    const point = { openedAt: at('2026-12-01T02:00:00Z'), closedAt: null };
    expect(checkPointClosing({ ...point, closedAt: at('2026-12-02T00:00:00Z') }, now, null, now)).toEqual(expect.objectContaining({ ok: false, kind: 'state', state: 'CLOSED' }));
    expect(checkPointClosing(point, at('2026-12-01T01:00:00Z'), null, now)).toEqual(expect.objectContaining({ ok: false, code: 'BEFORE_OPENING' }));
    expect(checkPointClosing(point, at('2026-12-02T01:00:00Z'), at('2026-12-02T03:00:00Z'), now)).toEqual(expect.objectContaining({ ok: false, code: 'BEFORE_ACTIVITY' }));
    expect(checkPointClosing(point, now, at('2026-12-02T03:00:00Z'), now)).toEqual({ ok: true });
  });

  it('records help only at an open point, after it opened and not in the future', () => {
    const point = { openedAt: at('2026-12-01T02:00:00Z'), closedAt: null };
    expect(checkHelpAt(point, at('2026-12-02T10:00:00Z'), now)).toEqual({ ok: true });
    expect(checkHelpAt(point, at('2026-12-01T01:59:00Z'), now)).toEqual(expect.objectContaining({ ok: false, field: 'helpedAt', code: 'BEFORE_OPENING' }));
    expect(checkHelpAt({ ...point, closedAt: at('2026-12-03T00:00:00Z') }, at('2026-12-02T10:00:00Z'), now)).toEqual(expect.objectContaining({ ok: false, kind: 'state', state: 'CLOSED' }));
    expect(checkHelpAt(point, at('2026-12-03T12:05:00Z'), now)).toEqual(expect.objectContaining({ ok: false, code: 'FUTURE' }));
  });

  it('stores the kinds of help as flags and reads them back', () => {
    expect(aidFlags([])).toBeNull();
    expect(aidFlags(['FOOD', 'LODGING'])).toEqual({ food: true, lodging: true, clothing: false });
    expect(aidKinds({ food: false, lodging: true, clothing: true })).toEqual(['LODGING', 'CLOTHING']);
  });

  it('takes district codes of counties and townships, never the city itself', () => {
    expect(COUNTY_CODE.test('379902')).toBe(true);
    expect(COUNTY_CODE.test('379900')).toBe(false);
    expect(POINT_DISTRICT.test('379903002')).toBe(true);
    expect(POINT_DISTRICT.test('37990')).toBe(false);
  });
});
