/**
 * Auditors see each agency's side of the exchange through the gateway (where every consumer
 * stands, what was set aside); nobody else does.
 */
import { gatewayCaller } from './support/graph';

const { as } = gatewayCaller();
const AGENCY = `consumers { source position updatedAt } deadLetterCount deadLetters(first: 5) { id source type reason at }`;
const QUERY = `{ exchangeState { civilAffairs { ${AGENCY} } publicSecurity { ${AGENCY} } womensFederation { ${AGENCY} } foreignAffairs { ${AGENCY} } } }`;
type Side = { consumers: Array<{ source: string; position: string }>; deadLetterCount: number; deadLetters: unknown[] };

describe('the exchange as auditors see it through the gateway', () => {
  it('shows every agency its consumers’ positions and dead letters', async () => {
    const answer = await as<{ exchangeState: Record<'civilAffairs' | 'publicSecurity' | 'womensFederation' | 'foreignAffairs', Side> }>('auditor', QUERY);
    expect(answer.errors).toBeUndefined();
    const state = answer.data!.exchangeState;
    const sources = (side: Side) => side.consumers.map((c) => c.source).sort();
    // Who listens to whom, as the demo region's events made it.
    expect(sources(state.publicSecurity)).toContain('civil-affairs');
    expect(sources(state.foreignAffairs)).toContain('civil-affairs');
    expect(sources(state.civilAffairs)).toEqual(expect.arrayContaining(['public-security', 'womens-federation']));
    for (const side of Object.values(state)) {
      expect(side.deadLetterCount).toBeGreaterThanOrEqual(0);
      expect(side.deadLetters.length).toBeLessThanOrEqual(Math.min(5, side.deadLetterCount));
      for (const consumer of side.consumers) expect(Number(consumer.position)).toBeGreaterThan(0);
    }
  });

  it('is refused to everyone else', async () => {
    for (const user of ['center.staff', 'wf.caseworker', 'police.officer', 'admin']) {
      const answer = await as(user, QUERY);
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
