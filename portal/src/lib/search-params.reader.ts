/** Reading untrusted URL search parameters as Next.js hands them to a page. */

/** URL search parameters of a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter, trimmed; `undefined` when absent or blank. */
export function firstParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}
