import { type EntrustedAidItemResolvers } from '../__generated__/resolvers-types';
import { intFen } from '../domain/money';

export const EntrustedAidItem: EntrustedAidItemResolvers = {
  cap: (item) => item.capFen,
  capFen: (item) => intFen(item.capFen, 'cap'),
};
