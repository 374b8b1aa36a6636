import { CHANGE_LOG_TIMES, DateTimeScalar, withChangeLogTimes } from '@lifeline/subgraph-runtime';
import { type Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { ExchangeState } from './ExchangeState';
import { Person } from './Person';
import { Query } from './Query';
import { Mutation } from './Mutation';
import { ReferralService, ShelterReferral } from './ShelterReferral';
import { WomensFederationRecord } from './WomensFederationChange';

/** Every resolver of the women's-federation subgraph. */
export const resolvers: Resolvers = withChangeLogTimes({
  DateTime: DateTimeScalar,
  Query,
  Person,
  ShelterReferral,
  AuditTrail,
  ExchangeState,
  Mutation,
  ReferralService,
  WomensFederationRecord,
}, CHANGE_LOG_TIMES['womens-federation']);
