import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How many standing persons (record status ACTIVE) have each gram of their name (each character
 * and each pair of characters) and protection: kept by a trigger on `person` (migration
 * 20261207110000) in the same transaction as the change, so a search by a surname counts its tens
 * of thousands of persons from one or two rows. Written by the trigger alone.
 */
@Entity({ tableName: 'person_name_gram_tally' })
export class PersonNameGramTally {
  @PrimaryKey({ type: 'text' })
  gram!: string;

  @PrimaryKey({ type: 'boolean' })
  confidential!: boolean;

  @Property({ type: 'bigint' })
  standing!: string;
}
