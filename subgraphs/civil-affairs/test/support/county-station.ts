import { type EntityManager } from '@mikro-orm/core';
import { CareZone } from '../../src/entities/care-zone.entity';
import { Station } from '../../src/entities/station.entity';
import { ZonePlace } from '../../src/entities/zone-place.entity';

/**
 * A county rescue station of a suite's own, with a men's and a women's zone of 30 places each,
 * so the suite never touches the demo region's figures. Returns the station's id.
 */
export async function createCountyStation(em: EntityManager, county: { jurisdiction: string; name: string }): Promise<string> {
  const station = em.create(Station, { name: `${county.name}救助站`, level: 'COUNTY', kind: 'COUNTY_STATION', jurisdiction: county.jurisdiction, jurisdictionName: county.name });
  for (const kind of ['MEN', 'WOMEN'] as const) {
    const zone = em.create(CareZone, { station, kind, name: kind, places: 30 });
    for (let n = 1; n <= 30; n++) em.create(ZonePlace, { zone, number: n });
  }
  await em.flush();
  return station.id;
}
