import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SEXES, type Sex } from '../domain/vocabulary';
import { EmergencyPoint } from './emergency-point.entity';
import { Person } from './person.entity';

/** One person helped at a temporary point: linked to a recorded person, or anonymous. */
@Entity({ tableName: 'emergency_help' })
@Index({ properties: ['point', 'helpedAt'] })
@Check({ name: 'emergency_help_something_given', expression: 'food or lodging or clothing' })
@Check({ name: 'emergency_help_linked_or_described', expression: '(person_id is not null and sex is null and estimated_age is null) or (person_id is null and sex is not null)' })
export class EmergencyHelp {
  [OptionalProps]?: 'person' | 'sex' | 'estimatedAge' | 'note' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => EmergencyPoint, deleteRule: 'restrict' })
  point!: EmergencyPoint;

  @Property({ type: 'timestamptz' })
  helpedAt!: Date;

  @Property({ type: 'boolean' })
  food!: boolean;

  @Property({ type: 'boolean' })
  lodging!: boolean;

  @Property({ type: 'boolean' })
  clothing!: boolean;

  @ManyToOne({ entity: () => Person, nullable: true, deleteRule: 'restrict' })
  person: Person | null = null;

  @Enum({ items: [...SEXES], type: 'text', nullable: true })
  sex: Sex | null = null;

  @Property({ type: 'smallint', nullable: true })
  estimatedAge: number | null = null;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
