/**
 * A foreign-national status check requested by a county and concluded by the police: ILLEGAL (with
 * a police hand-over) or LEGAL_ENTRY (with a notification to the foreign-affairs office).
 */
import { type Caller } from '@lifeline/subgraph-runtime';
import { type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type SubgraphContext } from '../src/context';

type Changed = { __typename: string; statusCheck: { id: string; version: number; policeHandOver: { id: string } | null; foreignAffairsNotification: { id: string } | null } };

/** The check's id and that of the record its outcome made (the hand-over or the notification). */
export async function concludedStatusCheck(
  subgraph: TestSubgraph<SubgraphContext>,
  made: { personId: string; outcome: 'ILLEGAL' | 'LEGAL_ENTRY'; requester: Caller; officer: Caller; stationId: string; passportNumber: string; handOverNumber: string },
): Promise<{ check: string; record: string }> {
  const requested = await subgraph.execute<{ requestForeignNationalStatusCheck: Changed }>(
    `mutation($i: RequestForeignNationalStatusCheckInput!) { requestForeignNationalStatusCheck(input: $i) { __typename ... on ForeignNationalStatusCheckChanged { statusCheck { id version } } } }`,
    { i: { personId: made.personId, requestingStationId: made.stationId, nationality: 'VNM', passportNumber: made.passportNumber } },
    made.requester,
  );
  const check = requested.data!.requestForeignNationalStatusCheck.statusCheck;
  const handOver = made.outcome === 'ILLEGAL' ? { recordNumber: made.handOverNumber, policeUnit: '江临市公安局出入境管理支队' } : undefined;
  const concluded = await subgraph.execute<{ recordForeignNationalStatus: Changed }>(
    `mutation($i: RecordForeignNationalStatusInput!) { recordForeignNationalStatus(input: $i) { __typename ... on ForeignNationalStatusCheckChanged { statusCheck { id version policeHandOver { id } foreignAffairsNotification { id } } } } }`,
    { i: { statusCheckId: check.id, expectedVersion: check.version, outcome: made.outcome, handOver } },
    made.officer,
  );
  const result = concluded.data!.recordForeignNationalStatus;
  expect(result.__typename).toBe('ForeignNationalStatusCheckChanged');
  const record = made.outcome === 'ILLEGAL' ? result.statusCheck.policeHandOver : result.statusCheck.foreignAffairsNotification;
  return { check: check.id, record: record!.id };
}
