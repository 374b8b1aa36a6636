import { moneyResolvers } from '@lifeline/subgraph-runtime';
import { type MoneyResolvers } from '../__generated__/resolvers-types';

/** An amount, resolved from its whole fen (a `bigint`): exact however large. */
export const Money: MoneyResolvers = moneyResolvers;
