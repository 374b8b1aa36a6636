import { residentIdCheckCharacter } from '@lifeline/identity-documents';
import { checkFileStep, checkServiceStep, referralStatus, submissionFingerprint, validateSubmission, type SubmissionInput } from './shelter-referral.workflow';

const now = new Date('2026-12-01T10:00:00Z');
const base = (overrides: Partial<SubmissionInput> = {}): SubmissionInput => ({
  idempotencyKey: 'key-0001-abcd',
  victim: { name: '王芳', age: 30 },
  victimType: 'DOMESTIC_VIOLENCE',
  risk: { level: 'HIGH', factors: ['STALKING', 'STRANGULATION', 'STALKING'] },
  children: [{ ageYears: 4 }],
  needs: ['COUNSELLING'],
  referringOrganisation: '妇联',
  consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date('2026-12-01T09:00:00Z') },
  ...overrides,
});

describe('validating a submission', () => {
  it('cleans the input: factors deduplicated and sorted, the assessor defaulting to the submitter, children sex UNKNOWN', () => {
    const result = validateSubmission(base(), 'wf.caseworker', now);
    expect(result.ok && result.value).toMatchObject({ riskFactors: ['STALKING', 'STRANGULATION'], riskAssessedBy: 'wf.caseworker', children: [{ ageYears: 4, sex: 'UNKNOWN' }], victimSex: 'FEMALE' });
  });

  it('refuses a submission without consent', () => {
    expect(validateSubmission(base({ consent: null }), 'x', now)).toMatchObject({ ok: false, rejection: { field: 'consent', code: 'REQUIRED' } });
  });

  it('refuses consent dated in the future and a malformed key', () => {
    expect(validateSubmission(base({ consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date('2026-12-02T00:00:00Z') } }), 'x', now)).toMatchObject({ ok: false, rejection: { field: 'consent.at' } });
    expect(validateSubmission(base({ idempotencyKey: 'short' }), 'x', now)).toMatchObject({ ok: false, rejection: { field: 'idempotencyKey' } });
  });

  it('takes the age from a valid ID number and refuses one that contradicts it', () => {
    const first17 = '37990219960101002';
    const id = first17 + residentIdCheckCharacter(first17);
    const ok = validateSubmission(base({ victim: { idNumber: id } }), 'x', now);
    expect(ok.ok && ok.value.victimAge).toBe(30);
    expect(validateSubmission(base({ victim: { idNumber: id, age: 25 } }), 'x', now)).toMatchObject({ ok: false, rejection: { field: 'victim.age', code: 'MISMATCH' } });
  });

  it('refuses more than 8 children and a child of 18', () => {
    expect(validateSubmission(base({ children: Array.from({ length: 9 }, () => ({ ageYears: 1 })) }), 'x', now)).toMatchObject({ ok: false, rejection: { code: 'TOO_MANY' } });
    expect(validateSubmission(base({ children: [{ ageYears: 18 }] }), 'x', now)).toMatchObject({ ok: false, rejection: { field: 'children.0.ageYears' } });
  });
});

describe('the submission fingerprint', () => {
  it('is the same for a retry a minute later and differs when the content differs', () => {
    const a = validateSubmission(base(), 'x', now);
    const b = validateSubmission(base(), 'x', new Date(now.getTime() + 60_000));
    const c = validateSubmission(base({ children: [{ ageYears: 5 }] }), 'x', now);
    if (!a.ok || !b.ok || !c.ok) throw new Error('valid input expected');
    expect(submissionFingerprint(a.value, false)).toBe(submissionFingerprint(b.value, false));
    expect(submissionFingerprint(a.value, false)).not.toBe(submissionFingerprint(c.value, false));
  });
});

describe('the status a reader sees', () => {
  it("follows the shelter's answer while the file is open", () => {
    expect(referralStatus('SUBMITTED', null)).toBe('SUBMITTED');
    expect(referralStatus('SUBMITTED', 'DECLINED')).toBe('DECLINED');
    expect(referralStatus('SUBMITTED', 'EXTENDED')).toBe('EXTENDED');
  });

  it('says WITHDRAWN before a stay, but the stay outranks the file once the victim was admitted', () => {
    expect(referralStatus('WITHDRAWN', 'ACCEPTED')).toBe('WITHDRAWN');
    expect(referralStatus('WITHDRAWN', 'ADMITTED')).toBe('ADMITTED');
    expect(referralStatus('CLOSED', 'DISCHARGED')).toBe('DISCHARGED');
    expect(referralStatus('CLOSED', null)).toBe('CLOSED');
  });
});

describe('steps', () => {
  it('lets a file be withdrawn only while submitted, and closed once', () => {
    expect(checkFileStep('SUBMITTED', 'WITHDRAWN').ok).toBe(true);
    expect(checkFileStep('WITHDRAWN', 'WITHDRAWN').ok).toBe(false);
    expect(checkFileStep('WITHDRAWN', 'CLOSED').ok).toBe(true);
    expect(checkFileStep('CLOSED', 'CLOSED').ok).toBe(false);
  });

  it('moves a service from requested to in progress to its outcome, never back', () => {
    expect(checkServiceStep('REQUESTED', 'IN_PROGRESS').ok).toBe(true);
    expect(checkServiceStep('IN_PROGRESS', 'OUTCOME_RECORDED').ok).toBe(true);
    expect(checkServiceStep('OUTCOME_RECORDED', 'IN_PROGRESS').ok).toBe(false);
  });
});
