/**
 * The catalogue covers everything the graph can answer with: every value of every enum in the
 * composed API schema, and every error code the schema documents on a `code` field, has a
 * Chinese and an English entry. A schema change that adds one fails here until it is translated,
 * so staff never see a raw value such as `NO_MATCH` or an English sentence from the graph.
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

/** `Enum.VALUE` for every value of every enum in the schema. */
function schemaEnumValues(): string[] {
  return schema.definitions.flatMap((definition) =>
    definition.kind === Kind.ENUM_TYPE_DEFINITION ? (definition.values ?? []).map((value) => `${definition.name.value}.${value.name.value}`) : [],
  );
}

/**
 * The error codes the schema documents: the upper-case words in the description of every field
 * named `code` (e.g. "A stable code for the failed check (e.g. CHECK_CHARACTER, BIRTH_DATE)").
 */
function documentedErrorCodes(): string[] {
  const codes = new Set<string>();
  for (const definition of schema.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      if (field.name.value !== 'code' || !field.description) continue;
      for (const [word] of field.description.value.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{4,}\b/g)) codes.add(word);
    }
  }
  return [...codes].sort();
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
  const codes = documentedErrorCodes();

  it('reads the enums and the documented error codes out of the schema', () => {
    // Guards against a parser change that would make the checks below vacuous.
    expect(enumValues).toEqual(expect.arrayContaining(['Sex.MALE', 'IdentityCheckStatus.NO_MATCH', 'ExitReason.RETURNED_HOME', 'AuditOutcome.DENIED']));
    expect(codes).toEqual(expect.arrayContaining(['CHECK_CHARACTER', 'BIRTH_DATE', 'DUPLICATE', 'DOCUMENT_NUMBER_CHECK_DIGIT', 'NOT_YET_VALID', 'AGE_RANGE']));
  });

  it.each(Object.entries(CATALOGUES))('has a %s label for every value of every enum', (_locale, catalogue) => {
    expect(missing(catalogue, 'enums', enumValues)).toEqual([]);
  });

  it.each(Object.entries(CATALOGUES))('has a %s sentence for every error code the schema documents', (_locale, catalogue) => {
    expect(missing(catalogue, 'operations', codes.map((code) => `codes.${code}`))).toEqual([]);
  });
});
