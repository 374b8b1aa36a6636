/**
 * The shape every validator in this package returns: either the parsed, normalised value, or an
 * error whose `code` says which check failed and whose `message` tells a person what to fix.
 * Validators never throw for bad input; the message never repeats the whole submitted value.
 */

/** A failed check: a machine-readable code and a message a person can act on. */
export interface ValidationError<Code extends string> {
  code: Code;
  message: string;
}

/** The outcome of validating one input. */
export type ValidationResult<Value, Code extends string> =
  | { ok: true; value: Value }
  | { ok: false; error: ValidationError<Code> };

/** Builds a successful result. */
export function valid<Value>(value: Value): { ok: true; value: Value } {
  return { ok: true, value };
}

/** Builds a failed result. */
export function invalid<Code extends string>(code: Code, message: string): { ok: false; error: ValidationError<Code> } {
  return { ok: false, error: { code, message } };
}
