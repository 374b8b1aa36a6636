/**
 * Listing the network's stations by level and jurisdiction (a division-code prefix: a county code
 * matches the county and every township and village point inside it).
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { errorCode } from '@lifeline/subgraph-runtime';
import { Station } from '../entities/station.entity';
import { type NetworkLevel } from './vocabulary';

const DIVISION_CODE = /^[0-9]{2,12}$/;

/** Stations of one level (optional) within a jurisdiction (optional), by level then name. */
export async function findStations(
  em: EntityManager,
  filter: { level?: NetworkLevel | null; jurisdiction?: string | null },
): Promise<Station[]> {
  const where: Record<string, unknown> = {};
  if (filter.level) where.level = filter.level;
  if (filter.jurisdiction != null) {
    if (!DIVISION_CODE.test(filter.jurisdiction)) {
      throw new GraphQLError('jurisdiction must be an administrative-division code (2 to 12 digits)', {
        extensions: { code: errorCode('BAD_USER_INPUT') },
      });
    }
    // Trailing zeros of a city or county code stand for "everything inside".
    const prefix = filter.jurisdiction.replace(/(00)+$/, '');
    where.jurisdiction = { $like: `${prefix}%` };
  }
  const stations = await em.find(Station, where, { orderBy: { name: 'asc' } });
  const order = ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'];
  return stations.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
}
