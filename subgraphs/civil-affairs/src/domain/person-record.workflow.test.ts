import { mergedIdentityStatus, mergeRefusal, removalRefusal, type PersonRecordFacts } from './person-record.workflow';

const record = (id: string, facts: Partial<PersonRecordFacts> = {}): PersonRecordFacts => ({ id, idNumber: null, identityStatus: 'UNIDENTIFIED', openCases: 0, activeSettlements: 0, ...facts });

describe('merging two records of one person', () => {
  it('allows an unidentified duplicate to merge into the verified record, even with its open case', () => {
    expect(mergeRefusal(record('a', { openCases: 1 }), record('b', { idNumber: '11010519491231002X', identityStatus: 'VERIFIED' }))).toBeNull();
  });

  it.each([
    ['into itself', record('a'), record('a'), 'SAME_PERSON'],
    ['when both carry an ID number', record('a', { idNumber: '11010519491231002X' }), record('b', { idNumber: '110105194912310037' }), 'CONFLICTING_ID_NUMBERS'],
    ['when both have an open case', record('a', { openCases: 1 }), record('b', { openCases: 1 }), 'BOTH_IN_CARE'],
    ['when both have a settlement under way', record('a', { activeSettlements: 1 }), record('b', { activeSettlements: 1 }), 'BOTH_IN_SETTLEMENT'],
  ])('refuses a merge %s', (_what, from, into, code) => {
    expect(mergeRefusal(from, into)).toMatchObject({ field: 'intoPersonId', code });
  });

  it('keeps the better established identity', () => {
    expect(mergedIdentityStatus('VERIFIED', 'UNIDENTIFIED')).toBe('VERIFIED');
    expect(mergedIdentityStatus('UNIDENTIFIED', 'CLAIMED')).toBe('CLAIMED');
  });
});

describe('removing a record created in error', () => {
  it('is allowed once nothing is under way', () => {
    expect(removalRefusal(record('a'))).toBeNull();
  });

  it('is refused while a case is open or a settlement is under way', () => {
    expect(removalRefusal(record('a', { openCases: 1 }))).toMatchObject({ code: 'IN_CARE' });
    expect(removalRefusal(record('a', { activeSettlements: 1 }))).toMatchObject({ code: 'IN_SETTLEMENT' });
  });
});
