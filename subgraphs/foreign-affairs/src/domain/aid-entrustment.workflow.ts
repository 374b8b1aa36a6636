/**
 * The aid-entrustment workflow as plain functions (DOMAIN.md §3, aid entrustment): what the
 * status is at a given instant (an open entrustment past its window is EXPIRED, whatever is
 * stored), which changes each status allows, whether terms and beneficiaries are valid, and
 * whether a delivery fits under the caps. No database and no GraphQL in here.
 */
import { isIcaoNationalityCode, parsePersonName, parseTd3Mrz, sameNationality } from '@lifeline/identity-documents';
import { hasForbiddenCharacter, isCalendarDate, rejectionHelpers } from '@lifeline/subgraph-runtime';
import { sumFen, type Fen } from './money';
import { AID_ITEM_KINDS, OPEN_STATUSES, type AidEntrustmentStatus, type AidItemKind, type EntryStatus, type UserErrorCode } from './vocabulary';

export type Rejection = { __typename: 'AidInputRejected'; field: string; code: UserErrorCode; message: string };
export type Refusal = { __typename: 'AidEntrustmentRefused'; currentStatus: AidEntrustmentStatus; code: UserErrorCode; field: null; message: string };

export const { rejected } = rejectionHelpers<'AidInputRejected', UserErrorCode>('AidInputRejected');
export const refused = (currentStatus: AidEntrustmentStatus, code: UserErrorCode, message: string): Refusal => ({ __typename: 'AidEntrustmentRefused', currentStatus, code, field: null, message });

/** The status as every read must show it: an open entrustment whose window has passed is EXPIRED. */
export function effectiveStatus(entrustment: { status: AidEntrustmentStatus; validUntil: Date }, now: Date): AidEntrustmentStatus {
  return OPEN_STATUSES.includes(entrustment.status) && entrustment.validUntil.getTime() <= now.getTime() ? 'EXPIRED' : entrustment.status;
}

export type AidEntrustmentChange = 'ACCEPT' | 'DELIVER' | 'AMEND' | 'REVOKE' | 'CLOSE';

const ALLOWED_FROM: Record<AidEntrustmentChange, readonly AidEntrustmentStatus[]> = {
  ACCEPT: ['ISSUED'],
  DELIVER: ['ACCEPTED', 'IN_PROGRESS'],
  AMEND: ['ISSUED', 'ACCEPTED', 'IN_PROGRESS'],
  REVOKE: ['ISSUED', 'ACCEPTED', 'IN_PROGRESS'],
  CLOSE: ['ACCEPTED', 'IN_PROGRESS'],
};

const WHY_NOT: Record<AidEntrustmentStatus, string> = {
  ISSUED: 'it has not been accepted by the center yet',
  ACCEPTED: 'it is already accepted',
  IN_PROGRESS: 'aid is already being delivered against it',
  FULFILLED: 'it is fulfilled',
  REVOKED: 'it was revoked by the issuing office',
  EXPIRED: 'its validity window has passed',
};

/** Whether `change` is allowed in the entrustment's status at `now`; null when it is, else the refusal. */
export function checkChange(entrustment: { status: AidEntrustmentStatus; validUntil: Date; validFrom: Date }, change: AidEntrustmentChange, now: Date): Refusal | null {
  const status = effectiveStatus(entrustment, now);
  if (!ALLOWED_FROM[change].includes(status)) {
    const code = status === 'EXPIRED' ? 'EXPIRED' : status === 'ISSUED' ? 'NOT_ACCEPTED' : 'NOT_ACTIVE';
    return refused(status, code, `Not allowed: ${WHY_NOT[status]}.`);
  }
  if (change === 'DELIVER' && entrustment.validFrom.getTime() > now.getTime()) {
    return refused(status, 'NOT_YET_VALID', `Not allowed yet: the entrustment is valid from ${entrustment.validFrom.toISOString()}.`);
  }
  return null;
}

/** The caps and window of one version of the terms, as given (caps in whole fen, as GraphQL Ints). */
export interface AidTerms {
  items: ReadonlyArray<{ kind: AidItemKind; capFen: number }>;
  totalCapFen: number;
  validFrom: Date;
  validUntil: Date;
}

/** The caps of terms as stored and compared, exact at any size. */
export interface AidCaps {
  items: ReadonlyArray<{ kind: AidItemKind; capFen: Fen }>;
  totalCapFen: Fen;
}

/** The caps of valid terms, in exact fen. */
export function capsOf(terms: Pick<AidTerms, 'items' | 'totalCapFen'>): AidCaps {
  return { items: terms.items.map((item) => ({ kind: item.kind, capFen: BigInt(item.capFen) })), totalCapFen: BigInt(terms.totalCapFen) };
}

const isFen = (value: number) => Number.isSafeInteger(value) && value > 0 && value <= 2_147_483_647;

/** Validates terms (items, caps in whole fen, total, window); null when valid. */
export function validateTerms(terms: AidTerms, now: Date): Rejection | null {
  if (terms.items.length === 0) return rejected('items', 'REQUIRED', 'Entrust at least one kind of aid.');
  const seen = new Set<AidItemKind>();
  for (const [index, item] of terms.items.entries()) {
    if (!AID_ITEM_KINDS.includes(item.kind)) return rejected(`items.${index}.kind`, 'KIND', `Unknown kind of aid ${String(item.kind)}.`);
    if (seen.has(item.kind)) return rejected(`items.${index}.kind`, 'DUPLICATE', `${item.kind} is entrusted twice: give each kind once.`);
    seen.add(item.kind);
    if (!isFen(item.capFen)) return rejected(`items.${index}.capFen`, 'AMOUNT', 'A cap is a whole number of fen above zero (100 fen = 1 CNY).');
  }
  if (!isFen(terms.totalCapFen)) return rejected('totalCapFen', 'AMOUNT', 'The total cap is a whole number of fen above zero (100 fen = 1 CNY).');
  const sum = terms.items.reduce((total, item) => total + item.capFen, 0);
  if (terms.totalCapFen > sum) return rejected('totalCapFen', 'TOTAL_ABOVE_ITEMS', `The total cap (${terms.totalCapFen} fen) is above the sum of the item caps (${sum} fen).`);
  if (Number.isNaN(terms.validFrom.getTime()) || Number.isNaN(terms.validUntil.getTime())) return rejected('validUntil', 'WINDOW', 'The validity window needs a real start and end.');
  if (terms.validUntil.getTime() <= terms.validFrom.getTime()) return rejected('validUntil', 'WINDOW', 'The validity window ends before it starts: the end must be after the start.');
  if (terms.validUntil.getTime() <= now.getTime()) return rejected('validUntil', 'PAST', 'The validity window has already ended: give an end in the future.');
  return null;
}

/** Validates the new terms of an amendment against what was already delivered; null when they fit. */
export function checkAmendmentAgainstDelivered(terms: AidCaps, delivered: ReadonlyMap<AidItemKind, Fen>, status: AidEntrustmentStatus): Refusal | null {
  for (const [kind, fen] of delivered) {
    if (fen === 0n) continue;
    const item = terms.items.find((i) => i.kind === kind);
    if (!item) return refused(status, 'BELOW_DELIVERED', `${kind} cannot be removed: ${fen} fen of it were already delivered.`);
    if (item.capFen < fen) return refused(status, 'BELOW_DELIVERED', `The ${kind} cap cannot go below the ${fen} fen already delivered.`);
  }
  const total = sumFen(delivered.values());
  if (terms.totalCapFen < total) return refused(status, 'BELOW_DELIVERED', `The total cap cannot go below the ${total} fen already delivered.`);
  return null;
}

/** A would-be delivery that does not fit. */
export type CapExceeded = { __typename: 'AidCapExceeded'; code: 'CAP_EXCEEDED'; field: null; kind: AidItemKind | null; capFen: Fen; deliveredFen: Fen; remainingFen: Fen; message: string };

/**
 * Whether `amountFen` of `kind` fits under the item's cap and the total cap, given what was
 * delivered so far; null when it fits.
 */
export function checkDeliveryFits(terms: AidCaps, delivered: ReadonlyMap<AidItemKind, Fen>, kind: AidItemKind, amountFen: Fen, status: AidEntrustmentStatus): Refusal | CapExceeded | null {
  const item = terms.items.find((i) => i.kind === kind);
  if (!item) return refused(status, 'NOT_ENTRUSTED', `${kind} is not entrusted: only ${terms.items.map((i) => i.kind).join(', ')} may be delivered.`);
  const itemDelivered = delivered.get(kind) ?? 0n;
  if (itemDelivered + amountFen > item.capFen) {
    const remainingFen = item.capFen - itemDelivered;
    return { __typename: 'AidCapExceeded', code: 'CAP_EXCEEDED', field: null, kind, capFen: item.capFen, deliveredFen: itemDelivered, remainingFen, message: `The ${kind} cap would be exceeded: ${remainingFen} fen remain of it.` };
  }
  const total = sumFen(delivered.values());
  if (total + amountFen > terms.totalCapFen) {
    const remainingFen = terms.totalCapFen - total;
    return { __typename: 'AidCapExceeded', code: 'CAP_EXCEEDED', field: null, kind: null, capFen: terms.totalCapFen, deliveredFen: total, remainingFen, message: `The total cap would be exceeded: ${remainingFen} fen remain in all.` };
  }
  return null;
}

/** Whether nothing more can be delivered: the total cap, or every item's cap, is reached. */
export function isFulfilled(terms: AidCaps, delivered: ReadonlyMap<AidItemKind, Fen>): boolean {
  const total = sumFen(delivered.values());
  return total >= terms.totalCapFen || terms.items.every((item) => (delivered.get(item.kind) ?? 0n) >= item.capFen);
}

/** What is left of one entrusted item. */
export interface ItemBalance {
  kind: AidItemKind;
  capFen: Fen;
  deliveredFen: Fen;
  remainingFen: Fen;
}

/** What is left of an entrustment in all, and per item. */
export interface Balance {
  totalCapFen: Fen;
  deliveredFen: Fen;
  remainingFen: Fen;
  items: ItemBalance[];
}

const max = (a: Fen, b: Fen) => (a > b ? a : b);
const min = (a: Fen, b: Fen) => (a < b ? a : b);

/** What is left of each item and in all. */
export function balance(terms: AidCaps, delivered: ReadonlyMap<AidItemKind, Fen>): Balance {
  const deliveredFen = sumFen(delivered.values());
  const remainingTotal = max(0n, terms.totalCapFen - deliveredFen);
  return {
    totalCapFen: terms.totalCapFen,
    deliveredFen,
    remainingFen: remainingTotal,
    items: terms.items.map((item) => {
      const used = delivered.get(item.kind) ?? 0n;
      return { kind: item.kind, capFen: item.capFen, deliveredFen: used, remainingFen: max(0n, min(item.capFen - used, remainingTotal)) };
    }),
  };
}

/** What the office knows of the beneficiary. */
export interface BeneficiaryInput {
  beneficiaryName: string;
  nationality: string;
  passportNumber: string;
  mrzLine1?: string | null;
  mrzLine2?: string | null;
  entryStatus: EntryStatus;
}

/** The beneficiary as stored. */
export interface Beneficiary {
  beneficiaryName: string;
  nationality: string;
  passportNumber: string;
  mrzLine1: string | null;
  mrzLine2: string | null;
  entryStatus: EntryStatus;
}

/** The cleaned beneficiary, or the first problem (nationality, passport, MRZ check digits). */
export function validateBeneficiary(input: BeneficiaryInput, now: Date): { ok: true; value: Beneficiary } | { ok: false; result: Rejection } {
  const name = parsePersonName(input.beneficiaryName);
  if (!name.ok) return { ok: false, result: rejected('beneficiaryName', name.error.code, name.error.message) };
  const nationality = input.nationality.trim().toUpperCase();
  if (!isIcaoNationalityCode(nationality)) return { ok: false, result: rejected('nationality', 'NATIONALITY', `${input.nationality.trim() || 'An empty code'} is not an ICAO 9303 nationality code (ISO 3166-1 alpha-3 such as USA, VNM, GBR, or ICAO’s own such as D, XXA for stateless, XXB or XXC for refugees).`) };
  const passportNumber = input.passportNumber.trim().toUpperCase();
  if (!/^[A-Z0-9]{5,9}$/.test(passportNumber)) return { ok: false, result: rejected('passportNumber', 'PASSPORT_NUMBER', 'A passport number is 5 to 9 letters and digits.') };
  const line1 = input.mrzLine1?.trim() || null;
  const line2 = input.mrzLine2?.trim() || null;
  if ((line1 === null) !== (line2 === null)) return { ok: false, result: rejected(line1 === null ? 'mrzLine1' : 'mrzLine2', 'MRZ_INCOMPLETE', 'Give both lines of the machine-readable zone, or neither.') };
  if (line1 !== null && line2 !== null) {
    const mrz = parseTd3Mrz(line1, line2, { today: now });
    if (!mrz.ok) return { ok: false, result: rejected('mrzLine2', mrz.error.code, mrz.error.message) };
    if (mrz.value.documentNumber !== passportNumber) return { ok: false, result: rejected('passportNumber', 'MRZ_MISMATCH', 'The passport number differs from the one in the machine-readable zone.') };
    if (!sameNationality(mrz.value.nationality, nationality)) return { ok: false, result: rejected('nationality', 'MRZ_MISMATCH', 'The nationality differs from the one in the machine-readable zone.') };
  }
  return { ok: true, value: { beneficiaryName: name.value, nationality, passportNumber, mrzLine1: line1?.toUpperCase() ?? null, mrzLine2: line2?.toUpperCase() ?? null, entryStatus: input.entryStatus } };
}

/** Validates a delivery's own fields (amount in whole fen, quantity, date, receipt); null when valid. */
export function validateDelivery(input: { quantity: number; amountFen: number; deliveredOn: string; receiptNumber: string }, today: string): Rejection | null {
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) return rejected('amountFen', 'AMOUNT', 'The amount is a whole number of fen above zero (12.50 CNY is 1250 fen).');
  if (!Number.isSafeInteger(input.quantity) || input.quantity <= 0 || input.quantity > 10_000) return rejected('quantity', 'QUANTITY', 'The quantity is a whole number from 1 to 10000.');
  if (!isCalendarDate(input.deliveredOn)) return rejected('deliveredOn', 'DATE', 'The delivery date is not a real date (YYYY-MM-DD).');
  if (input.deliveredOn > today) return rejected('deliveredOn', 'FUTURE', 'The delivery date is in the future.');
  const receipt = input.receiptNumber.trim();
  if (receipt === '' || receipt.length > 64 || !/^[\p{L}\p{N}\-_/.〔〕]+$/u.test(receipt)) return rejected('receiptNumber', 'RECEIPT', 'A receipt number is 1 to 64 letters, digits, - _ / or .');
  return null;
}

/** Document numbers: 1 to 64 printable characters. */
export function validateDocumentNumber(value: string): Rejection | null {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 64 || hasForbiddenCharacter(trimmed, { singleLine: true })) {
    return rejected('documentNumber', 'DOCUMENT_NUMBER', 'A document number is 1 to 64 printable characters.');
  }
  return null;
}

/** A reason someone must give: 1 to 500 characters. */
export function validateReason(field: string, value: string): Rejection | null {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 500) return rejected(field, 'REASON', 'Give a reason (at most 500 characters).');
  return null;
}

/** The calendar date in China (UTC+8) of an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
