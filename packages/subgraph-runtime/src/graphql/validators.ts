/**
 * The small checks every subgraph makes of its input, written once: whether an id is a UUID,
 * whether a text carries control or invisible characters, and the typed results a mutation
 * answers with when it refuses input (`…InputRejected`) or finds nothing visible (`…NotFound`).
 */

/** A UUID in its canonical hyphenated form, any version, either case. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the value is a UUID (so it may be looked up; anything else names no record). */
export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

// Control characters except tab, line feed and carriage return; zero-width and bidirectional marks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;
// The same, and no tab or line break either: for one-line values such as document numbers.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_LINE = /[\u0000-\u001F\u007F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;

/**
 * True when a free text holds a control character (tab and line breaks allowed unless `singleLine`)
 * or an invisible one (zero-width spaces and joiners, the BOM, bidirectional overrides and isolates).
 */
export function hasForbiddenCharacter(text: string, options: { singleLine?: boolean } = {}): boolean {
  return (options.singleLine ? FORBIDDEN_IN_LINE : FORBIDDEN_IN_TEXT).test(text);
}

/** True when a free text is longer than `max` characters or holds a forbidden character. */
export function isBadText(text: string, max: number): boolean {
  return text.length > max || hasForbiddenCharacter(text);
}

/**
 * A refused input as a subgraph's `…InputRejected` result type names it. `Code` is the subgraph's
 * generated `UserErrorCode`, so a code the SDL does not declare fails the typecheck.
 */
export interface InputRejection<TypeName extends string, Code extends string = string> {
  __typename: TypeName;
  field: string;
  code: Code;
  message: string;
}

/** A record not visible to the caller as a subgraph's `…NotFound` result type names it (a `UserError` of no one field). */
export interface NotFoundResult<TypeName extends string> {
  __typename: TypeName;
  code: 'NOT_FOUND';
  field: null;
  message: string;
}

/** How a subgraph refuses input, for its own name of the rejection type and its own codes. */
export interface RejectionHelpers<Rejected extends string, Code extends string = string> {
  /** The input `field` is refused with `code` and a message for the person who typed it. */
  rejected(field: string, code: Code, message: string): InputRejection<Rejected, Code>;
  /** True only for a rejection made by `rejected` (its `__typename` is the rejection type). */
  isRejected(value: unknown): value is InputRejection<Rejected, Code>;
}

/** The result helpers of one subgraph, for its own names of the rejection and not-found types. */
export interface ResultHelpers<Rejected extends string, NotFound extends string, Code extends string = string> extends RejectionHelpers<Rejected, Code> {
  /** No `what` with that id is visible to the caller (whether or not it exists). */
  notFound(what: string): NotFoundResult<NotFound>;
}

/** Builds `rejected` and `isRejected` for a subgraph's rejection type name (`Code`: its `UserErrorCode`). */
export function rejectionHelpers<Rejected extends string, Code extends string = string>(typeName: Rejected): RejectionHelpers<Rejected, Code> {
  return {
    rejected: (field, code, message) => ({ __typename: typeName, field, code, message }),
    isRejected: (value): value is InputRejection<Rejected, Code> =>
      typeof value === 'object' && value !== null && (value as { __typename?: unknown }).__typename === typeName,
  };
}

/** Builds the result helpers for a subgraph's rejection and not-found type names (`Code`: its `UserErrorCode`). */
export function resultHelpers<Rejected extends string, NotFound extends string, Code extends string = string>(names: {
  rejected: Rejected;
  notFound: NotFound;
}): ResultHelpers<Rejected, NotFound, Code> {
  return {
    ...rejectionHelpers<Rejected, Code>(names.rejected),
    notFound: (what) => ({ __typename: names.notFound, code: 'NOT_FOUND', field: null, message: `No ${what} with that id is visible to you.` }),
  };
}
