import { PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TrackedRecord } from '@lifeline/subgraph-runtime';

/**
 * What every check a station asks of the police about a person records of the request: the person
 * and the requesting station belong to civil affairs, so only their ids are kept, with the
 * station's division code. An entity extends it to map them on its own table.
 */
export abstract class PoliceCheck extends TrackedRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'uuid' })
  requestingStationId!: string;

  /** Division code of the requesting station, copied at request time: county staff see their county's checks. */
  @Property({ type: 'text' })
  requestingJurisdiction!: string;
}
