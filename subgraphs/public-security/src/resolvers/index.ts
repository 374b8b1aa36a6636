import { CHANGE_LOG_TIMES, DateTimeScalar, withChangeLogTimes } from '@lifeline/subgraph-runtime';
import { type Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { ExchangeState } from './ExchangeState';
import { ForeignAffairsNotification } from './ForeignAffairsNotification';
import { ForeignNationalStatusCheck } from './ForeignNationalStatusCheck';
import { IdentityCheck } from './IdentityCheck';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { PublicSecurityRecord } from './PublicSecurityChange';
import { Query } from './Query';
import { Station } from './Station';

/** Every resolver of the public-security subgraph. */
export const resolvers: Resolvers = withChangeLogTimes({
  DateTime: DateTimeScalar,
  Query,
  Person,
  Station,
  IdentityCheck,
  AuditTrail,
  ExchangeState,
  Mutation,
  ForeignNationalStatusCheck,
  ForeignAffairsNotification,
  PublicSecurityRecord,
}, CHANGE_LOG_TIMES['public-security']);
