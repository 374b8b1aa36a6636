import { buildSchema, parse } from 'graphql';
import { operationInputProblem, scalarProblem } from './input-checks';
import { publicMessage } from './masked-errors';

const schema = buildSchema(`
  scalar DateTime
  scalar Date
  input Filter { ids: [ID!], from: DateTime, on: Date, search: String }
  type Thing { id: ID! }
  type Query { thing(id: ID!): Thing things(filter: Filter): [Thing!]! }
`);
const problem = (query: string, variables?: Record<string, unknown>) => operationInputProblem(schema, parse(query), variables);

describe('checking an operation input before it runs', () => {
  it('refuses an id that is no UUID, as a literal, an Int or a variable, naming where and not repeating it', () => {
    for (const [query, variables] of [
      ['{ thing(id: "E12345678") { id } }', undefined],
      ['{ thing(id: 12345) { id } }', undefined],
      ['query($id: ID!) { thing(id: $id) { id } }', { id: 'E12345678' }],
      ['query($f: Filter) { things(filter: $f) { id } }', { f: { ids: ['6cbaa3cb-385e-4a81-9608-c00c8d6d0291', 'E12345678'] } }],
    ] as const) {
      const error = problem(query, variables as Record<string, unknown> | undefined);
      expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', http: { status: 400 } });
      expect(error?.message).toMatch(/An id is a UUID/);
      expect(error?.message).not.toContain('E12345678');
    }
    expect(problem('query($f: Filter) { things(filter: $f) { id } }', { f: { ids: ['x'] } })?.message).toMatch(/^\$f\.ids\.0: /);
  });

  it('refuses impossible dates and instants: 30 February, hour 24, no time zone', () => {
    for (const value of ['2026-02-30T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:00:00', 'yesterday']) {
      expect(problem(`{ things(filter: { from: "${value}" }) { id } }`)?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(problem('query($f: Filter) { things(filter: $f) { id } }', { f: { from: value } })?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(problem('{ things(filter: { on: "2026-02-29" }) { id } }')?.message).toMatch(/^filter\.on: Date must be a real calendar date/);
    expect(problem('{ things(filter: { from: "2026-02-28T23:59:59+08:00", on: "2028-02-29" }) { id } }')).toBeNull();
  });

  it('refuses text holding a NUL character anywhere', () => {
    expect(problem('query($f: Filter) { things(filter: $f) { id } }', { f: { search: 'a\u0000b' } })?.message).toBe('$f.search: Text may not contain the NUL character (U+0000).');
    expect(scalarProblem('String', 'an ordinary name · 买买提·艾力')).toBeNull();
  });
});

describe('the message of a public error', () => {
  it('drops suggestions and the refused value, keeping what and where', () => {
    expect(publicMessage('Variable "$s" got invalid value "REQUESTE"; Value "REQUESTE" does not exist in "IdentityCheckStatus" enum. Did you mean the enum value "REQUESTED"?')).toBe(
      'Variable "$s" has an invalid value; The value is not one of the "IdentityCheckStatus" enum values.',
    );
    const reason = new Error('String cannot represent a non string value: 987654321');
    expect(publicMessage(`Variable "$i" got invalid value { passportNumber: 987654321 } at "i.passportNumber"; ${reason.message}`, { originalError: reason })).toBe(
      'Variable "$i" has an invalid value at "i.passportNumber"; String cannot represent a non string value.',
    );
    expect(publicMessage('Expected value of type "ID!", found "E12345678".')).toBe('Expected value of type "ID!".');
    expect(publicMessage('Cannot query field "persns" on type "Query". Did you mean "persons"?')).toBe('Cannot query field "persns" on type "Query".');
  });
});

describe('the literal check of a document sent again', () => {
  it('answers the same from memory, with a fresh error each time', () => {
    const bad = parse(`{ thing(id: "nope") { id } }`);
    const first = operationInputProblem(schema, bad);
    const second = operationInputProblem(schema, bad);
    expect(first?.message).toBeTruthy();
    expect(second?.message).toBe(first?.message);
    expect(second).not.toBe(first);
    const good = parse(`{ thing(id: "6cbaa3cb-385e-4a81-9608-c00c8d6d0291") { id } }`);
    expect(operationInputProblem(schema, good)).toBeNull();
    expect(operationInputProblem(schema, good, {})).toBeNull();
  });
});
