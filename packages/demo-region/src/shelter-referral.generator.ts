/**
 * Shelter referrals: every DV or trafficking victim has the referral that brought them to the
 * center's shelter (its status matching their rescue case), and some an earlier referral that
 * the center declined. DV referrals come from the women's federation (`wf.caseworker`),
 * trafficking referrals from the police anti-trafficking office.
 */
import type { DemoShelterReferral, RiskLevel } from './demo-region.types';
import { DAY_MINUTES, HOUR_MINUTES, addMinutes, minutesBetween, type GenerationContext } from './generation.context';
import { allocate } from './region.plan';
import type { PersonCases } from './rescue-case.generator';

const D = DAY_MINUTES;
const H = HOUR_MINUTES;

const DV_RISKS: Array<[RiskLevel, number]> = [['LOW', 1], ['MEDIUM', 3], ['HIGH', 4], ['CRITICAL', 2]];
const TRAFFICKING_RISKS: Array<[RiskLevel, number]> = [['HIGH', 2], ['CRITICAL', 2]];
const COUNTY_FEDERATIONS = ['青石县妇女联合会', '白沙县妇女联合会', '云溪县妇女联合会', '临江区妇女联合会'] as const;

/** Generates the shelter referrals of the victims among `entries`, oldest first. */
export function generateShelterReferrals(ctx: GenerationContext, entries: PersonCases[]): DemoShelterReferral[] {
  const victims = entries.filter((entry) => entry.draft.plan.victim !== null);
  const dv = victims.filter((entry) => entry.draft.plan.category === 'DV_VICTIM');
  const trafficking = victims.filter((entry) => entry.draft.plan.category === 'TRAFFICKING_VICTIM');
  const risks = new Map<PersonCases, RiskLevel>();
  allocate(ctx, DV_RISKS, dv.length).forEach((risk, i) => risks.set(dv[i]!, risk));
  allocate(ctx, TRAFFICKING_RISKS, trafficking.length).forEach((risk, i) => risks.set(trafficking[i]!, risk));
  const children = allocate(ctx, [[0, 5], [1, 3], [2, 2]], dv.length);

  const referrals: DemoShelterReferral[] = [];
  for (const entry of victims) {
    const { draft, current } = entry;
    const plan = draft.plan.victim!;
    const isDv = draft.plan.category === 'DV_VICTIM';
    const sinceIntake = minutesBetween(current.intakeAt, ctx.now);
    // Pending referrals were written after a night-time intake; the others before admission.
    const submittedAt =
      current.status === 'RECEIVED'
        ? ctx.after(current.intakeAt, Math.min(15, sinceIntake - 5), Math.min(3 * H, sinceIntake - 5))
        : addMinutes(current.intakeAt, -ctx.int(H, 24 * H));
    if (plan.earlierDeclined) {
      referrals.push({
        id: ctx.nextId('shelter-referral'),
        personId: draft.person.id,
        victimType: isDv ? 'DOMESTIC_VIOLENCE' : 'TRAFFICKING',
        riskLevel: ctx.pick(['LOW', 'MEDIUM'] as const),
        status: 'DECLINED',
        referringOrganisation: ctx.pick(COUNTY_FEDERATIONS),
        referringCaseworker: 'wf.county.caseworker',
        accompanyingChildren: 0,
        submittedAt: addMinutes(submittedAt, -ctx.int(D, 6 * D)),
      });
    }
    referrals.push({
      id: ctx.nextId('shelter-referral'),
      personId: draft.person.id,
      victimType: isDv ? 'DOMESTIC_VIOLENCE' : 'TRAFFICKING',
      riskLevel: risks.get(entry)!,
      status: plan.referralStatus,
      referringOrganisation: isDv ? '江临市妇女联合会' : '江临市公安局反拐工作办公室',
      referringCaseworker: isDv ? 'wf.caseworker' : 'police.officer',
      accompanyingChildren: isDv ? children[dv.indexOf(entry)]! : 0,
      submittedAt,
    });
  }
  // One foreign national in care turns out to have been trafficked: the police refer her, and her
  // profile then holds records of all four agencies (the shelter staff see it whole).
  const trafficked = entries.find((entry) => entry.draft.plan.foreign !== null && entry.current.status === 'IN_CARE' && entry.draft.person.sex === 'FEMALE')
    ?? entries.find((entry) => entry.draft.plan.foreign !== null && entry.current.status === 'IN_CARE');
  if (trafficked) {
    referrals.push({
      id: ctx.nextId('shelter-referral'),
      personId: trafficked.draft.person.id,
      victimType: 'TRAFFICKING',
      riskLevel: 'HIGH',
      status: 'ACCEPTED',
      referringOrganisation: '江临市公安局反拐工作办公室',
      referringCaseworker: 'police.officer',
      accompanyingChildren: 0,
      submittedAt: ctx.after(trafficked.current.intakeAt, H, Math.max(H + 1, Math.min(2 * D, minutesBetween(trafficked.current.intakeAt, ctx.now) - 5))),
    });
  }
  return referrals.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}
