/**
 * The foreign-national status check as a state machine (DOMAIN.md §3, identity check): a station
 * requests it, the police conclude it once with legal entry, legal residence (the foreign-affairs
 * office is notified) or illegal (the person is handed over to the police). And the input rules
 * of a request: nationality as an ICAO 9303 code, a passport number, and when a machine-readable
 * zone is given its ICAO 9303 check digits, agreeing with the number and nationality typed in.
 * Pure functions.
 */
import { isIcaoNationalityCode, parseTd3Mrz, sameNationality } from '@lifeline/identity-documents';
import { type ForeignNationalOutcome, type ForeignNationalStatus, type UserErrorCode } from './vocabulary';

export const STATUS_CHECK_TRANSITIONS: Record<ForeignNationalStatus, readonly ForeignNationalStatus[]> = {
  REQUESTED: ['LEGAL_ENTRY', 'LEGAL_RESIDENCE', 'ILLEGAL'],
  LEGAL_ENTRY: [],
  LEGAL_RESIDENCE: [],
  ILLEGAL: [],
};

/** Whether a status check may move from one state to another, with a reason a person can act on. */
export function statusCheckTransition(from: ForeignNationalStatus, to: ForeignNationalStatus): { ok: true } | { ok: false; message: string } {
  if (STATUS_CHECK_TRANSITIONS[from].includes(to)) return { ok: true };
  if (STATUS_CHECK_TRANSITIONS[from].length === 0) return { ok: false, message: `The status check is concluded (${from}): it cannot change to ${to}.` };
  return { ok: false, message: `A status check that is ${from} can change to ${STATUS_CHECK_TRANSITIONS[from].join(', ')}, not to ${to}.` };
}

/** Outcomes that notify the foreign-affairs office. */
export function notifiesForeignAffairs(outcome: ForeignNationalOutcome): boolean {
  return outcome === 'LEGAL_ENTRY' || outcome === 'LEGAL_RESIDENCE';
}

/** A refused input: the field at fault, a stable code and a message. */
export interface InputProblem {
  field: string;
  code: UserErrorCode;
  message: string;
}

export interface StatusCheckRequestFields {
  nationality: string;
  passportNumber: string;
  mrzLines?: readonly string[] | null;
}

const PASSPORT_NUMBER = /^[A-Z0-9]{5,20}$/;
const RECORD_NUMBER = /^[A-Z0-9][A-Z0-9-]{3,39}$/;

/** Normalises and validates the document fields of a request (nationality, passport number, MRZ). */
export function parseStatusCheckRequest(
  input: StatusCheckRequestFields,
  today: Date,
): { ok: true; value: { nationality: string; passportNumber: string; mrzVerified: boolean } } | { ok: false; problem: InputProblem } {
  const nationality = input.nationality.trim().toUpperCase();
  if (!isIcaoNationalityCode(nationality)) {
    return { ok: false, problem: { field: 'nationality', code: 'COUNTRY_CODE', message: `"${nationality}" is not an ICAO 9303 nationality code (ISO 3166-1 alpha-3 such as VNM, MMR, NGA, or ICAO’s own such as D, XXA for stateless, XXB or XXC for refugees).` } };
  }
  const passportNumber = input.passportNumber.replace(/\s+/g, '').toUpperCase();
  if (!PASSPORT_NUMBER.test(passportNumber)) {
    return { ok: false, problem: { field: 'passportNumber', code: 'FORMAT', message: 'A passport number is 5 to 20 letters and digits.' } };
  }
  const lines = input.mrzLines ?? [];
  if (lines.length === 0) return { ok: true, value: { nationality, passportNumber, mrzVerified: false } };
  if (lines.length !== 2) return { ok: false, problem: { field: 'mrzLines', code: 'LENGTH', message: 'A passport MRZ has exactly two lines.' } };
  const mrz = parseTd3Mrz(lines[0]!, lines[1]!, { today });
  if (!mrz.ok) return { ok: false, problem: { field: 'mrzLines', code: mrz.error.code, message: mrz.error.message } };
  if (mrz.value.documentNumber !== passportNumber) {
    return { ok: false, problem: { field: 'mrzLines', code: 'PASSPORT_NUMBER_MISMATCH', message: 'The passport number in the MRZ differs from the one typed in.' } };
  }
  if (!sameNationality(mrz.value.nationality, nationality)) {
    return { ok: false, problem: { field: 'mrzLines', code: 'NATIONALITY_MISMATCH', message: 'The nationality in the MRZ differs from the one typed in.' } };
  }
  return { ok: true, value: { nationality, passportNumber, mrzVerified: true } };
}

export interface HandOverFields {
  recordNumber: string;
  policeUnit: string;
  handedOverAt?: Date | null;
}

/** Checks that a hand-over record goes with an illegal stay only, and that its fields are sound. */
export function parseOutcome(
  outcome: ForeignNationalOutcome,
  handOver: HandOverFields | null | undefined,
  requestedAt: Date,
  now: Date,
): { ok: true; handOver: { recordNumber: string; policeUnit: string; handedOverAt: Date } | null } | { ok: false; problem: InputProblem } {
  if (outcome !== 'ILLEGAL') {
    if (handOver) return { ok: false, problem: { field: 'handOver', code: 'NOT_APPLICABLE', message: 'Only an illegal stay is handed over to the police.' } };
    return { ok: true, handOver: null };
  }
  if (!handOver) return { ok: false, problem: { field: 'handOver', code: 'REQUIRED', message: 'An illegal stay needs the police hand-over record.' } };
  const recordNumber = handOver.recordNumber.trim().toUpperCase();
  if (!RECORD_NUMBER.test(recordNumber)) return { ok: false, problem: { field: 'handOver.recordNumber', code: 'FORMAT', message: 'A hand-over record number is 4 to 40 letters, digits and hyphens.' } };
  const policeUnit = handOver.policeUnit.trim();
  if (!policeUnit || policeUnit.length > 200) return { ok: false, problem: { field: 'handOver.policeUnit', code: 'TEXT', message: 'Name the police unit (at most 200 characters).' } };
  const handedOverAt = handOver.handedOverAt ?? now;
  if (handedOverAt.getTime() > now.getTime() + 60_000) return { ok: false, problem: { field: 'handOver.handedOverAt', code: 'FUTURE', message: 'The hand-over time is in the future.' } };
  if (handedOverAt.getTime() < requestedAt.getTime()) return { ok: false, problem: { field: 'handOver.handedOverAt', code: 'BEFORE_REQUEST', message: 'A hand-over cannot be before the status check was requested.' } };
  return { ok: true, handOver: { recordNumber, policeUnit, handedOverAt } };
}
