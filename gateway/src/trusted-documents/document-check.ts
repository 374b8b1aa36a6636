/**
 * Whether a document may become trusted: it parses within the gateway's token limit and validates
 * against the API schema the gateway serves, with the same limits (depth, aliases, directives,
 * cost) every operation meets. A document registered once is run many times by its hash, so it is
 * checked before it is stored, never only when it runs.
 */
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { errorCode, type ErrorCode } from '@lifeline/subgraph-runtime';
import { queryLimits } from '../query-limits';

/** Why a document may not be trusted. */
export interface DocumentProblem {
  code: ErrorCode;
  message: string;
}

/** Checks documents against the API schema it is given (the gateway's, once loaded). */
export class DocumentCheck {
  private schema: GraphQLSchema | undefined;
  private readonly limits = queryLimits();

  /** The API schema documents are checked against (called when the gateway loads its supergraph). */
  useSchema(schema: GraphQLSchema): void {
    this.schema = schema;
  }

  /** What is wrong with the document, or null when it may be trusted. */
  problemOf(text: string): DocumentProblem | null {
    let document: DocumentNode;
    try {
      document = parse(text, this.limits.parseOptions);
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'The document is not valid GraphQL.';
      return { code: errorCode('GRAPHQL_PARSE_FAILED'), message };
    }
    if (!this.schema) throw new Error('the API schema is not loaded yet');
    const errors = validate(this.schema, document, [...specifiedRules, ...this.limits.validationRules]);
    if (errors.length > 0) {
      // As at /graphql, no message suggests field names.
      const message = errors.map((error) => error.message.replace(/ ?Did you mean .+\?/g, '').trim()).join(' ');
      return { code: errorCode('GRAPHQL_VALIDATION_FAILED'), message };
    }
    return null;
  }
}
