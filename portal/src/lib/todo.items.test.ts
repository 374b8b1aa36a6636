import { checksOverdue, dispatchLate, entrustmentsExpiring, mayBeLateAfter, staysPastStandard, todoKeysOf, tracingOverdue, waiting } from './todo.items';

const now = Date.parse('2026-12-05T12:00:00Z');
const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
const ahead = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

describe('the to-do panel', () => {
  it('gives each role its own kinds of waiting work, each once', () => {
    expect(todoKeysOf(['POLICE_OFFICER'])).toEqual(['checksOverdue', 'statusChecksOpen']);
    expect(todoKeysOf(['CENTER_STAFF', 'STATION_STAFF'])).toEqual(['dispatchLate', 'escortsAwaiting', 'tracingOverdue', 'staysPastStandard', 'entrustmentsExpiring']);
    expect(todoKeysOf(['AUDITOR'])).toEqual([]);
  });

  it('counts the street reports the board flags and not yet reached, late from 30 minutes after the report', () => {
    const item = dispatchLate(
      [
        { reportedAt: ago(100), missedThirtyMinutes: true, onSceneAt: null },
        { reportedAt: ago(50), missedThirtyMinutes: true },
        { reportedAt: ago(200), missedThirtyMinutes: true, onSceneAt: ago(10) },
        { reportedAt: ago(10), missedThirtyMinutes: false },
      ],
      now,
    );
    expect(item).toEqual(expect.objectContaining({ count: 2, lateByMs: 70 * 60_000, href: '/dispatch' }));
  });

  it('reads the oldest-first board on only while its page ends with a report over 30 minutes old', () => {
    expect(mayBeLateAfter([{ reportedAt: ago(300) }, { reportedAt: ago(31) }], now)).toBe(true);
    expect(mayBeLateAfter([{ reportedAt: ago(300) }, { reportedAt: ago(29) }], now)).toBe(false);
    expect(mayBeLateAfter([], now)).toBe(false);
  });

  it('dates a tracing clock from the deadline that ran out, an identity check from its result date', () => {
    const tracing = tracingOverdue(
      [
        { overdue: ['NOTICE'], noticeDueAt: ago(120), dnaRequestDueAt: ahead(600) },
        { overdue: ['DNA_REQUEST'], noticeDueAt: null, dnaRequestDueAt: ago(3000) },
      ],
      now,
    );
    expect(tracing).toEqual(expect.objectContaining({ count: 2, lateByMs: 3000 * 60_000 }));
    expect(checksOverdue(140, ago(60), now)).toEqual(expect.objectContaining({ count: 140, lateByMs: 3_600_000, href: '/check-queue?overdue=true' }));
  });

  it('says how long the longest stay is past 10 days, how long the oldest waits, how soon the first entrustment expires', () => {
    expect(staysPastStandard([{ stayDays: 12 }, { stayDays: 31 }])).toEqual(expect.objectContaining({ count: 2, longestStayDays: 31, lateByMs: 21 * 86_400_000 }));
    expect(staysPastStandard([])).toEqual(expect.objectContaining({ count: 0 }));
    expect(waiting('notificationsOpen', [ago(30), ago(90)], now)).toEqual(expect.objectContaining({ count: 2, waitingMs: 90 * 60_000 }));
    // Counted by the graph: all of them, with only the oldest read.
    expect(waiting('escortsAwaiting', [ago(45)], now, 3)).toEqual({ key: 'escortsAwaiting', href: '/escorts', count: 3, waitingMs: 45 * 60_000 });
    expect(waiting('statusChecksOpen', [ago(90)], now, 240)).toEqual(expect.objectContaining({ count: 240, waitingMs: 90 * 60_000, href: '/status-checks?status=REQUESTED' }));
    const expiring = entrustmentsExpiring(
      [
        { status: 'ACCEPTED', validUntil: ahead(24 * 60) },
        { status: 'ISSUED', validUntil: ahead(5 * 24 * 60) },
        { status: 'REVOKED', validUntil: ahead(60) },
        { status: 'IN_PROGRESS', validUntil: ago(60) },
      ],
      now,
    );
    expect(expiring).toEqual(expect.objectContaining({ count: 1, expiresInMs: 24 * 3_600_000 }));
  });
});
