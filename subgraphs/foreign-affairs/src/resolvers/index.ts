import { DateTimeScalar } from '@lifeline/subgraph-runtime';
import { type Resolvers } from '../__generated__/resolvers-types';
import { AidEntrustment } from './AidEntrustment';
import { AuditTrail } from './AuditTrail';
import { Person } from './Person';
import { Query } from './Query';

/** Every resolver of the foreign-affairs subgraph. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Person,
  AidEntrustment,
  AuditTrail,
};
