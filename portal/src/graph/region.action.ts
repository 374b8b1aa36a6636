'use server';
/**
 * The region for the pickers (the map, the division cascader): the network's stations as the
 * graph shows them to any signed-in user. None when the graph refuses; the forms then keep their
 * typed fields.
 */
import type { RegionStationsQuery as RegionStationsResult } from '@/gql/graphql';
import { queryGraph } from './graph-client';
import { RegionStationsQuery } from './region.query';

export type RegionStations = RegionStationsResult['stations'];

/** The network's stations with their jurisdictions and places. */
export async function loadRegionStations(): Promise<RegionStations> {
  const result = await queryGraph(RegionStationsQuery, {});
  return result.data?.stations ?? [];
}
