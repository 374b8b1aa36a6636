/**
 * Two records of one man, merged by the center through the real gateway: the surviving record's
 * profile, read across all four agencies, holds the merged record's case, its police identity
 * check and the foreign-affairs office's entrustment; the merged id answers like an unknown one in
 * civil affairs and is refused by public security. A record removed as created in error is then
 * refused by the other agencies too (civil affairs' `person.merged` / `person.removed`).
 */
import { randomUUID } from 'node:crypto';
import { eventually } from './support/eventually';
import { gatewayCaller } from './support/graph';

describe('merging and removing person records, through the gateway', () => {
  const as = gatewayCaller().dataAs;
  const center = as('center.staff');
  let stationId: string;

  /** A man received at the center; `exited`: his case already ended. */
  async function received(features: string, exited = false): Promise<string> {
    const res = await center<{ receivePerson: { rescueCase: { id: string; version: number; person: { id: string } } } }>(
      `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { ... on RescueCaseChanged { rescueCase { id version person { id } } } } }`,
      { i: { stationId, source: 'WALK_IN', person: { sex: 'MALE', estimatedAgeMin: 50, estimatedAgeMax: 60, features } } },
    );
    const rescueCase = res.receivePerson.rescueCase;
    if (exited) {
      const exit = await center<{ exitRescueCase: { __typename: string } }>(
        `mutation($i: ExitRescueCaseInput!) { exitRescueCase(input: $i) { __typename } }`,
        { i: { rescueCaseId: rescueCase.id, expectedVersion: rescueCase.version, reason: 'LEFT_VOLUNTARILY', note: '本人签字自愿离站' } },
      );
      expect(exit.exitRescueCase.__typename).toBe('RescueCaseChanged');
    }
    return rescueCase.person.id;
  }
  const REQUEST_CHECK = `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { __typename ... on IdentityCheckChanged { identityCheck { id } } ... on IdentityCheckInputRejected { code } } }`;
  type CheckAnswer = { requestIdentityCheck: { __typename: string; identityCheck?: { id: string }; code?: string } };
  const requestCheck = (personId: string) => center<CheckAnswer>(REQUEST_CHECK, { i: { personId, requestingStationId: stationId, reason: 'UNIDENTIFIED_PERSON', note: '疑似重复登记' } });

  beforeAll(async () => {
    const stations = await center<{ stations: Array<{ id: string; kind: string }> }>(`{ stations(level: CITY) { id kind } }`);
    stationId = stations.stations.find((s) => s.kind === 'REGIONAL_CENTER')!.id;
  });

  it("gives the survivor the merged record's case, identity check and entrustment in every agency", async () => {
    const survivor = await received('左手缺一指', true);
    const duplicate = await received('左手缺一指,自称姓陈');
    const check = await eventually('public security to know the duplicate', async () => (await requestCheck(duplicate)).requestIdentityCheck.identityCheck ?? null);
    const now = Date.now();
    const fao = as('fao.officer');
    const entrustment = await eventually('foreign affairs to know the duplicate', async () => {
      const res = await fao<{ issueAidEntrustment: { aidEntrustment?: { id: string } } }>(
        `mutation($i: IssueAidEntrustmentInput!) { issueAidEntrustment(input: $i) { ... on AidEntrustmentChanged { aidEntrustment { id } } } }`,
        {
          i: {
            documentNumber: `外办委〔2026〕M-${randomUUID().slice(0, 8)}号`,
            issuingOffice: 'FOREIGN_AFFAIRS_OFFICE',
            personId: duplicate,
            beneficiaryName: 'Chen Wei Ming',
            nationality: 'SGP',
            passportNumber: 'E1234567X',
            entryStatus: 'LEGAL_STAY',
            items: [{ kind: 'FOOD', capFen: 20_000 }],
            totalCapFen: 20_000,
            validFrom: new Date(now - 3_600_000).toISOString(),
            validUntil: new Date(now + 10 * 86_400_000).toISOString(),
          },
        },
      );
      return res.issueAidEntrustment.aidEntrustment ?? null;
    });
    expect((await center<{ acceptAidEntrustment: { __typename: string } }>(`mutation($id: ID!) { acceptAidEntrustment(entrustmentId: $id) { __typename } }`, { id: entrustment.id })).acceptAidEntrustment.__typename).toBe(
      'AidEntrustmentChanged',
    );

    const merged = await center<{ mergePersons: { __typename: string; movedCases?: number; mergedPersonId?: string } }>(
      `mutation($i: MergePersonsInput!) { mergePersons(input: $i) { __typename ... on PersonsMerged { movedCases mergedPersonId } } }`,
      { i: { personId: duplicate, intoPersonId: survivor, reason: '指纹比对为同一人' } },
    );
    expect(merged.mergePersons).toEqual({ __typename: 'PersonsMerged', movedCases: 1, mergedPersonId: duplicate });

    type Profile = { person: { id: string; rescueCases: Array<{ id: string }>; identityChecks: Array<{ id: string }>; aidEntrustments: Array<{ id: string }>; shelterReferrals: Array<{ id: string }> } | null };
    const PROFILE = `query($id: ID!) { person(id: $id) { id rescueCases { id } identityChecks { id } aidEntrustments { id } shelterReferrals { id } } }`;
    const profile = await eventually('the other agencies to re-point their records to the survivor', async () => {
      const read = await center<Profile>(PROFILE, { id: survivor });
      return read.person && read.person.identityChecks.length > 0 && read.person.aidEntrustments.length > 0 ? read.person : null;
    });
    expect(profile.rescueCases).toHaveLength(2);
    // The merged record's check moved to the survivor (other suites may ask checks of new persons meanwhile).
    expect(profile.identityChecks.map((c) => c.id)).toContain(check.id);
    expect(profile.aidEntrustments.map((e) => e.id)).toEqual([entrustment.id]);
    expect(profile.shelterReferrals).toEqual([]);
    // The check and the entrustment name the survivor, for the police and the office alike.
    const byPolice = await as('police.officer')<{ identityCheck: { person: { id: string } } }>(`query($id: ID!) { identityCheck(id: $id) { person { id } } }`, { id: check.id });
    expect(byPolice.identityCheck.person.id).toBe(survivor);
    const byOffice = await fao<{ aidEntrustment: { person: { id: string } } }>(`query($id: ID!) { aidEntrustment(id: $id) { person { id } } }`, { id: entrustment.id });
    expect(byOffice.aidEntrustment.person.id).toBe(survivor);
    // The merged id: unknown in civil affairs, refused by public security.
    expect((await center<Profile>(PROFILE, { id: duplicate })).person).toBeNull();
    expect((await requestCheck(duplicate)).requestIdentityCheck).toEqual({ __typename: 'IdentityCheckInputRejected', code: 'NOT_FOUND' });
  }, 120_000);

  it('has a record removed as created in error refused by public security like an unknown id', async () => {
    const mistaken = await received('误录', true);
    await eventually('public security to know the record', async () => (await requestCheck(mistaken)).requestIdentityCheck.identityCheck ?? null);
    const removed = await center<{ removePerson: { __typename: string } }>(`mutation($i: RemovePersonInput!) { removePerson(input: $i) { __typename } }`, { i: { personId: mistaken, reason: '重复录入' } });
    expect(removed.removePerson.__typename).toBe('PersonRemoved');
    await eventually('public security to refuse the removed record', async () => (await requestCheck(mistaken)).requestIdentityCheck.code === 'NOT_FOUND');
    const checks = await as('police.officer')<{ person: unknown }>(`query($id: ID!) { person(id: $id) { id identityChecks { id } } }`, { id: mistaken });
    expect(checks.person).toBeNull();
  }, 120_000);
});
