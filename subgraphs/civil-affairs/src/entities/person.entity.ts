import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TrackedRecord } from '@lifeline/subgraph-runtime';
import { IDENTITY_STATUSES, PERSON_RECORD_STATUSES, SEXES, type IdentityStatus, type PersonRecordStatus, type Sex } from '../domain/vocabulary';

/** Someone the network helps; may be unidentified. */
@Entity({ tableName: 'person' })
@Index({ properties: ['createdAt', 'id'] })
// The search's indexes (migration 20261206100000, where the name-grams function is defined).
@Index({ name: 'person_name_grams_index', expression: 'create index "person_name_grams_index" on "person" using gin ("person_name_grams"("name"))' })
@Index({ name: 'person_name_trgm', expression: 'create index "person_name_trgm" on "person" using gin ("name" gin_trgm_ops)' })
@Index({ name: 'person_name_lower_trgm', expression: 'create index "person_name_lower_trgm" on "person" using gin (lower("name") gin_trgm_ops)' })
@Index({ name: 'person_pinyin_compact_index', expression: `create index "person_pinyin_compact_index" on "person" (replace("name_pinyin", ' ', '') text_pattern_ops)` })
@Index({ name: 'person_name_initials_index', expression: 'create index "person_name_initials_index" on "person" ("name_initials" text_pattern_ops)' })
@Index({
  name: 'person_standing_index',
  expression: `create index "person_standing_index" on "person" ("identity_status", "confidential", "id") where "record_status" = 'ACTIVE'`,
})
export class Person extends TrackedRecord {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'confidential' | 'recordStatus';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  /** Pinyin of the name without tones, syllables separated by spaces. */
  @Property({ type: 'text', nullable: true })
  namePinyin: string | null = null;

  /** First letters of the pinyin syllables (for search by initials). */
  @Property({ type: 'text', nullable: true })
  nameInitials: string | null = null;

  @Enum({ items: [...SEXES], type: 'text' })
  sex!: Sex;

  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  @Property({ type: 'smallint', nullable: true })
  estimatedAgeMin: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  estimatedAgeMax: number | null = null;

  @Unique()
  @Property({ type: 'text', nullable: true })
  idNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text', nullable: true })
  dialectRegion: string | null = null;

  @Property({ type: 'text', nullable: true })
  features: string | null = null;

  @Enum({ items: [...IDENTITY_STATUSES], type: 'text' })
  identityStatus!: IdentityStatus;

  /** The public-security identity check whose match verified this person's identity (from the exchange). */
  @Property({ type: 'uuid', nullable: true })
  identityCheckId: string | null = null;

  /** When public security recorded that match. */
  @Property({ type: 'timestamptz', nullable: true })
  identityVerifiedAt: Date | null = null;

  /** ISO 3166-1 alpha-3 nationality for a foreign national; null for a Chinese citizen or unknown. */
  @Property({ type: 'text', nullable: true })
  nationality: string | null = null;

  /**
   * A protected person (a DV or trafficking victim in the shelter): hidden from everyone not
   * entitled (DOMAIN.md §4), and never in a public tracing notice.
   */
  @Property({ type: 'boolean', default: false })
  confidential: boolean = false;

  /**
   * ACTIVE; MERGED into another record of the same person (`mergedIntoId`, which took her cases);
   * or REMOVED as created in error. An ended record exists for no one (every read filters it out)
   * and stays for the audit trail.
   */
  @Enum({ items: [...PERSON_RECORD_STATUSES], type: 'text', default: 'ACTIVE' })
  recordStatus: PersonRecordStatus = 'ACTIVE';

  @Property({ type: 'uuid', nullable: true })
  mergedIntoId: string | null = null;

  /** When the record was merged or removed, by whom and why. */
  @Property({ type: 'timestamptz', nullable: true })
  recordEndedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  recordEndedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  recordEndReason: string | null = null;
}
