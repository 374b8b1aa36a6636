/**
 * A shelter referral as the women's federation's caseworker submits it (`SubmitShelterReferralInput`):
 * a domestic-violence victim who consented in writing a minute ago; overrides change any part.
 */
import { randomUUID } from 'node:crypto';

export function referralInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    idempotencyKey: randomUUID(),
    victim: { age: 30, ageEstimated: true },
    victimType: 'DOMESTIC_VIOLENCE',
    risk: { level: 'MEDIUM' },
    referringOrganisation: '江临市妇女联合会',
    consent: { givenBy: 'VICTIM', method: 'WRITTEN', at: new Date(Date.now() - 60_000).toISOString() },
    ...overrides,
  };
}
