import { loaderByKey, loaderOfLists } from './loaders';

const ID: string = '6cbaa3cb-385e-4a81-9608-c00c8d6d0291';
const OTHER: string = '0f8c7a52-2a5b-4d4e-9a44-3f1c2b9b1d10';

describe('per-request loaders', () => {
  it('finds a record asked for by its id in capitals, in one batch with the same id in lower case', async () => {
    const batches: string[][] = [];
    const loader = loaderByKey(
      async (keys: readonly string[]) => {
        batches.push([...keys]);
        // As PostgreSQL answers a uuid column: in lower case, whatever case was asked.
        return keys.map((key) => key.toLowerCase()).filter((key) => key === ID).map((id) => ({ id }));
      },
      (row) => row.id,
    );
    const [upper, lower, missing] = await Promise.all([loader.load(ID.toUpperCase()), loader.load(ID), loader.load(OTHER)]);
    expect(upper).toEqual({ id: ID });
    expect(lower).toBe(upper);
    expect(missing).toBeNull();
    expect(batches).toEqual([[ID.toUpperCase(), OTHER]]);
  });

  it('gives a list per key, matching rows to keys whatever their case', async () => {
    const loader = loaderOfLists(
      async (keys: readonly string[]) => keys.flatMap((key) => (key.toLowerCase() === ID ? [{ owner: ID, n: 1 }, { owner: ID, n: 2 }] : [])),
      (row) => row.owner,
    );
    await expect(loader.loadMany([ID.toUpperCase(), OTHER])).resolves.toEqual([
      [{ owner: ID, n: 1 }, { owner: ID, n: 2 }],
      [],
    ]);
  });
});
