/**
 * The police's legal-status findings, kept by foreign affairs (DOMAIN.md §3: a legal entry or
 * residence notifies the office). Applied from the exchange (`foreign-national.status-found`),
 * never read from public security at query time and never taken from what an officer typed. The
 * office acknowledges the notification itself in public security's records; here the finding
 * confirms the beneficiary's entry status: an open entrustment of hers still PENDING_CONFIRMATION
 * becomes LEGAL_STAY, linked to the check, with a STATUS_CONFIRMED line in its history (one already
 * confirmed is left as it is), and one issued later as pending is confirmed at once.
 *
 * The findings stay as public security announced them, naming the person the check named (so the
 * rebuild and the reconciliation compare them with public security's feed alone). Civil affairs'
 * merges are applied when they are read: a person's findings are hers and those of every record
 * merged into her (through the person projection's `merged_into`, however long the chain), and a
 * finding that arrives for a merged record confirms the survivor's pending entrustments.
 */
import { LockMode } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { appendAudit, exchangeCaller, ExchangeRejection, type EventPayload, type ExchangeHandlers, type ProjectionDefinition, type ReceivedEvent, entityFromRow } from '@lifeline/subgraph-runtime';
import { AidEntrustmentEvent } from '../entities/aid-entrustment-event.entity';
import { AidEntrustment } from '../entities/aid-entrustment.entity';
import { LegalStatusFinding } from '../entities/legal-status-finding.entity';
import { OPEN_STATUSES } from './vocabulary';

/** Who the audit trail and the entrustment history name for changes applied on public security's word. */
export const PUBLIC_SECURITY_EXCHANGE = exchangeCaller('public-security');

/**
 * The findings of each person asked for, counting those of the records merged into her, oldest
 * first (one statement for the whole batch): managed entities by default, read views for the loaders
 * (`viewFromRow`).
 */
export async function findingsOfPersons(
  em: EntityManager,
  personIds: readonly string[],
  asRecord: typeof entityFromRow = entityFromRow,
): Promise<Array<{ personId: string; finding: LegalStatusFinding }>> {
  if (personIds.length === 0) return [];
  const rows = await em.getConnection().execute<Array<Record<string, unknown> & { lineage_root: string }>>(
    `with recursive lineage(root, id) as (
       select r, r from unnest(array[?]::uuid[]) as r
       union
       select l.root, pp.id from person_projection pp join lineage l on pp.merged_into = l.id
     )
     select l.root as lineage_root, f.* from lineage l join legal_status_finding f on f.person_id = l.id
     order by f.found_at, f.status_check_id`,
    [[...personIds]],
    'all',
    em.getTransactionContext(),
  );
  return rows.map(({ lineage_root, ...row }) => ({ personId: lineage_root, finding: asRecord(em, LegalStatusFinding, row) }));
}

/** The newest legal status the police found for the person (or a record merged into her), if any. */
export async function latestLegalStatus(em: EntityManager, personId: string): Promise<LegalStatusFinding | null> {
  return (await findingsOfPersons(em, [personId])).at(-1)?.finding ?? null;
}

/** The record that stands for the person now: the end of her `merged_into` chain (herself when never merged). */
async function survivorOf(em: EntityManager, personId: string): Promise<string> {
  const rows = await em.getConnection().execute<Array<{ id: string }>>(
    `with recursive chain(id, depth) as (
       select ?::uuid, 0
       union
       select pp.merged_into, c.depth + 1 from person_projection pp join chain c on pp.id = c.id where pp.merged_into is not null and c.depth < 100
     )
     select id from chain order by depth desc limit 1`,
    [personId],
    'all',
    em.getTransactionContext(),
  );
  return rows[0]?.id ?? personId;
}

/**
 * Confirms the person's open entrustments still pending on the finding: LEGAL_STAY, linked to the
 * check, a STATUS_CONFIRMED line in each history. Answers the confirmed ones (for the audit trail).
 */
export async function confirmPendingEntrustments(tx: EntityManager, personId: string, finding: Pick<LegalStatusFinding, 'status' | 'statusCheckId'>): Promise<AidEntrustment[]> {
  // Deliveries and amendments lock these rows too: a confirmation waits for them, and they for it.
  const pending = await tx.find(
    AidEntrustment,
    { personId, entryStatus: 'PENDING_CONFIRMATION', status: { $in: [...OPEN_STATUSES] } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { issuedAt: 'asc', id: 'asc' } },
  );
  const at = new Date();
  for (const entrustment of pending) {
    entrustment.entryStatus = 'LEGAL_STAY';
    entrustment.statusCheckId ??= finding.statusCheckId;
    tx.create(AidEntrustmentEvent, { entrustment, action: 'STATUS_CONFIRMED', fromStatus: entrustment.status, toStatus: entrustment.status, at, actor: PUBLIC_SECURITY_EXCHANGE.id, reason: confirmationReason(finding) });
  }
  return pending;
}

/** The history line of a confirmation. */
export function confirmationReason(finding: Pick<LegalStatusFinding, 'status' | 'statusCheckId'>): string {
  return `police status check ${finding.statusCheckId} found ${finding.status}`;
}

/**
 * Records the finding and confirms the person's pending entrustments. An event whose payload names
 * another person than its subject goes to the dead letters; a check already recorded changes nothing.
 */
export async function applyLegalStatusFound(tx: EntityManager, event: ReceivedEvent<'foreign-national.status-found'>): Promise<void> {
  const facts = event.payload;
  if (facts.personId !== event.subjectId) throw new ExchangeRejection('foreign-national.status-found names another person than its subject');
  if (await tx.findOne(LegalStatusFinding, { statusCheckId: facts.statusCheckId })) return;
  const finding = tx.create(LegalStatusFinding, { statusCheckId: facts.statusCheckId, personId: facts.personId, status: facts.status, foundAt: new Date(facts.foundAt), receivedAt: new Date() });
  // Checked before the record was merged away, delivered after: her entrustments name the survivor now.
  const pending = await confirmPendingEntrustments(tx, await survivorOf(tx, facts.personId), finding);
  await tx.flush();
  await appendAudit(tx, PUBLIC_SECURITY_EXCHANGE, event.eventId, [
    { operation: 'CREATE', recordType: 'LegalStatusFinding', recordId: finding.statusCheckId, fields: ['status', 'foundAt'], purpose: 'police status check concluded', outcome: 'ALLOWED' },
    ...pending.map((e) => ({ operation: 'UPDATE', recordType: 'AidEntrustment', recordId: e.id, fields: ['entryStatus', 'statusCheck'], purpose: confirmationReason(finding), outcome: 'ALLOWED' as const })),
  ]);
}

/** What foreign affairs applies from public security's feed. */
export const publicSecurityHandlers: ExchangeHandlers = {
  'foreign-national.status-found': applyLegalStatusFound,
};

const findingRow = (personId: string, status: string, foundAt: Date) => ({ personId, status, foundAt: foundAt.toISOString() });

/**
 * The findings as the exchange's rebuild and reconciliation see them: one row per status check,
 * the first event for it kept (as the handler does). A rebuild replays them without confirming an
 * entrustment twice: only one still pending is confirmed.
 */
export const legalStatusProjection: ProjectionDefinition = {
  description: "public security's legal-status findings: person, status, when",
  tables: ['legal_status_finding'],
  fold(events) {
    const rows = new Map<string, Record<string, unknown>>();
    for (const event of events) {
      if (event.type !== 'foreign-national.status-found') continue;
      const facts = event.payload as EventPayload<'foreign-national.status-found'>;
      if (facts.personId !== event.subjectId || rows.has(facts.statusCheckId)) continue;
      rows.set(facts.statusCheckId, findingRow(facts.personId, facts.status, new Date(facts.foundAt)));
    }
    return rows;
  },
  async load(em) {
    const rows = await em.find(LegalStatusFinding, {}, { disableIdentityMap: true });
    return new Map(rows.map((row) => [row.statusCheckId, findingRow(row.personId, row.status, row.foundAt)]));
  },
};
