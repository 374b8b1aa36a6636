import { Entity, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Person } from './person.entity';

/** The family-tracing steps taken for an unidentified person: the public notice and the DNA request. */
@Entity({ tableName: 'tracing_record' })
export class TracingRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({ entity: () => Person, owner: true, unique: true, deleteRule: 'restrict' })
  person!: Person;

  @Property({ type: 'timestamptz', nullable: true })
  noticePublishedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  dnaRequestedAt: Date | null = null;
}
