import { type AidCapExceededResolvers } from '../__generated__/resolvers-types';
import { intFen } from '../domain/money';

export const AidCapExceeded: AidCapExceededResolvers = {
  cap: (refusal) => refusal.capFen,
  capFen: (refusal) => intFen(refusal.capFen, 'cap'),
  delivered: (refusal) => refusal.deliveredFen,
  deliveredFen: (refusal) => intFen(refusal.deliveredFen, 'delivered'),
  remaining: (refusal) => refusal.remainingFen,
  remainingFen: (refusal) => intFen(refusal.remainingFen, 'remaining'),
};
