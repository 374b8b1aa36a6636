import { stayFlag } from './stay-clock';

const now = new Date('2026-11-29T00:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe('the stay clock', () => {
  it('flags staying on past 10 days unless an extension runs, and long stay past 3 months unidentified', () => {
    const identified = { identityStatus: 'CLAIMED' as const };
    expect(stayFlag({ status: 'IN_CARE', intakeAt: daysAgo(9), extendedUntil: null }, identified, now)).toBe('STANDARD');
    expect(stayFlag({ status: 'IN_CARE', intakeAt: daysAgo(11), extendedUntil: null }, identified, now)).toBe('STAYING_ON');
    expect(stayFlag({ status: 'IN_CARE', intakeAt: daysAgo(11), extendedUntil: daysAgo(-5) }, identified, now)).toBe('EXTENDED');
    expect(stayFlag({ status: 'IN_CARE', intakeAt: daysAgo(20), extendedUntil: daysAgo(1) }, identified, now)).toBe('STAYING_ON');
    expect(stayFlag({ status: 'IN_CARE', intakeAt: daysAgo(100), extendedUntil: null }, { identityStatus: 'UNIDENTIFIED' }, now)).toBe('LONG_STAY');
    expect(stayFlag({ status: 'EXITED', intakeAt: daysAgo(100), extendedUntil: null }, { identityStatus: 'UNIDENTIFIED' }, now)).toBe('STANDARD');
  });
});
