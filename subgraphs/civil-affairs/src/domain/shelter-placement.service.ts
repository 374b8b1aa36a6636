/**
 * The shelter's changes to its record of a referral: accept (reserving places for the victim and
 * her children in one step), decline, admit (the victim becomes a protected person in care in the
 * shelter zone, and the referring caseworker is granted access to her), extend, discharge, refer
 * out, close. Only the shelter staff make them. Each runs in one transaction with its audit line
 * and answers with a typed result; when it fails, nothing is stored.
 *
 * What the shelter answers is the women's federation's referral as it arrived over the exchange
 * (domain/referral-projection.ts): the referring caseworker, organisation and party size come from
 * there, never from input, and a referral that never arrived, or was withdrawn or closed, is not
 * answered.
 *
 * Capacity is the database's to keep: acceptances for one shelter queue on its zone row, free
 * places are picked with `for update skip locked`, and a partial unique index lets no two live
 * holds share a place. A referral is answered once (unique on the referral id).
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { ChangeRefused, isBadText, isUuid, resultHelpers, runChange, withIdempotency, type Caller, type ChangeScope } from '@lifeline/subgraph-runtime';
import { Person } from '../entities/person.entity';
import { isShelterStaff } from './access';
import { PersonAccessGrant } from '../entities/person-access-grant.entity';
import { publishPersonFacts } from './person-exchange';
import { RescueCase } from '../entities/rescue-case.entity';
import { RescueCaseEvent } from '../entities/rescue-case-event.entity';
import { Shelter } from '../entities/shelter.entity';
import { ShelterPlaceHold } from '../entities/shelter-place-hold.entity';
import { ShelterPlacement } from '../entities/shelter-placement.entity';
import { ZonePlace } from '../entities/zone-place.entity';
import { type ShelterReferralProjection } from '../entities/shelter-referral-projection.entity';
import { lockReferral } from './referral-projection';
import { validatePersonDetails, type PersonDetails } from './rescue-case.service';
import { choosePlaces, type FreePlace } from './shelter-capacity';
import { checkPlacementStep, releasesPlaces, standardStayEnd } from './shelter-placement.workflow';
import { MAX_EXTENSION_DAYS } from './stay-clock';
import { PLACE_HOLDING_STATUSES, type RescueCaseStatus, type ShelterPlacementStatus, type ShelterRoomKind, type UserErrorCode } from './vocabulary';

export type PlacementResult =
  | { __typename: 'ShelterPlacementChanged'; placement: ShelterPlacement }
  | { __typename: 'InputRejected'; field: string; code: UserErrorCode; message: string }
  | { __typename: 'PlacementStepRefused'; code: 'STEP_NOT_ALLOWED'; field: null; currentStatus: ShelterPlacementStatus; message: string }
  | { __typename: 'NoCapacity'; code: 'NO_CAPACITY'; field: null; requested: number; free: number; message: string }
  | { __typename: 'VersionConflict'; code: 'VERSION_CONFLICT'; field: null; currentVersion: number; message: string }
  | { __typename: 'RecordNotFound'; code: 'NOT_FOUND'; field: null; message: string };

export { type ChangeScope };

class Refusal extends ChangeRefused<PlacementResult> {}

const TEXT_MAX = 2000;
const badText = (value: string) => isBadText(value, TEXT_MAX);
const { rejected, notFound } = resultHelpers<'InputRejected', 'RecordNotFound', UserErrorCode>({ rejected: 'InputRejected', notFound: 'RecordNotFound' });


function inTransaction(scope: ChangeScope, work: (tx: EntityManager) => Promise<PlacementResult>): Promise<PlacementResult> {
  return runChange(scope.em, work, () => ({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: -1, message: 'Someone else changed the placement meanwhile: read it again and retry.' }));
}

/**
 * The shelter's answer names the referral and the shelter. The party size, the caseworker and the
 * organisation are the referral's (deprecated input fields that carried them are ignored).
 */
export interface AnswerInput {
  referralId: string;
  shelterId: string;
  idempotencyKey?: string | null;
}

/** A referral's answer under the caller's idempotency key: a retry returns the placement the first answer created. */
function answerOnce(tx: EntityManager, scope: ChangeScope, operation: string, request: object, key: string | null | undefined, create: () => Promise<PlacementResult>): Promise<PlacementResult> {
  return withIdempotency<PlacementResult>(
    tx,
    scope.caller,
    {
      operation,
      key,
      request,
      rejected,
      create,
      created: (result) => (result.__typename === 'ShelterPlacementChanged' ? { type: 'ShelterPlacement', id: result.placement.id } : null),
      replay: async (id) => {
        const placement = isShelterStaff(scope.caller) ? await tx.findOne(ShelterPlacement, { id }) : null;
        return placement ? { __typename: 'ShelterPlacementChanged', placement } : notFound('placement');
      },
    },
    scope.now,
  );
}

function checkAnswer(scope: ChangeScope, input: AnswerInput): PlacementResult | null {
  if (!isShelterStaff(scope.caller)) return notFound('shelter');
  if (!isUuid(input.referralId)) return rejected('referralId', 'FORMAT', 'A referral id is a UUID.');
  if (!isUuid(input.shelterId)) return notFound('shelter');
  return null;
}

/**
 * The open referral to answer, locked: RecordNotFound when it never reached civil affairs (an
 * unknown id, or one not arrived yet), a typed refusal when its caseworker withdrew or closed it.
 */
async function openReferral(tx: EntityManager, referralId: string): Promise<ShelterReferralProjection> {
  const referral = await lockReferral(tx, referralId);
  if (!referral) throw new Refusal(notFound('referral'));
  if (referral.fileStatus !== 'SUBMITTED') throw new Refusal(referralEnded(referral));
  return referral;
}

const referralEnded = (referral: ShelterReferralProjection): PlacementResult =>
  rejected(
    'referralId',
    referral.fileStatus === 'WITHDRAWN' ? 'REFERRAL_WITHDRAWN' : 'REFERRAL_CLOSED',
    referral.fileStatus === 'WITHDRAWN' ? 'The referring caseworker withdrew this referral: nothing to answer.' : 'The referring caseworker closed this referral: nothing to answer.',
  );

const alreadyAnswered = (status: ShelterPlacementStatus): PlacementResult => ({
  __typename: 'PlacementStepRefused', code: 'STEP_NOT_ALLOWED', field: null,
  currentStatus: status,
  message: `This referral was already answered (${status}): a referral is accepted or declined once.`,
});

/** Places of the shelter zone neither held nor taken by a person in care, locked for this transaction. */
async function lockFreePlaces(tx: EntityManager, zoneId: string): Promise<FreePlace[]> {
  const rows = await tx.getConnection().execute<Array<{ id: string; number: number; room_id: string | null; label: string | null; kind: ShelterRoomKind | null }>>(
    `select zp.id, zp.number, zp.room_id, r.label, r.kind
       from zone_place zp left join shelter_room r on r.id = zp.room_id
      where zp.zone_id = ?
        and not exists (select 1 from shelter_place_hold h where h.place_id = zp.id and h.released_at is null)
        and not exists (select 1 from rescue_case rc where rc.place_id = zp.id and rc.status = 'IN_CARE')
      order by zp.number
        for update of zp skip locked`,
    [zoneId],
    'all',
    tx.getTransactionContext(),
  );
  return rows.map((row) => ({ id: row.id, number: Number(row.number), roomId: row.room_id, roomLabel: row.label, roomKind: row.kind }));
}

/** What every answer to a referral records: the referral's party and caseworker, who decided and when. */
type ReferralAnswer = Pick<ShelterPlacement, 'referralId' | 'shelter' | 'partySize' | 'children' | 'referringCaseworker' | 'referringOrganisation' | 'decidedBy' | 'decidedAt'>;

/**
 * Answers an open referral once, in one transaction with its audit line: `decide` creates the
 * placement from the answer (accepted with its held places, or declined) and names the fields the
 * audit line lists. A unique violation means a twin answer came first or took the last places.
 */
async function answerReferral(
  scope: ChangeScope,
  input: AnswerInput,
  operation: string,
  request: object,
  decide: (tx: EntityManager, answer: ReferralAnswer) => Promise<{ placement: ShelterPlacement; fields: string[] }>,
): Promise<PlacementResult> {
  const now = scope.now ?? new Date();
  let partySize = 1;
  try {
    return await inTransaction(scope, (tx) =>
      answerOnce(tx, scope, operation, request, input.idempotencyKey, async () => {
        const shelter = await tx.findOne(Shelter, { id: input.shelterId });
        if (!shelter) throw new Refusal(notFound('shelter'));
        const referral = await openReferral(tx, input.referralId);
        partySize = 1 + referral.accompanyingChildren;
        const earlier = await tx.findOne(ShelterPlacement, { referralId: input.referralId });
        if (earlier) throw new Refusal(alreadyAnswered(earlier.status));
        const { placement, fields } = await decide(tx, {
          referralId: input.referralId,
          shelter,
          partySize,
          children: referral.accompanyingChildren,
          referringCaseworker: referral.referringCaseworker,
          referringOrganisation: referral.referringOrganisation,
          decidedBy: scope.caller.id,
          decidedAt: now,
        });
        await tx.flush();
        await scope.audit.appendWithin(tx, [{ operation: 'CREATE', recordType: 'ShelterPlacement', recordId: placement.id, fields, outcome: 'ALLOWED' }]);
        return { __typename: 'ShelterPlacementChanged', placement };
      }),
    );
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) return answeredOrFull(scope, input.referralId, partySize);
    throw error;
  }
}

/**
 * Accepts a referral, reserving in one step a place for the victim and one for each child (one
 * family room when one fits). Not enough free places: NoCapacity, and nothing is stored.
 */
export async function acceptShelterReferral(scope: ChangeScope, input: AnswerInput): Promise<PlacementResult> {
  const invalid = checkAnswer(scope, input);
  if (invalid) return invalid;
  return answerReferral(scope, input, 'acceptShelterReferral', input, async (tx, answer) => {
    const { shelter, partySize, decidedAt: now } = answer;
    const [zone] = await tx
      .getConnection()
      .execute<Array<{ id: string }>>(`select id from care_zone where station_id = ? and kind = 'DV_SHELTER' for update`, [shelter.station.id], 'all', tx.getTransactionContext());
    if (!zone) throw new Refusal(rejected('shelterId', 'NO_SHELTER_ZONE', 'This shelter has no DV-shelter zone to place anyone in.'));
    const free = await lockFreePlaces(tx, zone.id);
    const chosen = choosePlaces(free, partySize);
    if (!chosen) {
      throw new Refusal({ __typename: 'NoCapacity', code: 'NO_CAPACITY', field: null, requested: partySize, free: free.length, message: `The shelter has ${free.length} free place(s); this party needs ${partySize}. Decline with the reason, or ask again when a place is free.` });
    }
    const placement = tx.create(ShelterPlacement, { ...answer, status: 'ACCEPTED' });
    chosen.forEach((place, i) => tx.create(ShelterPlaceHold, { placement, place: tx.getReference(ZonePlace, place.id), forVictim: i === 0, heldAt: now }));
    return { placement, fields: ['status', 'places'] };
  });
}

/** After a unique violation: the twin acceptance answered the referral first, or took the places. */
async function answeredOrFull(scope: ChangeScope, referralId: string, partySize: number): Promise<PlacementResult> {
  const twin = await scope.em.fork().findOne(ShelterPlacement, { referralId });
  if (twin) return alreadyAnswered(twin.status);
  return { __typename: 'NoCapacity', code: 'NO_CAPACITY', field: null, requested: partySize, free: 0, message: 'Another acceptance took the last places meanwhile.' };
}

/** Declines a referral with the reason (the caseworker reads it through the graph). */
export async function declineShelterReferral(scope: ChangeScope, input: AnswerInput, reasonText: string): Promise<PlacementResult> {
  const invalid = checkAnswer(scope, input);
  if (invalid) return invalid;
  const reason = reasonText.trim();
  if (!reason) return rejected('reason', 'REQUIRED', 'A decline needs the reason (the caseworker reads it).');
  if (badText(reason)) return rejected('reason', 'TEXT', `At most ${TEXT_MAX} characters, without control characters.`);
  return answerReferral(scope, input, 'declineShelterReferral', { ...input, reason: reasonText }, async (tx, answer) => {
    const placement = tx.create(ShelterPlacement, { ...answer, status: 'DECLINED', declineReason: reason });
    return { placement, fields: ['status', 'declineReason'] };
  });
}

async function loadForChange(tx: EntityManager, scope: ChangeScope, id: string, expectedVersion: number, to: ShelterPlacementStatus): Promise<ShelterPlacement> {
  if (!isShelterStaff(scope.caller) || !isUuid(id)) throw new Refusal(notFound('placement'));
  const placement = await tx.findOne(ShelterPlacement, { id }, { populate: ['shelter', 'holds', 'rescueCase'] });
  if (!placement) throw new Refusal(notFound('placement'));
  if (placement.version !== expectedVersion) {
    throw new Refusal({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: placement.version, message: `The placement is at version ${placement.version}, not ${expectedVersion}: read it again and retry.` });
  }
  const check = checkPlacementStep(placement.status, to);
  if (!check.ok) throw new Refusal({ __typename: 'PlacementStepRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: placement.status, message: check.message });
  return placement;
}

function caseEvent(tx: EntityManager, rescueCase: RescueCase, from: RescueCaseStatus | null, to: RescueCaseStatus, caller: Caller, at: Date, reason: string | null) {
  tx.create(RescueCaseEvent, { rescueCase, fromStatus: from, toStatus: to, at, actor: caller.id, reason });
}

export interface AdmitInput {
  placementId: string;
  expectedVersion: number;
  personId?: string | null;
  person?: PersonDetails | null;
}

/**
 * Admits the victim of an accepted referral: she becomes a protected person (recorded now, or
 * already known) in care in the shelter zone on her reserved place, her stay runs 10 days, and the
 * referring caseworker is granted access to her record.
 */
export async function admitToShelter(scope: ChangeScope, input: AdmitInput): Promise<PlacementResult> {
  const now = scope.now ?? new Date();
  if ((input.personId == null) === (input.person == null)) return rejected('personId', 'ONE_OF', 'Give either personId (someone already recorded) or person (someone new), not both.');
  let details: ReturnType<typeof validatePersonDetails> | null = null;
  if (input.person) {
    details = validatePersonDetails(input.person, now);
    if (!details.ok) return details.result;
  }
  return inTransaction(scope, async (tx) => {
    const placement = await loadForChange(tx, scope, input.placementId, input.expectedVersion, 'ADMITTED');
    // The caseworker entitled to her is the one the women's federation named on the referral.
    const referral = await openReferral(tx, placement.referralId);
    const victimHold = placement.holds.getItems().find((hold) => hold.forVictim && hold.releasedAt === null);
    if (!victimHold) throw new Refusal({ __typename: 'PlacementStepRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: placement.status, message: 'The reserved places were released: accept the referral again.' });
    let person: Person;
    let rescueCase: RescueCase | null = null;
    if (details?.ok) {
      if (details.value.idNumber && (await tx.count(Person, { idNumber: details.value.idNumber })) > 0) {
        throw new Refusal(rejected('person.idNumber', 'DUPLICATE', 'A person with this ID number is already recorded: admit her by personId.'));
      }
      person = tx.create(Person, { ...details.value, confidential: true, createdAt: now, updatedAt: now });
    } else {
      const existing = isUuid(input.personId!) ? await tx.findOne(Person, { id: input.personId! }) : null;
      if (!existing || existing.recordStatus !== 'ACTIVE') throw new Refusal(notFound('person'));
      person = existing;
      person.confidential = true;
      const open = await tx.find(RescueCase, { person, status: { $in: ['RECEIVED', 'MEDICAL_TREATMENT', 'IN_CARE'] } }, { populate: ['station'] });
      const movable = open.find((c) => c.status !== 'IN_CARE' && c.station.id === placement.shelter.station.id);
      if (open.some((c) => c !== movable)) throw new Refusal(rejected('personId', 'ALREADY_IN_CARE', 'She has an open rescue case elsewhere: close it before admitting her to the shelter.'));
      rescueCase = movable ?? null;
    }
    if (rescueCase) {
      caseEvent(tx, rescueCase, rescueCase.status, 'IN_CARE', scope.caller, now, `admitted to the shelter (referral ${placement.referralId})`);
      rescueCase.status = 'IN_CARE';
    } else {
      rescueCase = tx.create(RescueCase, { person, station: placement.shelter.station, status: 'IN_CARE', intakeSource: 'OTHER_DEPARTMENT', intakeAt: now, createdAt: now });
      caseEvent(tx, rescueCase, null, 'RECEIVED', scope.caller, now, `shelter referral ${placement.referralId} from ${placement.referringOrganisation}`);
      caseEvent(tx, rescueCase, 'RECEIVED', 'IN_CARE', scope.caller, now, 'admitted to the shelter');
    }
    rescueCase.zone = 'DV_SHELTER';
    rescueCase.place = victimHold.place;
    placement.status = 'ADMITTED';
    placement.person = person;
    placement.rescueCase = rescueCase;
    placement.admittedAt = now;
    placement.stayUntil = standardStayEnd(now);
    if ((await tx.count(PersonAccessGrant, { person, grantee: referral.referringCaseworker })) === 0) {
      tx.create(PersonAccessGrant, { person, grantee: referral.referringCaseworker, reason: `shelter referral ${placement.referralId}`, grantedAt: now });
    }
    await tx.flush();
    // Public security and foreign affairs hide her records from all but the entitled from now on.
    await publishPersonFacts(tx, [person.id], now);
    await scope.audit.appendWithin(tx, [
      { operation: 'TRANSITION', recordType: 'ShelterPlacement', recordId: placement.id, fields: ['status', 'person'], outcome: 'ALLOWED' },
      { operation: 'CREATE', recordType: 'PersonAccessGrant', recordId: person.id, fields: ['grantee'], outcome: 'ALLOWED' },
    ]);
    return { __typename: 'ShelterPlacementChanged', placement };
  });
}

/** Extends a stay past the standard 10 days, with the filed reason. */
export async function extendShelterStay(scope: ChangeScope, input: { placementId: string; expectedVersion: number; until: Date; reason: string }): Promise<PlacementResult> {
  const now = scope.now ?? new Date();
  const reason = input.reason.trim();
  if (!reason) return rejected('reason', 'REQUIRED', 'An extension needs the reason filed with the civil-affairs bureau.');
  if (badText(reason)) return rejected('reason', 'TEXT', `At most ${TEXT_MAX} characters, without control characters.`);
  if (input.until.getTime() <= now.getTime()) return rejected('until', 'PAST', 'An extension runs until a time after now.');
  if (input.until.getTime() > now.getTime() + MAX_EXTENSION_DAYS * 86_400_000) return rejected('until', 'TOO_LONG', `An extension is at most ${MAX_EXTENSION_DAYS} days at a time.`);
  return inTransaction(scope, async (tx) => {
    const placement = await loadForChange(tx, scope, input.placementId, input.expectedVersion, 'EXTENDED');
    placement.status = 'EXTENDED';
    placement.stayUntil = input.until;
    placement.extensionReason = reason;
    if (placement.rescueCase) {
      placement.rescueCase.extendedUntil = input.until;
      caseEvent(tx, placement.rescueCase, 'IN_CARE', 'IN_CARE', scope.caller, now, `stay extended until ${input.until.toISOString().slice(0, 10)}: ${reason}`);
    }
    await tx.flush();
    await scope.audit.appendWithin(tx, [{ operation: 'UPDATE', recordType: 'ShelterPlacement', recordId: placement.id, fields: ['status', 'stayUntil', 'extensionReason'], outcome: 'ALLOWED' }]);
    return { __typename: 'ShelterPlacementChanged', placement };
  });
}

/** Ends a stay (discharge or referral out) or closes the record; held places are released. */
export async function endShelterPlacement(
  scope: ChangeScope,
  input: { placementId: string; expectedVersion: number; to: 'DISCHARGED' | 'REFERRED_OUT' | 'CLOSED'; note?: string | null; referredOutTo?: string | null },
): Promise<PlacementResult> {
  const now = scope.now ?? new Date();
  const note = input.note?.trim() || null;
  const referredOutTo = input.referredOutTo?.trim() || null;
  if (input.to === 'DISCHARGED' && !note) return rejected('note', 'REQUIRED', 'Say how she left (returned home, moved to family, …).');
  if (input.to === 'REFERRED_OUT' && !referredOutTo) return rejected('to', 'REQUIRED', 'Say where she was referred out to.');
  for (const [field, value] of [['note', note], ['to', referredOutTo]] as const) {
    if (value && badText(value)) return rejected(field, 'TEXT', `At most ${TEXT_MAX} characters, without control characters.`);
  }
  return inTransaction(scope, async (tx) => {
    const placement = await loadForChange(tx, scope, input.placementId, input.expectedVersion, input.to);
    const from = placement.status;
    placement.status = input.to;
    if (note) placement.endNote = note;
    if (input.to !== 'CLOSED') {
      placement.endedAt = now;
      placement.referredOutTo = referredOutTo;
      const rescueCase = placement.rescueCase;
      if (rescueCase && rescueCase.status === 'IN_CARE') {
        const exitReason = input.to === 'REFERRED_OUT' ? 'TRANSFERRED' : 'LEFT_VOLUNTARILY';
        caseEvent(tx, rescueCase, 'IN_CARE', 'EXITED', scope.caller, now, `${exitReason}: ${input.to === 'REFERRED_OUT' ? `referred out to ${referredOutTo}` : note}`);
        rescueCase.status = 'EXITED';
        rescueCase.exitAt = now;
        rescueCase.exitReason = exitReason;
      }
    }
    if (releasesPlaces(input.to)) for (const hold of placement.holds.getItems()) if (hold.releasedAt === null) hold.releasedAt = now;
    await tx.flush();
    // Her referring caseworker's entitlement ends with the stay, here and (over the exchange) in
    // every agency, unless another of that caseworker's referrals of her is still open.
    const revoked = placement.person ? await endReferralEntitlement(tx, placement.person.id, placement.referringCaseworker, placement.id) : false;
    if (revoked) await publishPersonFacts(tx, [placement.person!.id], now);
    await scope.audit.appendWithin(tx, [
      { operation: 'TRANSITION', recordType: 'ShelterPlacement', recordId: placement.id, fields: ['status', ...(from === 'ACCEPTED' || releasesPlaces(input.to) ? ['places'] : [])], outcome: 'ALLOWED' },
      ...(revoked ? [{ operation: 'REVOKE', recordType: 'PersonAccessGrant', recordId: placement.person!.id, fields: ['grantee'], purpose: `stay ended: ${placement.referringCaseworker}`, outcome: 'ALLOWED' as const }] : []),
    ]);
    return { __typename: 'ShelterPlacementChanged', placement };
  });
}

/**
 * Removes a caseworker's access grant to a victim when the referral it came from ends, unless
 * another open placement of the same caseworker's keeps it. True when a grant was removed.
 */
async function endReferralEntitlement(tx: EntityManager, personId: string, caseworker: string, endingPlacementId: string): Promise<boolean> {
  const stillOpen = await tx.count(ShelterPlacement, {
    person: personId,
    referringCaseworker: caseworker,
    id: { $ne: endingPlacementId },
    status: { $in: [...PLACE_HOLDING_STATUSES] },
  });
  if (stillOpen > 0) return false;
  const removed = await tx.nativeDelete(PersonAccessGrant, { person: personId, grantee: caseworker });
  return removed > 0;
}

