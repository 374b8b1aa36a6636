import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { MissingPersonReport } from '../src/entities/missing-person-report.entity';
import { Person } from '../src/entities/person.entity';
import { RescueCase } from '../src/entities/rescue-case.entity';
import { Settlement } from '../src/entities/settlement.entity';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';

let subgraph: TestSubgraph<SubgraphContext>;
let stationId: string;
/** A county of its own, so these tests never touch the demo region's figures. */
const COUNTY = '379994';
const county = testCaller({ id: 'settlement.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: COUNTY });
const otherCounty = testCaller({ id: 'other.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: '379993' });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: COUNTY, name: '安置测试县' });
});
afterAll(() => subgraph.close());

const SETTLEMENT = `id status version identityRecheck { id } recheckStatement declineReason institutionName householdRegistrationRef revokeReason identityFoundBy goingHomeArrangement
  escort { id status crossProvince destination } rescueCase { id status exitReason } person { id identityStatus name }`;
const RESULT = `__typename ... on SettlementChanged { settlement { ${SETTLEMENT} } } ... on InputRejected { field code message } ... on NotEligibleForSettlement { reason message }
  ... on SettlementStepRefused { currentStatus message } ... on VersionConflict { currentVersion } ... on RecordNotFound { message }`;
type View = { id: string; status: string; version: number; escort: { status: string; crossProvince: boolean } | null; rescueCase: { id: string; status: string; exitReason: string | null }; person: { id: string; identityStatus: string; name: string | null }; identityRecheck: { id: string } | null };
type Result = { __typename: string; settlement: View; field?: string; code?: string; reason?: string; currentStatus?: string; message?: string };
const TYPES = { proposeSettlement: 'ProposeSettlementInput', decideSettlement: 'DecideSettlementInput', settlePerson: 'SettlePersonInput', revokeSettlement: 'RevokeSettlementInput' } as const;

async function call(name: keyof typeof TYPES, input: Record<string, unknown>, caller = county): Promise<Result> {
  const result = await subgraph.execute<Record<string, Result>>(`mutation($i: ${TYPES[name]}!) { ${name}(input: $i) { ${RESULT} } }`, { i: input }, caller);
  if (result.errors) return { __typename: 'Error', message: String(result.errors[0]!.extensions?.code) } as Result;
  return result.data![name]!;
}

/** An unidentified man received `days` ago and in care since. */
async function personInCare(days: number): Promise<{ caseId: string; personId: string }> {
  const received = await subgraph.execute<{ receivePerson: { rescueCase: { id: string; version: number; person: { id: string } } } }>(
    `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { ... on RescueCaseChanged { rescueCase { id version person { id } } } } }`,
    { i: { stationId, source: 'OUTREACH', intakeAt: new Date(Date.now() - days * 86_400_000).toISOString(), person: { sex: 'MALE', estimatedAgeMin: 55, estimatedAgeMax: 65, features: '左手缺一指' } } },
    county,
  );
  const { id, version, person } = received.data!.receivePerson.rescueCase;
  await subgraph.execute(`mutation($i: ScreenRescueCaseInput!) { screenRescueCase(input: $i) { __typename } }`, { i: { rescueCaseId: id, expectedVersion: version, outcome: 'REGISTERED' } }, county);
  return { caseId: id, personId: person.id };
}
const settlementsOf = (personId: string) => subgraph.orm.em.fork().find(Settlement, { person: personId });
const approval = (s: View, identityCheckId = randomUUID()) => ({ settlementId: s.id, expectedVersion: s.version, approve: true, identityCheckId, recheckFoundNoRegistration: true, recheckNote: 'DNA、指纹比对均未比中' });
const placement = (s: View) => ({ settlementId: s.id, expectedVersion: s.version, institutionLevel: 'CITY', institutionName: '江临市社会福利院', householdRegistrationRef: '江临公户〔2026〕017号' });

describe('settlement', () => {
  it('takes a long-stay unidentified person from proposal through the center’s approval to a welfare institution, exiting the case as SETTLED', async () => {
    const { caseId, personId } = await personInCare(100);
    const candidates = await subgraph.execute<{ settlementCandidates: Array<{ id: string }> }>(`{ settlementCandidates(first: 100) { id } }`, {}, county);
    expect(candidates.data!.settlementCandidates.map((c) => c.id)).toContain(caseId);

    let s = (await call('proposeSettlement', { rescueCaseId: caseId, note: '入站100天,寻亲公告及DNA比对均无结果' })).settlement;
    expect(s).toEqual(expect.objectContaining({ status: 'PROPOSED', identityRecheck: null }));
    const after = await subgraph.execute<{ settlementCandidates: Array<{ id: string }> }>(`{ settlementCandidates(first: 100) { id } }`, {}, county);
    expect(after.data!.settlementCandidates.map((c) => c.id)).not.toContain(caseId);

    const byCounty = await call('decideSettlement', approval(s), county);
    expect(byCounty).toEqual(expect.objectContaining({ __typename: 'Error', message: 'FORBIDDEN' }));
    const noCheck = await call('decideSettlement', { settlementId: s.id, expectedVersion: s.version, approve: true, recheckFoundNoRegistration: true }, center);
    expect(noCheck).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'identityCheckId', code: 'REQUIRED' }));
    const notClear = await call('decideSettlement', { ...approval(s), recheckFoundNoRegistration: false }, center);
    expect(notClear).toEqual(expect.objectContaining({ __typename: 'InputRejected', code: 'RECHECK_NOT_CLEAR' }));
    const early = await call('settlePerson', placement(s));
    expect(early).toEqual(expect.objectContaining({ __typename: 'SettlementStepRefused', currentStatus: 'PROPOSED' }));
    expect((await settlementsOf(personId)).map((row) => [row.status, row.version, row.identityRecheckId])).toEqual([['PROPOSED', s.version, null]]);

    const checkId = randomUUID();
    s = (await call('decideSettlement', approval(s, checkId), center)).settlement;
    expect(s).toEqual(expect.objectContaining({ status: 'APPROVED', identityRecheck: { id: checkId }, recheckStatement: expect.stringContaining('no existing registration') }));
    const direct = await subgraph.execute<{ exitRescueCase: Result }>(
      `mutation($i: ExitRescueCaseInput!) { exitRescueCase(input: $i) { __typename ... on InputRejected { code } } }`,
      { i: { rescueCaseId: caseId, expectedVersion: (await subgraph.orm.em.fork().findOneOrFail(RescueCase, { id: caseId })).version, reason: 'SETTLED', note: '绕过安置' } },
      county,
    );
    expect(direct.data!.exitRescueCase).toEqual({ __typename: 'InputRejected', code: 'SETTLEMENT_REQUIRED' });
    const missingRef = await call('settlePerson', { ...placement(s), householdRegistrationRef: ' ' });
    expect(missingRef).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'householdRegistrationRef' }));

    s = (await call('settlePerson', placement(s))).settlement;
    expect(s).toEqual(expect.objectContaining({ status: 'SETTLED', institutionName: '江临市社会福利院', rescueCase: expect.objectContaining({ status: 'EXITED', exitReason: 'SETTLED' }) }));
  });

  it('refuses a double approval, also when two approvals race', async () => {
    const { caseId } = await personInCare(120);
    const s = (await call('proposeSettlement', { rescueCaseId: caseId, note: '长期滞留' })).settlement;
    const [first, second] = await Promise.all([call('decideSettlement', approval(s), center), call('decideSettlement', approval(s), center)]);
    expect([first.__typename, second.__typename].sort()).toEqual(['SettlementChanged', expect.stringMatching(/VersionConflict|SettlementStepRefused/)].sort());
    const approved = first.__typename === 'SettlementChanged' ? first.settlement : second.settlement;
    const again = await call('decideSettlement', approval(approved), center);
    expect(again).toEqual(expect.objectContaining({ __typename: 'SettlementStepRefused', currentStatus: 'APPROVED' }));
    const stored = await subgraph.orm.em.fork().findOneOrFail(Settlement, { id: s.id });
    expect([stored.status, stored.version, stored.identityRecheckId]).toEqual(['APPROVED', approved.version, approved.identityRecheck!.id]);
  });

  it('refuses a person who is not eligible, saying why, and stores nothing', async () => {
    const { caseId, personId } = await personInCare(20);
    const young = await call('proposeSettlement', { rescueCaseId: caseId, note: '提前申请' });
    expect(young).toEqual(expect.objectContaining({ __typename: 'NotEligibleForSettlement', reason: 'NOT_LONG_STAY', message: expect.stringContaining('20 days') }));
    const em = subgraph.orm.em.fork();
    const old = await personInCare(95);
    await em.nativeUpdate(Person, { id: old.personId }, { identityStatus: 'CLAIMED' });
    const claimed = await call('proposeSettlement', { rescueCaseId: old.caseId, note: '长期滞留' });
    expect(claimed).toEqual(expect.objectContaining({ __typename: 'NotEligibleForSettlement', reason: 'IDENTIFIED' }));
    const outside = await call('proposeSettlement', { rescueCaseId: caseId, note: '越权' }, otherCounty);
    expect(outside.__typename).toBe('RecordNotFound');
    expect(await settlementsOf(personId)).toEqual([]);
    expect(await settlementsOf(old.personId)).toEqual([]);
  });

  it('lets exactly one of ten concurrent proposals for one person through (the database holds one active settlement)', async () => {
    const { caseId, personId } = await personInCare(110);
    const results = await Promise.all(Array.from({ length: 10 }, () => call('proposeSettlement', { rescueCaseId: caseId, note: '并发申请' })));
    expect(results.filter((r) => r.__typename === 'SettlementChanged')).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'NotEligibleForSettlement' && r.reason === 'ACTIVE_SETTLEMENT')).toHaveLength(9);
    expect(await settlementsOf(personId)).toHaveLength(1);
  });

  it('revokes a settlement when the identity is found, resolving a tracing match and requesting an escort home', async () => {
    const { caseId, personId } = await personInCare(130);
    let s = (await call('proposeSettlement', { rescueCaseId: caseId, note: '长期滞留' })).settlement;
    s = (await call('decideSettlement', approval(s), center)).settlement;
    s = (await call('settlePerson', placement(s))).settlement;
    const em = subgraph.orm.em.fork();
    const report = em.create(MissingPersonReport, { name: '钱国富', namePinyin: 'qian guo fu', sex: 'MALE', ageWhenMissing: 58, lastSeenAt: new Date(Date.now() - 333 * 86_400_000), lastSeenDivision: '510100', lastSeenPlace: '成都东站', reportedBy: '成都市公安局' });
    await em.flush();
    const bareRevoke = await call('revokeSettlement', { settlementId: s.id, expectedVersion: s.version, reason: '身份查明', identityFoundBy: 'TRACING_MATCH', identityFoundReference: report.id, goingHomeArrangement: ' ' });
    expect(bareRevoke).toEqual(expect.objectContaining({ __typename: 'InputRejected', field: 'goingHomeArrangement' }));
    const outside = await call('revokeSettlement', { settlementId: s.id, expectedVersion: s.version, reason: '身份查明', identityFoundBy: 'TRACING_MATCH', identityFoundReference: report.id, goingHomeArrangement: '家属来接' }, otherCounty);
    expect(outside.__typename).toBe('RecordNotFound');
    expect((await em.fork().findOneOrFail(Settlement, { id: s.id })).status).toBe('SETTLED');

    const revoked = await call('revokeSettlement', {
      settlementId: s.id,
      expectedVersion: s.version,
      reason: '寻亲比对确认身份',
      identityFoundBy: 'TRACING_MATCH',
      identityFoundReference: report.id,
      goingHomeArrangement: '由福利院护送至成都,家属在成都东站接回',
      escortDestinationDivision: '510100',
      escortDestination: '四川省成都市',
    });
    expect(revoked.settlement).toEqual(
      expect.objectContaining({
        status: 'REVOKED',
        identityFoundBy: 'TRACING_MATCH',
        escort: expect.objectContaining({ status: 'REQUESTED', crossProvince: true }),
        person: expect.objectContaining({ id: personId, name: '钱国富', identityStatus: 'CLAIMED' }),
      }),
    );
    const again = await call('revokeSettlement', { settlementId: s.id, expectedVersion: revoked.settlement.version, reason: '再次', identityFoundBy: 'POLICE_CHECK', identityFoundReference: randomUUID(), goingHomeArrangement: '家属来接' });
    expect(again).toEqual(expect.objectContaining({ __typename: 'SettlementStepRefused', currentStatus: 'REVOKED' }));
    // A revoked settlement no longer holds the person: a later proposal would be judged afresh.
    expect((await em.fork().find(Settlement, { person: personId, status: { $in: ['PROPOSED', 'APPROVED', 'SETTLED'] } })).length).toBe(0);
  });

  it('lists settlements within the jurisdiction in as many SQL statements for many as for one', async () => {
    for (let i = 0; i < 3; i++) {
      const { caseId } = await personInCare(100 + i);
      await call('proposeSettlement', { rescueCaseId: caseId, note: '长期滞留' });
    }
    const LIST = `query($first: Int) { settlements(status: PROPOSED, first: $first) { id person { displayName } rescueCase { station { name } stayDays } identityRecheck { id } escort { id } } }`;
    const one = await subgraph.queries.during(() => subgraph.execute(LIST, { first: 1 }, center));
    const many = await subgraph.queries.during(() => subgraph.execute<{ settlements: unknown[] }>(LIST, { first: 10 }, center));
    expect(many.result.data!.settlements.length).toBeGreaterThanOrEqual(3);
    expect(many.statements).toBe(one.statements);
    const foreign = await subgraph.execute<{ settlements: unknown[] }>(LIST, { first: 10 }, otherCounty);
    expect(foreign.data!.settlements).toEqual([]);
  });
});

describe('the demo region', () => {
  it('has settled persons approved on their police re-check, proposals awaiting the center, and long-stay persons still eligible', async () => {
    const settled = await subgraph.execute<{ settlements: Array<{ identityRecheck: { id: string } | null; rescueCase: { exitReason: string } }> }>(
      `{ settlements(status: SETTLED) { identityRecheck { id } rescueCase { exitReason } } }`,
      {},
      center,
    );
    expect(settled.data!.settlements.length).toBeGreaterThanOrEqual(1);
    expect(settled.data!.settlements.every((s) => s.identityRecheck !== null && s.rescueCase.exitReason === 'SETTLED')).toBe(true);
    const proposed = await subgraph.execute<{ settlements: unknown[] }>(`{ settlements(status: PROPOSED, first: 100) { id } }`, {}, center);
    expect(proposed.data!.settlements.length).toBeGreaterThanOrEqual(1);
    const candidates = await subgraph.execute<{ settlementCandidates: unknown[] }>(`{ settlementCandidates(first: 100) { id } }`, {}, center);
    expect(candidates.data!.settlementCandidates.length).toBeGreaterThanOrEqual(2);
  });
});
