import { Person } from '../entities/person.entity';
import { effectiveIdentityStatus, withVerification } from './identity-verification';

describe('the identity status the graph answers', () => {
  it('is VERIFIED once public security verified the identity, whatever civil affairs recorded', () => {
    const verification = { verifiedAt: '2026-11-30T08:00:00.000Z', identityCheckId: '7b0c1c4e-0000-4000-8000-000000000001' };
    expect(effectiveIdentityStatus('UNIDENTIFIED', verification)).toBe('VERIFIED');
    expect(effectiveIdentityStatus('CLAIMED', verification)).toBe('VERIFIED');
  });

  it('falls back to the recorded status when there is no verification', () => {
    expect(effectiveIdentityStatus('UNIDENTIFIED', null)).toBe('UNIDENTIFIED');
    expect(effectiveIdentityStatus('CLAIMED', undefined)).toBe('CLAIMED');
  });

  it('carries the verification beside the loaded person without changing the entity', () => {
    const person = Object.assign(new Person(), { name: '李建国', identityStatus: 'UNIDENTIFIED' as const });
    const verification = { verifiedAt: '2026-11-30T08:00:00.000Z', identityCheckId: 'c-1' };
    const carried = withVerification(person, verification);
    expect(carried.identityVerification).toEqual(verification);
    expect(carried.name).toBe('李建国');
    expect(carried.id).toBe(person.id);
    expect('identityVerification' in person).toBe(false);
    expect(withVerification(person, undefined)).toBe(person);
  });
});
