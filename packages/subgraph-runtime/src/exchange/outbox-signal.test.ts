import { OutboxSignal } from './outbox';

describe('the outbox commit signal', () => {
  it('wakes a waiter at the next commit, and at once when a commit came between reading the version and waiting', async () => {
    const signal = new OutboxSignal();
    const waiting = signal.wait(60_000);
    signal.notify();
    await expect(waiting).resolves.toBe(true);

    // A reader took the version, read the outbox, and a commit landed before it began to wait.
    const seen = signal.version;
    signal.notify();
    await expect(signal.wait(60_000, undefined, seen)).resolves.toBe(true);
  });

  it('lets a waiter go without a commit when its time runs out or it is aborted', async () => {
    const signal = new OutboxSignal();
    await expect(signal.wait(1, undefined, signal.version)).resolves.toBe(false);
    const abort = new AbortController();
    const waiting = signal.wait(60_000, abort.signal);
    abort.abort();
    await expect(waiting).resolves.toBe(false);
    await expect(signal.wait(60_000, abort.signal)).resolves.toBe(false);
  });
});
