import { readPurposeText } from './audit-purpose.wording';

const A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('reading a recorded audit purpose back into the catalogue', () => {
  it('reads each purpose the agencies write with values', () => {
    expect(readPurposeText('stay ended: caseworker.li')).toEqual({ key: 'stayEnded', values: { grantee: 'caseworker.li' } });
    expect(readPurposeText(`identity check ${A} matched`)).toEqual({ key: 'identityCheckMatched', values: { check: A } });
    expect(readPurposeText(`referral ${A} withdrawn`)).toEqual({ key: 'referralFileStep', values: { referral: A, step: 'WITHDRAWN' } });
    expect(readPurposeText(`referral ${A} closed`)).toEqual({ key: 'referralFileStep', values: { referral: A, step: 'CLOSED' } });
    expect(readPurposeText(`merged into ${B}: 指纹比对为同一人`)).toEqual({ key: 'mergedInto', values: { into: B, reason: '指纹比对为同一人' } });
    expect(readPurposeText(`took the records of ${A}`)).toEqual({ key: 'tookRecordsOf', values: { from: A } });
    expect(readPurposeText(`person ${A} merged into ${B}`)).toEqual({ key: 'personMergedInto', values: { from: A, into: B } });
    expect(readPurposeText('removed as created in error: 重复录入\n第二行')).toEqual({ key: 'removedInError', values: { reason: '重复录入\n第二行' } });
    expect(readPurposeText(`police status check ${A} found LEGAL_RESIDENCE`)).toEqual({ key: 'statusCheckFound', values: { check: A, status: 'LEGAL_RESIDENCE' } });
  });

  it('leaves a staff reason, or a sentence that only looks like a known one, as recorded', () => {
    expect(readPurposeText('家属来电要求核实')).toBeNull();
    expect(readPurposeText('identity check 42 matched')).toBeNull();
    expect(readPurposeText(`referral ${A} accepted`)).toBeNull();
    expect(readPurposeText(`police status check ${A} found SOMETHING_ELSE`)).toBeNull();
    expect(readPurposeText(`note: merged into ${B}: x`)).toBeNull();
  });
});
