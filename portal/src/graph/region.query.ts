import { graphql } from '@/gql';

/** The network's stations with their jurisdictions and places: the region the pickers draw and offer. */
export const RegionStationsQuery = graphql(`
  query RegionStations {
    stations {
      id
      name
      kind
      jurisdiction
      jurisdictionName
      latitude
      longitude
    }
  }
`);
