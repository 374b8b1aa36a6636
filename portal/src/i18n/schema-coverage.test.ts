/**
 * The catalogue covers everything the graph can answer with: every value of every enum in the
 * composed API schema has a Chinese and an English label, and every `UserErrorCode` (the `code`
 * of every refusal of a change) a Chinese and an English sentence. A schema change that adds one
 * fails here until it is translated, so staff never see a raw value such as `NO_MATCH` or an
 * English sentence from the graph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import en from '../../messages/en.json';
import zhCN from '../../messages/zh-CN.json';

const schema: DocumentNode = parse(readFileSync(join(__dirname, '../../../schema/api.graphql'), 'utf8'));

const CATALOGUES = { 'zh-CN': zhCN, en } as const;

/** The message at a dotted key path, or undefined. */
function messageAt(catalogue: object, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), catalogue);
}

/** The enum whose values are refusal codes: worded as sentences under `operations.codes`, not as labels. */
const ERROR_CODE_ENUM = 'UserErrorCode';

/** `Enum.VALUE` for every value of every enum in the schema but the refusal codes. */
function schemaEnumValues(): string[] {
  return schema.definitions.flatMap((definition) =>
    definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value !== ERROR_CODE_ENUM
      ? (definition.values ?? []).map((value) => `${definition.name.value}.${value.name.value}`)
      : [],
  );
}

/** Every value of `UserErrorCode`: every code a refusal of a change can answer with. */
function userErrorCodes(): string[] {
  const definition = schema.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === ERROR_CODE_ENUM);
  return definition?.kind === Kind.ENUM_TYPE_DEFINITION ? (definition.values ?? []).map((value) => value.name.value).sort() : [];
}

/** The entries of `keys` (dotted, under `prefix`) that a catalogue lacks or leaves empty. */
function missing(catalogue: object, prefix: string, keys: readonly string[]): string[] {
  return keys.filter((key) => {
    const text = messageAt(catalogue, [prefix, ...key.split('.')]);
    return typeof text !== 'string' || text.trim() === '';
  });
}

describe('the catalogue covers the API schema', () => {
  const enumValues = schemaEnumValues();
  const codes = userErrorCodes();

  it('reads the enums and the refusal codes out of the schema', () => {
    // Guards against a parser change that would make the checks below vacuous.
    expect(enumValues).toEqual(expect.arrayContaining(['Sex.MALE', 'IdentityCheckStatus.NO_MATCH', 'ExitReason.RETURNED_HOME', 'AuditOutcome.DENIED']));
    expect(codes).toEqual(expect.arrayContaining(['CHECK_CHARACTER', 'BIRTH_DATE', 'DUPLICATE', 'DOCUMENT_NUMBER_CHECK_DIGIT', 'NOT_YET_VALID', 'AGE_RANGE', 'VERSION_CONFLICT', 'NOT_FOUND', 'STEP_NOT_ALLOWED']));
    expect(codes.length).toBeGreaterThan(50);
  });

  it.each(Object.entries(CATALOGUES))('has a %s label for every value of every enum', (_locale, catalogue) => {
    expect(missing(catalogue, 'enums', enumValues)).toEqual([]);
  });

  it.each(Object.entries(CATALOGUES))('has a %s sentence for every UserErrorCode value', (_locale, catalogue) => {
    expect(missing(catalogue, 'operations', codes.map((code) => `codes.${code}`))).toEqual([]);
  });
});
