/**
 * Foreign affairs' county scoping through the real gateway and processes: civil affairs receives a
 * person at a station of county B, its `person.registered` reaches foreign affairs over the
 * exchange, and her accepted entrustment is then seen by county B's staff and the center, never by
 * county A's (`county.staff`), who gets the same not-found for it as for an unknown id. When civil
 * affairs receives her at a county A station instead, `person.updated` moves the entrustment with her.
 *
 * County B's staff member has no demo account: the test signs her access token with the gateway's
 * own key (as the identity service would for such an account; tokens are not looked up on use).
 */
import { randomUUID } from 'node:crypto';
import { buildDemoRegion } from '@lifeline/demo-region';
import { loadAccessTokenKeys } from '@lifeline/identity';
import { ROLES, signJwt, type JwtClaims } from '@lifeline/subgraph-runtime';
import { eventually } from './support/eventually';
import { gatewayCaller, withToken, type Reader } from './support/graph';
import { sharedStack } from './support/shared-stack';

const region = buildDemoRegion();
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as JwtClaims & { jur: string };

describe('county scoping of aid entrustments, through the gateway', () => {
  const stack = sharedStack();
  const users = gatewayCaller();
  const as = users.reader;

  let countyA = '';
  let stationA = '';
  let stationB = { id: '', county: '' };
  let countyB: Reader;
  let personId = '';
  let entrustmentId = '';

  const LIST = `{ aidEntrustments(first: 100) { id } }`;
  const BY_ID = `query($id: ID!) { aidEntrustment(id: $id) { id deliveries { receiptNumber } person { id } } }`;
  const ON_PERSON = `query($id: ID!) { person(id: $id) { id aidEntrustments { id } } }`;
  const listed = async (read: Reader) => {
    const res = await read<{ aidEntrustments: Array<{ id: string }> }>(LIST);
    expect(res.errors).toBeUndefined();
    return res.data!.aidEntrustments.map((e) => e.id);
  };
  const receive = async (stationId: string, input: Record<string, unknown>) => {
    const res = await as('center.staff')<{ receivePerson: { __typename: string; rescueCase?: { id: string; version: number; person: { id: string } } } }>(
      `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { __typename ... on RescueCaseChanged { rescueCase { id version person { id } } } } }`,
      { i: { stationId, source: 'WALK_IN', ...input } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.receivePerson.__typename).toBe('RescueCaseChanged');
    return res.data!.receivePerson.rescueCase!;
  };

  beforeAll(async () => {
    // County A is the demo county account's; county B another county with a station.
    countyA = claimsOf(await users.token('county.staff')).jur;
    stationA = region.stations.find((s) => s.kind === 'COUNTY_STATION' && s.jurisdiction.startsWith(countyA))!.id;
    const b = region.stations.find((s) => s.kind === 'COUNTY_STATION' && !s.jurisdiction.startsWith(countyA))!;
    stationB = { id: b.id, county: b.jurisdiction.slice(0, 6) };
    const { iss, aud } = claimsOf(await users.token('county.staff'));
    const keys = loadAccessTokenKeys({ dataDir: stack.dataDir, accessTokenPrivateKeyPem: undefined, accessTokenKeyId: undefined });
    const iat = Math.floor(Date.now() / 1000);
    const claims: JwtClaims = { iss, aud, sub: 'county-b.staff', iat, exp: iat + 600, jti: randomUUID(), kind: 'user', agency: 'CIVIL_AFFAIRS', org: b.id, jur: stationB.county, roles: [ROLES.STATION_STAFF], scope: '' };
    countyB = withToken(signJwt(claims, keys.privateKey, keys.kid));

    // Civil affairs receives her at county B; foreign affairs knows her once the event arrived.
    const rescueCase = await receive(stationB.id, { person: { sex: 'FEMALE', estimatedAgeMin: 30, estimatedAgeMax: 40, features: '县域测试' } });
    personId = rescueCase.person.id;
    const issued = await eventually('foreign affairs to know the person', async () => {
      const now = Date.now();
      const res = await as('fao.officer')<{ issueAidEntrustment: { __typename: string; aidEntrustment?: { id: string } } }>(
        `mutation($i: IssueAidEntrustmentInput!) { issueAidEntrustment(input: $i) { __typename ... on AidEntrustmentChanged { aidEntrustment { id } } } }`,
        {
          i: {
            documentNumber: `外办委〔2026〕C-${randomUUID().slice(0, 8)}号`,
            issuingOffice: 'FOREIGN_AFFAIRS_OFFICE',
            personId,
            beneficiaryName: 'Ana Lima',
            nationality: 'BRA',
            passportNumber: 'FB123456',
            entryStatus: 'LEGAL_STAY',
            items: [{ kind: 'FOOD', capFen: 50_000 }],
            totalCapFen: 50_000,
            validFrom: new Date(now - 3_600_000).toISOString(),
            validUntil: new Date(now + 10 * 86_400_000).toISOString(),
          },
        },
      );
      return res.data?.issueAidEntrustment.__typename === 'AidEntrustmentChanged' ? res.data.issueAidEntrustment.aidEntrustment! : null;
    });
    entrustmentId = issued.id;
    const accepted = await as('center.staff')<{ acceptAidEntrustment: { __typename: string } }>(`mutation($id: ID!) { acceptAidEntrustment(entrustmentId: $id) { __typename } }`, { id: entrustmentId });
    expect(accepted.data!.acceptAidEntrustment.__typename).toBe('AidEntrustmentChanged');
  }, 120_000);

  it('shows the accepted entrustment to county B and the center, not to county A', async () => {
    expect(await listed(countyB)).toContain(entrustmentId);
    expect(await listed(await readerOf('center.staff'))).toContain(entrustmentId);
    expect(await listed(await readerOf('county.staff'))).not.toContain(entrustmentId);
    const byIdA = await as('county.staff')<{ aidEntrustment: unknown }>(BY_ID, { id: entrustmentId });
    expect(byIdA.errors).toBeUndefined();
    expect(byIdA.data!.aidEntrustment).toBeNull();
    const byIdB = await countyB<{ aidEntrustment: { id: string; person: { id: string } | null } }>(BY_ID, { id: entrustmentId });
    expect(byIdB.data!.aidEntrustment).toMatchObject({ id: entrustmentId });
  });

  it("answers county A's delivery against it exactly like one against an unknown id, and stores nothing", async () => {
    const deliver = (id: string) =>
      as('county.staff')<{ recordAidDelivery: unknown }>(
        `mutation($i: RecordAidDeliveryInput!) { recordAidDelivery(input: $i) { __typename ... on AidRecordNotFound { message } } }`,
        { i: { entrustmentId: id, kind: 'FOOD', quantity: 1, amountFen: 1_000, deliveredOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10), receiptNumber: `A-${randomUUID().slice(0, 8)}` } },
      );
    const other = await deliver(entrustmentId);
    const unknown = await deliver(randomUUID());
    expect(other.data!.recordAidDelivery).toMatchObject({ __typename: 'AidRecordNotFound' });
    expect(other.data!.recordAidDelivery).toEqual(unknown.data!.recordAidDelivery);
    const seen = await as('center.staff')<{ aidEntrustment: { deliveries: unknown[] } }>(BY_ID, { id: entrustmentId });
    expect(seen.data!.aidEntrustment.deliveries).toEqual([]);
  });

  it('moves the entrustment to county A when civil affairs receives her there', async () => {
    const cases = await as('center.staff')<{ person: { rescueCases: Array<{ id: string; version: number; status: string }> } }>(
      `query($id: ID!) { person(id: $id) { rescueCases { id version status } } }`,
      { id: personId },
    );
    const open = cases.data!.person.rescueCases.find((c) => c.status !== 'EXITED')!;
    const exited = await as('center.staff')<{ exitRescueCase: { __typename: string } }>(
      `mutation($i: ExitRescueCaseInput!) { exitRescueCase(input: $i) { __typename } }`,
      { i: { rescueCaseId: open.id, expectedVersion: open.version, reason: 'TRANSFERRED', note: '转至县域A救助站' } },
    );
    expect(exited.data!.exitRescueCase.__typename).toBe('RescueCaseChanged');
    await receive(stationA, { personId });
    await eventually('the entrustment to reach county A', async () => (await listed(await readerOf('county.staff'))).includes(entrustmentId));
    expect(await listed(countyB)).not.toContain(entrustmentId);
    const onPerson = await as('county.staff')<{ person: { aidEntrustments: Array<{ id: string }> } | null }>(ON_PERSON, { id: personId });
    expect(onPerson.data!.person?.aidEntrustments.map((e) => e.id)).toEqual([entrustmentId]);
  }, 60_000);

  async function readerOf(username: string): Promise<Reader> {
    return withToken(await users.token(username));
  }
});
