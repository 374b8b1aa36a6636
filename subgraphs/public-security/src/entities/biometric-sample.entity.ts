import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SAMPLE_KINDS, type SampleKind } from '../domain/vocabulary';
import { IdentityCheck } from './identity-check.entity';

/** A sample taken for a check: kind, code, who and when. The biometric data itself never enters the hub. */
@Entity({ tableName: 'biometric_sample' })
export class BiometricSample {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => IdentityCheck, deleteRule: 'restrict', index: true })
  identityCheck!: IdentityCheck;

  @Enum({ items: [...SAMPLE_KINDS], type: 'text' })
  kind!: SampleKind;

  @Unique()
  @Property({ type: 'text' })
  sampleCode!: string;

  @Property({ type: 'text' })
  collectedBy!: string;

  @Property({ type: 'timestamptz' })
  collectedAt!: Date;
}
