import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How many standing persons (record status ACTIVE) there are of each identity status, sex and
 * protection: kept by a trigger on `person` (migration 20261206110000) in the same transaction as
 * the change, so a persons page counts a city's million persons from a handful of rows instead of
 * reading them all. Written by the trigger alone.
 */
@Entity({ tableName: 'person_tally' })
export class PersonTally {
  @PrimaryKey({ type: 'text' })
  identityStatus!: string;

  @PrimaryKey({ type: 'text' })
  sex!: string;

  @PrimaryKey({ type: 'boolean' })
  confidential!: boolean;

  @Property({ type: 'bigint' })
  standing!: string;
}
