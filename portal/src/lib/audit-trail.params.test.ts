import { auditEventFilter, auditRecordHref, auditTrailHref, auditTrailPaging, cityMinuteToInstant, firstPageOf, parseAuditTrailView } from './audit-trail.params';

describe('the audit work list in the URL', () => {
  it('shows civil affairs’ whole trail, first page, when the URL says nothing', () => {
    const { view, windowRefused } = parseAuditTrailView({});
    expect(view).toEqual({ agency: 'civil-affairs' });
    expect(windowRefused).toBe(false);
    expect(auditEventFilter(view)).toEqual({});
    expect(auditTrailPaging(view)).toEqual({ first: 50, after: null, last: null, before: null });
    expect(auditTrailHref(view)).toBe('/audit-trail');
  });

  it('reads every parameter back from the URL it writes, the window as instants of the city’s wall clock', () => {
    const params = {
      agency: 'public-security',
      from: '2026-12-01T08:00',
      to: '2026-12-06T18:30',
      actor: ' police.officer ',
      operation: 'EXPORT',
      recordType: 'IdentityCheck',
      recordId: 'b3c1a4e2-0000-4000-8000-000000000001',
      outcome: 'DENIED',
      purpose: '寻亲',
      after: 'abc',
    };
    const { view } = parseAuditTrailView(params);
    expect(view).toEqual({ ...params, actor: 'police.officer' });
    expect(auditEventFilter(view)).toEqual({
      from: '2026-12-01T00:00:00.000Z',
      to: '2026-12-06T10:30:00.000Z',
      actor: 'police.officer',
      operation: 'EXPORT',
      recordType: 'IdentityCheck',
      recordId: 'b3c1a4e2-0000-4000-8000-000000000001',
      outcome: 'DENIED',
      purpose: '寻亲',
    });
    const href = auditTrailHref(view, '/audit-trail/export');
    expect(href.startsWith('/audit-trail/export?agency=public-security&from=2026-12-01T08%3A00&to=2026-12-06T18%3A30&actor=police.officer&operation=EXPORT')).toBe(true);
    expect(parseAuditTrailView(Object.fromEntries(new URL(href, 'http://portal').searchParams)).view).toEqual(view);
  });

  it('pages back with before, and a filter or tab change starts again at the first page', () => {
    const { view } = parseAuditTrailView({ agency: 'foreign-affairs', outcome: 'ALLOWED', before: 'xyz' });
    expect(auditTrailPaging(view)).toEqual({ first: null, after: null, last: 50, before: 'xyz' });
    expect(firstPageOf(view)).toEqual({ agency: 'foreign-affairs', outcome: 'ALLOWED' });
    expect(auditTrailHref({ ...firstPageOf(view), agency: 'civil-affairs' })).toBe('/audit-trail?outcome=ALLOWED');
  });

  it('drops what it does not know: an unknown agency, operation or outcome, a record type that is no type name, oversized text, an impossible minute', () => {
    const { view, windowRefused } = parseAuditTrailView({
      agency: 'tax-office',
      operation: 'read',
      outcome: 'MAYBE',
      recordType: 'person; drop table',
      actor: 'x'.repeat(101),
      purpose: '   ',
      from: '2026-02-30T08:00',
      to: '2026-12-06 08:00',
      after: 'x'.repeat(513),
    });
    expect(view).toEqual({ agency: 'civil-affairs' });
    expect(windowRefused).toBe(false);
  });

  it('refuses a window whose end is not after its start, dropping both ends and saying so', () => {
    for (const [from, to] of [['2026-12-06T08:00', '2026-12-01T08:00'], ['2026-12-06T08:00', '2026-12-06T08:00']]) {
      const { view, windowRefused } = parseAuditTrailView({ from, to, actor: 'center.staff' });
      expect(windowRefused).toBe(true);
      expect(view).toEqual({ agency: 'civil-affairs', actor: 'center.staff' });
    }
    // One end alone is a window open on the other side.
    expect(auditEventFilter(parseAuditTrailView({ to: '2026-12-06T00:00' }).view)).toEqual({ to: '2026-12-05T16:00:00.000Z' });
  });

  it('reads the city’s wall-clock minutes as instants, whatever the machine’s zone, and no impossible minute', () => {
    expect(cityMinuteToInstant('2026-01-01T00:00')).toBe('2025-12-31T16:00:00.000Z');
    expect(cityMinuteToInstant('2026-04-31T10:00')).toBeUndefined();
    expect(cityMinuteToInstant('2026-12-06T24:00')).toBeUndefined();
  });

  it('links a line’s record to its page where the portal has one', () => {
    const id = 'b3c1a4e2-0000-4000-8000-000000000001';
    expect(auditRecordHref('Person', id)).toBe(`/persons/${id}`);
    expect(auditRecordHref('RescueCase', id)).toBe(`/cases/${id}`);
    expect(auditRecordHref('IdentityCheck', id)).toBe(`/check-queue/${id}`);
    expect(auditRecordHref('AidEntrustment', id)).toBe(`/aid-entrustments/${id}`);
    expect(auditRecordHref('AuditEvent', '1234')).toBeUndefined();
    expect(auditRecordHref('Person', 'not-an-id')).toBeUndefined();
    expect(auditRecordHref('Query', null)).toBeUndefined();
  });
});
