import { type Caller } from '@lifeline/subgraph-runtime';
import { type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../../src/context';

/**
 * A walk-in man received at the station and registered into care, as its staff would do it: the
 * case and the person, ready to be escorted home — or, received `daysInCare` days ago, a long-stay
 * unidentified person ready to be proposed for settlement.
 */
export async function personInCare(subgraph: TestSubgraph<SubgraphContext>, stationId: string, staff: Caller, daysInCare?: number): Promise<{ caseId: string; personId: string }> {
  const intakeAt = daysInCare === undefined ? {} : { intakeAt: new Date(Date.now() - daysInCare * 86_400_000).toISOString() };
  const received = await subgraph.execute<{ receivePerson: { rescueCase: { id: string; version: number; person: { id: string } } } }>(
    `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { ... on RescueCaseChanged { rescueCase { id version person { id } } } } }`,
    { i: { stationId, source: 'WALK_IN', ...intakeAt, person: { sex: 'MALE', estimatedAgeMin: 40, estimatedAgeMax: 45 } } },
    staff,
  );
  const { id, version, person } = received.data!.receivePerson.rescueCase;
  await subgraph.execute(`mutation($i: ScreenRescueCaseInput!) { screenRescueCase(input: $i) { __typename } }`, { i: { rescueCaseId: id, expectedVersion: version, outcome: 'REGISTERED' } }, staff);
  return { caseId: id, personId: person.id };
}
