/**
 * The worked partner integration (`examples/partner-sync`) runs against the real stack: civil
 * affairs' demo system signs in with its client credentials, pages through every person it may see
 * with typed documents generated from the public schema, subscribes a webhook for persons, and —
 * once the center receives a man at a station — takes a genuine signed delivery and reads him by id.
 */
import { readFileSync } from 'node:fs';
import { buildDemoRegion } from '@lifeline/demo-region';
import { runPartnerSync } from '@lifeline/example-partner-sync';
import { gatewayCaller } from './support/graph';
import { sharedStack } from './support/shared-stack';

const region = buildDemoRegion();

describe('the worked partner integration', () => {
  const stack = sharedStack();
  const users = gatewayCaller();

  it('pages through persons, then receives and verifies a webhook for a person received meanwhile and reads him by id', async () => {
    const { clients } = JSON.parse(readFileSync(stack.demoClientsFile, 'utf8')) as { clients: Array<{ clientId: string; clientSecret: string }> };
    const client = clients.find((c) => c.clientId === 'civil-affairs-system')!;
    const station = region.stations.find((s) => s.kind === 'COUNTY_STATION')!;
    let receivedId = '';
    const result = await runPartnerSync({
      graphqlUrl: stack.gatewayUrl,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      waitMs: 30_000,
      afterSubscribing: async () => {
        const received = await users.dataAs('center.staff')<{ receivePerson: { rescueCase: { person: { id: string } } } }>(
          `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { ... on RescueCaseChanged { rescueCase { person { id } } } } }`,
          { i: { stationId: station.id, source: 'WALK_IN', person: { sex: 'MALE', estimatedAgeMin: 50, estimatedAgeMax: 60 } } },
        );
        receivedId = received.receivePerson.rescueCase.person.id;
      },
    });
    // Every person the system may see, once, over several pages of 100.
    expect(result.persons.pages).toBeGreaterThan(1);
    expect(result.persons.read).toBe(result.persons.totalCount);
    // Deliveries are genuine (the receiver refuses anything its secret does not verify).
    expect(result.deliveries.length).toBeGreaterThan(0);
    expect(result.deliveries.every((d) => d.genuine)).toBe(true);
    expect(result.deliveries.flatMap((d) => d.changes)).toContainEqual(expect.objectContaining({ recordType: 'PERSON', recordId: receivedId, operation: 'CREATED' }));
    expect(result.changedPersons.map((p) => p.id)).toContain(receivedId);
  });
});
