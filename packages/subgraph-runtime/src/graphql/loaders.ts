/**
 * Per-request DataLoader builders: one statement per batch of keys, whatever the list length.
 */
import DataLoader from 'dataloader';

/** A loader of one row per key (null when missing), from a function that fetches many. */
export function loaderByKey<K extends string, V>(
  fetchMany: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetchMany(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of all rows per key (an empty list when none), from a function that fetches many. */
export function loaderOfLists<K extends string, V>(
  fetchMany: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetchMany(keys);
    const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
