/**
 * Checks an operation's input before anything runs, the same way wherever it is asked (the
 * gateway for all four agencies, and each subgraph): a `DateTime` or `Date` that is no real
 * instant or date, an `ID` that is no UUID, and text holding a NUL character are answered with
 * BAD_USER_INPUT and HTTP 400, naming where the bad value is and never repeating it. At the
 * gateway the supergraph knows these scalars by name only, so without this a bad date reached a
 * subgraph, was refused there with HTTP 400 and came back as an outage (SUBGRAPH_UNAVAILABLE).
 */
import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { errorCode } from './error-codes';
import { DateScalar, DateTimeScalar } from './scalars';
import { UUID_PATTERN } from './validators';

/** The error of a refused input: BAD_USER_INPUT, HTTP 400 (Apollo Server reads `http`; it never leaves). */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCode('BAD_USER_INPUT'), http: { status: 400 } } });
}

/** What is wrong with one scalar value of the named type (`null`: nothing). Never quotes the value. */
export function scalarProblem(typeName: string, value: unknown): string | null {
  if (typeof value === 'string' && value.includes('\u0000')) return 'Text may not contain the NUL character (U+0000).';
  if (typeName === 'ID' && (typeof value === 'string' || typeof value === 'number') && !UUID_PATTERN.test(String(value))) {
    return 'An id is a UUID, e.g. 6cbaa3cb-385e-4a81-9608-c00c8d6d0291.';
  }
  const scalar = typeName === 'DateTime' ? DateTimeScalar : typeName === 'Date' ? DateScalar : null;
  if (scalar && value !== null && value !== undefined) {
    try {
      scalar.parseValue(value);
    } catch (error) {
      return error instanceof GraphQLError ? error.message : `${typeName} is not valid.`;
    }
  }
  return null;
}

function literalValue(node: ValueNode): unknown {
  if (node.kind === Kind.STRING || node.kind === Kind.INT || node.kind === Kind.FLOAT) return node.value;
  return undefined;
}

/** The first bad literal of the document (arguments and input-object fields, lists included). */
function literalProblem(schema: GraphQLSchema, document: DocumentNode): GraphQLError | null {
  const typeInfo = new TypeInfo(schema);
  const where: string[] = [];
  let found: GraphQLError | null = null;
  const checkLiteral = (node: ValueNode) => {
    const type = typeInfo.getInputType();
    if (!type || found) return;
    const named = getNamedType(type);
    const problem = scalarProblem(named.name, literalValue(node));
    if (problem) found = badUserInput(`${where.join('.') || 'A value'}: ${problem}`);
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: { enter: (node) => void where.push(node.name.value), leave: () => void where.pop() },
      ObjectField: { enter: (node) => void where.push(node.name.value), leave: () => void where.pop() },
      StringValue: checkLiteral,
      IntValue: checkLiteral,
    }),
  );
  return found;
}

/** The first bad value among the variables, walked along their declared types. */
function variableProblem(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): GraphQLError | null {
  const walk = (value: unknown, type: GraphQLInputType, path: string): string | null => {
    if (value === null || value === undefined) return null;
    if (isNonNullType(type)) return walk(value, type.ofType, path);
    if (isListType(type)) {
      if (!Array.isArray(value)) return walk(value, type.ofType as GraphQLInputType, path);
      for (const [index, item] of value.entries()) {
        const problem = walk(item, type.ofType as GraphQLInputType, `${path}.${index}`);
        if (problem) return problem;
      }
      return null;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return null; // coercion reports the shape
      for (const field of Object.values(type.getFields())) {
        const problem = walk((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`);
        if (problem) return problem;
      }
      return null;
    }
    const problem = scalarProblem(getNamedType(type).name, value);
    return problem ? `${path}: ${problem}` : null;
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      if (!type) continue;
      const problem = walk(variables[variable.variable.name.value], type, `$${variable.variable.name.value}`);
      if (problem) return badUserInput(problem);
    }
  }
  return null;
}

/**
 * The literal check's answer per parsed document and schema. Apollo Server keeps one parsed
 * document per query text, so a query sent again is walked once, not on every request.
 */
const literalChecks = new WeakMap<DocumentNode, { schema: GraphQLSchema; message: string | null }>();

/** The literal check, remembered per document (a fresh error each time: errors are not shared between requests). */
function cachedLiteralProblem(schema: GraphQLSchema, document: DocumentNode): GraphQLError | null {
  let known = literalChecks.get(document);
  if (!known || known.schema !== schema) {
    known = { schema, message: literalProblem(schema, document)?.message ?? null };
    literalChecks.set(document, known);
  }
  return known.message === null ? null : badUserInput(known.message);
}

/** The first problem of the operation's input, or `null`. */
export function operationInputProblem(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): GraphQLError | null {
  return cachedLiteralProblem(schema, document) ?? variableProblem(schema, document, variables);
}

/** Refuses an operation whose input has a problem before it is planned or executed. */
export function inputChecksPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const problem = operationInputProblem(schema, document, request.variables ?? {});
          if (problem) throw problem;
        },
      };
    },
  };
}
