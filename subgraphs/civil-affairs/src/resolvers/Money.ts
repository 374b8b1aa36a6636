import { type MoneyResolvers } from '../__generated__/resolvers-types';
import { yuan } from '../domain/money';

/** An amount, resolved from its whole fen (a `bigint`): exact however large. */
export const Money: MoneyResolvers = {
  amountFen: (fen) => fen.toString(),
  currency: () => 'CNY',
  yuan: (fen) => yuan(fen),
};
