/**
 * Foreign-national status checks against a real database: a station asks, the police conclude
 * (legal: the foreign-affairs office is notified and acknowledges; illegal: a police hand-over),
 * every refusal typed with nothing stored, one open check per person under concurrency, passport
 * numbers masked, reads audited and lists flat in SQL statements.
 */
import { randomUUID } from 'node:crypto';
import { buildDemoRegion } from '@lifeline/demo-region';
import { ROLES } from '@lifeline/subgraph-runtime';
import { openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { knownPerson } from './person-projection.fixture';
import { passportMrz, withBadPassportCheckDigit } from './passport-mrz.fixture';

let subgraph: TestSubgraph<SubgraphContext>;
/** A county of its own, so these tests never touch the demo region's figures. */
const TEST_COUNTY = '379996';
const stationStaff = testCaller({ id: 'test.station.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: TEST_COUNTY });
const otherCounty = testCaller({ id: 'other.county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: '379995' });
const center = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: '379900' });
const fao = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], jurisdiction: '379900' });
const caseworker = testCaller({ id: 'wf.caseworker', agency: 'WOMENS_FEDERATION', roles: [ROLES.WF_CASEWORKER], jurisdiction: '379900' });
const stationId = randomUUID();

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

/** What a station reads of its status checks (the notification is the foreign-affairs office's). */
const STATION_FIELDS = `id status version nationality passportNumber mrzVerified requestedBy concludedBy
  events { fromStatus toStatus actor note }
  policeHandOver { recordNumber policeUnit officer handedOverAt }`;
const POLICE_FIELDS = `${STATION_FIELDS} foreignAffairsNotification { id status acknowledged }`;
const resultWith = (fields: string) => `__typename
  ... on ForeignNationalStatusCheckChanged { statusCheck { ${fields} } }
  ... on IdentityCheckInputRejected { field code message }
  ... on ForeignNationalStatusCheckRefused { code currentStatus currentVersion message }`;
type StatusCheck = {
  id: string;
  status: string;
  version: number;
  nationality: string;
  passportNumber: string;
  mrzVerified: boolean;
  requestedBy: string;
  concludedBy: string | null;
  events: Array<{ fromStatus: string | null; toStatus: string; actor: string; note: string | null }>;
  foreignAffairsNotification: { id: string; status: string; acknowledged: boolean } | null;
  policeHandOver: { recordNumber: string; policeUnit: string; officer: string; handedOverAt: string } | null;
};
type Result = { __typename: string; statusCheck: StatusCheck; field?: string; code?: string; currentStatus?: string; message?: string };

const count = async (table: string) => Number((await subgraph.orm.em.fork().getConnection().execute<Array<{ n: string }>>(`select count(*) as n from ${table}`))[0]!.n);
const counts = async () => ({
  checks: await count('foreign_national_status_check'),
  events: await count('foreign_national_status_check_event'),
  notifications: await count('foreign_affairs_notification'),
  handOvers: await count('police_hand_over'),
});

let passportSeq = 0;
const nextPassport = () => `E${String(Date.now() % 1_000_000).padStart(6, '0')}${(passportSeq += 1) % 10}`;

const request = async (fields: Record<string, unknown> = {}, caller = stationStaff) => {
  const passportNumber = (fields.passportNumber as string | undefined) ?? nextPassport();
  const result = await subgraph.execute<{ requestForeignNationalStatusCheck: Result }>(
    `mutation($i: RequestForeignNationalStatusCheckInput!) { requestForeignNationalStatusCheck(input: $i) { ${resultWith(STATION_FIELDS)} } }`,
    { i: { personId: await knownPerson(subgraph), requestingStationId: stationId, nationality: 'VNM', passportNumber, note: '自称越南籍,无人陪同', ...fields } },
    caller,
  );
  return result.data?.requestForeignNationalStatusCheck ?? (result as never);
};
const recordOutcome = async (check: { id: string; version: number }, extra: Record<string, unknown>, caller = police) =>
  subgraph.execute<{ recordForeignNationalStatus: Result }>(
    `mutation($i: RecordForeignNationalStatusInput!) { recordForeignNationalStatus(input: $i) { ${resultWith(caller === police ? POLICE_FIELDS : STATION_FIELDS)} } }`,
    { i: { statusCheckId: check.id, expectedVersion: check.version, ...extra } },
    caller,
  );
const acknowledge = (id: string, caller = fao) =>
  subgraph.execute<{ acknowledgeForeignAffairsNotification: { __typename: string; notification?: { id: string; acknowledged: boolean; acknowledgedBy: string; acknowledgementNote: string | null }; acknowledgedBy?: string; message?: string; code?: string } }>(
    `mutation($id: ID!) { acknowledgeForeignAffairsNotification(id: $id, note: "已联系使馆,拟出具书面委托") {
      __typename
      ... on ForeignAffairsNotificationAcknowledged { notification { id acknowledged acknowledgedBy acknowledgementNote } }
      ... on ForeignAffairsNotificationRefused { acknowledgedBy message }
      ... on IdentityCheckInputRejected { code message }
    } }`,
    { id },
    caller,
  );
const NOTIFICATIONS = `query($a: Boolean) { foreignAffairsNotifications(acknowledged: $a, first: 100) { id status nationality acknowledged statusCheck { id passportNumber } } }`;
type NotificationList = { foreignAffairsNotifications: Array<{ id: string; status: string; nationality: string; acknowledged: boolean; statusCheck: { id: string; passportNumber: string } }> };

describe('a foreign-national status check', () => {
  it('found legal notifies the foreign-affairs office, which lists it as unacknowledged and acknowledges it once', async () => {
    const passportNumber = nextPassport();
    const requested = await request({ passportNumber, mrzLines: passportMrz(passportNumber, 'VNM') });
    expect(requested.__typename).toBe('ForeignNationalStatusCheckChanged');
    expect(requested.statusCheck).toEqual(expect.objectContaining({ status: 'REQUESTED', mrzVerified: true, requestedBy: 'test.station.staff', policeHandOver: null }));

    const concluded = (await recordOutcome(requested.statusCheck, { outcome: 'LEGAL_RESIDENCE', note: '持有效居留许可' })).data!.recordForeignNationalStatus;
    expect(concluded.statusCheck).toEqual(expect.objectContaining({ status: 'LEGAL_RESIDENCE', concludedBy: 'police.officer', policeHandOver: null }));
    expect(concluded.statusCheck.events.map((e) => [e.fromStatus, e.toStatus, e.actor])).toEqual([
      [null, 'REQUESTED', 'test.station.staff'],
      ['REQUESTED', 'LEGAL_RESIDENCE', 'police.officer'],
    ]);
    const notification = concluded.statusCheck.foreignAffairsNotification!;
    expect(notification).toEqual(expect.objectContaining({ status: 'LEGAL_RESIDENCE', acknowledged: false }));

    const open = await subgraph.execute<NotificationList>(NOTIFICATIONS, { a: false }, fao);
    expect(open.errors).toBeUndefined();
    const listed = open.data!.foreignAffairsNotifications.find((n) => n.id === notification.id)!;
    expect(listed).toEqual({ id: notification.id, status: 'LEGAL_RESIDENCE', nationality: 'VNM', acknowledged: false, statusCheck: { id: requested.statusCheck.id, passportNumber } });

    const acknowledged = (await acknowledge(notification.id)).data!.acknowledgeForeignAffairsNotification;
    expect(acknowledged).toEqual({ __typename: 'ForeignAffairsNotificationAcknowledged', notification: { id: notification.id, acknowledged: true, acknowledgedBy: 'fao.officer', acknowledgementNote: '已联系使馆,拟出具书面委托' } });
    const again = (await acknowledge(notification.id)).data!.acknowledgeForeignAffairsNotification;
    expect(again).toEqual(expect.objectContaining({ __typename: 'ForeignAffairsNotificationRefused', acknowledgedBy: 'fao.officer' }));

    const stillOpen = await subgraph.execute<NotificationList>(NOTIFICATIONS, { a: false }, fao);
    expect(stillOpen.data!.foreignAffairsNotifications.map((n) => n.id)).not.toContain(notification.id);
    const done = await subgraph.execute<NotificationList>(NOTIFICATIONS, { a: true }, fao);
    expect(done.data!.foreignAffairsNotifications.map((n) => n.id)).toContain(notification.id);
  });

  it('found illegal records the police hand-over (and needs one), then refuses any further outcome, storing nothing', async () => {
    const requested = await request();
    const before = await counts();
    const withoutHandOver = (await recordOutcome(requested.statusCheck, { outcome: 'ILLEGAL' })).data!.recordForeignNationalStatus;
    expect(withoutHandOver).toEqual(expect.objectContaining({ __typename: 'IdentityCheckInputRejected', field: 'handOver', code: 'REQUIRED' }));
    const legalWithHandOver = (await recordOutcome(requested.statusCheck, { outcome: 'LEGAL_ENTRY', handOver: { recordNumber: 'JL-X-0001', policeUnit: '青石县公安局' } })).data!.recordForeignNationalStatus;
    expect(legalWithHandOver).toEqual(expect.objectContaining({ __typename: 'IdentityCheckInputRejected', code: 'NOT_APPLICABLE' }));
    expect(await counts()).toEqual(before);

    const recordNumber = `JL-${Date.now()}`;
    const illegal = (await recordOutcome(requested.statusCheck, { outcome: 'ILLEGAL', handOver: { recordNumber, policeUnit: '青石县公安局出入境管理大队' }, note: '签证逾期' })).data!.recordForeignNationalStatus;
    expect(illegal.statusCheck).toEqual(expect.objectContaining({ status: 'ILLEGAL', foreignAffairsNotification: null }));
    expect(illegal.statusCheck.policeHandOver).toEqual(expect.objectContaining({ recordNumber, policeUnit: '青石县公安局出入境管理大队', officer: 'police.officer' }));

    const after = await counts();
    expect(after).toEqual({ ...before, events: before.events + 1, handOvers: before.handOvers + 1 });
    const twice = (await recordOutcome(illegal.statusCheck, { outcome: 'LEGAL_ENTRY' })).data!.recordForeignNationalStatus;
    expect(twice).toEqual(expect.objectContaining({ __typename: 'ForeignNationalStatusCheckRefused', code: 'STEP_NOT_ALLOWED', currentStatus: 'ILLEGAL', message: expect.stringContaining('concluded (ILLEGAL)') }));
    const stale = (await recordOutcome(requested.statusCheck, { outcome: 'LEGAL_ENTRY' })).data!.recordForeignNationalStatus;
    expect(stale).toEqual(expect.objectContaining({ __typename: 'ForeignNationalStatusCheckRefused', code: 'VERSION_CONFLICT', currentVersion: illegal.statusCheck.version }));
    expect(await counts()).toEqual(after);

    const reusedNumber = await request();
    const reused = (await recordOutcome(reusedNumber.statusCheck, { outcome: 'ILLEGAL', handOver: { recordNumber, policeUnit: '青石县公安局' } })).data!.recordForeignNationalStatus;
    expect(reused).toEqual(expect.objectContaining({ __typename: 'IdentityCheckInputRejected', field: 'handOver.recordNumber', code: 'DUPLICATE' }));
    const unchanged = await subgraph.execute<{ foreignNationalStatusCheck: { status: string; events: unknown[] } }>(`query($id: ID!) { foreignNationalStatusCheck(id: $id) { status events { toStatus } } }`, { id: reusedNumber.statusCheck.id }, police);
    expect(unchanged.data!.foreignNationalStatusCheck).toEqual({ status: 'REQUESTED', events: [{ toStatus: 'REQUESTED' }] });
  });

  it('refuses an unknown nationality code and a bad MRZ check digit with a typed error, storing nothing', async () => {
    const before = await counts();
    const unknownCode = await request({ nationality: 'XYZ' });
    expect(unknownCode).toEqual(expect.objectContaining({ __typename: 'IdentityCheckInputRejected', field: 'nationality', code: 'COUNTRY_CODE' }));
    const passportNumber = nextPassport();
    const badDigit = await request({ passportNumber, mrzLines: withBadPassportCheckDigit(passportMrz(passportNumber, 'VNM')) });
    expect(badDigit).toEqual(expect.objectContaining({ __typename: 'IdentityCheckInputRejected', field: 'mrzLines', code: 'DOCUMENT_NUMBER_CHECK_DIGIT', message: expect.stringContaining('check digit should be') }));
    expect(await counts()).toEqual(before);
  });

  it('allows one open status check per person, also when five requests arrive at once', async () => {
    const personId = await knownPerson(subgraph);
    const before = await counts();
    const results = await Promise.all(Array.from({ length: 5 }, () => request({ personId })));
    expect(results.filter((r) => r.__typename === 'ForeignNationalStatusCheckChanged')).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'IdentityCheckInputRejected').map((r) => r.code)).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    expect(await counts()).toEqual({ ...before, checks: before.checks + 1, events: before.events + 1 });
    // Once concluded, a new check for the same person may be asked for.
    const open = results.find((r) => r.__typename === 'ForeignNationalStatusCheckChanged')!;
    await recordOutcome(open.statusCheck, { outcome: 'LEGAL_ENTRY' });
    expect((await request({ personId })).__typename).toBe('ForeignNationalStatusCheckChanged');
  });

  it('is not a caseworker’s to request, a station’s to conclude, nor the police’s to acknowledge', async () => {
    const requested = await request();
    const before = await counts();
    const asCaseworker = await request({}, caseworker);
    expect((asCaseworker as unknown as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    const asStation = await recordOutcome(requested.statusCheck, { outcome: 'LEGAL_ENTRY' }, stationStaff);
    expect(asStation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const concluded = (await recordOutcome(requested.statusCheck, { outcome: 'LEGAL_ENTRY' })).data!.recordForeignNationalStatus;
    const afterOutcome = await counts();
    expect(afterOutcome.notifications).toBe(before.notifications + 1);
    const byPolice = await acknowledge(concluded.statusCheck.foreignAffairsNotification!.id, police);
    expect(byPolice.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = (await acknowledge(randomUUID())).data!.acknowledgeForeignAffairsNotification;
    expect(unknown).toEqual(expect.objectContaining({ __typename: 'IdentityCheckInputRejected', code: 'NOT_FOUND' }));
    const stillOpen = await subgraph.execute<NotificationList>(NOTIFICATIONS, { a: false }, fao);
    expect(stillOpen.data!.foreignAffairsNotifications.map((n) => n.id)).toContain(concluded.statusCheck.foreignAffairsNotification!.id);
    const otherCountyCheck = (await recordOutcome(requested.statusCheck, { outcome: 'LEGAL_ENTRY' }, otherCounty));
    expect(otherCountyCheck.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stationReadsNotification = await subgraph.execute(`query($id: ID!) { foreignNationalStatusCheck(id: $id) { id foreignAffairsNotification { id } } }`, { id: requested.statusCheck.id }, stationStaff);
    expect(stationReadsNotification.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forCaseworker = await subgraph.execute(NOTIFICATIONS, { a: false }, caseworker);
    expect(forCaseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(afterOutcome);
  });
});

describe('reading status checks', () => {
  const READ = `query($id: ID!) { foreignNationalStatusCheck(id: $id) { id passportNumber } }`;

  it('masks the passport number for county staff and shows it to the police, the foreign-affairs office and the center, as on an entrustment', async () => {
    const passportNumber = 'E12345678';
    const requested = await request({ passportNumber, personId: await knownPerson(subgraph) });
    const asCounty = await subgraph.execute<{ foreignNationalStatusCheck: { passportNumber: string } }>(READ, { id: requested.statusCheck.id }, stationStaff);
    expect(asCounty.data!.foreignNationalStatusCheck.passportNumber).toBe('E1*****78');
    expect(requested.statusCheck.passportNumber).toBe('E1*****78');
    // One rule per document (the runtime's disclosure table): the center sees the passport it hands aid over against.
    for (const caller of [police, fao, center]) {
      const full = await subgraph.execute<{ foreignNationalStatusCheck: { passportNumber: string } }>(READ, { id: requested.statusCheck.id }, caller);
      expect(full.data!.foreignNationalStatusCheck.passportNumber).toBe(passportNumber);
    }
  });

  it('shows county staff only their county’s status checks', async () => {
    const requested = await request();
    const mine = await subgraph.execute<{ foreignNationalStatusCheck: unknown }>(READ, { id: requested.statusCheck.id }, stationStaff);
    expect(mine.data!.foreignNationalStatusCheck).not.toBeNull();
    const theirs = await subgraph.execute<{ foreignNationalStatusCheck: unknown }>(READ, { id: requested.statusCheck.id }, otherCounty);
    expect(theirs.data!.foreignNationalStatusCheck).toBeNull();
  });

  it('audits every read, naming the full passport number when it was shown', async () => {
    const requested = await request();
    await subgraph.execute(READ, { id: requested.statusCheck.id }, police);
    await subgraph.execute(`{ foreignNationalStatusChecks(status: REQUESTED, first: 100) { id } }`, undefined, center);
    const rows = await subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ actor: string; operation: string; fields: string }>>(`select actor, operation, fields from audit_event where record_type = 'ForeignNationalStatusCheck' and record_id = ? order by seq`, [requested.statusCheck.id]);
    expect(rows.map((r) => [r.actor, r.operation])).toEqual([
      ['test.station.staff', 'CREATE'],
      ['police.officer', 'READ'],
      ['center.staff', 'READ'],
    ]);
    expect(rows[1]!.fields).toContain('passportNumber');
    expect(rows[2]!.fields).not.toContain('passportNumber');
  });

  it('lists 50 status checks with events, notifications and hand-overs in as many statements as 5, also per person', async () => {
    for (let i = 0; i < 50; i += 1) {
      const requested = await request();
      if (i % 3 === 0) await recordOutcome(requested.statusCheck, { outcome: 'LEGAL_ENTRY' });
      if (i % 3 === 1) await recordOutcome(requested.statusCheck, { outcome: 'ILLEGAL', handOver: { recordNumber: `JL-N-${Date.now()}-${i}`, policeUnit: '青石县公安局' } });
    }
    const LIST = `query($n: Int) { foreignNationalStatusChecks(first: $n) { id person { id } events { toStatus } foreignAffairsNotification { id } policeHandOver { recordNumber } } }`;
    const five = await subgraph.queries.during(() => subgraph.execute<{ foreignNationalStatusChecks: Array<{ person: { id: string } }> }>(LIST, { n: 5 }, police));
    const fifty = await subgraph.queries.during(() => subgraph.execute<{ foreignNationalStatusChecks: Array<{ person: { id: string } }> }>(LIST, { n: 50 }, police));
    expect(fifty.result.errors).toBeUndefined();
    expect(fifty.result.data!.foreignNationalStatusChecks).toHaveLength(50);
    expect(fifty.statements).toBe(five.statements);

    const persons = fifty.result.data!.foreignNationalStatusChecks.map((c) => ({ __typename: 'Person', id: c.person.id }));
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { foreignNationalStatusChecks { id events { toStatus } policeHandOver { recordNumber } } } } }`;
    const fewPersons = await subgraph.queries.during(() => subgraph.execute(ENTITIES, { r: persons.slice(0, 5) }, police));
    const manyPersons = await subgraph.queries.during(() => subgraph.execute(ENTITIES, { r: persons }, police));
    expect(manyPersons.result.errors).toBeUndefined();
    expect(manyPersons.statements).toBe(fewPersons.statements);

    const NOTES = `query($n: Int) { foreignAffairsNotifications(first: $n) { id person { id } statusCheck { id passportNumber events { toStatus } } } }`;
    const fewNotes = await subgraph.queries.during(() => subgraph.execute<{ foreignAffairsNotifications: unknown[] }>(NOTES, { n: 3 }, fao));
    const manyNotes = await subgraph.queries.during(() => subgraph.execute<{ foreignAffairsNotifications: unknown[] }>(NOTES, { n: 30 }, fao));
    expect(manyNotes.result.errors).toBeUndefined();
    expect(manyNotes.result.data!.foreignAffairsNotifications.length).toBeGreaterThanOrEqual(15);
    expect(manyNotes.statements).toBe(fewNotes.statements);
  });
});

describe('the demo region', () => {
  it('holds status checks of its foreign nationals: an illegal stay handed over, a legal entry still to acknowledge, one waiting for the police', async () => {
    const region = buildDemoRegion();
    const foreign = new Map(region.persons.filter((p) => p.category === 'FOREIGN_NATIONAL').map((p) => [p.id, p]));
    const result = await subgraph.execute<{ foreignNationalStatusChecks: Array<{ status: string; nationality: string; passportNumber: string; person: { id: string }; policeHandOver: { recordNumber: string } | null; foreignAffairsNotification: { acknowledged: boolean } | null }> }>(
      `{ foreignNationalStatusChecks(first: 100) { status nationality passportNumber person { id } policeHandOver { recordNumber } foreignAffairsNotification { acknowledged } } }`,
      undefined,
      police,
    );
    const demo = result.data!.foreignNationalStatusChecks.filter((c) => foreign.has(c.person.id));
    expect(demo.every((c) => foreign.get(c.person.id)!.passportNumber === c.passportNumber && foreign.get(c.person.id)!.nationality === c.nationality)).toBe(true);
    const illegal = demo.find((c) => c.status === 'ILLEGAL')!;
    expect(illegal.policeHandOver?.recordNumber).toMatch(/^JLGA-YJ-/);
    expect(region.rescueCases.find((c) => c.personId === illegal.person.id)!.exitReason).toBe('HANDED_OVER');
    expect(demo.filter((c) => c.status === 'LEGAL_ENTRY').map((c) => c.foreignAffairsNotification?.acknowledged).sort()).toEqual([false, true]);
    expect(demo.filter((c) => c.status === 'REQUESTED')).toHaveLength(1);
  });
});
