import { addWorkingDays, tracingClocks } from './tracing-clock';

describe('the tracing clocks', () => {
  it('count 7 working days skipping weekends and configured holidays', () => {
    // Friday 2026-09-25 10:00 China time; 10-01..10-07 is the National Day holiday.
    const friday = new Date('2026-09-25T02:00:00Z');
    const holidays = new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(addWorkingDays(friday, 7, new Set()).toISOString()).toBe('2026-10-06T02:00:00.000Z');
    expect(addWorkingDays(friday, 7, holidays).toISOString()).toBe('2026-10-13T02:00:00.000Z');
  });

  it('never set a notice clock for a protected victim, and flag what has run out', () => {
    const intakeAt = new Date('2026-11-02T02:00:00Z');
    const later = new Date('2026-11-20T00:00:00Z');
    expect(tracingClocks({ intakeAt, confidential: true, noticePublishedAt: null, dnaRequestedAt: null }, new Set(), later)).toEqual(
      expect.objectContaining({ noticeDueAt: null, overdue: ['DNA_REQUEST'] }),
    );
    const open = tracingClocks({ intakeAt, confidential: false, noticePublishedAt: null, dnaRequestedAt: null }, new Set(), later);
    expect(open.overdue).toEqual(['NOTICE', 'DNA_REQUEST']);
    const done = tracingClocks({ intakeAt, confidential: false, noticePublishedAt: intakeAt, dnaRequestedAt: new Date('2026-11-05T00:00:00Z') }, new Set(), later);
    expect(done.overdue).toEqual([]);
    expect(done.policeResultDueAt!.toISOString()).toBe('2026-12-05T00:00:00.000Z');
  });
});
