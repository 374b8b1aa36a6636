import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import {
  IDENTITY_FOUND_BY,
  SETTLEMENT_STATUSES,
  WELFARE_INSTITUTION_LEVELS,
  type IdentityFoundBy,
  type SettlementStatus,
  type WelfareInstitutionLevel,
} from '../domain/vocabulary';
import { Escort } from './escort.entity';
import { Person } from './person.entity';
import { RescueCase } from './rescue-case.entity';

/** Settlement of a long-stay unidentified person at a welfare institution (落户安置). */
@Entity({ tableName: 'settlement' })
@Index({ properties: ['status', 'proposedAt'] })
@Index({ properties: ['proposedAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Unique({
  name: 'settlement_person_active_unique',
  expression: `create unique index "settlement_person_active_unique" on "settlement" ("person_id") where "status" in ('PROPOSED', 'APPROVED', 'SETTLED')`,
})
export class Settlement {
  [OptionalProps]?: 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Person, deleteRule: 'restrict' })
  person!: Person;

  @ManyToOne({ entity: () => RescueCase, deleteRule: 'restrict' })
  rescueCase!: RescueCase;

  @Enum({ items: [...SETTLEMENT_STATUSES], type: 'text' })
  status!: SettlementStatus;

  @Property({ type: 'text' })
  proposedBy!: string;

  @Property({ type: 'timestamptz' })
  proposedAt!: Date;

  @Property({ type: 'text' })
  proposalNote!: string;

  @Property({ type: 'text', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  /** The public-security identity check (reason SETTLEMENT_RECHECK) the approval relied on. */
  @Property({ type: 'uuid', nullable: true })
  identityRecheckId: string | null = null;

  @Property({ type: 'text', nullable: true })
  recheckStatement: string | null = null;

  @Enum({ items: [...WELFARE_INSTITUTION_LEVELS], type: 'text', nullable: true })
  institutionLevel: WelfareInstitutionLevel | null = null;

  @Property({ type: 'text', nullable: true })
  institutionName: string | null = null;

  @Property({ type: 'text', nullable: true })
  householdRegistrationRef: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  settledAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  settledBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  revokedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  revokeReason: string | null = null;

  @Enum({ items: [...IDENTITY_FOUND_BY], type: 'text', nullable: true })
  identityFoundBy: IdentityFoundBy | null = null;

  @Property({ type: 'text', nullable: true })
  identityFoundReference: string | null = null;

  @Property({ type: 'text', nullable: true })
  goingHomeArrangement: string | null = null;

  @ManyToOne({ entity: () => Escort, nullable: true, deleteRule: 'restrict' })
  escort: Escort | null = null;

  /**
   * When the settlement last changed (proposal, decision, placement, revocation, a merge of its
   * person's records): what a partner's sync pages by. Every change sets it with its own clock, so
   * it is required when one is created.
   */
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
