import { checkSettlementStep, settlementEligibility } from './settlement.workflow';

const now = new Date('2026-12-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const inCare = (days: number) => ({ status: 'IN_CARE' as const, intakeAt: daysAgo(days), extendedUntil: null });

describe('settlement eligibility', () => {
  it('admits an unidentified person in care past 3 months', () => {
    expect(settlementEligibility(inCare(95), { identityStatus: 'UNIDENTIFIED' }, false, now)).toEqual({ ok: true });
  });

  it('says why others cannot be proposed', () => {
    expect(settlementEligibility(inCare(60), { identityStatus: 'UNIDENTIFIED' }, false, now)).toEqual(expect.objectContaining({ ok: false, reason: 'NOT_LONG_STAY', message: expect.stringContaining('60 days') }));
    expect(settlementEligibility(inCare(120), { identityStatus: 'CLAIMED' }, false, now)).toEqual(expect.objectContaining({ ok: false, reason: 'IDENTIFIED' }));
    expect(settlementEligibility({ ...inCare(120), status: 'EXITED' }, { identityStatus: 'UNIDENTIFIED' }, false, now)).toEqual(expect.objectContaining({ ok: false, reason: 'NOT_IN_CARE' }));
    expect(settlementEligibility(inCare(120), { identityStatus: 'UNIDENTIFIED' }, true, now)).toEqual(expect.objectContaining({ ok: false, reason: 'ACTIVE_SETTLEMENT' }));
  });
});

describe('settlement steps', () => {
  it('goes proposed → approved → settled → revoked', () => {
    expect(checkSettlementStep('PROPOSED', 'APPROVED')).toEqual({ ok: true });
    expect(checkSettlementStep('APPROVED', 'SETTLED')).toEqual({ ok: true });
    expect(checkSettlementStep('SETTLED', 'REVOKED')).toEqual({ ok: true });
  });

  it('refuses a second approval, settling before approval and any step after revocation, naming the state', () => {
    expect(checkSettlementStep('APPROVED', 'APPROVED')).toEqual({ ok: false, message: expect.stringContaining('APPROVED can move to SETTLED or REVOKED') });
    expect(checkSettlementStep('PROPOSED', 'SETTLED')).toEqual(expect.objectContaining({ ok: false }));
    expect(checkSettlementStep('REVOKED', 'SETTLED')).toEqual({ ok: false, message: 'The settlement is REVOKED: it cannot change any more.' });
    expect(checkSettlementStep('DECLINED', 'APPROVED')).toEqual(expect.objectContaining({ ok: false }));
  });
});
