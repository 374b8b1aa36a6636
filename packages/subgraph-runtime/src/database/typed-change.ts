/**
 * How every change a subgraph makes runs: in one transaction, where an expected refusal (a typed
 * result such as "zone full" or "not allowed from this state") is thrown to roll everything
 * back and then answered as the result, and a concurrent edit caught by optimistic locking
 * becomes the caller's own typed result. Anything else is unexpected and propagates (masked).
 */
import { OptimisticLockError } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type RequestAudit } from '../audit/audit-trail';
import { type Caller } from '../auth/caller';

/** What a service's change runs with: the request's EntityManager, the caller, its audit, and (in tests) the clock. */
export interface ChangeScope {
  em: EntityManager;
  caller: Caller;
  audit: RequestAudit;
  now?: Date;
}

/** Thrown inside a change to roll it back and answer with `result`. */
export class ChangeRefused<TResult> extends Error {
  constructor(readonly result: TResult) {
    super('change refused');
    this.name = 'ChangeRefused';
  }
}

/** Runs `work` in a transaction; a refusal or a concurrent edit becomes a typed result. */
export async function runChange<TResult>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<TResult>,
  onConcurrentEdit: () => TResult,
): Promise<TResult> {
  try {
    return await em.transactional(work);
  } catch (error) {
    if (error instanceof ChangeRefused) return error.result as TResult;
    if (error instanceof OptimisticLockError) return onConcurrentEdit();
    throw error;
  }
}
