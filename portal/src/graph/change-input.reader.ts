/**
 * Reading the untrusted values a browser sends to a server action: a server action is a public
 * endpoint, so every value is checked for its type before it goes to the graph (which checks
 * the rest and answers with typed refusals).
 */

/** A string, trimmed; `undefined` when absent, blank or not a string. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** A string (possibly empty) for a required field: the graph says what is wrong with it. */
export function requiredText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** A finite number, or `undefined`. */
export function numberOf(value: unknown): number | undefined {
  const parsed = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : undefined;
}

/** A whole number, or `undefined`. */
export function integerOf(value: unknown): number | undefined {
  const parsed = numberOf(value);
  return parsed !== undefined && Number.isInteger(parsed) ? parsed : undefined;
}

/** One of `allowed`, or `undefined`. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** An instant as an ISO string, or `undefined` when absent or not a date. */
export function instant(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
