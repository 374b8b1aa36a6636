import { isConcluded } from './identity-check-queue.order';

describe('the identity-check queue', () => {
  it('knows which statuses carry a result', () => {
    expect(['REQUESTED', 'SAMPLE_COLLECTED', 'COMPARING', 'MATCHED', 'NO_MATCH', 'INCONCLUSIVE'].filter(isConcluded)).toEqual(['MATCHED', 'NO_MATCH', 'INCONCLUSIVE']);
  });
});
