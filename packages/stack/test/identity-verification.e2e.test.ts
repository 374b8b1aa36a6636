/**
 * Public security's results reaching the other agencies through the real gateway and subgraph
 * processes: a matched identity check turns `Person.identityStatus` VERIFIED (civil affairs applies
 * public security's `identity.verified` from the exchange), the foreign-affairs office lists the
 * status-check notifications with the person from civil affairs, and a settlement approver reads
 * a re-check's outcome.
 */
import { buildDemoRegion } from '@lifeline/demo-region';
import { demoPassword } from '../src/config';
import { postGraphQL } from '../src/graphql-request';
import { signIn } from '../src/sign-in';
import { eventually } from './support/eventually';
import { sharedStack } from './support/shared-stack';

type Viewer = 'center.staff' | 'forensic.officer' | 'fao.officer' | 'police.officer';
type ChangeResult = { __typename: string; identityCheck?: { id: string; version: number; status: string }; code?: string; message?: string };

describe('public-security results through the gateway', () => {
  const stack = sharedStack();
  const tokens = new Map<Viewer, string>();

  const as = (viewer: Viewer) => async <T>(query: string, variables: Record<string, unknown> = {}) => {
    if (!tokens.has(viewer)) tokens.set(viewer, await signIn(stack.gatewayUrl, viewer, demoPassword()));
    return postGraphQL<T>(stack.gatewayUrl, query, variables, { authorization: `Bearer ${tokens.get(viewer)}` });
  };
  const CHANGED = `__typename ... on IdentityCheckChanged { identityCheck { id version status } } ... on IdentityCheckInputRejected { code message }`;
  const change = async (viewer: Viewer, mutation: string, variables: Record<string, unknown>) => {
    const res = await as(viewer)<Record<string, ChangeResult>>(mutation, variables);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data!)[0]!;
  };

  it('answers identityStatus VERIFIED once the police record a match, and the stored status before', async () => {
    const center = as('center.staff');
    // A man of this test's own, received at the center: other suites on the shared stack work the
    // demo persons' checks meanwhile, and one of them could verify a demo person under this test.
    const stations = await center<{ stations: Array<{ id: string; kind: string }> }>(`{ stations(level: CITY) { id kind } }`);
    const stationId = stations.data!.stations.find((s) => s.kind === 'REGIONAL_CENTER')!.id;
    const received = await center<{ receivePerson: { rescueCase?: { person: { id: string; identityStatus: string } } } }>(
      `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { ... on RescueCaseChanged { rescueCase { person { id identityStatus } } } } }`,
      { i: { stationId, source: 'WALK_IN', person: { sex: 'MALE', estimatedAgeMin: 60, estimatedAgeMax: 70, features: '右耳后有疤,不能言语' } } },
    );
    expect(received.errors).toBeUndefined();
    const personId = received.data!.receivePerson.rescueCase!.person.id;
    expect(received.data!.receivePerson.rescueCase!.person.identityStatus).toBe('UNIDENTIFIED');

    // Public security knows him once its consumer of civil affairs' events has caught up.
    const requested = await eventually('public security to know the person', async () => {
      const result = await change('center.staff', `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { ${CHANGED} } }`, {
        i: { personId, requestingStationId: stationId, reason: 'UNIDENTIFIED_PERSON' },
      });
      return result.__typename === 'IdentityCheckChanged' ? result : null;
    });

    const PROFILE = `query($id: ID!) { person(id: $id) { id identityStatus identityVerification { identityCheckId } } }`;
    const before = await center<{ person: { identityStatus: string; identityVerification: unknown } }>(PROFILE, { id: personId });
    expect(before.errors).toBeUndefined();
    expect(before.data!.person).toEqual({ id: personId, identityStatus: 'UNIDENTIFIED', identityVerification: null });

    let check = requested.identityCheck!;
    check = (await change('forensic.officer', `mutation($i: RecordSampleInput!) { recordSample(input: $i) { ${CHANGED} } }`, { i: { identityCheckId: check.id, expectedVersion: check.version, kind: 'DNA', sampleCode: `DNA-E2E-${Date.now()}` } })).identityCheck!;
    check = (await change('forensic.officer', `mutation($id: ID!, $v: Int!) { startComparison(identityCheckId: $id, expectedVersion: $v) { ${CHANGED} } }`, { id: check.id, v: check.version })).identityCheck!;
    const matched = await change('forensic.officer', `mutation($i: RecordIdentityResultInput!) { recordIdentityResult(input: $i) { ${CHANGED} } }`, {
      i: { identityCheckId: check.id, expectedVersion: check.version, outcome: 'MATCHED', verifiedName: '赵德胜', householdRegistration: '江临市青石县' },
    });
    expect(matched.identityCheck!.status).toBe('MATCHED');

    // Civil affairs applies the match from the exchange, shortly after.
    let after: { identityStatus: string; identityVerification: { identityCheckId: string } | null } | undefined;
    for (let tries = 0; tries < 300 && after?.identityStatus !== 'VERIFIED'; tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      const read = await center<{ person: { identityStatus: string; identityVerification: { identityCheckId: string } } }>(PROFILE, { id: personId });
      expect(read.errors).toBeUndefined();
      after = read.data!.person;
    }
    expect(after).toEqual({ id: personId, identityStatus: 'VERIFIED', identityVerification: { identityCheckId: check.id } });

    // The person leaves the unidentified list; the others in it stay unidentified.
    const page = await center<{ persons: { edges: Array<{ node: { id: string; identityStatus: string } }> } }>(
      `{ persons(filter: { identityStatus: UNIDENTIFIED }, first: 30) { edges { node { id identityStatus } } } }`,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.persons.edges.map(({ node }) => node.id)).not.toContain(personId);
    expect(page.data!.persons.edges.every(({ node }) => node.identityStatus === 'UNIDENTIFIED')).toBe(true);

    // A foreign-affairs officer may read the status (not the check) and gets no error for it.
    const asFao = await as('fao.officer')<{ person: { identityStatus: string } | null }>(`query($id: ID!) { person(id: $id) { identityStatus } }`, { id: personId });
    expect(asFao.errors).toBeUndefined();
    if (asFao.data!.person) expect(asFao.data!.person.identityStatus).toBe('VERIFIED');

    // The settlement approver's view of a check: outcome and completion time by reference.
    const checkRead = await center<{ identityCheck: { outcome: string; completedAt: string; person: { id: string; identityStatus: string } } }>(
      `query($id: ID!) { identityCheck(id: $id) { outcome completedAt person { id identityStatus } } }`,
      { id: check.id },
    );
    expect(checkRead.errors).toBeUndefined();
    expect(checkRead.data!.identityCheck).toEqual({ outcome: 'MATCHED', completedAt: expect.any(String), person: { id: personId, identityStatus: 'VERIFIED' } });
  }, 120_000);

  it('lists the foreign-affairs office its unacknowledged notifications, with the person from civil affairs and the passport in full', async () => {
    // Its own notification: the police find a foreign national in care in the country legally.
    const region = buildDemoRegion();
    const center = as('center.staff');
    type Checks = { person: { foreignNationalStatusChecks: Array<{ id: string }>; rescueCases: Array<{ status: string; station: { id: string } }> } };
    let chosen: { person: (typeof region.persons)[number]; stationId: string } | null = null;
    for (const person of region.persons.filter((p) => p.category === 'FOREIGN_NATIONAL' && p.nationality !== 'HKG')) {
      const view = (await center<Checks>(`query($id: ID!) { person(id: $id) { foreignNationalStatusChecks { id } rescueCases { status station { id } } } }`, { id: person.id })).data?.person;
      const inCare = view?.rescueCases.find((c) => c.status === 'IN_CARE');
      if (view && inCare && view.foreignNationalStatusChecks.length === 0) {
        chosen = { person, stationId: inCare.station.id };
        break;
      }
    }
    expect(chosen).not.toBeNull();
    const requested = await center<{ requestForeignNationalStatusCheck: { statusCheck: { id: string; version: number } } }>(
      `mutation($i: RequestForeignNationalStatusCheckInput!) { requestForeignNationalStatusCheck(input: $i) { ... on ForeignNationalStatusCheckChanged { statusCheck { id version } } } }`,
      { i: { personId: chosen!.person.id, requestingStationId: chosen!.stationId, nationality: chosen!.person.nationality, passportNumber: chosen!.person.passportNumber } },
    );
    expect(requested.errors).toBeUndefined();
    const statusCheck = requested.data!.requestForeignNationalStatusCheck.statusCheck;
    const concluded = await as('police.officer')<{ recordForeignNationalStatus: { __typename: string } }>(
      `mutation($i: RecordForeignNationalStatusInput!) { recordForeignNationalStatus(input: $i) { __typename } }`,
      { i: { statusCheckId: statusCheck.id, expectedVersion: statusCheck.version, outcome: 'LEGAL_ENTRY', note: '持有效签证入境' } },
    );
    expect(concluded.data!.recordForeignNationalStatus.__typename).toBe('ForeignNationalStatusCheckChanged');

    const res = await as('fao.officer')<{ foreignAffairsNotifications: Array<{ id: string; nationality: string; acknowledged: boolean; person: { id: string; displayName: string } | null; statusCheck: { id: string; status: string; passportNumber: string } }> }>(
      `{ foreignAffairsNotifications(acknowledged: false) { id nationality acknowledged person { id displayName } statusCheck { id status passportNumber } } }`,
    );
    expect(res.errors).toBeUndefined();
    const notifications = res.data!.foreignAffairsNotifications;
    for (const n of notifications) {
      expect(n.acknowledged).toBe(false);
      expect(['LEGAL_ENTRY', 'LEGAL_RESIDENCE']).toContain(n.statusCheck.status);
    }
    const mine = notifications.find((n) => n.statusCheck.id === statusCheck.id);
    expect(mine).toBeDefined();
    expect(mine!.statusCheck.passportNumber).toBe(chosen!.person.passportNumber);
    expect(mine!.person?.id).toBe(chosen!.person.id);
    expect(mine!.person?.displayName.length).toBeGreaterThan(0);
    // The center sees the same status check on the person, and the passport as on an entrustment (one rule per document).
    const asCenter = await center<{ person: { foreignNationalStatusChecks: Array<{ status: string; passportNumber: string }> } }>(
      `query($id: ID!) { person(id: $id) { foreignNationalStatusChecks { status passportNumber } } }`,
      { id: chosen!.person.id },
    );
    expect(asCenter.errors).toBeUndefined();
    expect(asCenter.data!.person.foreignNationalStatusChecks).toHaveLength(1);
    expect(asCenter.data!.person.foreignNationalStatusChecks.map((c) => c.passportNumber)).toEqual([chosen!.person.passportNumber]);
  }, 60_000);

  it('hands an illegally staying foreign national over to the police, and the station exits the case as HANDED_OVER citing the record', async () => {
    const region = buildDemoRegion();
    const center = as('center.staff');
    type Checks = { person: { foreignNationalStatusChecks: Array<{ id: string }>; rescueCases: Array<{ id: string; version: number; status: string; station: { id: string } }> } };
    const PERSON = `query($id: ID!) { person(id: $id) { foreignNationalStatusChecks { id } rescueCases { id version status station { id } } } }`;
    // A foreign national in care whom nobody has asked the police about yet.
    let chosen: { person: (typeof region.persons)[number]; view: Checks['person'] } | null = null;
    for (const person of region.persons.filter((p) => p.category === 'FOREIGN_NATIONAL' && p.nationality !== 'HKG')) {
      const res = await center<Checks>(PERSON, { id: person.id });
      const view = res.data?.person;
      if (view && view.foreignNationalStatusChecks.length === 0 && view.rescueCases.some((c) => c.status === 'IN_CARE')) {
        chosen = { person, view };
        break;
      }
    }
    expect(chosen).not.toBeNull();
    const rescueCase = chosen!.view.rescueCases.find((c) => c.status === 'IN_CARE')!;

    const requested = await center<{ requestForeignNationalStatusCheck: { __typename: string; statusCheck: { id: string; version: number } } }>(
      `mutation($i: RequestForeignNationalStatusCheckInput!) { requestForeignNationalStatusCheck(input: $i) { __typename ... on ForeignNationalStatusCheckChanged { statusCheck { id version } } } }`,
      { i: { personId: chosen!.person.id, requestingStationId: rescueCase.station.id, nationality: chosen!.person.nationality, passportNumber: chosen!.person.passportNumber } },
    );
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestForeignNationalStatusCheck.__typename).toBe('ForeignNationalStatusCheckChanged');
    const statusCheck = requested.data!.requestForeignNationalStatusCheck.statusCheck;

    const recordNumber = `JLGA-E2E-${Date.now()}`;
    const concluded = await as('police.officer')<{ recordForeignNationalStatus: { __typename: string; statusCheck: { status: string; policeHandOver: { recordNumber: string } } } }>(
      `mutation($i: RecordForeignNationalStatusInput!) { recordForeignNationalStatus(input: $i) { __typename ... on ForeignNationalStatusCheckChanged { statusCheck { status policeHandOver { recordNumber } } } } }`,
      { i: { statusCheckId: statusCheck.id, expectedVersion: statusCheck.version, outcome: 'ILLEGAL', handOver: { recordNumber, policeUnit: '江临市公安局出入境管理支队' }, note: '签证逾期' } },
    );
    expect(concluded.errors).toBeUndefined();
    expect(concluded.data!.recordForeignNationalStatus.statusCheck).toEqual({ status: 'ILLEGAL', policeHandOver: { recordNumber } });

    const exited = await center<{ exitRescueCase: { __typename: string; rescueCase: { status: string; exitReason: string } } }>(
      `mutation($i: ExitRescueCaseInput!) { exitRescueCase(input: $i) { __typename ... on RescueCaseChanged { rescueCase { status exitReason } } } }`,
      { i: { rescueCaseId: rescueCase.id, expectedVersion: rescueCase.version, reason: 'HANDED_OVER', note: `公安交接单 ${recordNumber}` } },
    );
    expect(exited.errors).toBeUndefined();
    expect(exited.data!.exitRescueCase).toEqual({ __typename: 'RescueCaseChanged', rescueCase: { status: 'EXITED', exitReason: 'HANDED_OVER' } });

    const after = await center<{ person: { foreignNationalStatusChecks: Array<{ status: string; policeHandOver: { recordNumber: string } | null }>; rescueCases: Array<{ id: string; exitReason: string | null }> } }>(
      `query($id: ID!) { person(id: $id) { foreignNationalStatusChecks { status policeHandOver { recordNumber } } rescueCases { id exitReason } } }`,
      { id: chosen!.person.id },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.person.foreignNationalStatusChecks).toEqual([{ status: 'ILLEGAL', policeHandOver: { recordNumber } }]);
    expect(after.data!.person.rescueCases.find((c) => c.id === rescueCase.id)!.exitReason).toBe('HANDED_OVER');
  }, 60_000);
});
