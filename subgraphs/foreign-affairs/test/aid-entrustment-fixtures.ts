/**
 * Shared pieces of the entrustment integration tests: the callers of each job, a valid passport
 * MRZ built with real ICAO 9303 check digits, and the GraphQL operations.
 */
import { randomUUID } from 'node:crypto';
import { mrzCheckDigit } from '@lifeline/identity-documents';
import { buildDemoRegion, demoPersonFacts } from '@lifeline/demo-region';
import { ROLES, type Caller } from '@lifeline/subgraph-runtime';
import { testCaller } from '@lifeline/subgraph-runtime/testing';

export const region = buildDemoRegion();
const city = region.city.code;
const centerId = region.stations.find((s) => s.kind === 'REGIONAL_CENTER')!.id;
const countyStation = region.stations.find((s) => s.kind !== 'REGIONAL_CENTER')!;

export const officer = testCaller({ id: 'fao.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], orgUnit: `${city}-foreign-affairs-office`, jurisdiction: city });
export const otherOffice = testCaller({ id: 'other.officer', agency: 'FOREIGN_AFFAIRS', roles: [ROLES.FAO_OFFICER], orgUnit: `999900-foreign-affairs-office`, jurisdiction: '999900' });
export const centerStaff = testCaller({ id: 'center.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.CENTER_STAFF], orgUnit: centerId, jurisdiction: city });
export const stationStaff = testCaller({ id: 'county.staff', agency: 'CIVIL_AFFAIRS', roles: [ROLES.STATION_STAFF], orgUnit: countyStation.id, jurisdiction: countyStation.jurisdiction.slice(0, 6) });
/**
 * A demo person (not protected) whose case is at a station of `stationStaff`'s county, as civil
 * affairs published her: entrustments issued for her are visible to county staff once accepted.
 */
export const personInStationCounty = demoPersonFacts(region).find((f) => f.county === stationStaff.jurisdiction && !f.protectedFor)!.personId;
export const police = testCaller({ id: 'police.officer', agency: 'PUBLIC_SECURITY', roles: [ROLES.POLICE_OFFICER], jurisdiction: city });

const pad = (value: string, length: number) => value.padEnd(length, '<');

/** A TD3 MRZ whose check digits are all correct (or with `breakDocumentDigit`, one wrong). */
export function mrz(passportNumber: string, nationality: string, options: { breakDocumentDigit?: boolean } = {}): { mrzLine1: string; mrzLine2: string } {
  const line1 = pad(`P<${nationality}DOE<<JANE`, 44);
  const doc = pad(passportNumber, 9);
  let docDigit = mrzCheckDigit(doc)!;
  if (options.breakDocumentDigit) docDigit = String((Number(docDigit) + 1) % 10);
  const birth = '900315';
  const expiry = '340101';
  const personal = pad('', 14);
  const body = `${doc}${docDigit}${nationality}${birth}${mrzCheckDigit(birth)}F${expiry}${mrzCheckDigit(expiry)}${personal}${mrzCheckDigit(personal)}`;
  const composite = mrzCheckDigit(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43))!;
  return { mrzLine1: line1, mrzLine2: body + composite };
}

/** A fresh, valid entrustment to issue (a new document number each time). */
export function issueInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now();
  return {
    documentNumber: `外办委〔2026〕T-${randomUUID().slice(0, 8)}号`,
    issuingOffice: 'FOREIGN_AFFAIRS_OFFICE',
    personId: personInStationCounty,
    beneficiaryName: 'Jane Doe',
    nationality: 'USA',
    passportNumber: 'X1234567',
    ...mrz('X1234567', 'USA'),
    entryStatus: 'LEGAL_STAY',
    statusCheckId: '7d3b0c8e-1f2a-4c5b-9d6e-0a1b2c3d4e5f',
    items: [
      { kind: 'FOOD', capFen: 50_000 },
      { kind: 'LODGING', capFen: 100_000 },
    ],
    totalCapFen: 120_000,
    validFrom: new Date(now - 3_600_000).toISOString(),
    validUntil: new Date(now + 10 * 86_400_000).toISOString(),
    ...overrides,
  };
}

export const ENTRUSTMENT_FIELDS = /* GraphQL */ `
  id documentNumber status version totalCapFen validFrom validUntil passportNumber beneficiaryName mrzVerified entryStatus statusReason acceptedAt
  statusCheck { id }
  items { kind capFen }
  versions { number totalCapFen validUntil reason createdBy items { kind capFen } }
  deliveries { id kind quantity amountFen deliveredOn receiptNumber deliveredBy station { id } }
  remaining { totalCapFen deliveredFen remainingFen items { kind capFen deliveredFen remainingFen } }
  events { action fromStatus toStatus actor reason }
`;

const RESULT = /* GraphQL */ `
  __typename
  ... on AidEntrustmentChanged { aidEntrustment { ${ENTRUSTMENT_FIELDS} } }
  ... on AidInputRejected { field code message }
  ... on AidEntrustmentRefused { currentStatus code message }
  ... on AidEntrustmentVersionConflict { currentVersion message }
  ... on AidRecordNotFound { message }
`;

export const ISSUE = `mutation($input: IssueAidEntrustmentInput!) { issueAidEntrustment(input: $input) { ${RESULT} } }`;
export const AMEND = `mutation($input: AmendAidEntrustmentInput!) { amendAidEntrustment(input: $input) { ${RESULT} } }`;
export const ACCEPT = `mutation($id: ID!) { acceptAidEntrustment(entrustmentId: $id) { ${RESULT} } }`;
export const REVOKE = `mutation($id: ID!, $reason: String!) { revokeAidEntrustment(entrustmentId: $id, reason: $reason) { ${RESULT} } }`;
export const CLOSE = `mutation($id: ID!, $reason: String!) { closeAidEntrustment(entrustmentId: $id, reason: $reason) { ${RESULT} } }`;
export const DELIVER = /* GraphQL */ `
  mutation($input: RecordAidDeliveryInput!) {
    recordAidDelivery(input: $input) {
      __typename
      ... on AidDeliveryRecorded { delivery { id kind amountFen receiptNumber deliveredBy station { id } } aidEntrustment { id status remaining { deliveredFen remainingFen } } }
      ... on AidInputRejected { field code message }
      ... on AidEntrustmentRefused { currentStatus code message }
      ... on AidCapExceeded { kind capFen deliveredFen remainingFen message }
      ... on AidRecordNotFound { message }
    }
  }
`;
export const ONE = `query($id: ID!) { aidEntrustment(id: $id) { ${ENTRUSTMENT_FIELDS} } }`;

/** Today in China, as the delivery date. */
export const today = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** One change run as a caller, answering its typed result (each suite's `run`). */
type RunChange<T> = (query: string, variables: Record<string, unknown>, caller: Caller) => Promise<T>;

/**
 * The entrustments most tests start from, made through the suite's `run`: issued by the office
 * (`issued`), or issued and accepted by the center (`accepted`); each checked to have succeeded.
 */
export function entrustmentSteps<T extends { __typename: string; aidEntrustment?: { id: string } }>(run: RunChange<T>) {
  const issued = async (overrides: Record<string, unknown> = {}): Promise<NonNullable<T['aidEntrustment']>> => {
    const result = await run(ISSUE, { input: issueInput(overrides) }, officer);
    expect(result.__typename).toBe('AidEntrustmentChanged');
    return result.aidEntrustment!;
  };
  const accepted = async (overrides: Record<string, unknown> = {}): Promise<NonNullable<T['aidEntrustment']>> => {
    const entrustment = await issued(overrides);
    const result = await run(ACCEPT, { id: entrustment.id }, centerStaff);
    expect(result.__typename).toBe('AidEntrustmentChanged');
    return result.aidEntrustment!;
  };
  return { issued, accepted };
}
