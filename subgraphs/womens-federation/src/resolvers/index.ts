import { CHANGE_LOG_TIMES, DateTimeScalar, withChangeLogTimes } from '@lifeline/subgraph-runtime';
import { type Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { ExchangeState } from './ExchangeState';
import { Person } from './Person';
import { Query } from './Query';
import { Mutation } from './Mutation';
import { ReferralService, ShelterReferral } from './ShelterReferral';
import { feed, WomensFederationRecord } from './WomensFederationChange';

/** Every resolver of the women's-federation subgraph. */
export const resolvers: Resolvers = withChangeLogTimes({
  DateTime: DateTimeScalar,
  // The change feed's fields beside the agency's own (the feed reads the by-id resolvers of `Query`).
  Query: { ...Query, ...feed.Query },
  Person,
  ShelterReferral,
  AuditTrail,
  ExchangeState,
  Mutation: { ...Mutation, ...feed.Mutation },
  ReferralService,
  WomensFederationRecord,
}, CHANGE_LOG_TIMES['womens-federation']);
