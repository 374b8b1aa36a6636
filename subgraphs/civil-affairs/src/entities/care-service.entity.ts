import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { CARE_SERVICE_KINDS, type CareServiceKind } from '../domain/vocabulary';
import { RescueCase } from './rescue-case.entity';

/** A service given to a person in care (food, clothing, medical, counselling, …). */
@Entity({ tableName: 'care_service' })
@Index({ properties: ['rescueCase', 'givenAt'] })
export class CareService {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => RescueCase, deleteRule: 'restrict' })
  rescueCase!: RescueCase;

  @Enum({ items: [...CARE_SERVICE_KINDS], type: 'text' })
  kind!: CareServiceKind;

  @Property({ type: 'timestamptz' })
  givenAt!: Date;

  @Property({ type: 'text' })
  givenBy!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
