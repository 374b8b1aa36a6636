import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { VersionedRecord } from '@lifeline/subgraph-runtime';
import { ESCORT_STATUSES, type EscortStatus } from '../domain/vocabulary';
import { RescueCase } from './rescue-case.entity';

/** Sending a person home; cross-province escorts need the regional center's approval. */
@Entity({ tableName: 'escort' })
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
export class Escort extends VersionedRecord {
  [OptionalProps]?: 'version' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => RescueCase, deleteRule: 'restrict' })
  rescueCase!: RescueCase;

  @Property({ type: 'text' })
  destinationDivision!: string;

  @Property({ type: 'text' })
  destination!: string;

  @Property({ type: 'boolean' })
  crossProvince!: boolean;

  @Enum({ items: [...ESCORT_STATUSES], type: 'text' })
  status!: EscortStatus;

  @Property({ type: 'text' })
  requestedBy!: string;

  @Property({ type: 'text', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  declineGuidance: string | null = null;

  @Property({ type: 'text', nullable: true })
  receivingAgency: string | null = null;

  @Property({ type: 'text', nullable: true })
  handoverRecord: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  handedOverAt: Date | null = null;

  /**
   * When the escort last changed (request, decision, legs, each step, hand-over): what a partner's
   * sync pages by. Every change sets it with its own clock, so it is required when one is created.
   */
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
