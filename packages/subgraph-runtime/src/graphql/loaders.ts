/**
 * Per-request DataLoader builders: one statement per batch of keys, whatever the list length.
 *
 * Keys are ids, and an id is a UUID, which is the same record in upper or lower case (PostgreSQL
 * compares `uuid` values so, and answers them in lower case). Keys are therefore matched to rows,
 * and cached, in lower case: an id asked for in capitals finds its record instead of null.
 */
import DataLoader from 'dataloader';

const canonical = (key: string) => key.toLowerCase();

/** A loader of one row per key (null when missing), from a function that fetches many. */
export function loaderByKey<K extends string, V>(
  fetchMany: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null, string>(
    async (keys) => {
      const rows = await fetchMany(keys);
      const byKey = new Map(rows.map((row) => [canonical(keyOf(row)), row] as const));
      return keys.map((key) => byKey.get(canonical(key)) ?? null);
    },
    { cacheKeyFn: canonical },
  );
}

/** A loader of all rows per key (an empty list when none), from a function that fetches many. */
export function loaderOfLists<K extends string, V>(
  fetchMany: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[], string>(
    async (keys) => {
      const rows = await fetchMany(keys);
      const byKey = new Map<string, V[]>(keys.map((key) => [canonical(key), []]));
      for (const row of rows) byKey.get(canonical(keyOf(row)))?.push(row);
      return keys.map((key) => byKey.get(canonical(key)) ?? []);
    },
    { cacheKeyFn: canonical },
  );
}

/**
 * The rows whose parent record the caller sees, asked of the parent's own scoped loader: a record
 * reached by its own id (a delivery, a referral's service, a check's sample) is visible exactly
 * when its parent is, under the parent's rules and in one statement for all the parents.
 */
export async function withVisibleParent<T>(rows: readonly T[], parentIdOf: (row: T) => string, parents: DataLoader<string, object | null>): Promise<T[]> {
  const found = await Promise.all(rows.map((row) => parents.load(parentIdOf(row))));
  return rows.filter((_, i) => found[i] !== null);
}
