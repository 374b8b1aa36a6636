/**
 * The change-control check of the public schema, on small schemas and on today's: a removed field,
 * a changed field type and a deprecation without a reason fail it; a marked break passes.
 */
const { join } = require('node:path');
const { describe, expect, it } = require('@jest/globals');
const { reviewSchemaChanges, reviewSchemaDirectory } = require('../schema-changes');

const RELEASED = `# Lifeline public API, release 1.2.0
type Query { person(id: ID!): Person }
type Person { id: ID! displayName: String! nickname: String age: Int }
enum Sex { FEMALE MALE UNKNOWN }
`;

describe('the public schema change check', () => {
  it('passes an unchanged schema and an added field', () => {
    expect(reviewSchemaChanges({ released: RELEASED, current: RELEASED }).failures).toEqual([]);
    const added = RELEASED.replace('age: Int }', 'age: Int pinyin: String }');
    expect(reviewSchemaChanges({ released: RELEASED, current: added }).failures).toEqual([]);
  });

  it('fails on a removed field, naming it and the release it breaks', () => {
    const review = reviewSchemaChanges({ released: RELEASED, current: RELEASED.replace(' nickname: String', '') });
    expect(review.failures).toEqual(['breaking change against release 1.2.0, not marked: Person.nickname was removed.']);
  });

  it("fails on a field whose type changed", () => {
    const review = reviewSchemaChanges({ released: RELEASED, current: RELEASED.replace('nickname: String', 'nickname: Int') });
    expect(review.failures).toEqual(['breaking change against release 1.2.0, not marked: Person.nickname changed type from String to Int.']);
  });

  it('fails on a deprecation without a reason, or with graphql\'s default one', () => {
    for (const directive of ['@deprecated', '@deprecated(reason: "No longer supported")', '@deprecated(reason: "old")']) {
      const review = reviewSchemaChanges({ released: RELEASED, current: RELEASED.replace('age: Int', `age: Int ${directive}`) });
      expect(review.failures).toEqual(['Person.age is deprecated without a reason: say why, and what to use instead']);
    }
    const reasoned = RELEASED.replace('age: Int', 'age: Int @deprecated(reason: "Estimated ages moved to Person.estimatedAge.")');
    expect(reviewSchemaChanges({ released: RELEASED, current: reasoned }).failures).toEqual([]);
  });

  it('passes a breaking change once it is marked with a reason, and keeps it listed', () => {
    const current = RELEASED.replace(' nickname: String', '');
    const review = reviewSchemaChanges({
      released: RELEASED,
      current,
      accepted: [{ change: 'Person.nickname was removed.', reason: 'Nicknames were never filled in; no integrator reads them (asked on 3 Dec).' }],
    });
    expect(review.failures).toEqual([]);
    expect(review.breaking).toEqual([
      { type: 'FIELD_REMOVED', description: 'Person.nickname was removed.', reason: 'Nicknames were never filled in; no integrator reads them (asked on 3 Dec).' },
    ]);
  });

  it('refuses a mark without a reason, and a mark of a change that does not happen', () => {
    const current = RELEASED.replace(' nickname: String', '');
    const unreasoned = reviewSchemaChanges({ released: RELEASED, current, accepted: [{ change: 'Person.nickname was removed.', reason: '' }] });
    expect(unreasoned.failures).toEqual([
      'breaking change against release 1.2.0, not marked: Person.nickname was removed.',
      '"Person.nickname was removed." is marked without a reason',
    ]);
    const stale = reviewSchemaChanges({ released: RELEASED, current: RELEASED, accepted: [{ change: 'Person.nickname was removed.', reason: 'Nicknames were never filled in.' }] });
    expect(stale.failures).toEqual(['"Person.nickname was removed." is marked but no longer happens: remove the mark']);
  });

  it('prints a dangerous change without failing', () => {
    const review = reviewSchemaChanges({ released: RELEASED, current: RELEASED.replace('UNKNOWN }', 'UNKNOWN OTHER }') });
    expect(review.failures).toEqual([]);
    expect(review.dangerous).toEqual([{ type: 'VALUE_ADDED_TO_ENUM', description: 'OTHER was added to enum type Sex.' }]);
  });

  it("passes today's public schema against the last release", () => {
    const review = reviewSchemaDirectory(join(__dirname, '..'));
    expect(review.failures).toEqual([]);
    expect(review.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
