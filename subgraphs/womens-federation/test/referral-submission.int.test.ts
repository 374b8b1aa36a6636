import { residentIdCheckCharacter } from '@lifeline/identity-documents';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { randomUUID } from 'node:crypto';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';

let subgraph: TestSubgraph<SubgraphContext>;
const caseworker = testCaller({ id: 'test.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], orgUnit: '测试区妇联' });
const otherCaseworker = testCaller({ id: 'other.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], orgUnit: '测试区妇联' });
const supervisor = testCaller({ id: 'test.supervisor', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_SUPERVISOR], orgUnit: '测试区妇女联合会' });
const police = testCaller({ id: 'test.police', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
const shelterStaff = testCaller({ id: 'shelter.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.SHELTER_STAFF], jurisdiction: '379900' });
const centerStaff = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

const idNumber = (first17: string) => first17 + residentIdCheckCharacter(first17);

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

const RESULT = /* GraphQL */ `
  __typename
  ... on ShelterReferralChanged { replayed shelterReferral { id status version referringCaseworker accompanyingChildren children { ageYears sex } victim { name age idNumber phone } consent { givenBy method } riskAssessment { level factors assessedBy } needs } }
  ... on ReferralInputRejected { field code message }
  ... on ReferralStepRefused { currentStatus message }
  ... on IdempotencyConflict { existingReferralId message }
  ... on ReferralVersionConflict { currentVersion message }
  ... on ReferralNotFound { message }
`;
const SUBMIT = `mutation($input: SubmitShelterReferralInput!) { submitShelterReferral(input: $input) { ${RESULT} } }`;
const WITHDRAW = `mutation($id: ID!, $v: Int!, $reason: String!) { withdrawShelterReferral(referralId: $id, expectedVersion: $v, reason: $reason) { ${RESULT} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closeShelterReferral(referralId: $id, expectedVersion: $v) { ${RESULT} } }`;

type Referral = { id: string; status: string; version: number; referringCaseworker: string; accompanyingChildren: number; children: Array<{ ageYears: number; sex: string }>; victim: { name: string | null; age: number | null; idNumber: string | null; phone: string | null }; consent: { givenBy: string; method: string } | null; riskAssessment: { level: string; factors: string[]; assessedBy: string }; needs: string[] };
type Result = { __typename: string; replayed?: boolean; shelterReferral?: Referral; field?: string; code?: string; message?: string; currentStatus?: string; existingReferralId?: string };

const input = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  victim: { name: '林晓梅', age: 34, phone: '13912345678', idNumber: idNumber('37990219920315004') },
  victimType: 'DOMESTIC_VIOLENCE',
  risk: { level: 'HIGH', factors: ['STRANGULATION', 'THREATS_TO_KILL'] },
  children: [{ ageYears: 6, sex: 'FEMALE' }, { ageYears: 3, sex: 'MALE' }],
  needs: ['COUNSELLING', 'CHILDCARE'],
  referringOrganisation: '测试区妇女联合会',
  consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date(Date.now() - 3_600_000).toISOString() },
  ...overrides,
});
const submit = async (variables: Record<string, unknown>, caller = caseworker) => {
  const response = await subgraph.execute<{ submitShelterReferral: Result }>(SUBMIT, { input: variables }, caller);
  return { result: response.data?.submitShelterReferral ?? null, errors: response.errors };
};

const counts = async () => {
  const [row] = await subgraph.orm.em.fork().getConnection().execute<Array<{ referrals: string; children: string; services: string }>>(
    `select (select count(*) from shelter_referral) as referrals, (select count(*) from shelter_referral_child) as children, (select count(*) from referral_service) as services`,
  );
  return row;
};

describe('submitting a shelter referral', () => {
  it('records the victim, her children, the risk assessment, needs and consent, with the caller as the referring caseworker', async () => {
    const { result } = await submit(input());
    expect(result!.__typename).toBe('ShelterReferralChanged');
    const referral = result!.shelterReferral!;
    expect(referral).toMatchObject({ status: 'SUBMITTED', referringCaseworker: 'test.caseworker', accompanyingChildren: 2 });
    expect(referral.children).toEqual([{ ageYears: 6, sex: 'FEMALE' }, { ageYears: 3, sex: 'MALE' }]);
    expect(referral.victim).toMatchObject({ name: '林晓梅', age: 34, idNumber: idNumber('37990219920315004'), phone: '13912345678' });
    expect(referral.consent).toEqual({ givenBy: 'VICTIM', method: 'WRITTEN' });
    expect(referral.riskAssessment).toEqual({ level: 'HIGH', factors: ['STRANGULATION', 'THREATS_TO_KILL'], assessedBy: 'test.caseworker' });
    expect(result!.replayed).toBe(false);
  });

  it('accepts partial victim details: no name, an estimated age, no identifiers', async () => {
    const { result } = await submit(input({ victim: { age: 40, ageEstimated: true }, children: [] }));
    expect(result!.__typename).toBe('ShelterReferralChanged');
    expect(result!.shelterReferral!.victim).toEqual({ name: null, age: 40, idNumber: null, phone: null });
  });

  it('lets a police officer refer a trafficking victim', async () => {
    const { result } = await submit(input({ victimType: 'TRAFFICKING', children: [], referringOrganisation: '测试市公安局反拐办' }), police);
    expect(result!.__typename).toBe('ShelterReferralChanged');
    expect(result!.shelterReferral!.referringCaseworker).toBe('test.police');
  });

  it('refuses a referral without consent, and stores nothing', async () => {
    const before = await counts();
    const { result } = await submit(input({ consent: null }));
    expect(result).toMatchObject({ __typename: 'ReferralInputRejected', field: 'consent', code: 'REQUIRED' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a bad ID number with the check that failed, and stores nothing', async () => {
    const before = await counts();
    const good = idNumber('37990219920315004');
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const { result } = await submit(input({ victim: { idNumber: bad } }));
    expect(result).toMatchObject({ __typename: 'ReferralInputRejected', field: 'victim.idNumber' });
    expect(result!.code).toMatch(/CHECK/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a child aged 18 and a phone number that is not one, and stores nothing', async () => {
    const before = await counts();
    expect((await submit(input({ children: [{ ageYears: 18 }] }))).result).toMatchObject({ __typename: 'ReferralInputRejected', field: 'children.0.ageYears', code: 'AGE_RANGE' });
    expect((await submit(input({ victim: { phone: '12345' } }))).result).toMatchObject({ __typename: 'ReferralInputRejected', field: 'victim.phone' });
    expect(await counts()).toEqual(before);
  });

  it('refuses callers who are not caseworkers or police officers, and stores nothing', async () => {
    const before = await counts();
    for (const caller of [centerStaff, shelterStaff, supervisor]) {
      const { result, errors } = await submit(input(), caller);
      expect(result).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('idempotent submission', () => {
  it('answers a repeated submission with the first referral, storing nothing new', async () => {
    const body = input();
    const first = (await submit(body)).result!;
    const before = await counts();
    const again = (await submit(body)).result!;
    expect(again).toMatchObject({ __typename: 'ShelterReferralChanged', replayed: true });
    expect(again.shelterReferral!.id).toBe(first.shelterReferral!.id);
    expect(await counts()).toEqual(before);
  });

  it('refuses the same key with different content as a typed conflict, storing nothing', async () => {
    const body = input();
    const first = (await submit(body)).result!;
    const before = await counts();
    const other = (await submit({ ...body, risk: { level: 'LOW' } })).result!;
    expect(other).toMatchObject({ __typename: 'IdempotencyConflict', existingReferralId: first.shelterReferral!.id });
    expect(await counts()).toEqual(before);
  });

  it('gives one referral per submitter and key: another caseworker may use the same key', async () => {
    const body = input();
    const mine = (await submit(body)).result!;
    const hers = (await submit(body, otherCaseworker)).result!;
    expect(hers.__typename).toBe('ShelterReferralChanged');
    expect(hers.shelterReferral!.id).not.toBe(mine.shelterReferral!.id);
  });

  it('makes one referral when the same submission is sent 10 times at once', async () => {
    const body = input();
    const before = await counts();
    const results = await Promise.all(Array.from({ length: 10 }, () => submit(body)));
    const ids = new Set(results.map((r) => r.result!.shelterReferral!.id));
    expect(results.every((r) => r.result!.__typename === 'ShelterReferralChanged')).toBe(true);
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.result!.replayed === false)).toHaveLength(1);
    const after = await counts();
    expect(Number(after!.referrals) - Number(before!.referrals)).toBe(1);
    expect(Number(after!.children) - Number(before!.children)).toBe(2);
  });
});

describe("the caseworker's file", () => {
  it('is withdrawn with a reason, once; a second withdrawal is refused and changes nothing', async () => {
    const referral = (await submit(input())).result!.shelterReferral!;
    const noReason = (await subgraph.execute<{ withdrawShelterReferral: Result }>(WITHDRAW, { id: referral.id, v: referral.version, reason: ' ' }, caseworker)).data!.withdrawShelterReferral;
    expect(noReason).toMatchObject({ __typename: 'ReferralInputRejected', field: 'reason' });
    const withdrawn = (await subgraph.execute<{ withdrawShelterReferral: Result }>(WITHDRAW, { id: referral.id, v: referral.version, reason: '本人已回娘家居住' }, caseworker)).data!.withdrawShelterReferral;
    expect(withdrawn.shelterReferral!.status).toBe('WITHDRAWN');
    const again = (await subgraph.execute<{ withdrawShelterReferral: Result }>(WITHDRAW, { id: referral.id, v: withdrawn.shelterReferral!.version, reason: '再次' }, caseworker)).data!.withdrawShelterReferral;
    expect(again).toMatchObject({ __typename: 'ReferralStepRefused', currentStatus: 'WITHDRAWN' });
    const stale = (await subgraph.execute<{ closeShelterReferral: Result }>(CLOSE, { id: referral.id, v: referral.version }, caseworker)).data!.closeShelterReferral;
    expect(stale).toMatchObject({ __typename: 'ReferralVersionConflict' });
  });

  it("cannot be changed by another caseworker (it answers as if it did not exist)", async () => {
    const referral = (await submit(input())).result!.shelterReferral!;
    const theirs = (await subgraph.execute<{ closeShelterReferral: Result }>(CLOSE, { id: referral.id, v: referral.version }, otherCaseworker)).data!.closeShelterReferral;
    expect(theirs.__typename).toBe('ReferralNotFound');
    const row = await subgraph.orm.em.fork().getConnection().execute<Array<{ status: string }>>(`select status from shelter_referral where id = ?`, [referral.id]);
    expect(row[0]!.status).toBe('SUBMITTED');
  });
});

describe('referral-out services', () => {
  const SERVICE = `__typename ... on ReferralServiceChanged { referralService { id kind status provider outcome version } } ... on ServiceStepRefused { currentStatus message } ... on ReferralInputRejected { field code } ... on ReferralNotFound { message }`;
  type ServiceResult = { __typename: string; referralService?: { id: string; kind: string; status: string; outcome: string | null; version: number }; currentStatus?: string; field?: string };

  it('are tracked from the request to the outcome; an outcome without text or a second outcome is refused', async () => {
    const referral = (await submit(input())).result!.shelterReferral!;
    const request = await subgraph.execute<{ requestReferralService: ServiceResult }>(
      `mutation($id: ID!) { requestReferralService(referralId: $id, kind: PROTECTION_ORDER, provider: "测试区人民法院") { ${SERVICE} } }`,
      { id: referral.id },
      caseworker,
    );
    const service = request.data!.requestReferralService.referralService!;
    expect(service).toMatchObject({ kind: 'PROTECTION_ORDER', status: 'REQUESTED' });
    const started = (await subgraph.execute<{ startReferralService: ServiceResult }>(`mutation($id: ID!, $v: Int!) { startReferralService(serviceId: $id, expectedVersion: $v) { ${SERVICE} } }`, { id: service.id, v: service.version }, shelterStaff)).data!.startReferralService;
    expect(started.referralService!.status).toBe('IN_PROGRESS');
    const OUTCOME = `mutation($id: ID!, $v: Int!, $o: String!) { recordReferralServiceOutcome(serviceId: $id, expectedVersion: $v, outcome: $o) { ${SERVICE} } }`;
    const empty = (await subgraph.execute<{ recordReferralServiceOutcome: ServiceResult }>(OUTCOME, { id: service.id, v: started.referralService!.version, o: ' ' }, caseworker)).data!.recordReferralServiceOutcome;
    expect(empty).toMatchObject({ __typename: 'ReferralInputRejected', field: 'outcome' });
    const done = (await subgraph.execute<{ recordReferralServiceOutcome: ServiceResult }>(OUTCOME, { id: service.id, v: started.referralService!.version, o: '法院已签发人身安全保护令' }, caseworker)).data!.recordReferralServiceOutcome;
    expect(done.referralService).toMatchObject({ status: 'OUTCOME_RECORDED', outcome: '法院已签发人身安全保护令' });
    const twice = (await subgraph.execute<{ recordReferralServiceOutcome: ServiceResult }>(OUTCOME, { id: service.id, v: done.referralService!.version, o: '再次' }, caseworker)).data!.recordReferralServiceOutcome;
    expect(twice).toMatchObject({ __typename: 'ServiceStepRefused', currentStatus: 'OUTCOME_RECORDED' });
    const other = (await subgraph.execute<{ requestReferralService: ServiceResult }>(`mutation($id: ID!) { requestReferralService(referralId: $id, kind: HOUSING, provider: "x") { ${SERVICE} } }`, { id: referral.id }, otherCaseworker)).data!.requestReferralService;
    expect(other.__typename).toBe('ReferralNotFound');
  });

  it('answers a retried request with the service the first one created (stored and audited once); the key with another service is refused, storing nothing', async () => {
    const referral = (await submit(input())).result!.shelterReferral!;
    const REQUEST = `mutation($id: ID!, $kind: ReferralServiceKind!, $provider: String!, $key: String) {
      requestReferralService(referralId: $id, kind: $kind, provider: $provider, idempotencyKey: $key) { ${SERVICE} ... on ReferralInputRejected { message } } }`;
    const request = async (kind: string, provider: string, key: string) => {
      const response = await subgraph.execute<{ requestReferralService: ServiceResult }>(REQUEST, { id: referral.id, kind, provider, key }, caseworker);
      expect(response.errors).toBeUndefined();
      return response.data!.requestReferralService;
    };
    const services = async () => {
      const [row] = await subgraph.orm.em.fork().getConnection().execute<Array<{ rows: string; audited: string }>>(
        `select (select count(*) from referral_service where referral_id = ?) as rows,
                (select count(*) from audit_event where record_type = 'ReferralService' and operation = 'CREATE' and record_id in (select id::text from referral_service where referral_id = ?)) as audited`,
        [referral.id, referral.id],
      );
      return { rows: Number(row!.rows), audited: Number(row!.audited) };
    };
    const key = randomUUID();
    const first = await request('LEGAL_AID', '测试区法律援助中心', key);
    expect(first.__typename).toBe('ReferralServiceChanged');
    expect(await request('LEGAL_AID', '测试区法律援助中心', key)).toEqual(first);
    expect(await services()).toEqual({ rows: 1, audited: 1 });
    expect(await request('HOUSING', '测试区住房保障中心', key)).toEqual({ __typename: 'ReferralInputRejected', field: 'idempotencyKey', code: 'REUSED', message: expect.stringContaining('different request') });
    expect(await request('HOUSING', '测试区住房保障中心', 'key with spaces')).toMatchObject({ __typename: 'ReferralInputRejected', field: 'idempotencyKey', code: 'FORMAT' });
    expect(await services()).toEqual({ rows: 1, audited: 1 });
  });
});

describe('the status a reader sees', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ShelterReferral { id status } } }`;

  it("is the shelter's answer as civil affairs passes it through the graph, until the file is withdrawn", async () => {
    const referral = (await submit(input())).result!.shelterReferral!;
    const read = async (placement: unknown) =>
      (await subgraph.execute<{ _entities: Array<{ status: string }> }>(ENTITIES, { r: [{ __typename: 'ShelterReferral', id: referral.id, placement }] }, caseworker)).data!._entities[0]!.status;
    expect(await read(null)).toBe('SUBMITTED');
    expect(await read({ status: 'ACCEPTED' })).toBe('ACCEPTED');
    expect(await read({ status: 'ADMITTED' })).toBe('ADMITTED');
    expect(await read({ status: 'DISCHARGED' })).toBe('DISCHARGED');
  });

  it('shows a supervisor the victim with masked ID and phone numbers', async () => {
    const referral = (await submit(input({ referringOrganisation: '测试区妇女联合会' }))).result!.shelterReferral!;
    const seen = await subgraph.execute<{ shelterReferral: { victim: { idNumber: string; phone: string } } }>(`query($id: ID!) { shelterReferral(id: $id) { victim { idNumber phone } } }`, { id: referral.id }, supervisor);
    expect(seen.data!.shelterReferral.victim.idNumber).toMatch(/\*/);
    expect(seen.data!.shelterReferral.victim.phone).toMatch(/\*/);
    expect(seen.data!.shelterReferral.victim.idNumber).not.toBe(idNumber('37990219920315004'));
  });

  it('lists referrals with children and services in as many statements for 3 as for all', async () => {
    const LIST = `query($n: Int!) { shelterReferrals(first: $n) { id children { ageYears } services { status } riskAssessment { level } } }`;
    const three = await subgraph.queries.during(() => subgraph.execute(LIST, { n: 3 }, shelterStaff));
    const all = await subgraph.queries.during(() => subgraph.execute<{ shelterReferrals: unknown[] }>(LIST, { n: 100 }, shelterStaff));
    expect(all.result.data!.shelterReferrals.length).toBeGreaterThan(10);
    expect(all.statements).toBe(three.statements);
  });
});
