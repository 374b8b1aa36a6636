import { type AidDeliveryResolvers } from '../__generated__/resolvers-types';
import { intFen } from '../domain/money';

export const AidDelivery: AidDeliveryResolvers = {
  station: (delivery) => ({ id: delivery.stationId }),
  amount: (delivery) => delivery.amountFen,
  amountFen: (delivery) => intFen(delivery.amountFen, 'amount'),
};
