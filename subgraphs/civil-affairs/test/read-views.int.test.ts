/**
 * Read views: what the persons page, the dispatch board, the escort, settlement, emergency, stay and
 * shelter-placement lists and the loaders behind them answer with. Every row of these entities in
 * the test region reads the same as a view as it does as the managed entity built from its row (a
 * many-to-one as the id it names), and reading views manages nothing.
 */
import { randomUUID } from 'node:crypto';
import { ROLES } from '@lifeline/subgraph-runtime';
import { expectReadViewsAsEntities, openTestSubgraph, testCaller, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';
import { CareService } from '../src/entities/care-service.entity';
import { CareZone } from '../src/entities/care-zone.entity';
import { EscortLeg } from '../src/entities/escort-leg.entity';
import { RescueCaseEvent } from '../src/entities/rescue-case-event.entity';
import { Shelter } from '../src/entities/shelter.entity';
import { EmergencyEvent } from '../src/entities/emergency-event.entity';
import { EmergencyHelp } from '../src/entities/emergency-help.entity';
import { EmergencyPoint } from '../src/entities/emergency-point.entity';
import { Escort } from '../src/entities/escort.entity';
import { MissingPersonReport } from '../src/entities/missing-person-report.entity';
import { Person } from '../src/entities/person.entity';
import { RescueCase } from '../src/entities/rescue-case.entity';
import { Settlement } from '../src/entities/settlement.entity';
import { ShelterReferralProjection } from '../src/entities/shelter-referral-projection.entity';
import { ShelterPlacement } from '../src/entities/shelter-placement.entity';
import { Station } from '../src/entities/station.entity';
import { StreetReport } from '../src/entities/street-report.entity';
import { definition } from '../src/server';
import { createCountyStation } from './support/county-station';
import { personInCare } from './support/person-in-care';

let subgraph: TestSubgraph<SubgraphContext>;
const referralId = randomUUID();

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
  // The demo region holds no escort and no care service: a county of this suite's own arranges an
  // escort and records a service.
  const staff = testCaller({ id: 'read.views.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], jurisdiction: '379968' });
  const stationId = await createCountyStation(subgraph.orm.em.fork(), { jurisdiction: '379968', name: '视图测试县' });
  const { caseId } = await personInCare(subgraph, stationId, staff);
  const escortStep = async (name: string, type: string, input: Record<string, unknown>, caller = staff) => {
    const result = await subgraph.execute<Record<string, { __typename: string; escort?: { id: string; version: number } }>>(
      `mutation($i: ${type}!) { ${name}(input: $i) { __typename ... on EscortChanged { escort { id version } } } }`,
      { i: input },
      caller,
    );
    expect(result.data?.[name]?.__typename).toBe('EscortChanged');
    return result.data![name]!.escort!;
  };
  // Cross-province: the center approves before the station arranges the legs.
  let escort = await escortStep('requestEscort', 'RequestEscortInput', { rescueCaseId: caseId, destinationDivision: '110101', destination: '北京市东城区' });
  const center = testCaller({ id: 'read.views.center', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], jurisdiction: '379900' });
  escort = await escortStep('decideEscort', 'DecideEscortInput', { escortId: escort.id, expectedVersion: escort.version, approve: true }, center);
  const leg = { fromPlace: '视图测试县救助站', toPlace: '北京西站', mode: 'TRAIN', tickets: 'G88 3车7A', escortStaff: '王强', departAt: '2026-12-01T01:00:00Z', costFen: 45_650 };
  await escortStep('scheduleEscort', 'ScheduleEscortInput', { escortId: escort.id, expectedVersion: escort.version, legs: [leg] });
  const service = await subgraph.execute<{ recordCareService: { __typename: string } }>(
    `mutation($i: RecordCareServiceInput!) { recordCareService(input: $i) { __typename } }`,
    { i: { rescueCaseId: caseId, kind: 'MEDICAL', note: '测血压' } },
    staff,
  );
  expect(service.data?.recordCareService.__typename).toBe('RescueCaseChanged');
  // Nor a referral as the women's federation sent it: one, withdrawn (on no shelter's desk), removed after.
  const em = subgraph.orm.em.fork();
  em.create(ShelterReferralProjection, {
    id: referralId, referringCaseworker: 'read.views.caseworker', referringOrganisation: '视图测试妇联', victimType: 'DOMESTIC_VIOLENCE', riskLevel: 'LOW',
    accompanyingChildren: 1, needs: ['SHELTER'], submittedAt: new Date(Date.now() - 60_000), fileStatus: 'WITHDRAWN', fileEndedAt: new Date(), updatedAt: new Date(),
  });
  await em.flush();
});
afterAll(async () => {
  await subgraph.orm.em.fork().nativeDelete(ShelterReferralProjection, { id: referralId });
  await subgraph.close();
});

it('reads every person as a view as the entity holds her, dates, ages, flags and texts alike', async () => {
  await expectReadViewsAsEntities(subgraph.orm, Person, 21, ['scalar:DateType', 'scalar:smallint', 'scalar:timestamptz', 'scalar:boolean', 'scalar:text', 'scalar:integer']);
});

it('reads every rescue case as a view as the entity holds it, its person and station by id', async () => {
  await expectReadViewsAsEntities(subgraph.orm, RescueCase, 21, ['m:1:Person', 'm:1:Station', 'scalar:timestamptz', 'scalar:text']);
});

it('reads every street report as a view as the entity holds it, the station sent by id', async () => {
  await expectReadViewsAsEntities(subgraph.orm, StreetReport, 6, ['m:1:Station', 'scalar:timestamptz', 'scalar:text']);
});

// Each: the entity, how many rows the test region holds at least, and the kinds of values that must have been compared with a value (not only nulls).
it.each([
  ['escort', Escort, 1, ['m:1:RescueCase', 'scalar:timestamptz', 'scalar:boolean', 'scalar:text']],
  ['settlement', Settlement, 1, ['m:1:Person', 'm:1:RescueCase', 'scalar:timestamptz', 'scalar:text']],
  ['emergency event', EmergencyEvent, 1, ['scalar:timestamptz', 'scalar:text']],
  ['emergency point', EmergencyPoint, 1, ['m:1:EmergencyEvent', 'm:1:Station', 'scalar:timestamptz', 'scalar:text']],
  ['emergency help entry', EmergencyHelp, 1, ['m:1:EmergencyPoint', 'scalar:timestamptz']],
  ['missing-person report', MissingPersonReport, 1, ['scalar:timestamptz', 'scalar:text']],
  ['station', Station, 2, ['m:1:Station', 'scalar:DoubleType', 'scalar:boolean', 'scalar:timestamptz', 'scalar:text']],
  ['rescue-case event', RescueCaseEvent, 1, ['m:1:RescueCase', 'scalar:timestamptz', 'scalar:text']],
  ['care service', CareService, 1, ['m:1:RescueCase', 'scalar:timestamptz', 'scalar:text']],
  ['escort leg', EscortLeg, 1, ['m:1:Escort', 'scalar:timestamptz', 'scalar:BigIntType', 'scalar:text']],
  ['care zone', CareZone, 1, ['m:1:Station', 'scalar:smallint', 'scalar:text']],
  ['shelter', Shelter, 1, ['m:1:Station', 'scalar:smallint', 'scalar:text']],
  ['shelter referral as civil affairs holds it', ShelterReferralProjection, 1, ['scalar:smallint', 'scalar:text[]', 'scalar:timestamptz', 'scalar:text']],
  ['shelter placement', ShelterPlacement, 1, ['m:1:Shelter', 'scalar:timestamptz', 'scalar:text']],
] as const)('reads every %s as a view as the entity holds it', async (_name, entity, rows, filled) => {
  await expectReadViewsAsEntities(subgraph.orm, entity as never, rows, filled);
});
