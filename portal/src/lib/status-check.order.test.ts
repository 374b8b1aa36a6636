import { statusCheckOrder } from './status-check.order';

describe('the order of the status-check list', () => {
  it('puts open checks first, oldest first, then concluded ones, latest conclusion first', () => {
    const rows = [
      { id: 'c', status: 'LEGAL_ENTRY', requestedAt: '2026-11-01T08:00:00Z', concludedAt: '2026-11-02T08:00:00Z' },
      { id: 'b', status: 'REQUESTED', requestedAt: '2026-11-20T08:00:00Z', concludedAt: null },
      { id: 'e', status: 'ILLEGAL', requestedAt: '2026-11-03T08:00:00Z', concludedAt: '2026-11-25T08:00:00Z' },
      { id: 'a', status: 'REQUESTED', requestedAt: '2026-11-10T08:00:00Z', concludedAt: null },
      { id: 'd', status: 'REQUESTED', requestedAt: '2026-11-10T08:00:00Z' },
    ];
    expect(statusCheckOrder(rows).map((row) => row.id)).toEqual(['a', 'd', 'b', 'e', 'c']);
    expect(rows.map((row) => row.id)).toEqual(['c', 'b', 'e', 'a', 'd']);
  });
});
