/**
 * The plan of the demo population before any record is drawn: how many persons of each
 * category, how far each one's identity is established at intake, and how their current rescue
 * case ends up. Quotas are fixed for the default 240 persons so that every status, exit reason
 * and referral or entrustment status is represented; other sizes repeat or cut the same
 * shuffled quotas.
 */
import type {
  AidEntrustmentStatus,
  ExitReason,
  IdentityStatus,
  IssuingOffice,
  PersonCategory,
  RescueCaseStatus,
  ShelterReferralStatus,
} from './demo-region.types';
import type { GenerationContext } from './generation.context';

/** Where the person's current rescue case stands, with optional timing constraints (days before now). */
export interface CaseOutcome {
  status: RescueCaseStatus;
  exitReason: ExitReason | null;
  /** Intake between these many days before `now` (default depends on status). */
  intakeDays?: [number, number];
  /** For EXITED: days from intake to exit (default depends on the exit reason). */
  stayDays?: [number, number];
}

/** A foreign national's case and the entrustments issued for them, oldest first. */
export interface ForeignPlan {
  outcome: CaseOutcome;
  entrustments: AidEntrustmentStatus[];
  office: IssuingOffice;
}

/** A DV or trafficking victim's latest shelter referral and whether an earlier one was declined. */
export interface VictimPlan {
  referralStatus: ShelterReferralStatus;
  earlierDeclined: boolean;
}

/** Everything decided about one person before drawing the details. */
export interface PersonPlan {
  category: PersonCategory;
  /** Identity status at intake (a MATCHED identity check may later make it VERIFIED). */
  origin: IdentityStatus;
  outcome: CaseOutcome;
  foreign: ForeignPlan | null;
  victim: VictimPlan | null;
}

/** The default population the quotas below are written for. */
export const DEFAULT_PERSON_COUNT = 240;
/** Fewer persons cannot represent every status. */
export const MINIMUM_PERSON_COUNT = 50;

type Quotas<T> = Array<[T, number]>;

const exited = (exitReason: ExitReason): CaseOutcome => ({ status: 'EXITED', exitReason });
const open = (status: RescueCaseStatus): CaseOutcome => ({ status, exitReason: null });

const OUTCOMES: Record<'ROUGH_SLEEPER' | 'STRANDED' | 'UNIDENTIFIED_PATIENT' | 'MINOR', Quotas<CaseOutcome>> = {
  ROUGH_SLEEPER: [
    [open('RECEIVED'), 3], [open('MEDICAL_TREATMENT'), 4], [open('HANDED_TO_POLICE'), 3], [open('REFUSED'), 3],
    [exited('LEFT_VOLUNTARILY'), 10], [exited('RETURNED_HOME'), 8], [exited('ESCORTED_HOME'), 4],
    [exited('ABSCONDED'), 5], [exited('TERMINATED'), 3], [exited('TRANSFERRED'), 3], [exited('DECEASED'), 1],
    [open('IN_CARE'), 59],
  ],
  STRANDED: [
    [open('RECEIVED'), 2], [open('MEDICAL_TREATMENT'), 1], [open('HANDED_TO_POLICE'), 1], [open('REFUSED'), 3],
    [exited('RETURNED_HOME'), 14], [exited('LEFT_VOLUNTARILY'), 6], [exited('ESCORTED_HOME'), 2], [exited('ABSCONDED'), 1],
    [open('IN_CARE'), 30],
  ],
  UNIDENTIFIED_PATIENT: [
    [open('RECEIVED'), 1], [open('MEDICAL_TREATMENT'), 6],
    [exited('SETTLED'), 3], [exited('DECEASED'), 2], [exited('ESCORTED_HOME'), 2], [exited('TRANSFERRED'), 2],
    [open('IN_CARE'), 20],
  ],
  MINOR: [
    [open('RECEIVED'), 1], [open('MEDICAL_TREATMENT'), 1], [exited('ESCORTED_HOME'), 4], [exited('TRANSFERRED'), 1],
    [open('IN_CARE'), 7],
  ],
};

const ORIGINS: Record<PersonCategory, Quotas<IdentityStatus>> = {
  ROUGH_SLEEPER: [['VERIFIED', 53], ['CLAIMED', 27], ['UNIDENTIFIED', 26]],
  STRANDED: [['VERIFIED', 51], ['CLAIMED', 9]],
  UNIDENTIFIED_PATIENT: [['UNIDENTIFIED', 36]],
  MINOR: [['VERIFIED', 6], ['CLAIMED', 4], ['UNIDENTIFIED', 4]],
  DV_VICTIM: [['VERIFIED', 10]],
  TRAFFICKING_VICTIM: [['CLAIMED', 2], ['UNIDENTIFIED', 2]],
  FOREIGN_NATIONAL: [['CLAIMED', 10]],
};

const FOREIGN_PLANS: Quotas<ForeignPlan> = [
  [{ outcome: { ...open('IN_CARE'), intakeDays: [3, 12] }, entrustments: ['ACCEPTED'], office: 'FOREIGN_AFFAIRS_OFFICE' }, 1],
  [{ outcome: { ...open('IN_CARE'), intakeDays: [5, 15] }, entrustments: ['IN_PROGRESS'], office: 'FOREIGN_AFFAIRS_OFFICE' }, 1],
  [{ outcome: { ...open('IN_CARE'), intakeDays: [20, 28] }, entrustments: ['EXPIRED', 'IN_PROGRESS'], office: 'FOREIGN_AFFAIRS_OFFICE' }, 1],
  [{ outcome: { ...open('IN_CARE'), intakeDays: [6, 14] }, entrustments: ['REVOKED', 'ACCEPTED'], office: 'FOREIGN_AFFAIRS_OFFICE' }, 1],
  [{ outcome: { ...open('IN_CARE'), intakeDays: [1, 3] }, entrustments: ['ISSUED'], office: 'HK_MACAO_TAIWAN_AFFAIRS_OFFICE' }, 1],
  [{ outcome: open('RECEIVED'), entrustments: ['ISSUED'], office: 'FOREIGN_AFFAIRS_OFFICE' }, 1],
  [{ outcome: { ...open('HANDED_TO_POLICE'), intakeDays: [2, 10] }, entrustments: ['REVOKED'], office: 'FOREIGN_AFFAIRS_OFFICE' }, 1],
  [{ outcome: { ...exited('HANDED_OVER'), intakeDays: [30, 60], stayDays: [2, 6] }, entrustments: ['EXPIRED'], office: 'FOREIGN_AFFAIRS_OFFICE' }, 1],
  [{ outcome: { ...exited('RETURNED_HOME'), intakeDays: [15, 50], stayDays: [4, 12] }, entrustments: ['FULFILLED'], office: 'FOREIGN_AFFAIRS_OFFICE' }, 1],
  [{ outcome: { ...exited('RETURNED_HOME'), intakeDays: [45, 90], stayDays: [18, 25] }, entrustments: ['EXPIRED', 'FULFILLED'], office: 'FOREIGN_AFFAIRS_OFFICE' }, 1],
];

const DV_REFERRALS: Quotas<ShelterReferralStatus> = [
  ['ADMITTED', 2], ['EXTENDED', 2], ['DISCHARGED', 1], ['REFERRED_OUT', 1], ['CLOSED', 2], ['SUBMITTED', 1], ['ACCEPTED', 1],
];
const TRAFFICKING_REFERRALS: Quotas<ShelterReferralStatus> = [['ADMITTED', 1], ['EXTENDED', 1], ['REFERRED_OUT', 1], ['CLOSED', 1]];

/** The rescue case that follows from a victim's latest referral. */
function victimOutcome(ctx: GenerationContext, status: ShelterReferralStatus): CaseOutcome {
  switch (status) {
    case 'SUBMITTED':
    case 'ACCEPTED':
    case 'DECLINED':
      return open('RECEIVED');
    case 'ADMITTED':
      return { ...open('IN_CARE'), intakeDays: [1, 9] };
    case 'EXTENDED':
      return { ...open('IN_CARE'), intakeDays: [11, 40] };
    case 'DISCHARGED':
      return { ...exited(ctx.pick(['RETURNED_HOME', 'LEFT_VOLUNTARILY'] as const)), stayDays: [5, 25] };
    case 'REFERRED_OUT':
      return { ...exited('TRANSFERRED'), stayDays: [5, 25] };
    case 'CLOSED':
      return { ...exited(ctx.pick(['LEFT_VOLUNTARILY', 'RETURNED_HOME'] as const)), stayDays: [5, 25] };
  }
}

/**
 * `size` values drawn from quotas written for `sum(quotas)` persons: the quotas are expanded,
 * shuffled, and repeated or cut to `size`.
 */
export function allocate<T>(ctx: GenerationContext, quotas: Quotas<T>, size: number): T[] {
  const expanded = ctx.shuffle(quotas.flatMap(([value, count]) => Array.from({ length: count }, () => value)));
  return Array.from({ length: size }, (_, i) => expanded[i % expanded.length]!);
}

/** How many persons of each category a population of `total` has. */
export function categorySizes(total: number): Record<PersonCategory, number> {
  const scaled = (count: number): number => Math.max(1, Math.round((count * total) / DEFAULT_PERSON_COUNT));
  const sizes = {
    FOREIGN_NATIONAL: scaled(10),
    DV_VICTIM: scaled(10),
    TRAFFICKING_VICTIM: scaled(4),
    MINOR: scaled(14),
    UNIDENTIFIED_PATIENT: scaled(36),
    STRANDED: scaled(60),
  };
  const others = Object.values(sizes).reduce((a, b) => a + b, 0);
  return { ...sizes, ROUGH_SLEEPER: total - others };
}

/** Plans a population of `total` persons, in a shuffled order that mixes the categories. */
export function planPopulation(ctx: GenerationContext, total: number): PersonPlan[] {
  const sizes = categorySizes(total);
  const plans: PersonPlan[] = [];
  for (const category of Object.keys(sizes) as PersonCategory[]) {
    const size = sizes[category];
    const origins = allocate(ctx, ORIGINS[category], size);
    if (category === 'FOREIGN_NATIONAL') {
      allocate(ctx, FOREIGN_PLANS, size).forEach((foreign, i) =>
        plans.push({ category, origin: origins[i]!, outcome: foreign.outcome, foreign, victim: null }),
      );
    } else if (category === 'DV_VICTIM' || category === 'TRAFFICKING_VICTIM') {
      const statuses = allocate(ctx, category === 'DV_VICTIM' ? DV_REFERRALS : TRAFFICKING_REFERRALS, size);
      const declined = allocate(ctx, category === 'DV_VICTIM' ? [[true, 3], [false, 7]] : [[true, 1], [false, 3]], size);
      statuses.forEach((referralStatus, i) =>
        plans.push({
          category,
          origin: origins[i]!,
          outcome: victimOutcome(ctx, referralStatus),
          foreign: null,
          victim: { referralStatus, earlierDeclined: declined[i]! },
        }),
      );
    } else {
      allocate(ctx, OUTCOMES[category], size).forEach((outcome, i) =>
        plans.push({ category, origin: origins[i]!, outcome, foreign: null, victim: null }),
      );
    }
  }
  return ctx.shuffle(plans);
}
