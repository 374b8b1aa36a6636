import { rmSync } from 'node:fs';
import { type OpenedIdentity } from '../src';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __lifelineIdentity?: OpenedIdentity }).__lifelineIdentity?.database.close();
  if (process.env.TEST_DATA_DIR) rmSync(process.env.TEST_DATA_DIR, { recursive: true, force: true });
}
