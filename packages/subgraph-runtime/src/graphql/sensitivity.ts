/**
 * Sensitivity is classified in the SDL itself: `@sensitive(level: "…")` on a field, a directive of
 * each subgraph (not composed into the supergraph) read from the subgraph's SDL when its schema is
 * built. From it comes one table per subgraph (`Type.field` → level) that
 *
 * - a test walks: every field of a type that holds personal data must be classified, so a new
 *   field cannot ship undecided (`unclassifiedFields`);
 * - the schema applies: reading a classified field of a protected person's record notes an audit
 *   line (record, field names, never values), merged per record and appended once at the end of
 *   the request with the request's other lines (`sensitivityMiddleware`).
 */
import DataLoader from 'dataloader';
import { type GraphQLResolveInfo, type GraphQLSchema, isObjectType, Kind, parse, type DirectiveNode, type StringValueNode } from 'graphql';
import { type IMiddlewareFunction, type IMiddlewareTypeMap } from 'graphql-middleware';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type RequestAudit } from '../audit/audit-trail';
import { type Caller } from '../auth/caller';
import { PersonProjection } from '../exchange/person-projection';

/** The directive each subgraph's SDL declares (and uses on fields). */
export const SENSITIVE_DIRECTIVE = 'directive @sensitive(level: String!) on FIELD_DEFINITION';

/**
 * How sensitive a field is: PUBLIC holds nothing about a person (ids, states, clocks of the
 * process); PERSONAL identifies or describes a person (name, sex, age, nationality); SENSITIVE is
 * sensitive personal information under PIPL art. 28 (identity and document numbers, birth date,
 * phone, biometrics, victim status, health, whereabouts).
 */
export const SENSITIVITY_LEVELS = ['PUBLIC', 'PERSONAL', 'SENSITIVE'] as const;
export type SensitivityLevel = (typeof SENSITIVITY_LEVELS)[number];

/** Field names that make a type one that holds personal data (besides any field classified PERSONAL or SENSITIVE). */
const PERSONAL_FIELD = /^(displayName|namePinyin|birthDate|idNumber|phone|passportNumber|verifiedName|verifiedIdNumber|householdRegistration|beneficiaryName|victim)$/;

export type SensitivityTable = ReadonlyMap<string, SensitivityLevel>;

interface ClassifiedSdl {
  table: Map<string, SensitivityLevel>;
  /** Every object type's fields (definitions and extensions together). */
  fields: Map<string, string[]>;
  problems: string[];
}

function readSdl(typeDefs: string): ClassifiedSdl {
  const table = new Map<string, SensitivityLevel>();
  const fields = new Map<string, string[]>();
  const problems: string[] = [];
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition.name.value;
    const list = fields.get(type) ?? [];
    for (const field of definition.fields ?? []) {
      list.push(field.name.value);
      const directive = field.directives?.find((d: DirectiveNode) => d.name.value === 'sensitive');
      if (!directive) continue;
      const level = (directive.arguments?.find((a) => a.name.value === 'level')?.value as StringValueNode | undefined)?.value;
      if (!level || !(SENSITIVITY_LEVELS as readonly string[]).includes(level)) problems.push(`${type}.${field.name.value} has level ${String(level)}, not one of ${SENSITIVITY_LEVELS.join(', ')}`);
      else table.set(`${type}.${field.name.value}`, level as SensitivityLevel);
    }
    fields.set(type, list);
  }
  return { table, fields, problems };
}

/** The `Type.field` → level table of a subgraph's SDL. */
export function sensitivityTable(typeDefs: string): SensitivityTable {
  return readSdl(typeDefs).table;
}

/** The object types of the SDL that hold personal data: a field named like personal data, or one classified above PUBLIC. */
export function personalDataTypes(typeDefs: string): string[] {
  const { table, fields } = readSdl(typeDefs);
  return [...fields.entries()]
    .filter(([type, list]) => list.some((field) => PERSONAL_FIELD.test(field) || (table.get(`${type}.${field}`) ?? 'PUBLIC') !== 'PUBLIC'))
    .map(([type]) => type);
}

/** What is wrong with the classification: unclassified fields of personal-data types, unknown levels. */
export function unclassifiedFields(typeDefs: string): string[] {
  const { table, fields, problems } = readSdl(typeDefs);
  const unclassified = personalDataTypes(typeDefs).flatMap((type) =>
    (fields.get(type) ?? []).filter((field) => !table.has(`${type}.${field}`)).map((field) => `${type}.${field} is not classified (@sensitive)`),
  );
  return [...problems, ...unclassified];
}

/** The record a parent object stands for, when it is about a protected person (else null). */
export interface AuditedRecord {
  recordType: string;
  recordId: string;
  /**
   * For an object that is part of a record rather than one itself (a referral's victim): the path
   * its field names take in the record's audit line (`victim.` gives `victim.idNumber`).
   */
  fieldPrefix?: string;
}

/** Per type: which of its objects are records of a protected person (sync, or through the request's loaders). */
export type ProtectedRecords = Record<string, (parent: never, ctx: never) => AuditedRecord | null | Promise<AuditedRecord | null>>;

type SensitivityContext = { audit: RequestAudit; caller: Caller; em: EntityManager };

/**
 * The field middleware that notes an audit line whenever a field classified PERSONAL or SENSITIVE
 * returns a value for a record of a protected person. Lines go into the request's audit, which
 * merges them per record and appends them once when the request ends.
 */
export function sensitivityMiddleware(schema: GraphQLSchema, table: SensitivityTable, records: ProtectedRecords): IMiddlewareTypeMap {
  const middleware: Record<string, Record<string, IMiddlewareFunction>> = {};
  for (const [key, level] of table) {
    if (level === 'PUBLIC') continue;
    const [type, field] = key.split('.') as [string, string];
    const recordOf = records[type];
    if (!recordOf || !isObjectType(schema.getType(type))) continue;
    (middleware[type] ??= {})[field] = async (resolve, parent: unknown, args: unknown, ctx: SensitivityContext, info: GraphQLResolveInfo) => {
      const value: unknown = await resolve(parent, args, ctx, info);
      if (value === null || value === undefined) return value;
      const record = await (recordOf as (p: unknown, c: unknown) => AuditedRecord | null | Promise<AuditedRecord | null>)(parent, ctx);
      if (record) ctx.audit.record({ operation: 'READ', recordType: record.recordType, recordId: record.recordId, fields: [`${record.fieldPrefix ?? ''}${field}`], outcome: 'ALLOWED' });
      return value;
    };
  }
  return middleware as IMiddlewareTypeMap;
}

const protectedLoaders = new WeakMap<object, DataLoader<string, boolean>>();

/**
 * Whether civil affairs' person projection says the person is protected, batched per request (one
 * statement for all the records of a response), for the subgraphs that keep that projection.
 */
export function isProtectedPerson(ctx: { em: EntityManager }, personId: string | null | undefined): Promise<boolean> {
  if (!personId) return Promise.resolve(false);
  let loader = protectedLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, boolean>(async (ids) => {
      const rows = await ctx.em.find(PersonProjection, { id: { $in: [...ids] }, protected: true }, { fields: ['id'] });
      const hidden = new Set(rows.map((row) => row.id));
      return ids.map((id) => hidden.has(id));
    });
    protectedLoaders.set(ctx, loader);
  }
  return loader.load(personId);
}
