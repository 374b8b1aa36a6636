/**
 * Rescue cases: every person's current case (ending in the planned status), plus an older,
 * exited case for some repeat clients. Each case's events are a consistent history: the intake
 * (null → RECEIVED), screening, medical treatment first when ill, care in a zone chosen by
 * classified-care rules, and the exit.
 */
import type {
  CareZoneKind,
  DemoCaseEvent,
  DemoRescueCase,
  DemoStation,
  ExitReason,
  IntakeSource,
  PersonCategory,
  RescueCaseStatus,
} from './demo-region.types';
import { DAY_MINUTES, HOUR_MINUTES, addMinutes, minutesBetween, type GenerationContext } from './generation.context';
import type { DemoNetwork } from './network.generator';
import type { PersonDraft } from './person.generator';
import type { CaseOutcome } from './region.plan';

/** A draft's cases: the current one and, for some, an older exited one. */
export interface PersonCases {
  draft: PersonDraft;
  current: DemoRescueCase;
  older: DemoRescueCase | null;
}

const D = DAY_MINUTES;
const H = HOUR_MINUTES;

/** Typical length of stay, in days, by how the case ended. */
const EXIT_STAY_DAYS: Record<ExitReason, [number, number]> = {
  LEFT_VOLUNTARILY: [0.3, 5],
  RETURNED_HOME: [1, 8],
  ESCORTED_HOME: [5, 40],
  ABSCONDED: [1, 12],
  TERMINATED: [2, 10],
  TRANSFERRED: [3, 30],
  SETTLED: [92, 112],
  DECEASED: [2, 60],
  HANDED_OVER: [0.5, 5],
};

const INTAKE_SOURCES: Record<PersonCategory, Array<[IntakeSource, number]>> = {
  ROUGH_SLEEPER: [['OUTREACH', 40], ['WALK_IN', 25], ['POLICE_HANDOVER', 20], ['OTHER_DEPARTMENT', 15]],
  STRANDED: [['WALK_IN', 50], ['POLICE_HANDOVER', 30], ['OTHER_DEPARTMENT', 20]],
  UNIDENTIFIED_PATIENT: [['HOSPITAL', 75], ['POLICE_HANDOVER', 25]],
  MINOR: [['POLICE_HANDOVER', 60], ['WALK_IN', 20], ['OUTREACH', 20]],
  DV_VICTIM: [['POLICE_HANDOVER', 40], ['OTHER_DEPARTMENT', 60]],
  TRAFFICKING_VICTIM: [['POLICE_HANDOVER', 100]],
  FOREIGN_NATIONAL: [['POLICE_HANDOVER', 60], ['WALK_IN', 40]],
};

const INTAKE_REASONS: Record<IntakeSource, string> = {
  WALK_IN: '本人到站求助，24小时接待窗口登记',
  OUTREACH: '街面巡查发现，经劝导自愿入站',
  POLICE_HANDOVER: '110联动，辖区派出所民警护送入站',
  HOSPITAL: '医院救治后无人认领，经医院联系移交入站',
  TRANSFER: '由县区救助管理站转入',
  OTHER_DEPARTMENT: '城市管理部门发现并护送入站',
};

/** Each kind of care zone's name, as the stations' zones are seeded and as the cases' events name them. */
export const CARE_ZONE_NAMES: Readonly<Record<CareZoneKind, string>> = {
  MEN: '男性区',
  WOMEN: '女性区',
  MINORS: '未成年人区',
  ELDERLY_DISABLED: '老弱病残区',
  MEDICAL_OBSERVATION: '医疗观察区',
  DV_SHELTER: '家暴庇护区',
};

const EXIT_EVENT_REASONS: Record<ExitReason, string> = {
  LEFT_VOLUNTARILY: '本人要求离站，已签署自愿离站声明',
  RETURNED_HOME: '为其购买返乡车票，送至车站自行返乡',
  ESCORTED_HOME: '联系到家属，由工作人员护送返乡并办理交接',
  ABSCONDED: '不辞而别，视为自行放弃救助',
  TERMINATED: '多次违反站内管理规定，经批准终止救助',
  TRANSFERRED: '转送江临市社会福利院继续照料',
  SETTLED: '长期滞留且无法查明身份，送江临市社会福利院落户安置',
  DECEASED: '经医院抢救无效死亡，已通知公安机关',
  HANDED_OVER: '经公安机关核查，移交出入境管理部门处理',
};

function intakeReason(category: PersonCategory, source: IntakeSource): string {
  if (category === 'DV_VICTIM' && source === 'OTHER_DEPARTMENT') return '妇联转介，由妇联工作人员陪同入站';
  if (category === 'TRAFFICKING_VICTIM') return '公安机关解救后护送入站';
  return INTAKE_REASONS[source];
}

function weighted<T>(ctx: GenerationContext, entries: Array<[T, number]>): T {
  return ctx.zh.helpers.weightedArrayElement(entries.map(([value, weight]) => ({ value, weight })));
}

/**
 * The care zone classified care puts a person in: DV and trafficking victims in the shelter
 * (only at the regional center), minors apart, the elderly and disabled apart, the ill under
 * medical observation, then women and men apart.
 */
export function careZone(draft: PersonDraft, ill: boolean, atCenter: boolean): CareZoneKind {
  const { category } = draft.plan;
  if ((category === 'DV_VICTIM' || category === 'TRAFFICKING_VICTIM') && atCenter) return 'DV_SHELTER';
  if (category === 'MINOR') return 'MINORS';
  if (draft.apparentAge >= 60 || draft.disabled) return 'ELDERLY_DISABLED';
  if (ill || category === 'UNIDENTIFIED_PATIENT' || draft.person.sex === 'UNKNOWN') return 'MEDICAL_OBSERVATION';
  return draft.person.sex === 'FEMALE' ? 'WOMEN' : 'MEN';
}

/** `count` strictly increasing minute offsets in (0, span]; the last one is `span` when `lastAtEnd`. */
function stepOffsets(ctx: GenerationContext, span: number, count: number, lastAtEnd: boolean): number[] {
  if (count === 0) return [];
  const first = Math.max(1, Math.min(ctx.int(20, 6 * H), Math.floor(span / (count + 1))));
  const free = count - 1 - (lastAtEnd ? 1 : 0);
  const middle = Array.from({ length: free }, () => ctx.int(first + 1, Math.max(first + 1, span - 1))).sort((a, b) => a - b);
  const offsets = [first, ...middle];
  if (lastAtEnd && count > 1) offsets.push(span);
  for (let i = 1; i < offsets.length; i += 1) {
    if (offsets[i]! <= offsets[i - 1]!) offsets[i] = offsets[i - 1]! + 1;
  }
  return offsets;
}

interface CaseShape {
  station: DemoStation;
  source: IntakeSource;
  intakeAt: Date;
  /** Statuses after RECEIVED, in order. */
  path: RescueCaseStatus[];
  exitAt: Date | null;
  exitReason: ExitReason | null;
}

function buildCase(ctx: GenerationContext, draft: PersonDraft, shape: CaseShape, center: DemoStation): DemoRescueCase {
  const atCenter = shape.station.id === center.id;
  const actor = atCenter ? 'center.staff' : 'county.staff';
  const end = shape.exitAt ?? ctx.now;
  const offsets = stepOffsets(ctx, minutesBetween(shape.intakeAt, end), shape.path.length, shape.exitAt !== null);
  const firstCare = shape.path.indexOf('IN_CARE');
  const ill = firstCare > 0 && shape.path[firstCare - 1] === 'MEDICAL_TREATMENT';
  const zone = firstCare >= 0 ? careZone(draft, ill, atCenter) : null;
  const unidentified = draft.person.identityStatus === 'UNIDENTIFIED';

  const events: DemoCaseEvent[] = [
    {
      id: ctx.nextId('rescue-case-event'),
      fromStatus: null,
      toStatus: 'RECEIVED',
      at: shape.intakeAt,
      actor,
      reason: intakeReason(draft.plan.category, shape.source),
    },
  ];
  let from: RescueCaseStatus = 'RECEIVED';
  shape.path.forEach((to, i) => {
    let reason: string;
    if (to === 'IN_CARE') {
      reason =
        from === 'MEDICAL_TREATMENT'
          ? `出院返站，安排入住${CARE_ZONE_NAMES[zone!]}`
          : `完成甄别登记（采集指纹、照片，登记随身物品），安排入住${CARE_ZONE_NAMES[zone!]}`;
    } else if (to === 'MEDICAL_TREATMENT') {
      reason =
        from === 'RECEIVED'
          ? draft.plan.category === 'UNIDENTIFIED_PATIENT'
            ? '意识不清、无法表达，先救治后救助，送江临市第一人民医院'
            : '甄别时发现发热、外伤，先救治后救助，送定点医院'
          : '在站期间突发疾病，送定点医院救治';
    } else if (to === 'HANDED_TO_POLICE') {
      reason =
        draft.plan.category === 'FOREIGN_NATIONAL'
          ? '疑似非法入境、非法居留，移交公安机关出入境管理部门'
          : '甄别中发现涉嫌违法犯罪线索，移交辖区派出所处理';
    } else if (to === 'REFUSED') {
      reason = unidentified
        ? '本人拒绝接受救助，已书面告知并记录'
        : '经甄别有固定住所和稳定收入来源，不符合救助条件，已出具不予救助告知书';
    } else {
      reason = EXIT_EVENT_REASONS[shape.exitReason!];
    }
    events.push({
      id: ctx.nextId('rescue-case-event'),
      fromStatus: from,
      toStatus: to,
      at: addMinutes(shape.intakeAt, offsets[i]!),
      actor,
      reason,
    });
    from = to;
  });

  return {
    id: ctx.nextId('rescue-case'),
    personId: draft.person.id,
    stationId: shape.station.id,
    status: from,
    intakeSource: shape.source,
    intakeAt: shape.intakeAt,
    zone,
    exitAt: shape.exitAt,
    exitReason: shape.exitReason,
    events,
  };
}

function pickStation(ctx: GenerationContext, draft: PersonDraft, outcome: CaseOutcome, network: DemoNetwork): DemoStation {
  const { category } = draft.plan;
  if (category === 'DV_VICTIM' || category === 'TRAFFICKING_VICTIM' || category === 'FOREIGN_NATIONAL') {
    return network.center;
  }
  if (category === 'STRANDED') {
    if (outcome.exitReason === 'RETURNED_HOME' || outcome.exitReason === 'LEFT_VOLUNTARILY') {
      if (ctx.chance(0.3)) return network.closedTemporaryPoint;
    } else if ((outcome.status === 'RECEIVED' || outcome.status === 'IN_CARE') && ctx.chance(0.2)) {
      return network.openTemporaryPoint;
    }
  }
  const centerShare = category === 'UNIDENTIFIED_PATIENT' ? 0.5 : 0.35;
  return ctx.chance(centerShare) ? network.center : ctx.pick(network.countyStations);
}

function pathFor(ctx: GenerationContext, draft: PersonDraft, outcome: CaseOutcome, intakeDaysAgo: number): RescueCaseStatus[] {
  const patient = draft.plan.category === 'UNIDENTIFIED_PATIENT';
  switch (outcome.status) {
    case 'RECEIVED':
      return [];
    case 'MEDICAL_TREATMENT':
      return !patient && intakeDaysAgo >= 5 && ctx.chance(0.3) ? ['IN_CARE', 'MEDICAL_TREATMENT'] : ['MEDICAL_TREATMENT'];
    case 'HANDED_TO_POLICE':
    case 'REFUSED':
      return [outcome.status];
    case 'IN_CARE':
      return patient || ctx.chance(0.15) ? ['MEDICAL_TREATMENT', 'IN_CARE'] : ['IN_CARE'];
    case 'EXITED': {
      const care: RescueCaseStatus[] = patient ? ['MEDICAL_TREATMENT', 'IN_CARE'] : ['IN_CARE'];
      return outcome.exitReason === 'DECEASED' ? [...care, 'MEDICAL_TREATMENT', 'EXITED'] : [...care, 'EXITED'];
    }
  }
}

function currentShape(ctx: GenerationContext, draft: PersonDraft, network: DemoNetwork): CaseShape {
  const outcome = draft.plan.outcome;
  const station = pickStation(ctx, draft, outcome, network);
  let source = weighted(ctx, INTAKE_SOURCES[draft.plan.category]);
  if (station.id === network.center.id && ['ROUGH_SLEEPER', 'STRANDED', 'UNIDENTIFIED_PATIENT'].includes(draft.plan.category) && ctx.chance(0.15)) {
    source = 'TRANSFER';
  }

  let intakeAt: Date;
  let exitAt: Date | null = null;
  if (outcome.status === 'EXITED') {
    const [s0, s1] = station.id === network.closedTemporaryPoint.id ? [0.5, 3] : (outcome.stayDays ?? EXIT_STAY_DAYS[outcome.exitReason!]);
    const stay = ctx.int(s0 * D, s1 * D);
    if (station.id === network.closedTemporaryPoint.id) {
      intakeAt = ctx.ago(95 * D, 110 * D);
    } else if (outcome.intakeDays) {
      intakeAt = ctx.ago(Math.max(outcome.intakeDays[0] * D, stay + 2 * H), Math.max(outcome.intakeDays[1] * D, stay + 2 * H));
    } else {
      intakeAt = ctx.ago(stay + 2 * H, Math.max(stay + 2 * H, 118 * D));
    }
    exitAt = addMinutes(intakeAt, stay);
  } else if (station.id === network.openTemporaryPoint.id) {
    intakeAt = outcome.status === 'RECEIVED' ? ctx.ago(30, 20 * H) : ctx.ago(3 * H, 4 * D);
  } else if (outcome.intakeDays) {
    intakeAt = ctx.ago(outcome.intakeDays[0] * D, outcome.intakeDays[1] * D);
  } else {
    switch (outcome.status) {
      case 'RECEIVED':
        intakeAt = ctx.ago(30, 20 * H);
        break;
      case 'MEDICAL_TREATMENT':
        intakeAt = ctx.ago(1 * D, 40 * D);
        break;
      case 'HANDED_TO_POLICE':
        intakeAt = ctx.ago(1 * D, 60 * D);
        break;
      case 'REFUSED':
        intakeAt = ctx.ago(1 * D, 90 * D);
        break;
      default:
        if (draft.plan.origin === 'UNIDENTIFIED') {
          intakeAt = ctx.chance(0.4) ? ctx.ago(91 * D, 120 * D) : ctx.ago(3 * D, 90 * D);
        } else {
          intakeAt = ctx.chance(0.6) ? ctx.ago(12 * H, 10 * D) : ctx.ago(10 * D, 60 * D);
        }
    }
  }
  const intakeDaysAgo = minutesBetween(intakeAt, ctx.now) / D;
  return { station, source, intakeAt, path: pathFor(ctx, draft, outcome, intakeDaysAgo), exitAt, exitReason: outcome.exitReason };
}

/** Categories whose members come back: rough sleepers, stranded persons and minors who ran away again. */
const REPEAT_CATEGORIES: PersonCategory[] = ['ROUGH_SLEEPER', 'STRANDED', 'MINOR'];

/**
 * Generates the rescue cases of every person: the current case from the plan, and an older
 * exited case (ended 3 to 40 days before the current intake) for about 15% of the population,
 * chosen among rough sleepers, stranded persons and minors whose current case began within the
 * last 80 days.
 */
export function generateRescueCases(ctx: GenerationContext, drafts: PersonDraft[], network: DemoNetwork): PersonCases[] {
  const result: PersonCases[] = drafts.map((draft) => ({
    draft,
    current: buildCase(ctx, draft, currentShape(ctx, draft, network), network.center),
    older: null,
  }));

  const eligible = result.filter(
    (entry) =>
      REPEAT_CATEGORIES.includes(entry.draft.plan.category) &&
      minutesBetween(entry.current.intakeAt, ctx.now) <= 80 * D,
  );
  const repeatCount = Math.min(eligible.length, Math.round(drafts.length * 0.15));
  for (const entry of ctx.shuffle(eligible).slice(0, repeatCount)) {
    const exitAt = addMinutes(entry.current.intakeAt, -ctx.int(3 * D, 40 * D));
    const intakeAt = addMinutes(exitAt, -ctx.int(6 * H, 8 * D));
    const currentStation = network.stations.find((s) => s.id === entry.current.stationId)!;
    const regular = [network.center, ...network.countyStations];
    const station = regular.includes(currentStation) && ctx.chance(0.5) ? currentStation : ctx.pick(regular);
    entry.older = buildCase(
      ctx,
      entry.draft,
      {
        station,
        source: weighted(ctx, INTAKE_SOURCES[entry.draft.plan.category]),
        intakeAt,
        path: ['IN_CARE', 'EXITED'],
        exitAt,
        exitReason: ctx.pick(['LEFT_VOLUNTARILY', 'LEFT_VOLUNTARILY', 'RETURNED_HOME', 'ABSCONDED', 'TERMINATED'] as const),
      },
      network.center,
    );
  }
  return result;
}
