import { buildSchema, execute, GraphQLError, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, and, deny, or, rule } from 'graphql-shield';
import { isRequestConstant, policyMiddleware } from './policy-middleware';

const SDL = `
  type Query { people: [Person!]! secret: String failing: String }
  type Person { id: ID! name: String! phone: String note: String }
`;

function schemaWith(resolvers: Record<string, Record<string, (...args: unknown[]) => unknown>>): GraphQLSchema {
  const schema = buildSchema(SDL);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [field, resolve] of Object.entries(fields)) type.getFields()[field]!.resolve = resolve;
  }
  return schema;
}

const PEOPLE = Array.from({ length: 20 }, (_, i) => ({ id: String(i), name: `P${i}`, phone: `1380000${i}`, note: 'n' }));

function setUp() {
  const calls = { staff: 0, perField: 0, refused: [] as string[] };
  const isStaff = rule({ cache: 'contextual' })((_p, _a, ctx: { staff: boolean }) => {
    calls.staff += 1;
    return ctx.staff;
  });
  const perField = rule({ cache: 'no_cache' })((parent: { id: string }) => {
    calls.perField += 1;
    return parent.id !== '3';
  });
  const schema = schemaWith({
    Query: { people: () => PEOPLE, secret: () => 'hidden', failing: () => Promise.reject(new GraphQLError('typed failure', { extensions: { code: 'NOPE' } })) },
  });
  const guarded = applyMiddleware(
    schema,
    policyMiddleware(
      schema,
      {
        Query: { people: and(allow, isStaff), failing: isStaff },
        Person: { id: and(allow, isStaff), name: or(deny, isStaff), phone: and(isStaff, perField) },
      },
      {
        fallbackRule: deny,
        fallbackError: (thrown, _p, _a, _c, info) => {
          if (thrown) return thrown instanceof Error ? thrown : new Error('non-error thrown');
          calls.refused.push(`${info.parentType.name}.${info.fieldName}`);
          return new GraphQLError('Not authorised', { extensions: { code: 'FORBIDDEN' } });
        },
      },
    ),
  );
  return { guarded, calls };
}

describe('the permission table applied field by field', () => {
  it('asks a rule about the caller once per request and answers every allowed field of the page', async () => {
    const { guarded, calls } = setUp();
    const result = await execute({ schema: guarded, document: parse('{ people { id name } }'), contextValue: { staff: true } });
    expect(result.errors).toBeUndefined();
    expect((result.data as { people: unknown[] }).people).toHaveLength(20);
    expect(calls.staff).toBe(1);

    // A second request asks again: answers are kept per request, never across callers.
    const refused = await execute({ schema: guarded, document: parse('{ people { id } }'), contextValue: { staff: false } });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(calls.staff).toBe(2);
  });

  it('asks a rule without a cache on every field, and refuses only the rows it refuses', async () => {
    const { guarded, calls } = setUp();
    const result = await execute({ schema: guarded, document: parse('{ people { id phone } }'), contextValue: { staff: true } });
    expect(calls.perField).toBe(20);
    expect(result.errors?.map((e) => e.path?.join('.'))).toEqual(['people.3.phone']);
    expect(calls.refused).toEqual(['Person.phone']);
    const people = (result.data as { people: Array<{ phone: string | null }> }).people;
    expect(people.filter((p) => p.phone !== null)).toHaveLength(19);
  });

  it('denies and reports a field the table does not name (the fallback rule)', async () => {
    const { guarded, calls } = setUp();
    const result = await execute({ schema: guarded, document: parse('{ secret people { note } }'), contextValue: { staff: true } });
    expect(result.data).toEqual({ secret: null, people: PEOPLE.map(() => ({ note: null })) });
    expect(result.errors).toHaveLength(21);
    expect(result.errors?.every((e) => e.extensions.code === 'FORBIDDEN')).toBe(true);
    expect(calls.refused).toContain('Query.secret');
    expect(calls.refused).toContain('Person.note');
  });

  it("passes a resolver's own error on unchanged", async () => {
    const { guarded } = setUp();
    const result = await execute({ schema: guarded, document: parse('{ failing }'), contextValue: { staff: true } });
    expect(result.errors?.[0]?.message).toBe('typed failure');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'NOPE' });
  });

  it('refuses a table that names a type or field the schema lacks', () => {
    const schema = buildSchema(SDL);
    const options = { fallbackRule: deny, fallbackError: () => new Error('no') };
    expect(() => policyMiddleware(schema, { Nobody: { id: allow } }, options)).toThrow(/types the schema lacks: Nobody/);
    expect(() => policyMiddleware(schema, { Person: { age: allow } }, options)).toThrow(/fields the schema lacks: Person.age/);
    expect(() => policyMiddleware(schema, { Person: { id: rule({ cache: 'strict' })(() => true) } }, options)).toThrow(/Person.id caches per parent/);
  });

  it('treats only caller-level rules as constant within a request', () => {
    const contextual = rule({ cache: 'contextual' })(() => true);
    const uncached = rule()(() => true);
    expect(isRequestConstant(and(allow, contextual))).toBe(true);
    expect(isRequestConstant(or(deny, and(contextual, uncached)))).toBe(false);
  });
});
