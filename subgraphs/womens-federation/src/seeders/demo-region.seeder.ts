/**
 * Loads the women's federation's slice of the synthetic demo region (shelter referrals with what
 * the caseworker knew of the victim, her children, risk factors, needs, consent and referral-out
 * services) into an empty database. Deterministic: the same region every time. The shelter's
 * answers (accepted, admitted, …) are seeded by civil affairs; here each file is SUBMITTED, or
 * CLOSED once the caseworker closed it, and each reaches civil affairs through the outbox
 * (`referral.submitted`, then `referral.closed`) as a real referral would.
 */
import { createHash } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { buildDemoRegion, type DemoRegion } from '@lifeline/demo-region';
import { ReferralService } from '../entities/referral-service.entity';
import { ShelterReferral } from '../entities/shelter-referral.entity';
import { ShelterReferralChild } from '../entities/shelter-referral-child.entity';
import { publishReferralFileEnded, publishReferralSubmitted } from '../domain/referral-exchange';
import { type ReferralNeed, type ReferralServiceKind, type RiskFactor } from '../domain/vocabulary';

const HOUR = 3_600_000;
const DV_FACTORS: RiskFactor[] = ['ESCALATING_VIOLENCE', 'THREATS_TO_KILL', 'STRANGULATION', 'SEPARATION_RECENT', 'CHILDREN_AT_RISK', 'STALKING', 'WEAPON_THREAT'];
const TRAFFICKING_FACTORS: RiskFactor[] = ['TRAFFICKER_CONTACT', 'THREATS_TO_KILL', 'SUICIDE_RISK'];
const SERVICES: Array<[ReferralServiceKind, string]> = [
  ['PROTECTION_ORDER', '江临市临江区人民法院'],
  ['LEGAL_AID', '江临市法律援助中心'],
  ['PSYCHOLOGICAL_COUNSELLING', '江临市心理援助热线'],
  ['MEDICAL', '江临市第一人民医院'],
  ['HOUSING', '江临市住房保障中心'],
];

/** A stable small number from an id (the region builder has no field for it). */
const roll = (id: string, salt: string, n: number) => createHash('sha256').update(`${salt}:${id}`).digest().readUInt32BE(0) % n;

/** Whole years between a `YYYY-MM-DD` birth date and `at`. */
function yearsAt(birthDate: string, at: Date): number {
  const today = at.toISOString().slice(0, 10);
  return Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (today.slice(5) < birthDate.slice(5) ? 1 : 0);
}

/** Seeds the demo referrals unless some already exist. */
export async function seedDemoRegion(em: EntityManager, region: DemoRegion = buildDemoRegion()): Promise<void> {
  if ((await em.count(ShelterReferral, {})) > 0) return;
  const persons = new Map(region.persons.map((p) => [p.id, p]));
  await em.transactional(async (tx) => {
    for (const r of region.shelterReferrals) {
      const person = persons.get(r.personId);
      const dv = r.victimType === 'DOMESTIC_VIOLENCE';
      const factors = dv ? DV_FACTORS : TRAFFICKING_FACTORS;
      const riskFactors = [...new Set([factors[roll(r.id, 'f1', factors.length)]!, factors[roll(r.id, 'f2', factors.length)]!])].sort();
      const needs: ReferralNeed[] = dv ? ['COUNSELLING', 'LEGAL_ADVICE'] : ['INTERPRETER', 'MEDICAL_CARE', 'SAFE_TRANSPORT'];
      if (r.accompanyingChildren > 0) needs.push('CHILDCARE');
      const referral = tx.create(ShelterReferral, {
        id: r.id,
        personId: r.personId,
        victimName: person?.name ?? null,
        victimSex: person?.sex ?? 'FEMALE',
        victimAge: person?.birthDate ? yearsAt(person.birthDate, r.submittedAt) : (person?.estimatedAgeMin ?? null),
        victimAgeEstimated: !person?.birthDate && person?.estimatedAgeMin != null,
        victimPhone: person?.phone ?? null,
        victimIdNumber: person?.idNumber ?? null,
        victimType: r.victimType,
        riskLevel: r.riskLevel,
        riskFactors,
        riskAssessedBy: r.referringCaseworker,
        riskAssessedAt: new Date(r.submittedAt.getTime() - HOUR),
        needs: needs.sort(),
        needsNote: null,
        status: r.status === 'CLOSED' ? 'CLOSED' : 'SUBMITTED',
        referringOrganisation: r.referringOrganisation,
        referringCaseworker: r.referringCaseworker,
        accompanyingChildren: r.accompanyingChildren,
        consentGivenBy: 'VICTIM',
        consentMethod: dv ? 'WRITTEN' : 'VERBAL_WITNESSED',
        consentAt: new Date(r.submittedAt.getTime() - HOUR / 2),
        idempotencyKey: `demo-${r.id}`,
        submittedAt: r.submittedAt,
        createdAt: r.submittedAt,
        updatedAt: r.submittedAt,
      });
      // Civil affairs receives the demo referrals over the exchange, as it would real ones.
      await publishReferralSubmitted(tx, referral);
      if (referral.status === 'CLOSED') await publishReferralFileEnded(tx, referral, 'CLOSED', region.now);
      for (let i = 0; i < r.accompanyingChildren; i++) {
        tx.create(ShelterReferralChild, { referral, position: i + 1, ageYears: 2 + roll(r.id, `child${i}`, 12), sex: roll(r.id, `sex${i}`, 2) ? 'FEMALE' : 'MALE' });
      }
      // Those who stayed were referred on: a first service done, a second under way or asked for.
      if (['ADMITTED', 'EXTENDED', 'DISCHARGED', 'REFERRED_OUT', 'CLOSED'].includes(r.status)) {
        const first = SERVICES[roll(r.id, 's1', dv ? SERVICES.length : 2) + (dv ? 0 : 2)]!;
        const at = new Date(r.submittedAt.getTime() + 26 * HOUR);
        const done = r.status !== 'ADMITTED';
        tx.create(ReferralService, {
          referral,
          kind: first[0],
          provider: first[1],
          status: done ? 'OUTCOME_RECORDED' : 'IN_PROGRESS',
          requestedBy: r.referringCaseworker,
          requestedAt: at,
          startedAt: new Date(at.getTime() + 20 * HOUR),
          outcome: done ? (first[0] === 'PROTECTION_ORDER' ? '已签发人身安全保护令' : '已完成') : null,
          outcomeAt: done ? new Date(at.getTime() + 72 * HOUR) : null,
          outcomeBy: done ? r.referringCaseworker : null,
        });
        if (r.status === 'EXTENDED') {
          tx.create(ReferralService, { referral, kind: 'HOUSING', provider: SERVICES[4]![1], status: 'REQUESTED', requestedBy: 'shelter.staff', requestedAt: new Date(at.getTime() + 96 * HOUR) });
        }
      }
    }
  });
}
