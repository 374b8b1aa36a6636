/**
 * Two facts that cross agencies over the exchange, through the real gateway and processes:
 * - a family-tracing match the center confirms shows in the police's identity-check queue
 *   (civil affairs' `tracing.match-confirmed` → public security);
 * - a foreign national's legal status the police find reaches the foreign-affairs office's own
 *   entrustment, whose pending entry status it confirms (public security's
 *   `foreign-national.status-found` → foreign affairs), while the notification stays the police's.
 */
import { randomUUID } from 'node:crypto';
import { eventually } from './support/eventually';
import { personsBeingSettled } from './support/settling';
import { gatewayCaller } from './support/graph';

describe('facts that cross agencies over the exchange, through the gateway', () => {
  const as = gatewayCaller().dataAs;

  it("shows a tracing match the center confirms on the person's open identity check in the police queue", async () => {
    const center = as('center.staff');
    // An unidentified person in care with a candidate report.
    const work = await center<{ tracingWorkList: Array<{ person: { id: string; identityStatus: string }; rescueCase: { station: { id: string } } }> }>(
      `{ tracingWorkList { person { id identityStatus } rescueCase { station { id } } } }`,
    );
    let chosen: { personId: string; stationId: string; reportId: string; name: string } | null = null;
    // Not one the settlement suite may be settling meanwhile (support/settling.ts).
    const settling = await personsBeingSettled();
    // And one in care outside the county station's county: the end of the test shows that station
    // learns nothing of her check (a person of its own county it would see, seen when the suites
    // before had taken the others).
    const county = as('county.staff');
    for (const item of work.tracingWorkList.filter((i) => i.person.identityStatus === 'UNIDENTIFIED' && !settling.has(i.person.id))) {
      if ((await county<{ person: unknown }>(`query($id: ID!) { person(id: $id) { id } }`, { id: item.person.id })).person) continue;
      const { tracingCandidates } = await center<{ tracingCandidates: Array<{ report: { id: string; name: string } }> }>(
        `query($id: ID!) { tracingCandidates(personId: $id, first: 1) { report { id name } } }`,
        { id: item.person.id },
      );
      if (tracingCandidates[0]) {
        chosen = { personId: item.person.id, stationId: item.rescueCase.station.id, reportId: tracingCandidates[0].report.id, name: tracingCandidates[0].report.name };
        break;
      }
    }
    expect(chosen).not.toBeNull();
    const { personId, stationId, reportId, name } = chosen!;

    // Her open identity check (the station asks for one, unless one is open already).
    const requested = await center<{ requestIdentityCheck: { __typename: string; identityCheck?: { id: string } } }>(
      `mutation($i: RequestIdentityCheckInput!) { requestIdentityCheck(input: $i) { __typename ... on IdentityCheckChanged { identityCheck { id } } } }`,
      { i: { personId, requestingStationId: stationId, reason: 'UNIDENTIFIED_PERSON', note: '寻亲比对中' } },
    );
    const police = as('police.officer');
    const checks = await police<{ person: { identityChecks: Array<{ id: string; status: string; tracingConfirmedIdentity: unknown }> } }>(
      `query($id: ID!) { person(id: $id) { identityChecks { id status tracingConfirmedIdentity { name } } } }`,
      { id: personId },
    );
    const open = checks.person.identityChecks.find((c) => c.id === requested.requestIdentityCheck.identityCheck?.id) ?? checks.person.identityChecks.find((c) => !['MATCHED', 'NO_MATCH', 'INCONCLUSIVE'].includes(c.status));
    expect(open).toBeDefined();
    expect(open!.tracingConfirmedIdentity).toBeNull();

    const confirmed = await center<{ confirmTracingMatch: { __typename: string } }>(
      `mutation($p: ID!, $r: ID!) { confirmTracingMatch(personId: $p, missingPersonReportId: $r) { __typename } }`,
      { p: personId, r: reportId },
    );
    expect(confirmed.confirmTracingMatch.__typename).toBe('RescueCaseChanged');
    const shown = await eventually('the police queue to show the confirmed identity', async () => {
      const read = await police<{ identityCheck: { status: string; tracingConfirmedIdentity: { name: string; confirmedAt: string } | null } }>(
        `query($id: ID!) { identityCheck(id: $id) { status tracingConfirmedIdentity { name confirmedAt } } }`,
        { id: open!.id },
      );
      return read.identityCheck.tracingConfirmedIdentity;
    });
    expect(shown.name).toBe(name);
    // A station of another county, which may not see the check, learns nothing of it.
    const countyRead = await county<{ identityCheck: unknown }>(`query($id: ID!) { identityCheck(id: $id) { id tracingConfirmedIdentity { name } } }`, { id: open!.id });
    expect(countyRead.identityCheck).toBeNull();
  }, 120_000);

  it("confirms a pending entrustment's entry status when the police find the stay legal, and shows the finding", async () => {
    const center = as('center.staff');
    const centerStation = (await center<{ stations: Array<{ id: string; kind: string }> }>(`{ stations(level: CITY) { id kind } }`)).stations.find((s) => s.kind === 'REGIONAL_CENTER');
    expect(centerStation).toBeDefined();
    const received = await center<{ receivePerson: { __typename: string; rescueCase?: { person: { id: string } } } }>(
      `mutation($i: ReceivePersonInput!) { receivePerson(input: $i) { __typename ... on RescueCaseChanged { rescueCase { person { id } } } } }`,
      { i: { stationId: centerStation!.id, source: 'WALK_IN', person: { sex: 'FEMALE', estimatedAgeMin: 25, estimatedAgeMax: 35, features: '自称越南籍' } } },
    );
    expect(received.receivePerson.__typename).toBe('RescueCaseChanged');
    const personId = received.receivePerson.rescueCase!.person.id;

    // The office issues as pending once foreign affairs knows her.
    const fao = as('fao.officer');
    const now = Date.now();
    const issued = await eventually('foreign affairs to know the person', async () => {
      const res = await fao<{ issueAidEntrustment: { __typename: string; aidEntrustment?: { id: string; entryStatus: string } } }>(
        `mutation($i: IssueAidEntrustmentInput!) { issueAidEntrustment(input: $i) { __typename ... on AidEntrustmentChanged { aidEntrustment { id entryStatus } } } }`,
        {
          i: {
            documentNumber: `外办委〔2026〕S-${randomUUID().slice(0, 8)}号`,
            issuingOffice: 'FOREIGN_AFFAIRS_OFFICE',
            personId,
            beneficiaryName: 'Nguyen Thi Lan',
            nationality: 'VNM',
            passportNumber: 'C7654321',
            entryStatus: 'PENDING_CONFIRMATION',
            items: [{ kind: 'FOOD', capFen: 30_000 }],
            totalCapFen: 30_000,
            validFrom: new Date(now - 3_600_000).toISOString(),
            validUntil: new Date(now + 10 * 86_400_000).toISOString(),
          },
        },
      );
      return res.issueAidEntrustment.__typename === 'AidEntrustmentChanged' ? res.issueAidEntrustment.aidEntrustment! : null;
    });
    expect(issued.entryStatus).toBe('PENDING_CONFIRMATION');

    // The station asks the police once public security knows her; the police find a legal residence.
    const statusCheck = await eventually('public security to know the person', async () => {
      const res = await center<{ requestForeignNationalStatusCheck: { __typename: string; statusCheck?: { id: string; version: number } } }>(
        `mutation($i: RequestForeignNationalStatusCheckInput!) { requestForeignNationalStatusCheck(input: $i) { __typename ... on ForeignNationalStatusCheckChanged { statusCheck { id version } } } }`,
        { i: { personId, requestingStationId: centerStation!.id, nationality: 'VNM', passportNumber: 'C7654321' } },
      );
      return res.requestForeignNationalStatusCheck.statusCheck ?? null;
    });
    const concluded = await as('police.officer')<{ recordForeignNationalStatus: { __typename: string } }>(
      `mutation($i: RecordForeignNationalStatusInput!) { recordForeignNationalStatus(input: $i) { __typename } }`,
      { i: { statusCheckId: statusCheck.id, expectedVersion: statusCheck.version, outcome: 'LEGAL_RESIDENCE', note: '持有效居留许可' } },
    );
    expect(concluded.recordForeignNationalStatus.__typename).toBe('ForeignNationalStatusCheckChanged');

    type Read = { aidEntrustment: { entryStatus: string; statusCheck: { id: string } | null; policeLegalStatus: { status: string; statusCheck: { id: string } } | null; events: Array<{ action: string }> } };
    const read = await eventually('the entrustment to be confirmed', async () => {
      const res = await fao<Read>(`query($id: ID!) { aidEntrustment(id: $id) { entryStatus statusCheck { id } policeLegalStatus { status statusCheck { id } } events { action } } }`, { id: issued.id });
      return res.aidEntrustment.entryStatus === 'LEGAL_STAY' ? res.aidEntrustment : null;
    });
    expect(read).toEqual({ entryStatus: 'LEGAL_STAY', statusCheck: { id: statusCheck.id }, policeLegalStatus: { status: 'LEGAL_RESIDENCE', statusCheck: { id: statusCheck.id } }, events: [{ action: 'ISSUED' }, { action: 'STATUS_CONFIRMED' }] });
    // The notification to acknowledge is still the police's one, not a second one.
    const notifications = await fao<{ foreignAffairsNotifications: Array<{ statusCheck: { id: string } }> }>(`{ foreignAffairsNotifications(acknowledged: false) { statusCheck { id } } }`);
    expect(notifications.foreignAffairsNotifications.filter((n) => n.statusCheck.id === statusCheck.id)).toHaveLength(1);
  }, 120_000);
});
