/**
 * Waits for something another process does in its own time (an exchange event applied, a
 * projection caught up): asks `probe` every 100 ms until it answers a value, and fails naming
 * `what` after `timeoutMs`.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
