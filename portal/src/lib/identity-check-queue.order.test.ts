import { isConcluded, queueOrder } from './identity-check-queue.order';

const check = (id: string, status: string, resultDueAt: string, requestedAt = '2026-11-01T00:00:00.000Z') => ({ id, status, resultDueAt, requestedAt });

describe('the identity-check queue', () => {
  it('puts open checks first by due date, then concluded ones newest first', () => {
    const checks = [
      check('done-old', 'MATCHED', '2026-11-05T00:00:00.000Z', '2026-10-05T00:00:00.000Z'),
      check('late', 'COMPARING', '2026-11-20T00:00:00.000Z'),
      check('done-new', 'NO_MATCH', '2026-12-20T00:00:00.000Z', '2026-11-20T00:00:00.000Z'),
      check('soon', 'REQUESTED', '2026-12-02T00:00:00.000Z'),
      check('overdue', 'SAMPLE_COLLECTED', '2026-11-10T00:00:00.000Z'),
    ];
    expect(queueOrder(checks).map((c) => c.id)).toEqual(['overdue', 'late', 'soon', 'done-new', 'done-old']);
    expect(checks[0]!.id).toBe('done-old');
  });

  it('knows which statuses carry a result', () => {
    expect(['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING', 'MATCHED', 'NO_MATCH', 'INCONCLUSIVE'].filter(isConcluded)).toEqual(['MATCHED', 'NO_MATCH', 'INCONCLUSIVE']);
  });
});
