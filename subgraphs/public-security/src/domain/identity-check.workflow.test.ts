import { checkTransition, isOverdue, resultDueAt } from './identity-check.workflow';

describe('the identity-check state machine', () => {
  it('goes from request through samples and comparison to a result, and never back', () => {
    expect(checkTransition('REQUESTED', 'SAMPLE_COLLECTED').ok).toBe(true);
    expect(checkTransition('SAMPLE_COLLECTED', 'SAMPLE_COLLECTED').ok).toBe(true);
    expect(checkTransition('COMPARING', 'MATCHED').ok).toBe(true);
    expect(checkTransition('REQUESTED', 'MATCHED')).toEqual({ ok: false, message: expect.stringContaining('REQUESTED') });
    expect(checkTransition('MATCHED', 'COMPARING')).toEqual({ ok: false, message: expect.stringContaining('concluded') });
  });

  it('is due a month after the request and overdue only while open', () => {
    const due = resultDueAt(new Date('2026-01-31T10:00:00Z'));
    expect(due.toISOString()).toBe('2026-03-03T10:00:00.000Z');
    expect(isOverdue({ status: 'COMPARING', resultDueAt: due }, new Date('2026-03-04T00:00:00Z'))).toBe(true);
    expect(isOverdue({ status: 'MATCHED', resultDueAt: due }, new Date('2026-03-04T00:00:00Z'))).toBe(false);
  });
});
