import { type AidBalanceResolvers, type AidItemBalanceResolvers } from '../__generated__/resolvers-types';
import { intFen } from '../domain/money';

export const AidBalance: AidBalanceResolvers = {
  totalCap: (balance) => balance.totalCapFen,
  totalCapFen: (balance) => intFen(balance.totalCapFen, 'totalCap'),
  delivered: (balance) => balance.deliveredFen,
  deliveredFen: (balance) => intFen(balance.deliveredFen, 'delivered'),
  remaining: (balance) => balance.remainingFen,
  remainingFen: (balance) => intFen(balance.remainingFen, 'remaining'),
};

export const AidItemBalance: AidItemBalanceResolvers = {
  cap: (item) => item.capFen,
  capFen: (item) => intFen(item.capFen, 'cap'),
  delivered: (item) => item.deliveredFen,
  deliveredFen: (item) => intFen(item.deliveredFen, 'delivered'),
  remaining: (item) => item.remainingFen,
  remainingFen: (item) => intFen(item.remainingFen, 'remaining'),
};
