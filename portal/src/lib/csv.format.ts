/**
 * CSV as spreadsheet programs read it: a UTF-8 byte-order mark (so Excel shows Chinese), CRLF line
 * ends, every field quoted, and a cell that would start a formula (`=`, `+`, `-`, `@`, tab, CR)
 * prefixed with an apostrophe, so an exported record can never run as one (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted, with formula starts disarmed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A whole file: the header row, then the rows. */
export function csvFile(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
