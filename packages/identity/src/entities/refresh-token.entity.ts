import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { UserAccount } from './user-account.entity';

/**
 * One refresh token of a sign-in. Every refresh replaces the token with a new one of the same
 * family (rotation); presenting a token that was already replaced or revoked revokes the whole
 * family, since it means a copy is in someone else's hands. Only the token's SHA-256 is stored.
 */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => UserAccount, deleteRule: 'cascade' })
  user!: UserAccount;

  /** base64url SHA-256 of the token. */
  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  /** Shared by all the tokens one sign-in produced through rotation. */
  @Index()
  @Property({ type: 'uuid' })
  familyId!: string;

  /** The end of the sign-in: rotation never extends it. */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /** The id of the token that replaced this one on refresh. */
  @Property({ type: 'uuid', nullable: true })
  replacedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
