import { agencyExchangeState } from '@lifeline/subgraph-runtime';
import { type ExchangeStateResolvers } from '../__generated__/resolvers-types';

export const ExchangeState: ExchangeStateResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  womensFederation: (_, __, { em }) => agencyExchangeState(em),
};
