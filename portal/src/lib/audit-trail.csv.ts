/**
 * The audit work list's CSV export: one row per line, in the user's language where the catalogue
 * words a value (operation, record type, outcome, kind of actor, agency, roles, purpose) and as
 * recorded where it does not, with the line's number, request and chain hash so a reader can
 * match each row to the trail. The route supplies the wording; this module only lays the row out.
 */
import type { AuditTrailPageFieldsFragment } from '@/gql/graphql';

type Line = AuditTrailPageFieldsFragment['edges'][number]['node'];

/** The columns of the export, in order (keys under `auditTrail.columns`). */
export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'actor', 'actorKind', 'agency', 'roles', 'operation', 'recordType', 'recordId', 'fields', 'outcome', 'purpose', 'requestId', 'hash'] as const;

/** How the route words a line's values. */
export interface AuditCsvWords {
  dateTime: (iso: string) => string;
  operation: (value: string) => string;
  recordType: (value: string) => string;
  outcome: (value: Line['outcome']) => string;
  actorKind: (value: string) => string;
  agency: (value: string) => string;
  role: (value: string) => string;
  purpose: (value: string) => string;
}

/** One line as a row of the export. */
export function auditCsvRow(line: Line, words: AuditCsvWords): string[] {
  return [
    line.seq,
    words.dateTime(line.at),
    line.actor,
    words.actorKind(line.actorKind),
    line.agency ? words.agency(line.agency) : '',
    line.roles.map(words.role).join(' / '),
    words.operation(line.operation),
    words.recordType(line.recordType),
    line.recordId ?? '',
    line.fields.join(', '),
    words.outcome(line.outcome),
    line.purpose ? words.purpose(line.purpose) : '',
    line.requestId,
    line.hash,
  ];
}
