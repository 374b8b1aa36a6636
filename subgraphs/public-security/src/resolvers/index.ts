import { CHANGE_LOG_TIMES, DateTimeScalar, withChangeLogTimes } from '@lifeline/subgraph-runtime';
import { type Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { ExchangeState } from './ExchangeState';
import { ForeignAffairsNotification } from './ForeignAffairsNotification';
import { ForeignNationalStatusCheck } from './ForeignNationalStatusCheck';
import { IdentityCheck } from './IdentityCheck';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { feed, PublicSecurityRecord } from './PublicSecurityChange';
import { Query } from './Query';
import { Station } from './Station';

/** Every resolver of the public-security subgraph. */
export const resolvers: Resolvers = withChangeLogTimes({
  DateTime: DateTimeScalar,
  // The change feed's fields beside the agency's own (the feed reads the by-id resolvers of `Query`).
  Query: { ...Query, ...feed.Query },
  Person,
  Station,
  IdentityCheck,
  AuditTrail,
  ExchangeState,
  Mutation: { ...Mutation, ...feed.Mutation },
  ForeignNationalStatusCheck,
  ForeignAffairsNotification,
  PublicSecurityRecord,
}, CHANGE_LOG_TIMES['public-security']);
