import { Entity, Property } from '@mikro-orm/core';
import { Principal } from './principal.entity';

/**
 * A person who signs in to Lifeline: agency staff, officers, caseworkers, auditors. The password
 * is kept only as a self-describing scrypt hash; `failedAttempts` and `lockedUntil` carry the
 * sign-in throttle (see login-throttle.policy.ts).
 */
@Entity({ tableName: 'user_account' })
export class UserAccount extends Principal {
  /** Lower-case sign-in name, also the `sub` of the account's access tokens. */
  @Property({ type: 'text', unique: true })
  username!: string;

  /** `$scrypt$ln=15,r=8,p=1$<salt>$<hash>` (PHC string format). */
  @Property({ type: 'text' })
  passwordHash!: string;

  /** Consecutive failed sign-ins since the last successful one (attempts in flight included). */
  @Property({ type: 'int' })
  failedAttempts: number = 0;

  /** No password is checked before this instant. */
  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  /** The last successful sign-in (null: none since this was recorded). */
  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null = null;
}
