import { auditHash, GENESIS_HASH } from './audit-trail';

const row = {
  at: new Date('2026-11-29T08:00:00Z'),
  actor: 'center.staff',
  actorKind: 'user',
  agency: 'CIVIL_AFFAIRS',
  roles: 'CENTER_STAFF',
  requestId: 'req-1',
  operation: 'READ',
  recordType: 'Person',
  recordId: 'p-1',
  fields: 'idNumber',
  purpose: null,
  outcome: 'ALLOWED',
};

describe('the audit hash chain', () => {
  it('links each line to the previous one, so any edit changes every later hash', () => {
    const first = auditHash(GENESIS_HASH, row);
    const second = auditHash(first, { ...row, recordId: 'p-2' });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash(GENESIS_HASH, { ...row, actor: 'someone.else' })).not.toBe(first);
    expect(auditHash(auditHash(GENESIS_HASH, { ...row, outcome: 'DENIED' }), { ...row, recordId: 'p-2' })).not.toBe(second);
    expect(auditHash(GENESIS_HASH, row)).toBe(first);
  });
});
