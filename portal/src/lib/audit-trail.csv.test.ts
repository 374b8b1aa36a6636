import { csvFile } from './csv.format';
import { AUDIT_CSV_COLUMNS, auditCsvRow, type AuditCsvWords } from './audit-trail.csv';

const words: AuditCsvWords = {
  dateTime: (iso) => `at ${iso}`,
  operation: (value) => ({ READ: '查看' })[value] ?? value,
  recordType: (value) => ({ Person: '人员' })[value] ?? value,
  outcome: (value) => (value === 'ALLOWED' ? '允许' : '拒绝'),
  actorKind: (value) => ({ user: '工作人员' })[value] ?? value,
  agency: (value) => ({ CIVIL_AFFAIRS: '民政' })[value] ?? value,
  role: (value) => ({ CENTER_STAFF: '中心站工作人员' })[value] ?? value,
  purpose: (value) => ({ export: '导出' })[value] ?? value,
};

const line = {
  seq: '42',
  at: '2026-12-06T08:00:00.000Z',
  actor: 'center.staff',
  actorKind: 'user',
  agency: 'CIVIL_AFFAIRS',
  roles: ['CENTER_STAFF', 'NEW_ROLE'],
  requestId: 'req-1',
  operation: 'READ',
  recordType: 'Person',
  recordId: 'b3c1a4e2-0000-4000-8000-000000000001',
  fields: ['name', 'idNumber'],
  purpose: 'export',
  outcome: 'ALLOWED' as const,
  hash: 'ab'.repeat(32),
};

describe('the audit trail’s CSV rows', () => {
  it('lay a line out in the columns’ order, worded where the catalogue knows a value and as recorded where not', () => {
    const row = auditCsvRow(line, words);
    expect(row).toHaveLength(AUDIT_CSV_COLUMNS.length);
    expect(Object.fromEntries(AUDIT_CSV_COLUMNS.map((column, i) => [column, row[i]]))).toEqual({
      seq: '42',
      at: 'at 2026-12-06T08:00:00.000Z',
      actor: 'center.staff',
      actorKind: '工作人员',
      agency: '民政',
      roles: '中心站工作人员 / NEW_ROLE',
      operation: '查看',
      recordType: '人员',
      recordId: 'b3c1a4e2-0000-4000-8000-000000000001',
      fields: 'name, idNumber',
      outcome: '允许',
      purpose: '导出',
      requestId: 'req-1',
      hash: 'ab'.repeat(32),
    });
  });

  it('leave absent values empty, and a recorded purpose that starts a formula cannot run as one', () => {
    const row = auditCsvRow({ ...line, agency: null, recordId: null, fields: [], purpose: '=HYPERLINK("x")', outcome: 'DENIED' }, words);
    expect(row[4]).toBe('');
    expect(row[8]).toBe('');
    expect(row[9]).toBe('');
    expect(row[10]).toBe('拒绝');
    expect(csvFile(['purpose'], [[row[11]]])).toBe('\uFEFF"purpose"\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});
