import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { REFERRAL_FILE_STATUSES, type ReferralFileStatus } from '../domain/vocabulary';

/**
 * Civil affairs' projection of a women's-federation shelter referral, kept only from the women's
 * federation's events (`referral.*`): who referred the victim, for how large a party, what she
 * flees and needs, and where the caseworker's file stands. The shelter's answer reads these facts
 * from here, never from what staff type; the victim's name and identifiers are not in it.
 */
@Entity({ tableName: 'shelter_referral_projection' })
export class ShelterReferralProjection {
  /** The referral's id (the women's federation's). */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Username of the referring caseworker or officer: granted the victim's record on admission. */
  @Property({ type: 'text' })
  referringCaseworker!: string;

  @Property({ type: 'text' })
  referringOrganisation!: string;

  @Property({ type: 'text' })
  victimType!: string;

  @Property({ type: 'text' })
  riskLevel!: string;

  @Property({ type: 'smallint' })
  accompanyingChildren!: number;

  @Property({ type: 'text[]' })
  needs: string[] = [];

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  /** The caseworker's side of the file: SUBMITTED, WITHDRAWN or CLOSED. */
  @Enum({ items: [...REFERRAL_FILE_STATUSES], type: 'text' })
  fileStatus!: ReferralFileStatus;

  /** When the file was withdrawn or closed. */
  @Property({ type: 'timestamptz', nullable: true })
  fileEndedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
