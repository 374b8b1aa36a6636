/**
 * Why a list is read when its rows leave the screen (a work list's CSV export passes `export`):
 * the purpose argument every such connection takes, checked the same way in every agency, and
 * the audit line it leaves for each record of the page.
 */
import { GraphQLError } from 'graphql';
import { errorCode } from '../graphql/error-codes';
import { isBadText } from '../graphql/validators';
import { type RequestAudit } from './audit-trail';

/** The longest purpose the audit trail keeps. */
const MAX_PURPOSE_LENGTH = 200;

/** Checks a purpose as the audit trail keeps it: 1 to 200 characters of plain text (`null` when none is given); anything else is refused with BAD_USER_INPUT before any statement runs. */
export function readPurpose(purpose: string | null | undefined): string | null {
  if (purpose == null) return null;
  const text = purpose.trim();
  if (!text || isBadText(text, MAX_PURPOSE_LENGTH)) {
    throw new GraphQLError(`purpose must be 1 to ${MAX_PURPOSE_LENGTH} characters of plain text`, { extensions: { code: errorCode('BAD_USER_INPUT') } });
  }
  return text;
}

/** Writes one EXPORT line per record read with a purpose (none without one): the trail says who took which records off the screen, and why. */
export function recordExports(audit: RequestAudit, purpose: string | null, recordType: string, recordIds: readonly string[], fields: readonly string[]): void {
  if (!purpose) return;
  for (const recordId of recordIds) audit.record({ operation: 'EXPORT', recordType, recordId, fields, purpose, outcome: 'ALLOWED' });
}
