import { CHANGE_LOG_TIMES, DateScalar, DateTimeScalar, withChangeLogTimes } from '@lifeline/subgraph-runtime';
import { type Resolvers } from '../__generated__/resolvers-types';
import { AidBalance, AidItemBalance } from './AidBalance';
import { AidCapExceeded } from './AidCapExceeded';
import { AidDelivery } from './AidDelivery';
import { AidEntrustment } from './AidEntrustment';
import { AidEntrustmentVersion } from './AidEntrustmentVersion';
import { AuditTrail } from './AuditTrail';
import { EntrustedAidItem } from './EntrustedAidItem';
import { ExchangeState } from './ExchangeState';
import { feed, ForeignAffairsRecord } from './ForeignAffairsChange';
import { Money } from './Money';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { PoliceLegalStatusFinding } from './PoliceLegalStatusFinding';
import { Query } from './Query';

/** Every resolver of the foreign-affairs subgraph. */
export const resolvers: Resolvers = withChangeLogTimes({
  DateTime: DateTimeScalar,
  Date: DateScalar,
  // The change feed's fields beside the agency's own (the feed reads the by-id resolvers of `Query`).
  Query: { ...Query, ...feed.Query },
  Person,
  AidEntrustment,
  AuditTrail,
  ExchangeState,
  Mutation: { ...Mutation, ...feed.Mutation },
  AidEntrustmentVersion,
  AidDelivery,
  EntrustedAidItem,
  AidBalance,
  AidItemBalance,
  AidCapExceeded,
  Money,
  PoliceLegalStatusFinding,
  ForeignAffairsRecord,
}, CHANGE_LOG_TIMES['foreign-affairs']);
