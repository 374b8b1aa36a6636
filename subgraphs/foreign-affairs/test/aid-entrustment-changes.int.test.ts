import { openTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@lifeline/subgraph-runtime/testing';
import { type Caller } from '@lifeline/subgraph-runtime';
import { type SubgraphContext } from '../src/context';
import { definition } from '../src/server';
import { ACCEPT, AMEND, centerStaff, CLOSE, entrustmentSteps, ISSUE, issueInput, mrz, officer, ONE, otherOffice, police, REVOKE, stationStaff, today, DELIVER } from './aid-entrustment-fixtures';

let subgraph: TestSubgraph<SubgraphContext>;

beforeAll(async () => {
  subgraph = await openTestSubgraph(definition, testDatabaseUrl());
});
afterAll(() => subgraph.close());

type Row = Record<string, unknown>;
type Changed = { __typename: string; aidEntrustment?: Row & { id: string; version: number; status: string }; field?: string; code?: string; currentStatus?: string; currentVersion?: number; message?: string };

async function run(query: string, variables: Record<string, unknown>, caller: Caller): Promise<Changed> {
  const result = await subgraph.execute<Record<string, Changed>>(query, variables, caller);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

/** Row counts of every foreign-affairs table (what "nothing stored" is checked against). */
async function counts(): Promise<Record<string, number>> {
  const connection = subgraph.orm.em.fork().getConnection();
  const tables = ['aid_entrustment', 'aid_entrustment_version', 'entrusted_aid_item', 'aid_entrustment_event', 'aid_delivery'];
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = Number((await connection.execute<Array<{ n: string }>>(`select count(*) as n from ${table}`))[0]!.n);
  return out;
}

async function stored(id: string): Promise<Row> {
  const [row] = await subgraph.orm.em.fork().getConnection().execute<Row[]>('select status, terms_version, total_cap_fen, valid_until, version from aid_entrustment where id = ?', [id]);
  return row!;
}

const { issued, accepted } = entrustmentSteps(run);

describe('issuing an entrustment', () => {
  it('stores it as ISSUED with its terms as version 1, the MRZ verified, an event and an audit line', async () => {
    const entrustment = await issued();
    expect(entrustment).toMatchObject({ status: 'ISSUED', version: 1, mrzVerified: true, entryStatus: 'LEGAL_STAY', passportNumber: 'X1234567', statusCheck: { id: '7d3b0c8e-1f2a-4c5b-9d6e-0a1b2c3d4e5f' } });
    expect(entrustment.versions).toEqual([{ number: 1, totalCapFen: 120_000, validUntil: entrustment.validUntil, reason: null, createdBy: 'fao.officer', items: [{ kind: 'FOOD', capFen: 50_000 }, { kind: 'LODGING', capFen: 100_000 }] }]);
    expect(entrustment.events).toEqual([{ action: 'ISSUED', fromStatus: null, toStatus: 'ISSUED', actor: 'fao.officer', reason: null }]);
    const audit = await subgraph.orm.em.fork().getConnection().execute<Row[]>(`select operation from audit_event where record_id = ? and operation = 'CREATE'`, [entrustment.id]);
    expect(audit).toHaveLength(1);
  });

  const refusals: Array<[string, Record<string, unknown>, string, string]> = [
    ['invalid passport check digits', mrz('X1234567', 'USA', { breakDocumentDigit: true }), 'mrzLine2', 'DOCUMENT_NUMBER_CHECK_DIGIT'],
    ['an MRZ that names another passport', mrz('Y7654321', 'USA'), 'passportNumber', 'MRZ_MISMATCH'],
    ['an unknown nationality code', { nationality: 'ABC', ...mrz('X1234567', 'ABC') }, 'nationality', 'NATIONALITY'],
    ['a validity window that ends before it starts', { validFrom: new Date(Date.now() + 5 * 86_400_000).toISOString(), validUntil: new Date(Date.now() + 86_400_000).toISOString() }, 'validUntil', 'WINDOW'],
    ['a zero item cap', { items: [{ kind: 'FOOD', capFen: 0 }], totalCapFen: 100 }, 'items.0.capFen', 'AMOUNT'],
    ['a total cap above the item caps', { totalCapFen: 200_000 }, 'totalCapFen', 'TOTAL_ABOVE_ITEMS'],
    ['the same kind twice', { items: [{ kind: 'FOOD', capFen: 100 }, { kind: 'FOOD', capFen: 100 }], totalCapFen: 200 }, 'items.1.kind', 'DUPLICATE'],
  ];
  it.each(refusals)('refuses %s with a typed result and stores nothing', async (_name, overrides, field, code) => {
    const before = await counts();
    const result = await run(ISSUE, { input: issueInput(overrides) }, officer);
    expect(result).toMatchObject({ __typename: 'AidInputRejected', field, code });
    expect(await counts()).toEqual(before);
  });

  it('refuses a document number the office already used, also when two officers issue it at once', async () => {
    const first = issueInput();
    await run(ISSUE, { input: first }, officer);
    const before = await counts();
    const again = await run(ISSUE, { input: { ...issueInput(), documentNumber: first.documentNumber } }, officer);
    expect(again).toMatchObject({ __typename: 'AidInputRejected', field: 'documentNumber', code: 'DUPLICATE' });
    expect(await counts()).toEqual(before);

    const racing = issueInput();
    const results = await Promise.all([1, 2, 3].map(() => run(ISSUE, { input: racing }, officer)));
    expect(results.filter((r) => r.__typename === 'AidEntrustmentChanged')).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'AidInputRejected' && r.code === 'DUPLICATE')).toHaveLength(2);
  });

  it('lets only foreign-affairs officers issue, and only for offices their own acts as', async () => {
    const before = await counts();
    for (const caller of [centerStaff, police]) {
      const result = await subgraph.execute(ISSUE, { input: issueInput() }, caller);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const hkOffice = { ...officer, orgUnit: '379900-hk-macao-taiwan-affairs-office' };
    expect(await run(ISSUE, { input: issueInput() }, hkOffice)).toMatchObject({ __typename: 'AidInputRejected', code: 'NOT_YOUR_OFFICE' });
    expect(await counts()).toEqual(before);
  });
});

describe('amending an entrustment', () => {
  it('adds a new version and keeps the earlier one readable', async () => {
    const entrustment = await accepted();
    const result = await run(AMEND, { input: { entrustmentId: entrustment.id, expectedVersion: 1, items: [{ kind: 'FOOD', capFen: 60_000 }, { kind: 'LODGING', capFen: 100_000 }, { kind: 'DOMESTIC_TICKET', capFen: 80_000 }], totalCapFen: 200_000, validFrom: entrustment.validFrom, validUntil: entrustment.validUntil, reason: 'A train home is needed' } }, officer);
    expect(result.__typename).toBe('AidEntrustmentChanged');
    const amended = result.aidEntrustment!;
    expect(amended).toMatchObject({ version: 2, totalCapFen: 200_000, status: 'ACCEPTED' });
    expect((amended.items as Row[]).map((i) => i.kind)).toEqual(['DOMESTIC_TICKET', 'FOOD', 'LODGING']);
    const versions = amended.versions as Array<Row & { items: Row[] }>;
    expect(versions.map((v) => [v.number, v.totalCapFen, v.reason])).toEqual([[1, 120_000, null], [2, 200_000, 'A train home is needed']]);
    expect(versions[0]!.items).toEqual([{ kind: 'FOOD', capFen: 50_000 }, { kind: 'LODGING', capFen: 100_000 }]);
    expect((amended.events as Row[]).map((e) => e.action)).toEqual(['ISSUED', 'ACCEPTED', 'AMENDED']);
  });

  it('answers a stale expectedVersion with VersionConflict and changes nothing', async () => {
    const entrustment = await issued();
    const terms = { items: [{ kind: 'FOOD', capFen: 50_000 }], totalCapFen: 50_000, validFrom: entrustment.validFrom, validUntil: entrustment.validUntil };
    expect((await run(AMEND, { input: { entrustmentId: entrustment.id, expectedVersion: 1, ...terms, reason: 'first' } }, officer)).__typename).toBe('AidEntrustmentChanged');
    const before = { counts: await counts(), row: await stored(entrustment.id) };
    const stale = await run(AMEND, { input: { entrustmentId: entrustment.id, expectedVersion: 1, ...terms, totalCapFen: 40_000, reason: 'second, from an old screen' } }, officer);
    expect(stale).toMatchObject({ __typename: 'AidEntrustmentVersionConflict', currentVersion: 2 });
    expect(await counts()).toEqual(before.counts);
    expect(await stored(entrustment.id)).toEqual(before.row);
  });

  it('refuses a cap below what was already delivered', async () => {
    const entrustment = await accepted();
    await run(DELIVER, { input: { entrustmentId: entrustment.id, kind: 'FOOD', quantity: 3, amountFen: 30_000, deliveredOn: today(), receiptNumber: 'R-AMEND-1' } }, centerStaff);
    const before = { counts: await counts(), row: await stored(entrustment.id) };
    const result = await run(AMEND, { input: { entrustmentId: entrustment.id, expectedVersion: 1, items: [{ kind: 'FOOD', capFen: 20_000 }, { kind: 'LODGING', capFen: 100_000 }], totalCapFen: 120_000, validFrom: entrustment.validFrom, validUntil: entrustment.validUntil, reason: 'less food' } }, officer);
    expect(result).toMatchObject({ __typename: 'AidEntrustmentRefused', code: 'BELOW_DELIVERED', currentStatus: 'IN_PROGRESS' });
    expect(await counts()).toEqual(before.counts);
    expect(await stored(entrustment.id)).toEqual(before.row);
  });

  it('is for the issuing office only: another office finds nothing', async () => {
    const entrustment = await issued();
    const before = await stored(entrustment.id);
    const result = await run(AMEND, { input: { entrustmentId: entrustment.id, expectedVersion: 1, items: [{ kind: 'FOOD', capFen: 1 }], totalCapFen: 1, validFrom: entrustment.validFrom, validUntil: entrustment.validUntil, reason: 'not mine' } }, otherOffice);
    expect(result.__typename).toBe('AidRecordNotFound');
    expect(await stored(entrustment.id)).toEqual(before);
  });
});

describe('accepting, revoking and closing', () => {
  it('the center accepts once; accepting again is refused', async () => {
    const entrustment = await accepted();
    expect(entrustment).toMatchObject({ status: 'ACCEPTED' });
    expect(entrustment.acceptedAt).not.toBeNull();
    const before = await stored(entrustment.id);
    expect(await run(ACCEPT, { id: entrustment.id }, centerStaff)).toMatchObject({ __typename: 'AidEntrustmentRefused', currentStatus: 'ACCEPTED', code: 'NOT_ACTIVE' });
    expect(await stored(entrustment.id)).toEqual(before);
  });

  it('only the center accepts (station staff and officers are refused)', async () => {
    const entrustment = await issued();
    for (const caller of [officer, stationStaff]) {
      const result = await subgraph.execute(ACCEPT, { id: entrustment.id }, caller);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await stored(entrustment.id)).toMatchObject({ status: 'ISSUED' });
  });

  it('the office revokes with a reason, and closes as fulfilled', async () => {
    const revoked = await accepted();
    expect(await run(REVOKE, { id: revoked.id, reason: '  ' }, officer)).toMatchObject({ __typename: 'AidInputRejected', code: 'REASON' });
    const result = await run(REVOKE, { id: revoked.id, reason: 'Handed over to the police' }, officer);
    expect(result.aidEntrustment).toMatchObject({ status: 'REVOKED', statusReason: 'Handed over to the police' });
    expect(await run(REVOKE, { id: revoked.id, reason: 'again' }, officer)).toMatchObject({ __typename: 'AidEntrustmentRefused', currentStatus: 'REVOKED' });

    const closed = await accepted();
    const done = await run(CLOSE, { id: closed.id, reason: 'Flew home' }, officer);
    expect(done.aidEntrustment).toMatchObject({ status: 'FULFILLED' });
    expect((done.aidEntrustment!.events as Row[]).at(-1)).toMatchObject({ action: 'CLOSED', fromStatus: 'ACCEPTED', toStatus: 'FULFILLED', reason: 'Flew home' });
  });
});

describe('who sees an entrustment', () => {
  it('shows the office its own, the center the issued and accepted ones, station staff only accepted ones (passport masked)', async () => {
    const entrustment = await issued();
    const read = async (caller: Caller) => (await subgraph.execute<{ aidEntrustment: Row | null }>(ONE, { id: entrustment.id }, caller)).data?.aidEntrustment ?? null;
    expect(await read(officer)).not.toBeNull();
    expect(await read(otherOffice)).toBeNull();
    expect(await read(police)).toBeNull();
    expect(await read(centerStaff)).not.toBeNull();
    expect(await read(stationStaff)).toBeNull();
    await run(ACCEPT, { id: entrustment.id }, centerStaff);
    const seen = await read(stationStaff);
    expect(seen!.passportNumber).not.toBe('X1234567');
    expect(seen!.passportNumber).toContain('*');
  });

  it('audits every read of the beneficiary', async () => {
    const entrustment = await issued();
    await subgraph.execute(ONE, { id: entrustment.id }, centerStaff);
    const rows = await subgraph.orm.em.fork().getConnection().execute<Array<{ fields: string }>>(`select fields from audit_event where actor = 'center.staff' and record_id = ? and operation = 'READ'`, [entrustment.id]);
    expect(rows.map((r) => r.fields).join(',')).toContain('beneficiaryName');
    expect(rows.map((r) => r.fields).join(',')).toContain('passportNumber');
  });
});
