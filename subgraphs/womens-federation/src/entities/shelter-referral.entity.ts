import { Collection, Entity, Enum, Index, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { VersionedRecord } from '@lifeline/subgraph-runtime';
import {
  CONSENT_GIVERS,
  CONSENT_METHODS,
  REFERRAL_FILE_STATUSES,
  RISK_LEVELS,
  VICTIM_SEXES,
  VICTIM_TYPES,
  type ConsentGiver,
  type ConsentMethod,
  type ReferralFileStatus,
  type ReferralNeed,
  type RiskFactor,
  type RiskLevel,
  type VictimSex,
  type VictimType,
} from '../domain/vocabulary';
import { ReferralService } from './referral-service.entity';
import { ShelterReferralChild } from './shelter-referral-child.entity';

/**
 * A request to shelter a victim of domestic violence or trafficking at the center's shelter. What
 * the caseworker knows of the victim is kept here (it may be partial); the person record, once
 * the shelter admits her, belongs to civil affairs. The shelter's answer (accepted, admitted, …)
 * is civil affairs' record too and reaches `status` through the graph; `status` here is only the
 * caseworker's side of the file (submitted, withdrawn, closed).
 */
@Entity({ tableName: 'shelter_referral' })
@Index({ properties: ['personId', 'submittedAt'] })
@Index({ properties: ['status', 'submittedAt'] })
@Index({ properties: ['referringCaseworker', 'submittedAt'] })
@Index({ properties: ['submittedAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
// One referral per submitter and idempotency key: a retried or doubled submission finds the first.
@Unique({
  name: 'shelter_referral_idempotency_unique',
  expression: 'create unique index "shelter_referral_idempotency_unique" on "shelter_referral" ("referring_caseworker", "idempotency_key") where "idempotency_key" is not null',
})
export class ShelterReferral extends VersionedRecord {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | 'children' | 'services';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The civil-affairs person, when the victim is already known there. */
  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Property({ type: 'text', nullable: true })
  victimName: string | null = null;

  @Enum({ items: [...VICTIM_SEXES], type: 'text', default: 'FEMALE' })
  victimSex: VictimSex = 'FEMALE';

  /** Age in years (given or estimated, see `victimAgeEstimated`). */
  @Property({ type: 'smallint', nullable: true })
  victimAge: number | null = null;

  @Property({ type: 'boolean', default: false })
  victimAgeEstimated: boolean = false;

  @Property({ type: 'text', nullable: true })
  victimPhone: string | null = null;

  @Property({ type: 'text', nullable: true })
  victimIdNumber: string | null = null;

  @Enum({ items: [...VICTIM_TYPES], type: 'text' })
  victimType!: VictimType;

  @Enum({ items: [...RISK_LEVELS], type: 'text' })
  riskLevel!: RiskLevel;

  @Property({ type: 'json', default: '[]' })
  riskFactors: RiskFactor[] = [];

  /** Username of who assessed the risk (usually the caseworker herself). */
  @Property({ type: 'text', nullable: true })
  riskAssessedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  riskAssessedAt: Date | null = null;

  @Property({ type: 'json', default: '[]' })
  needs: ReferralNeed[] = [];

  @Property({ type: 'text', nullable: true })
  needsNote: string | null = null;

  /** The caseworker's side of the file; the shelter's answer comes from civil affairs. */
  @Enum({ items: [...REFERRAL_FILE_STATUSES], type: 'text' })
  status!: ReferralFileStatus;

  @Property({ type: 'text' })
  referringOrganisation!: string;

  /** Username of the referring caseworker (she and her supervisors may follow the referral). */
  @Property({ type: 'text' })
  referringCaseworker!: string;

  @Property({ type: 'smallint' })
  accompanyingChildren: number = 0;

  @OneToMany({ entity: () => ShelterReferralChild, mappedBy: 'referral', orderBy: { position: 'asc' } })
  children = new Collection<ShelterReferralChild>(this);

  @OneToMany({ entity: () => ReferralService, mappedBy: 'referral' })
  services = new Collection<ReferralService>(this);

  @Enum({ items: [...CONSENT_GIVERS], type: 'text', nullable: true })
  consentGivenBy: ConsentGiver | null = null;

  @Enum({ items: [...CONSENT_METHODS], type: 'text', nullable: true })
  consentMethod: ConsentMethod | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  consentAt: Date | null = null;

  /** The submitter's key for this submission (a retry with the same key finds this referral). */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  /** SHA-256 of the submitted content, to tell a retry from a different referral under the same key. */
  @Property({ type: 'text', nullable: true })
  contentHash: string | null = null;

  @Property({ type: 'text', nullable: true })
  statusReason: string | null = null;

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  @Property({ type: 'timestamptz', onUpdate: () => new Date(), defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
