/** Jest globalTeardown of the stack package: stops the shared stack and removes its data. */
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const handle = globalThis.__lifelineSharedStack;
  if (!handle) return;
  globalThis.__lifelineSharedStack = undefined;
  try {
    await handle.stack.stop();
    await handle.traces.close();
  } finally {
    rmSync(handle.dataDir, { recursive: true, force: true });
  }
}
