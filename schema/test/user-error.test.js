/**
 * One way to read a refused change: in the composed public schema, every member of every mutation
 * result union but the success implements `UserError` (code, field, message), and every value of
 * `UserErrorCode` says what it means (the error-code reference and the portal's catalogue are
 * built from those descriptions).
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { describe, expect, it } = require('@jest/globals');
const { buildSchema, getNamedType, isEnumType, isInterfaceType, isNonNullType, isUnionType } = require('graphql');

const schema = buildSchema(readFileSync(join(__dirname, '..', 'api.graphql'), 'utf8'));

/** Each mutation with the members of the union it answers. */
function mutationResults() {
  return Object.values(schema.getMutationType().getFields()).map((field) => {
    const result = getNamedType(field.type);
    return { mutation: field.name, result, members: isUnionType(result) ? result.getTypes() : [] };
  });
}

const implementsUserError = (type) => type.getInterfaces().some((i) => i.name === 'UserError');

describe('refusals of changes in the public schema', () => {
  const results = mutationResults();

  it('has the UserError interface with code, field and message, and the code enum', () => {
    const userError = schema.getType('UserError');
    expect(isInterfaceType(userError)).toBe(true);
    const fields = userError.getFields();
    expect(String(fields.message.type)).toBe('String!');
    expect(String(fields.code.type)).toBe('UserErrorCode!');
    expect(String(fields.field.type)).toBe('String');
    expect(isEnumType(schema.getType('UserErrorCode'))).toBe(true);
  });

  it('answers every mutation with a result union', () => {
    expect(results.length).toBeGreaterThan(40);
    expect(results.filter((r) => r.members.length === 0).map((r) => r.mutation)).toEqual([]);
  });

  it('makes every member of every result union but the success type implement UserError', () => {
    const problems = [];
    for (const { mutation, result, members } of results) {
      const others = members.filter((member) => !implementsUserError(member));
      // The one member left is the success: it reports what changed, not a message.
      if (others.length !== 1) problems.push(`${mutation}: ${result.name} has ${others.length} members outside UserError (${others.map((t) => t.name).join(', ')})`);
      for (const success of others) {
        if (success.getFields().message) problems.push(`${mutation}: ${success.name} carries a message but does not implement UserError`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every refusal a non-null UserErrorCode code', () => {
    const refusals = new Set(results.flatMap((r) => r.members.filter(implementsUserError)));
    expect(refusals.size).toBeGreaterThanOrEqual(27);
    for (const type of refusals) {
      const code = type.getFields().code;
      expect([type.name, isNonNullType(code.type) && getNamedType(code.type).name]).toEqual([type.name, 'UserErrorCode']);
    }
  });

  it('describes every UserErrorCode value', () => {
    const undescribed = schema
      .getType('UserErrorCode')
      .getValues()
      .filter((value) => !value.description || value.description.trim().length < 10)
      .map((value) => value.name);
    expect(undescribed).toEqual([]);
  });
});
