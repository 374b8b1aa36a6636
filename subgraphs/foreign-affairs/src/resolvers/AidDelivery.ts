import { type AidDeliveryResolvers } from '../__generated__/resolvers-types';

export const AidDelivery: AidDeliveryResolvers = {
  station: (delivery) => ({ id: delivery.stationId }),
};
