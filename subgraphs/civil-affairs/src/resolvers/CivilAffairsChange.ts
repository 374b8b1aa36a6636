/**
 * The civil-affairs change feed (`civilAffairsChanges`): every record that can be fetched by id, as
 * it is created and changed, each listed only when the caller may read it by id now.
 */
import { changeFeed, webhookResolvers } from '@lifeline/subgraph-runtime';
import { type CivilAffairsRecordResolvers, type ResolversUnionTypes } from '../__generated__/resolvers-types';
import { permissions } from '../permissions';
import { Query } from './Query';

export const feed = changeFeed({
  field: 'civilAffairsChanges',
  byIdFields: {
    Person: 'person',
    Station: 'station',
    CareZone: 'careZone',
    RescueCase: 'rescueCase',
    RescueCaseEvent: 'rescueCaseEvent',
    CareService: 'careService',
    StreetReport: 'streetReport',
    MissingPersonReport: 'missingPersonReport',
    Escort: 'escort',
    Shelter: 'shelter',
    EmergencyEvent: 'emergencyEvent',
    EmergencyPoint: 'emergencyPoint',
    EmergencyHelp: 'emergencyHelp',
    Settlement: 'settlement',
    ShelterPlacement: 'shelterPlacement',
    ShelterRoom: 'shelterRoom',
  },
  permissions: () => permissions,
  queryResolvers: () => Query,
});

/** The feed's webhook subscriptions, managed by each integrating system for itself. */
export const webhooks = webhookResolvers('civilAffairsChanges', feed.recordTypes);

type RecordTypeName = NonNullable<Awaited<ReturnType<NonNullable<CivilAffairsRecordResolvers['__resolveType']>>>>;

export const CivilAffairsRecord: CivilAffairsRecordResolvers = {
  __resolveType: (record: ResolversUnionTypes<Record<string, unknown>>['CivilAffairsRecord']) => feed.resolveRecordType(record) as RecordTypeName,
};
