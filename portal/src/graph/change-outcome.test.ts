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

  it('names the field, the failed check and the message of refused input, for both agencies’ types', () => {
    const rejected = { field: 'person.idNumber', code: 'CHECK_CHARACTER', message: 'The check character should be 7.' };
    for (const __typename of ['InputRejected', 'IdentityCheckInputRejected']) {
      expect(readChangeOutcome(answered({ __typename, ...rejected }), pick, id)).toEqual({ ok: false, refusal: { kind: 'InputRejected', ...rejected } });
    }
  });

  it('treats every record’s refused step alike, with the state it is in', () => {
    for (const __typename of ['TransitionRefused', 'DispatchStepRefused', 'EscortStepRefused']) {
      expect(readChangeOutcome(answered({ __typename, currentStatus: 'EXITED', message: 'no' }), pick, id)).toEqual({
        ok: false,
        refusal: { kind: 'StepRefused', currentStatus: 'EXITED', message: 'no' },
      });
    }
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
