/**
 * The civil-affairs change feed (`civilAffairsChanges`): every record that can be fetched by id, as
 * it is created and changed, each listed only when the caller may read it by id now; and the end of
 * a person's record (merged or removed), as a tombstone, to those who could read it before.
 */
import { agencyChangeFeed, type EndedRecordView } from '@lifeline/subgraph-runtime';
import { type CivilAffairsRecordResolvers, type ResolversUnionTypes } from '../__generated__/resolvers-types';
import { type SubgraphContext } from '../context';
import { endedPersonVisibility } from '../domain/access';
import { permissions } from '../permissions';
import { Query } from './Query';

/** Of these ended persons' records, the tombstones of those the caller could read just before they ended: one statement. */
async function endedPersons(ids: readonly string[], { em, caller }: SubgraphContext): Promise<Map<string, EndedRecordView>> {
  const visible = endedPersonVisibility(caller);
  const rows = await em.getConnection().execute<Array<{ id: string; record_status: string; merged_into_id: string | null }>>(
    `select ended.id, ended.record_status, ended.merged_into_id from person ended where ended.id in (?) and ${visible.sql}`,
    [[...ids], ...visible.params],
  );
  return new Map(rows.map((row) => [row.id, { id: row.id, reason: row.record_status === 'MERGED' ? 'MERGED' : 'REMOVED', successorId: row.merged_into_id }]));
}

/** The feed, its webhooks and their Query and Mutation fields (spread into the resolver map). */
export const feed = agencyChangeFeed({
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
  ended: { Person: endedPersons },
});

type RecordTypeName = NonNullable<Awaited<ReturnType<NonNullable<CivilAffairsRecordResolvers['__resolveType']>>>>;

export const CivilAffairsRecord: CivilAffairsRecordResolvers = {
  __resolveType: (record: ResolversUnionTypes<Record<string, unknown>>['CivilAffairsRecord']) => feed.resolveRecordType(record) as RecordTypeName,
};
