/**
 * Police identity checks: most persons unidentified or with an unverified claimed identity at
 * intake, and every foreign national, get one, requested by their station within 7 days of
 * intake. Samples are recorded by kind and code only. A MATCHED check verifies the person's
 * identity (the record then shows the true name and ID number); settled persons were re-checked
 * before settlement and matched nothing.
 */
import type {
  DemoBiometricSample,
  DemoIdentityCheck,
  IdentityCheckReason,
  IdentityCheckStatus,
} from './demo-region.types';
import { DAY_MINUTES, HOUR_MINUTES, addMinutes, minutesBetween, type GenerationContext } from './generation.context';
import type { DemoNetwork } from './network.generator';
import { chinaDate, revealIdentity } from './person.generator';
import { allocate } from './region.plan';
import type { PersonCases } from './rescue-case.generator';

const D = DAY_MINUTES;
const H = HOUR_MINUTES;

const STATUS_QUOTAS: Array<[IdentityCheckStatus, number]> = [
  ['REQUESTED', 2], ['SAMPLE_COLLECTED', 2], ['COMPARING', 3], ['MATCHED', 5], ['NO_MATCH', 3], ['INCONCLUSIVE', 1],
];
const CONCLUDED: IdentityCheckStatus[] = ['MATCHED', 'NO_MATCH', 'INCONCLUSIVE'];
const SAMPLE_PREFIX = { DNA: 'DNA', FINGERPRINT: 'FP', FACE: 'FACE' } as const;

/** The most advanced status a check requested `minutesOpen` ago can have reached. */
function feasible(status: IdentityCheckStatus, minutesOpen: number): IdentityCheckStatus {
  if (CONCLUDED.includes(status) && minutesOpen >= 4 * D) return status;
  if (status !== 'REQUESTED' && status !== 'SAMPLE_COLLECTED' && minutesOpen >= 2 * D) return 'COMPARING';
  if (status !== 'REQUESTED' && minutesOpen >= 6 * H) return 'SAMPLE_COLLECTED';
  return 'REQUESTED';
}

/**
 * Generates the identity checks and applies MATCHED results to the persons (who become
 * VERIFIED). Checks are returned oldest first.
 */
export function generateIdentityChecks(
  ctx: GenerationContext,
  entries: PersonCases[],
  network: DemoNetwork,
): DemoIdentityCheck[] {
  const counters = { DNA: 100, FINGERPRINT: 300, FACE: 500 };
  const checks: DemoIdentityCheck[] = [];

  const sampleKinds = (reason: IdentityCheckReason): Array<DemoBiometricSample['kind']> => {
    switch (reason) {
      case 'UNIDENTIFIED_PERSON':
      case 'SETTLEMENT_RECHECK':
        return ctx.chance(0.5) ? ['DNA', 'FINGERPRINT', 'FACE'] : ['DNA', 'FINGERPRINT'];
      case 'CLAIMED_IDENTITY':
        return ctx.chance(0.5) ? ['FINGERPRINT', 'FACE'] : ['FINGERPRINT'];
      case 'SUSPECTED_FOREIGN_NATIONAL':
        return ['FINGERPRINT', 'FACE'];
    }
  };

  const addCheck = (
    entry: PersonCases,
    reason: IdentityCheckReason,
    status: IdentityCheckStatus,
    requestedAt: Date,
    latestConclusion: Date,
  ): DemoIdentityCheck => {
    const { draft } = entry;
    const concludedAt = CONCLUDED.includes(status)
      ? ctx.after(requestedAt, 4 * D, Math.min(30 * D, minutesBetween(requestedAt, latestConclusion)))
      : null;
    const samplesUntil = concludedAt ? addMinutes(concludedAt, -H) : addMinutes(ctx.now, -H);
    const samples: DemoBiometricSample[] =
      status === 'REQUESTED'
        ? []
        : sampleKinds(reason)
            .map((kind) => ({ kind, collectedAt: ctx.after(requestedAt, H, Math.min(25 * D, minutesBetween(requestedAt, samplesUntil))) }))
            .sort((a, b) => a.collectedAt.getTime() - b.collectedAt.getTime())
            .map(({ kind, collectedAt }) => ({
              id: ctx.nextId('biometric-sample'),
              kind,
              sampleCode: `${SAMPLE_PREFIX[kind]}-${chinaDate(collectedAt).slice(0, 4)}-${String(counters[kind]++).padStart(6, '0')}`,
              collectedBy: kind === 'DNA' ? 'forensic.officer' : 'police.officer',
              collectedAt,
            }));
    const station = network.stations.find((s) => s.id === entry.current.stationId)!;
    // The center asks the city police on behalf of patients sent to city hospitals; temporary
    // points ask through the county station they belong to.
    const requestingStation =
      draft.plan.category === 'UNIDENTIFIED_PATIENT'
        ? network.center
        : station.kind === 'TEMPORARY_POINT'
          ? network.stations.find((s) => s.id === station.parentId)!
          : station;

    const matched = status === 'MATCHED';
    const foreign = draft.plan.category === 'FOREIGN_NATIONAL';
    const check: DemoIdentityCheck = {
      id: ctx.nextId('identity-check'),
      personId: draft.person.id,
      requestingStationId: requestingStation.id,
      reason,
      status,
      requestedAt,
      concludedAt,
      samples,
      verifiedName: matched ? draft.truth.name : null,
      verifiedIdNumber: matched && !foreign ? draft.truth.idNumber : null,
      householdRegistration: matched && !foreign ? draft.truth.householdRegistration : null,
    };
    if (matched) {
      if (foreign) draft.person.identityStatus = 'VERIFIED';
      else revealIdentity(draft);
    }
    checks.push(check);
    return check;
  };

  const candidates = entries.filter(
    (entry) =>
      entry.draft.plan.category === 'FOREIGN_NATIONAL' ||
      (entry.draft.plan.origin !== 'VERIFIED' && (entry.current.exitReason === 'SETTLED' || ctx.chance(0.85))),
  );
  const statuses = allocate(ctx, STATUS_QUOTAS, candidates.length);
  candidates.forEach((entry, i) => {
    const { draft, current } = entry;
    const sinceIntake = minutesBetween(current.intakeAt, ctx.now);
    const maxDelay = Math.min(7 * D, Math.floor(sinceIntake / 2));
    const requestedAt = ctx.after(current.intakeAt, Math.min(2 * H, maxDelay), maxDelay);
    const reason: IdentityCheckReason =
      draft.plan.category === 'FOREIGN_NATIONAL'
        ? 'SUSPECTED_FOREIGN_NATIONAL'
        : draft.plan.origin === 'UNIDENTIFIED'
          ? 'UNIDENTIFIED_PERSON'
          : 'CLAIMED_IDENTITY';

    if (current.exitReason === 'SETTLED') {
      // Searched in vain, then re-checked before settlement so no duplicate registration is made.
      const exitAt = current.exitAt!;
      const first = addCheck(entry, reason, 'NO_MATCH', requestedAt, addMinutes(exitAt, -40 * D));
      addCheck(entry, 'SETTLEMENT_RECHECK', 'NO_MATCH', ctx.after(first.concludedAt!, 20 * D, 30 * D), addMinutes(exitAt, -D));
      return;
    }
    const status = feasible(statuses[i]!, minutesBetween(requestedAt, ctx.now));
    const check = addCheck(entry, reason, status, requestedAt, ctx.now);

    // Long-stay unidentified persons still in care: settlement proposed, identity re-checked.
    if (
      status !== 'MATCHED' &&
      check.concludedAt !== null &&
      reason === 'UNIDENTIFIED_PERSON' &&
      current.status === 'IN_CARE' &&
      sinceIntake > 90 * D
    ) {
      const recheckAt = ctx.after(check.concludedAt, D, Math.max(D, minutesBetween(check.concludedAt, ctx.now) - D));
      const recheckStatus = feasible(ctx.pick(['REQUESTED', 'COMPARING', 'NO_MATCH'] as const), minutesBetween(recheckAt, ctx.now));
      addCheck(entry, 'SETTLEMENT_RECHECK', recheckStatus, recheckAt, ctx.now);
    }
  });
  return checks.sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime());
}
