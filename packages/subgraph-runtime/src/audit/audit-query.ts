/**
 * Reading an agency's audit trail through the graph: the shared `AuditTrail` entity carries the
 * filter as its key, so each agency answers the same filter from its own database.
 */
import { GraphQLError } from 'graphql';
import { type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { errorCode } from '../graphql/error-codes';
import { AuditEvent } from './audit-event.entity';
import { verifyAuditChainShared, type AuditChainReport } from './audit-trail';

const filterSchema = z
  .object({
    actor: z.string().max(200).nullish(),
    recordType: z.string().max(100).nullish(),
    recordId: z.string().max(100).nullish(),
    outcome: z.enum(['ALLOWED', 'DENIED']).nullish(),
    from: z.string().datetime({ offset: true }).nullish(),
    to: z.string().datetime({ offset: true }).nullish(),
  })
  .strict();

const keySchema = z.object({ filter: filterSchema, first: z.number().int().min(1).max(200) }).strict();

export type AuditEventFilter = z.infer<typeof filterSchema>;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: errorCode('BAD_USER_INPUT') } });

/** Encodes a filter and page size as the AuditTrail key. */
export function encodeAuditFilterKey(filter: { [key: string]: unknown } | null | undefined, first: number | null | undefined): string {
  const normalised = {
    filter: Object.fromEntries(
      Object.entries(filter ?? {})
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
    ),
    first: first ?? 50,
  };
  const parsed = keySchema.safeParse(normalised);
  if (!parsed.success) throw badInput('The audit filter is not valid: first must be 1 to 200 and dates ISO 8601 instants');
  return Buffer.from(JSON.stringify(parsed.data), 'utf8').toString('base64url');
}

/** Decodes an AuditTrail key; a tampered one is refused. */
export function decodeAuditFilterKey(key: string): { filter: AuditEventFilter; first: number } {
  try {
    return keySchema.parse(JSON.parse(Buffer.from(key, 'base64url').toString('utf8')));
  } catch {
    throw badInput('The audit filter key is not valid');
  }
}

/** The GraphQL shape of one audit line. */
export function auditEventView(event: AuditEvent) {
  return {
    // bigserial comes back as a bigint on some drivers; the API carries it as a string.
    seq: String(event.seq),
    at: event.at,
    actor: event.actor,
    actorKind: event.actorKind,
    agency: event.agency,
    roles: event.roles ? event.roles.split(' ') : [],
    requestId: event.requestId,
    operation: event.operation,
    recordType: event.recordType,
    recordId: event.recordId,
    fields: event.fields ? event.fields.split(',') : [],
    purpose: event.purpose,
    outcome: event.outcome as 'ALLOWED' | 'DENIED',
    hash: event.hash,
  };
}

/** One agency's page of the trail for the key, with its chain recomputed lazily. */
export function auditEventPage(em: EntityManager, filterKey: string) {
  const { filter, first } = decodeAuditFilterKey(filterKey);
  const where: FilterQuery<AuditEvent> = {};
  if (filter.actor) where.actor = filter.actor;
  if (filter.recordType) where.recordType = filter.recordType;
  if (filter.recordId) where.recordId = filter.recordId;
  if (filter.outcome) where.outcome = filter.outcome;
  if (filter.from || filter.to) {
    where.at = { ...(filter.from ? { $gte: new Date(filter.from) } : {}), ...(filter.to ? { $lt: new Date(filter.to) } : {}) };
  }
  return {
    events: async () => (await em.find(AuditEvent, where, { orderBy: { seq: 'desc' }, limit: first })).map(auditEventView),
    // `checked` counts the trail's lines verified, not records: auditors read the whole trail.
    chain: (): Promise<AuditChainReport> => verifyAuditChainShared(em),
  };
}

/** What resolves an `AuditTrail` (its key only). */
export interface AuditTrailSource {
  filterKey: string;
}
/** What resolves an `AuditEventPage`. */
export type AuditEventPageSource = ReturnType<typeof auditEventPage>;
/** What resolves an `AuditEvent`. */
export type AuditEventSource = ReturnType<typeof auditEventView>;
