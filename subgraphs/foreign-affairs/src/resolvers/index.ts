import { DateScalar, DateTimeScalar } from '@lifeline/subgraph-runtime';
import { type Resolvers } from '../__generated__/resolvers-types';
import { AidDelivery } from './AidDelivery';
import { AidEntrustment } from './AidEntrustment';
import { AidEntrustmentVersion } from './AidEntrustmentVersion';
import { AuditTrail } from './AuditTrail';
import { ExchangeState } from './ExchangeState';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';

/** Every resolver of the foreign-affairs subgraph. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Query,
  Person,
  AidEntrustment,
  AuditTrail,
  ExchangeState,
  Mutation,
  AidEntrustmentVersion,
  AidDelivery,
};
