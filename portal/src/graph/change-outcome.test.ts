import { formFieldOf } from './change-outcome';
import { readChangeOutcome, type TypedResult } from './change-outcome.read';
import { type GraphResult } from './graph-client';

type Data = { change: TypedResult & { rescueCase?: { id: string } } };
const pick = (data: Data) => data.change;
const id = (answer: TypedResult & { rescueCase?: { id: string } }) => answer.rescueCase?.id ?? null;
const answered = (change: Data['change']): GraphResult<Data> => ({ data: { change }, errors: [] });

describe('reading what a change answered', () => {
  it('is done with the changed record’s id', () => {
    expect(readChangeOutcome(answered({ __typename: 'RescueCaseChanged', rescueCase: { id: 'c1' } }), pick, id)).toEqual({ ok: true, id: 'c1' });
  });

  it('names the field and the failed check of refused input, whatever the agency’s type, and drops the graph’s English sentence', () => {
    const rejected = { code: 'CHECK_CHARACTER', field: 'person.idNumber', message: 'The check character should be 7.' };
    for (const __typename of ['InputRejected', 'IdentityCheckInputRejected', 'ReferralInputRejected', 'AidInputRejected']) {
      expect(readChangeOutcome(answered({ __typename, ...rejected }), pick, id)).toEqual({ ok: false, refusal: { kind: 'InputRejected', field: 'person.idNumber', code: 'CHECK_CHARACTER' } });
    }
  });

  it('reads every refusal by its UserError code, not by its type name', () => {
    // A type the portal has never heard of is read the same way as the known ones.
    expect(readChangeOutcome(answered({ __typename: 'SomeNewRefusal', code: 'VERSION_CONFLICT', field: null, message: 'x', currentVersion: 7 }), pick, id)).toEqual({
      ok: false,
      refusal: { kind: 'VersionConflict', currentVersion: 7 },
    });
    expect(readChangeOutcome(answered({ __typename: 'SomeNewRefusal', code: 'NOT_FOUND', field: null, message: 'x' }), pick, id)).toMatchObject({ refusal: { kind: 'RecordNotFound' } });
    expect(readChangeOutcome(answered({ __typename: 'SomeNewRefusal', code: 'DUPLICATE', field: 'documentNumber', message: 'x' }), pick, id)).toMatchObject({
      refusal: { kind: 'InputRejected', field: 'documentNumber', code: 'DUPLICATE' },
    });
    // A refusal of the whole change keeps its code, to be worded from the catalogue.
    expect(readChangeOutcome(answered({ __typename: 'AidEntrustmentRefused', code: 'NOT_ACCEPTED', field: null, message: 'x', currentStatus: 'ISSUED' }), pick, id)).toEqual({
      ok: false,
      refusal: { kind: 'Refused', code: 'NOT_ACCEPTED' },
    });
    // A success carries no code.
    expect(readChangeOutcome(answered({ __typename: 'RescueCaseChanged', rescueCase: { id: 'c2' } }), pick, id)).toEqual({ ok: true, id: 'c2' });
  });

  it('treats every record’s refused step alike, with the state it is in and the enum that state belongs to', () => {
    const cases = [
      ['TransitionRefused', 'RescueCaseStatus'],
      ['DispatchStepRefused', 'StreetReportStatus'],
      ['EscortStepRefused', 'EscortStatus'],
      ['PlacementStepRefused', 'ShelterPlacementStatus'],
      ['SettlementStepRefused', 'SettlementStatus'],
    ];
    for (const [__typename, statusEnum] of cases) {
      expect(readChangeOutcome(answered({ __typename, code: 'STEP_NOT_ALLOWED', field: null, currentStatus: 'CLOSED', message: 'no' }), pick, id)).toEqual({
        ok: false,
        refusal: { kind: 'StepRefused', currentStatus: 'CLOSED', statusEnum },
      });
    }
    expect(readChangeOutcome(answered({ __typename: 'EmergencyStepRefused', code: 'STEP_NOT_ALLOWED', field: null, currentState: 'ENDED', message: 'no' }), pick, id)).toMatchObject({
      refusal: { kind: 'StepRefused', currentStatus: 'ENDED', statusEnum: 'EmergencyState' },
    });
  });

  it('keeps a shelter without room, a person not eligible and a request already made apart', () => {
    expect(readChangeOutcome(answered({ __typename: 'NoCapacity', code: 'NO_CAPACITY', field: null, requested: 3, free: 1, message: 'x' }), pick, id)).toMatchObject({
      refusal: { kind: 'NoCapacity', requested: 3, free: 1 },
    });
    expect(readChangeOutcome(answered({ __typename: 'NotEligibleForSettlement', code: 'IDENTIFIED', field: null, reason: 'IDENTIFIED', message: 'x' }), pick, id)).toMatchObject({
      refusal: { kind: 'NotEligible', reason: 'IDENTIFIED' },
    });
    expect(readChangeOutcome(answered({ __typename: 'IdempotencyConflict', code: 'REUSED', field: null, message: 'x' }), pick, id)).toMatchObject({ refusal: { kind: 'AlreadyDone' } });
    expect(readChangeOutcome(answered({ __typename: 'ForeignAffairsNotificationRefused', code: 'ALREADY_ACKNOWLEDGED', field: null, message: 'x' }), pick, id)).toMatchObject({
      refusal: { kind: 'AlreadyDone' },
    });
  });

  it('takes a refused identity check’s code at its word: a version conflict or a refused step', () => {
    const conflict = answered({ __typename: 'IdentityCheckRefused', code: 'VERSION_CONFLICT', field: null, currentStatus: 'COMPARING', currentVersion: 3, message: 'changed' });
    expect(readChangeOutcome(conflict, pick, id)).toMatchObject({ refusal: { kind: 'VersionConflict', currentVersion: 3 } });
    const step = answered({ __typename: 'IdentityCheckRefused', code: 'STEP_NOT_ALLOWED', field: null, currentStatus: 'COMPARING', currentVersion: 3, message: 'no' });
    expect(readChangeOutcome(step, pick, id)).toMatchObject({ refusal: { kind: 'StepRefused', currentStatus: 'COMPARING', statusEnum: 'IdentityCheckStatus' } });
  });

  it('keeps a full zone, a version conflict and a missing record apart', () => {
    expect(readChangeOutcome(answered({ __typename: 'ZoneFull', code: 'ZONE_FULL', field: null, zone: 'MEN', message: 'full' }), pick, id)).toMatchObject({ refusal: { kind: 'ZoneFull', zone: 'MEN' } });
    expect(readChangeOutcome(answered({ __typename: 'VersionConflict', code: 'VERSION_CONFLICT', field: null, currentVersion: 4, message: 'x' }), pick, id)).toMatchObject({
      refusal: { kind: 'VersionConflict', currentVersion: 4 },
    });
    expect(readChangeOutcome(answered({ __typename: 'RecordNotFound', code: 'NOT_FOUND', field: null, message: 'x' }), pick, id)).toMatchObject({ refusal: { kind: 'RecordNotFound' } });
  });

  it('says "not permitted" when the graph refused the caller, and "failed" for anything else without an answer', () => {
    const forbidden: GraphResult<Data> = { data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] };
    expect(readChangeOutcome(forbidden, pick, id)).toEqual({ ok: false, refusal: { kind: 'NotPermitted' } });
    const down: GraphResult<Data> = { data: null, errors: [{ message: 'down', extensions: { code: 'GATEWAY_UNAVAILABLE' } }] };
    expect(readChangeOutcome(down, pick, id)).toEqual({ ok: false, refusal: { kind: 'Failed' } });
  });
});

describe('the form field of a refused input', () => {
  it('follows the input path', () => {
    expect(formFieldOf('person.idNumber')).toEqual(['person', 'idNumber']);
    expect(formFieldOf('stationId')).toEqual(['stationId']);
  });
});
