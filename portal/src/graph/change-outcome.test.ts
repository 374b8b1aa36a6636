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

  it('names the field and the failed check of refused input, for every agency’s type, and drops the graph’s English sentence', () => {
    const rejected = { field: 'person.idNumber', code: 'CHECK_CHARACTER', message: 'The check character should be 7.' };
    for (const __typename of ['InputRejected', 'IdentityCheckInputRejected', 'ReferralInputRejected', 'AidInputRejected']) {
      expect(readChangeOutcome(answered({ __typename, ...rejected }), pick, id)).toEqual({ ok: false, refusal: { kind: 'InputRejected', field: 'person.idNumber', code: 'CHECK_CHARACTER' } });
    }
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
      expect(readChangeOutcome(answered({ __typename, currentStatus: 'CLOSED', message: 'no' }), pick, id)).toEqual({
        ok: false,
        refusal: { kind: 'StepRefused', currentStatus: 'CLOSED', statusEnum },
      });
    }
    expect(readChangeOutcome(answered({ __typename: 'EmergencyStepRefused', currentState: 'ENDED', message: 'no' }), pick, id)).toMatchObject({
      refusal: { kind: 'StepRefused', currentStatus: 'ENDED', statusEnum: 'EmergencyState' },
    });
  });

  it('keeps a shelter without room, a person not eligible and a request already made apart', () => {
    expect(readChangeOutcome(answered({ __typename: 'NoCapacity', requested: 3, free: 1, message: 'x' }), pick, id)).toMatchObject({ refusal: { kind: 'NoCapacity', requested: 3, free: 1 } });
    expect(readChangeOutcome(answered({ __typename: 'NotEligibleForSettlement', reason: 'IDENTIFIED', message: 'x' }), pick, id)).toMatchObject({
      refusal: { kind: 'NotEligible', reason: 'IDENTIFIED' },
    });
    expect(readChangeOutcome(answered({ __typename: 'IdempotencyConflict', message: 'x' }), pick, id)).toMatchObject({ refusal: { kind: 'AlreadyDone' } });
  });

  it('calls a refused identity check a concurrent edit when its version moved past the one read', () => {
    const refused = answered({ __typename: 'IdentityCheckRefused', currentStatus: 'COMPARING', currentVersion: 3, message: 'changed' });
    expect(readChangeOutcome(refused, pick, id, 2)).toMatchObject({ refusal: { kind: 'VersionConflict', currentVersion: 3 } });
    expect(readChangeOutcome(refused, pick, id, 3)).toMatchObject({ refusal: { kind: 'StepRefused', currentStatus: 'COMPARING' } });
  });

  it('keeps a full zone, a version conflict and a missing record apart', () => {
    expect(readChangeOutcome(answered({ __typename: 'ZoneFull', zone: 'MEN', message: 'full' }), pick, id)).toMatchObject({ refusal: { kind: 'ZoneFull', zone: 'MEN' } });
    expect(readChangeOutcome(answered({ __typename: 'VersionConflict', currentVersion: 4, message: 'x' }), pick, id)).toMatchObject({
      refusal: { kind: 'VersionConflict', currentVersion: 4 },
    });
    expect(readChangeOutcome(answered({ __typename: 'RecordNotFound', message: 'x' }), pick, id)).toMatchObject({ refusal: { kind: 'RecordNotFound' } });
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
