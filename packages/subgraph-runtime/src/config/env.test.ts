import { readSubgraphConfig, seedsDemoData } from './env';

describe('whether a subgraph loads the demo data', () => {
  it('loads it on the embedded default, outside production', () => {
    expect(seedsDemoData({})).toBe(true);
    expect(readSubgraphConfig('civil-affairs', 4001, {}).seedDemo).toBe(true);
    expect(readSubgraphConfig('civil-affairs', 4001, { LIFELINE_MODE: 'demo' }).seedDemo).toBe(true);
  });

  it('never loads it unasked into a database server or in production', () => {
    expect(readSubgraphConfig('civil-affairs', 4001, { DATABASE_URL: 'postgres://db.example:5432/postgres' }).seedDemo).toBe(false);
    expect(readSubgraphConfig('civil-affairs', 4001, { LIFELINE_MODE: 'production' }).seedDemo).toBe(false);
  });

  it('does what SEED_DEMO says when it is set', () => {
    expect(readSubgraphConfig('civil-affairs', 4001, { DATABASE_URL: 'postgres://db.example:5432/postgres', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(readSubgraphConfig('civil-affairs', 4001, { SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(() => readSubgraphConfig('civil-affairs', 4001, { SEED_DEMO: '1' })).toThrow(/SEED_DEMO/);
  });
});
