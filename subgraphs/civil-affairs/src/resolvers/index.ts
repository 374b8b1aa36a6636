import { CHANGE_LOG_TIMES, DateScalar, DateTimeScalar, withChangeLogTimes } from '@lifeline/subgraph-runtime';
import { type Resolvers } from '../__generated__/resolvers-types';
import { AuditTrail } from './AuditTrail';
import { ExchangeState } from './ExchangeState';
import { CareZone } from './CareZone';
import { feed, CivilAffairsRecord } from './CivilAffairsChange';
import { Escort, EscortLeg } from './Escort';
import { MissingPersonReport } from './MissingPersonReport';
import { Money } from './Money';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';
import { RescueCase } from './RescueCase';
import { Shelter } from './Shelter';
import { Station } from './Station';
import { StreetReport } from './StreetReport';
import { EmergencyEvent } from './EmergencyEvent';
import { EmergencyHelp, EmergencyHelpCount } from './EmergencyHelp';
import { EmergencyPoint } from './EmergencyPoint';
import { Settlement } from './Settlement';
import { ShelterPlaceHold, ShelterPlacement, ShelterReferral } from './ShelterPlacement';

/** Every resolver of the civil-affairs subgraph. */
export const resolvers: Resolvers = withChangeLogTimes({
  DateTime: DateTimeScalar,
  Date: DateScalar,
  // The change feed's fields beside the agency's own (the feed reads the by-id resolvers of `Query`).
  Query: { ...Query, ...feed.Query },
  Person,
  Station,
  RescueCase,
  Shelter,
  AuditTrail,
  ExchangeState,
  CareZone,
  Mutation: { ...Mutation, ...feed.Mutation },
  StreetReport,
  MissingPersonReport,
  Escort,
  EscortLeg,
  Money,
  EmergencyEvent,
  EmergencyPoint,
  EmergencyHelp,
  EmergencyHelpCount,
  Settlement,
  ShelterReferral,
  ShelterPlacement,
  ShelterPlaceHold,
  CivilAffairsRecord,
}, CHANGE_LOG_TIMES['civil-affairs']);
