import { GraphQLError } from 'graphql';
import { inputErrorsOf } from '../src/subgraph-failure';

const answered = (status: number, body: unknown) => new GraphQLError('400: Bad Request', { extensions: { response: { url: 'http://127.0.0.1:4001/graphql', status, body } } });

describe("a subgraph's refusal of the input it was sent", () => {
  it('is passed on as the input errors (code and message only), not as an outage', () => {
    const error = answered(400, { errors: [{ message: 'input.collectedAt: DateTime is not a real instant', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['x'] }, locations: [] }] });
    expect(inputErrorsOf(error)).toEqual({ errors: [{ message: 'input.collectedAt: DateTime is not a real instant', extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('is an outage still when the status, a code or the body says otherwise', () => {
    expect(inputErrorsOf(answered(500, { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }))).toBeNull();
    expect(inputErrorsOf(answered(400, { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }))).toBeNull();
    expect(inputErrorsOf(answered(400, { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }, { message: 'y' }] }))).toBeNull();
    expect(inputErrorsOf(answered(400, 'not json'))).toBeNull();
    expect(inputErrorsOf(new Error('ECONNREFUSED'))).toBeNull();
  });
});
