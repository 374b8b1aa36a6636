/**
 * Sign-ins of one username run one after another in this process. Each attempt then sees the
 * outcome of the one before: a burst of guesses is throttled exactly like a sequence of guesses,
 * and a burst of correct passwords (several tabs or devices signing in at once) all succeed,
 * because each success clears the count before the next attempt is looked at. Other usernames
 * are not held up. A queue longer than `maxWaiting` answers at once instead of growing without
 * bound under a flood of attempts at one name.
 */
export class SignInQueue {
  private readonly tails = new Map<string, { tail: Promise<unknown>; waiting: number }>();

  constructor(private readonly maxWaiting = 32) {}

  /** Runs `attempt` after every earlier attempt for `username`; `busy()` when the queue is full. */
  run<T>(username: string, attempt: () => Promise<T>, busy: () => T): Promise<T> {
    const entry = this.tails.get(username) ?? { tail: Promise.resolve(), waiting: 0 };
    if (entry.waiting >= this.maxWaiting) return Promise.resolve(busy());
    entry.waiting += 1;
    const result = entry.tail.then(attempt, attempt);
    entry.tail = result.then(
      () => this.settle(username, entry),
      () => this.settle(username, entry),
    );
    this.tails.set(username, entry);
    return result;
  }

  /** Usernames with an attempt running or waiting (for tests). */
  get size(): number {
    return this.tails.size;
  }

  private settle(username: string, entry: { waiting: number }): void {
    entry.waiting -= 1;
    if (entry.waiting === 0 && this.tails.get(username) === entry) this.tails.delete(username);
  }
}
