import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SEXES, type Sex } from '../domain/vocabulary';
import { Person } from './person.entity';

/** A family's report of someone missing; matched against unidentified persons in care. */
@Entity({ tableName: 'missing_person_report' })
@Index({ properties: ['resolvedPerson'] })
@Index({ name: 'missing_person_report_features_trgm', expression: 'create index "missing_person_report_features_trgm" on "missing_person_report" using gin ("features" gin_trgm_ops)' })
export class MissingPersonReport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  namePinyin: string | null = null;

  @Enum({ items: [...SEXES], type: 'text' })
  sex!: Sex;

  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  @Property({ type: 'smallint', nullable: true })
  ageWhenMissing: number | null = null;

  @Property({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Property({ type: 'text' })
  lastSeenDivision!: string;

  @Property({ type: 'text' })
  lastSeenPlace!: string;

  @Property({ type: 'text', nullable: true })
  dialectRegion: string | null = null;

  @Property({ type: 'text', nullable: true })
  features: string | null = null;

  @Property({ type: 'text' })
  reportedBy!: string;

  /** The person in care a staff member confirmed this report to be. */
  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'restrict' })
  resolvedPerson: Person | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;
}
