/**
 * The shelter-referral workflow of the women's federation, as plain functions: validating a
 * submission (victim details may be partial, consent is required), fingerprinting it for the
 * idempotency key, the status a caseworker sees (her side of the file, or the shelter's answer
 * from civil affairs), and the steps of a referral-out service.
 */
import { createHash } from 'node:crypto';
import { parseChineseMobile, parseE164, parsePersonName, parseResidentIdNumber } from '@lifeline/identity-documents';
import { IDEMPOTENCY_KEY, isBadText } from '@lifeline/subgraph-runtime';
import {
  CONSENT_GIVERS,
  CONSENT_METHODS,
  REFERRAL_NEEDS,
  RISK_FACTORS,
  RISK_LEVELS,
  VICTIM_SEXES,
  VICTIM_TYPES,
  type ConsentGiver,
  type ConsentMethod,
  type ReferralFileStatus,
  type ReferralNeed,
  type ReferralServiceStatus,
  type RiskFactor,
  type RiskLevel,
  type ShelterPlacementStatus,
  type ShelterReferralStatus,
  type VictimSex,
  type VictimType,
  type UserErrorCode,
} from './vocabulary';

export interface Rejection {
  field: string;
  code: UserErrorCode;
  message: string;
}

export interface SubmissionInput {
  idempotencyKey: string;
  victim: { name?: string | null; sex?: VictimSex | null; age?: number | null; ageEstimated?: boolean | null; phone?: string | null; idNumber?: string | null };
  victimType: VictimType;
  risk: { level: RiskLevel; factors?: RiskFactor[] | null; assessedBy?: string | null; assessedAt?: Date | null };
  children?: Array<{ ageYears: number; sex?: VictimSex | null }> | null;
  needs?: ReferralNeed[] | null;
  needsNote?: string | null;
  referringOrganisation: string;
  consent?: { givenBy: ConsentGiver; method: ConsentMethod; at: Date } | null;
}

/** A submission cleaned and ready to store. */
export interface ValidSubmission {
  idempotencyKey: string;
  victimName: string | null;
  victimSex: VictimSex;
  victimAge: number | null;
  victimAgeEstimated: boolean;
  victimPhone: string | null;
  victimIdNumber: string | null;
  victimType: VictimType;
  riskLevel: RiskLevel;
  riskFactors: RiskFactor[];
  riskAssessedBy: string;
  riskAssessedAt: Date;
  children: Array<{ ageYears: number; sex: VictimSex }>;
  needs: ReferralNeed[];
  needsNote: string | null;
  referringOrganisation: string;
  consentGivenBy: ConsentGiver;
  consentMethod: ConsentMethod;
  consentAt: Date;
}

export const MAX_CHILDREN = 8;
const TEXT_MAX = 2000;
/** The shelter receives the organisation's name with the referral (the exchange's limit). */
const ORGANISATION_MAX = 200;

const reject = (field: string, code: UserErrorCode, message: string): { ok: false; rejection: Rejection } => ({ ok: false, rejection: { field, code, message } });
const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
const badText = (value: string) => isBadText(value, TEXT_MAX);

/**
 * Validates a submission by `submitter` at `now`: the cleaned referral, or the first problem. A
 * referral without the victim's recorded consent is refused (her data is sensitive, PIPL art. 29).
 */
export function validateSubmission(input: SubmissionInput, submitter: string, now: Date): { ok: true; value: ValidSubmission } | { ok: false; rejection: Rejection } {
  const key = input.idempotencyKey?.trim() ?? '';
  if (!IDEMPOTENCY_KEY.test(key)) return reject('idempotencyKey', 'FORMAT', 'The idempotency key is 8 to 100 letters, digits or . _ : - (a UUID will do).');
  if (!input.consent) return reject('consent', 'REQUIRED', 'Record who gave consent to the referral, how and when: without consent nothing is sent.');
  if (!oneOf(CONSENT_GIVERS, input.consent.givenBy)) return reject('consent.givenBy', 'UNKNOWN', 'Consent is given by the victim or her guardian.');
  if (!oneOf(CONSENT_METHODS, input.consent.method)) return reject('consent.method', 'UNKNOWN', 'Consent is written, verbal before a witness, or electronic.');
  if (Number.isNaN(input.consent.at.getTime()) || input.consent.at.getTime() > now.getTime() + 60_000) return reject('consent.at', 'FUTURE', 'Consent cannot be dated in the future.');
  if (!oneOf(VICTIM_TYPES, input.victimType)) return reject('victimType', 'UNKNOWN', 'The victim flees domestic violence or trafficking.');
  if (!oneOf(RISK_LEVELS, input.risk.level)) return reject('risk.level', 'UNKNOWN', 'The risk level is LOW, MEDIUM, HIGH or CRITICAL.');
  const factors = [...new Set(input.risk.factors ?? [])];
  if (factors.some((f) => !oneOf(RISK_FACTORS, f))) return reject('risk.factors', 'UNKNOWN', 'An assessed risk factor is not one of the known factors.');
  const assessedAt = input.risk.assessedAt ?? now;
  if (assessedAt.getTime() > now.getTime() + 60_000) return reject('risk.assessedAt', 'FUTURE', 'The risk assessment cannot be dated in the future.');
  const assessedBy = input.risk.assessedBy?.trim() || submitter;
  if (badText(assessedBy)) return reject('risk.assessedBy', 'TEXT', 'The assessor is a name or username without control characters.');

  let victimName: string | null = null;
  if (input.victim.name != null && input.victim.name.trim() !== '') {
    const parsed = parsePersonName(input.victim.name);
    if (!parsed.ok) return reject('victim.name', parsed.error.code, parsed.error.message);
    victimName = parsed.value;
  }
  let victimSex: VictimSex = input.victim.sex ?? 'FEMALE';
  if (!oneOf(VICTIM_SEXES, victimSex)) return reject('victim.sex', 'UNKNOWN', 'Sex is FEMALE, MALE or UNKNOWN.');
  let victimAge = input.victim.age ?? null;
  let victimAgeEstimated = input.victim.ageEstimated ?? false;
  let victimIdNumber: string | null = null;
  if (input.victim.idNumber != null && input.victim.idNumber.trim() !== '') {
    const parsed = parseResidentIdNumber(input.victim.idNumber, { today: now });
    if (!parsed.ok) return reject('victim.idNumber', parsed.error.code, parsed.error.message);
    victimIdNumber = parsed.value.idNumber;
    const born = parsed.value.birthDate;
    const today = now.toISOString().slice(0, 10);
    const years = Number(today.slice(0, 4)) - Number(born.slice(0, 4)) - (today.slice(5) < born.slice(5) ? 1 : 0);
    if (victimAge != null && !victimAgeEstimated && victimAge !== years) return reject('victim.age', 'MISMATCH', `The age differs from the one in the ID number (${years}).`);
    victimAge = years;
    victimAgeEstimated = false;
    if (victimSex === 'UNKNOWN') victimSex = parsed.value.sex as VictimSex;
  }
  if (victimAge != null && (!Number.isInteger(victimAge) || victimAge < 0 || victimAge > 120)) return reject('victim.age', 'AGE_RANGE', 'An age is a whole number of years from 0 to 120.');
  let victimPhone: string | null = null;
  if (input.victim.phone != null && input.victim.phone.trim() !== '') {
    const raw = input.victim.phone.trim();
    const parsed = raw.startsWith('+') && !raw.startsWith('+86') ? parseE164(raw) : parseChineseMobile(raw);
    if (!parsed.ok) return reject('victim.phone', parsed.error.code, parsed.error.message);
    victimPhone = parsed.value;
  }

  const children = input.children ?? [];
  if (children.length > MAX_CHILDREN) return reject('children', 'TOO_MANY', `At most ${MAX_CHILDREN} children per referral; refer the others separately.`);
  for (const [i, child] of children.entries()) {
    if (!Number.isInteger(child.ageYears) || child.ageYears < 0 || child.ageYears > 17) return reject(`children.${i}.ageYears`, 'AGE_RANGE', 'An accompanying child is 0 to 17 years old (a whole number).');
    if (child.sex != null && !oneOf(VICTIM_SEXES, child.sex)) return reject(`children.${i}.sex`, 'UNKNOWN', 'Sex is FEMALE, MALE or UNKNOWN.');
  }
  const needs = [...new Set(input.needs ?? [])];
  if (needs.some((n) => !oneOf(REFERRAL_NEEDS, n))) return reject('needs', 'UNKNOWN', 'A need is not one of the known needs.');
  const needsNote = input.needsNote?.trim() || null;
  if (needsNote && badText(needsNote)) return reject('needsNote', 'TEXT', `At most ${TEXT_MAX} characters, without control or invisible characters.`);
  const organisation = input.referringOrganisation?.trim() ?? '';
  if (!organisation || badText(organisation)) return reject('referringOrganisation', 'REQUIRED', 'Name the referring organisation (women\'s federation office or police unit).');
  if (organisation.length > ORGANISATION_MAX) return reject('referringOrganisation', 'TOO_LONG', `An organisation's name is at most ${ORGANISATION_MAX} characters.`);

  return {
    ok: true,
    value: {
      idempotencyKey: key,
      victimName,
      victimSex,
      victimAge,
      victimAgeEstimated: victimAge == null ? false : victimAgeEstimated,
      victimPhone,
      victimIdNumber,
      victimType: input.victimType,
      riskLevel: input.risk.level,
      riskFactors: factors.sort(),
      riskAssessedBy: assessedBy,
      riskAssessedAt: assessedAt,
      children: children.map((c) => ({ ageYears: c.ageYears, sex: c.sex ?? 'UNKNOWN' })),
      needs: needs.sort(),
      needsNote,
      referringOrganisation: organisation,
      consentGivenBy: input.consent.givenBy,
      consentMethod: input.consent.method,
      consentAt: input.consent.at,
    },
  };
}

/**
 * A fingerprint of what was submitted: a retry under the same key carries the same content (the
 * same hash), a different referral under a reused key does not. Times the client did not give
 * (the assessment time defaulting to now) are left out, so a retry a minute later still matches.
 */
export function submissionFingerprint(value: ValidSubmission, assessedAtGiven: boolean): string {
  const { riskAssessedAt, consentAt, ...rest } = value;
  // validateSubmission builds the value in one fixed key order, so the JSON is canonical.
  const canonical = JSON.stringify({ ...rest, riskAssessedAt: assessedAtGiven ? riskAssessedAt.toISOString() : null, consentAt: consentAt.toISOString() });
  return createHash('sha256').update(canonical).digest('hex');
}

/** Shelter answers after which the victim has been in the shelter (her stay outranks the file). */
const STAYED: readonly ShelterPlacementStatus[] = ['ADMITTED', 'EXTENDED', 'DISCHARGED', 'REFERRED_OUT', 'CLOSED'];

/**
 * The status a reader sees. Once the shelter admitted the victim, the shelter's record tells
 * (ADMITTED … CLOSED); before that a withdrawn or closed file says so; otherwise the shelter's
 * answer (ACCEPTED, DECLINED) when there is one, else SUBMITTED.
 */
export function referralStatus(file: ReferralFileStatus, placement: ShelterPlacementStatus | null | undefined): ShelterReferralStatus {
  if (placement && STAYED.includes(placement)) return placement;
  if (file !== 'SUBMITTED') return file;
  return placement ?? 'SUBMITTED';
}

/** Whether the caseworker may take her file from `from` to `to` (withdraw before the stay, close). */
export function checkFileStep(from: ReferralFileStatus, to: ReferralFileStatus): { ok: true } | { ok: false; message: string } {
  if (to === 'WITHDRAWN' && from !== 'SUBMITTED') return { ok: false, message: `Only a submitted referral can be withdrawn; it is ${from}.` };
  if (to === 'CLOSED' && from === 'CLOSED') return { ok: false, message: 'The referral is already closed.' };
  if (to === 'SUBMITTED') return { ok: false, message: 'A referral cannot be submitted again: submit a new one.' };
  return { ok: true };
}

/** The next step of a referral-out service, or why it is not allowed. */
export function checkServiceStep(from: ReferralServiceStatus, to: ReferralServiceStatus): { ok: true } | { ok: false; message: string } {
  const allowed: Record<ReferralServiceStatus, ReferralServiceStatus[]> = {
    REQUESTED: ['IN_PROGRESS', 'OUTCOME_RECORDED'],
    IN_PROGRESS: ['OUTCOME_RECORDED'],
    OUTCOME_RECORDED: [],
  };
  return allowed[from].includes(to) ? { ok: true } : { ok: false, message: `A service that is ${from} cannot become ${to}.` };
}
