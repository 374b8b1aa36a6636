/**
 * Change control of the public API: `schema/api.graphql` against the last released one
 * (`schema/released/api.graphql`). A breaking change (graphql-js `findBreakingChanges`) fails the
 * check unless `accepted-breaking-changes.json` marks it with a reason; a dangerous change
 * (`findDangerousChanges`) is printed, never failed; every `@deprecated` must say why and what to
 * use instead, not graphql's default "No longer supported". Run by `npm run check:generated`.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const {
  buildSchema,
  DEFAULT_DEPRECATION_REASON,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} = require('graphql');

/** The shortest deprecation reason taken as an explanation. */
const MIN_REASON_LENGTH = 10;

/** The released version named in the released schema's first line (`… release 0.1.0 …`). */
function releasedVersion(releasedSdl) {
  const match = /release (\d+\.\d+\.\d+)/.exec(releasedSdl.split('\n', 1)[0] ?? '');
  return match ? match[1] : 'unknown';
}

/** True when `reason` explains a deprecation: present, not graphql's default, not a word or two. */
function isRealReason(reason) {
  if (typeof reason !== 'string') return false;
  const text = reason.trim();
  return text.length >= MIN_REASON_LENGTH && text !== DEFAULT_DEPRECATION_REASON;
}

/** Every deprecated field, argument, input field and enum value whose reason says nothing. */
function deprecationsWithoutReason(schema) {
  const found = [];
  const check = (where, item) => {
    if (item.deprecationReason != null && !isRealReason(item.deprecationReason)) found.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value);
    }
  }
  return found;
}

/**
 * Compares the current public schema with the released one.
 *
 * @param {{ released: string, current: string, accepted?: Array<{ change: string, reason: string }> }} input
 *   the two SDLs and the marked breaking changes (`change` is graphql-js's description, verbatim)
 * @returns {{
 *   version: string,
 *   breaking: Array<{ type: string, description: string, reason?: string }>,
 *   dangerous: Array<{ type: string, description: string }>,
 *   unmarked: Array<{ type: string, description: string }>,
 *   deprecationsWithoutReason: string[],
 *   badMarks: string[],
 *   failures: string[],
 * }} what changed, and `failures` (empty when the check passes)
 */
function reviewSchemaChanges({ released, current, accepted = [] }) {
  const before = buildSchema(released);
  const after = buildSchema(current);
  const reasons = new Map();
  const badMarks = [];
  for (const mark of accepted) {
    if (typeof mark?.change !== 'string' || mark.change.trim() === '') {
      badMarks.push(`a marked change without its description: ${JSON.stringify(mark)}`);
    } else if (typeof mark.reason !== 'string' || mark.reason.trim().length < MIN_REASON_LENGTH) {
      badMarks.push(`"${mark.change}" is marked without a reason`);
    } else {
      reasons.set(mark.change, mark.reason.trim());
    }
  }
  const breaking = findBreakingChanges(before, after).map(({ type, description }) =>
    reasons.has(description) ? { type, description, reason: reasons.get(description) } : { type, description },
  );
  const occurring = new Set(breaking.map((change) => change.description));
  for (const change of reasons.keys()) {
    if (!occurring.has(change)) badMarks.push(`"${change}" is marked but no longer happens: remove the mark`);
  }
  const unmarked = breaking.filter((change) => change.reason === undefined);
  const unreasoned = deprecationsWithoutReason(after);
  const version = releasedVersion(released);
  const failures = [
    ...unmarked.map((change) => `breaking change against release ${version}, not marked: ${change.description}`),
    ...unreasoned.map((where) => `${where} is deprecated without a reason: say why, and what to use instead`),
    ...badMarks,
  ];
  return {
    version,
    breaking,
    dangerous: findDangerousChanges(before, after).map(({ type, description }) => ({ type, description })),
    unmarked,
    deprecationsWithoutReason: unreasoned,
    badMarks,
    failures,
  };
}

/** Reads the released and current public schemas and the marks from `schemaDir`, and reviews them. */
function reviewSchemaDirectory(schemaDir) {
  const read = (file) => readFileSync(join(schemaDir, file), 'utf8');
  return reviewSchemaChanges({
    released: read('released/api.graphql'),
    current: read('api.graphql'),
    accepted: JSON.parse(read('accepted-breaking-changes.json')).accepted,
  });
}

module.exports = { reviewSchemaChanges, reviewSchemaDirectory, deprecationsWithoutReason, isRealReason };

if (require.main === module) {
  const review = reviewSchemaDirectory(__dirname);
  for (const change of review.dangerous) console.log(`dangerous (allowed, tell integrators): ${change.description}`);
  for (const change of review.breaking.filter((c) => c.reason !== undefined)) {
    console.log(`breaking, marked: ${change.description} (${change.reason})`);
  }
  if (review.failures.length > 0) {
    console.error(`The public schema (schema/api.graphql) breaks the contract of release ${review.version}:`);
    for (const failure of review.failures) console.error(`- ${failure}`);
    console.error(
      'Keep the old field or value (deprecate it with a reason) or, if the break is intended, mark it in ' +
        'schema/accepted-breaking-changes.json with the change as printed above and a reason, for review.',
    );
    process.exit(1);
  }
  console.log(`public schema: no unmarked breaking change against release ${review.version}`);
}
