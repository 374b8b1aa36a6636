export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __lifelineDatabase?: { close(): Promise<void> } }).__lifelineDatabase?.close();
}
