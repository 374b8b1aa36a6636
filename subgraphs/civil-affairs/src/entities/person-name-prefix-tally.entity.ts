import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How many standing persons (record status ACTIVE) a short Latin search (one to three letters:
 * initials, the start of a pinyin) finds by each of its keys, and protection: kept by a trigger on
 * `person` (migration 20261208090000) in the same transaction as the change, so a search by two
 * initials counts its thousands of persons from one or two rows. Written by the trigger alone.
 */
@Entity({ tableName: 'person_name_prefix_tally' })
export class PersonNamePrefixTally {
  @PrimaryKey({ type: 'text' })
  prefix!: string;

  @PrimaryKey({ type: 'boolean' })
  confidential!: boolean;

  @Property({ type: 'bigint' })
  standing!: string;
}
