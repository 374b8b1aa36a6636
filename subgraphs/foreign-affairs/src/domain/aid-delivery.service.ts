/**
 * The aid-delivery ledger: the center records what it delivered against an accepted entrustment.
 * The entrustment's row is locked (`for update`) before the caps are checked, so deliveries of
 * one entrustment run one after the other and the sum never exceeds a cap however many race;
 * the window is checked inside the same transaction (an expired entrustment takes nothing).
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { runChange, withIdempotency } from '@lifeline/subgraph-runtime';
import { AidDelivery } from '../entities/aid-delivery.entity';
import { type AidEntrustment } from '../entities/aid-entrustment.entity';
import { deliversAid } from './access';
import { AidRefusal, appendEvent, currentItems, deliveredByKind, findVisible, lockVisible, notFound, type AidDeliveryOutcome, type ChangeScope } from './aid-entrustment.service';
import { checkChange, checkDeliveryFits, chinaDate, isFulfilled, rejected, validateDelivery } from './aid-entrustment.workflow';
import { type AidItemKind } from './vocabulary';

export type AidDeliveryResult = { __typename: 'AidDeliveryRecorded'; delivery: AidDelivery; aidEntrustment: AidEntrustment } | AidDeliveryOutcome;

export interface RecordAidDeliveryInput {
  entrustmentId: string;
  kind: AidItemKind;
  quantity: number;
  amountFen: number;
  deliveredOn: string;
  receiptNumber: string;
  idempotencyKey?: string | null;
}

/** Records a delivery, or refuses it (not active, not entrusted, over a cap, duplicate receipt). */
export async function recordAidDelivery(scope: ChangeScope, input: RecordAidDeliveryInput): Promise<AidDeliveryResult> {
  const now = scope.now ?? new Date();
  const { caller } = scope;
  if (!deliversAid(caller)) return notFound;
  const problem = validateDelivery(input, chinaDate(now));
  if (problem) return problem;
  const receiptNumber = input.receiptNumber.trim();
  const duplicate = rejected('receiptNumber', 'DUPLICATE', `Receipt ${receiptNumber} is already recorded for this entrustment.`);
  return runChange<AidDeliveryResult>(
    scope.em,
    (tx: EntityManager) =>
      withIdempotency<AidDeliveryResult>(tx, caller, {
        operation: 'recordAidDelivery',
        key: input.idempotencyKey,
        request: input,
        rejected,
        created: (result) => (result.__typename === 'AidDeliveryRecorded' ? { type: 'AidDelivery', id: result.delivery.id } : null),
        replay: async (id) => {
          const delivery = await tx.findOne(AidDelivery, { id });
          const entrustment = delivery ? await findVisible(tx, caller, delivery.entrustment.id, now) : null;
          return delivery && entrustment ? { __typename: 'AidDeliveryRecorded', delivery, aidEntrustment: entrustment } : notFound;
        },
        create: async () => {
          const entrustment = await lockVisible(tx, caller, input.entrustmentId, now);
          if (!entrustment) throw new AidRefusal(notFound);
          const refusal = checkChange(entrustment, 'DELIVER', now);
          if (refusal) throw new AidRefusal(refusal);
          if (input.deliveredOn < chinaDate(entrustment.validFrom)) {
            throw new AidRefusal(rejected('deliveredOn', 'BEFORE_WINDOW', `The delivery date is before the entrustment's validity window (from ${chinaDate(entrustment.validFrom)}).`));
          }
          if ((await tx.count(AidDelivery, { entrustment, receiptNumber })) > 0) throw new AidRefusal(duplicate);
          const items = await currentItems(tx, entrustment);
          const delivered = await deliveredByKind(tx, entrustment.id);
          const terms = { items, totalCapFen: entrustment.totalCapFen };
          const amountFen = BigInt(input.amountFen);
          const exceeded = checkDeliveryFits(terms, delivered, input.kind, amountFen, entrustment.status);
          if (exceeded) throw new AidRefusal(exceeded);
          const delivery = tx.create(AidDelivery, {
            entrustment,
            kind: input.kind,
            quantity: input.quantity,
            amountFen,
            deliveredOn: input.deliveredOn,
            receiptNumber,
            deliveredBy: caller.id,
            stationId: caller.orgUnit!,
            recordedAt: now,
          });
          // A delivery changes what is left under the entrustment: a partner's sync reads it again.
          entrustment.updatedAt = now;
          const from = entrustment.status;
          if (from === 'ACCEPTED') {
            entrustment.status = 'IN_PROGRESS';
            appendEvent(tx, entrustment, 'DELIVERY_STARTED', from, 'IN_PROGRESS', caller, now);
          }
          delivered.set(input.kind, (delivered.get(input.kind) ?? 0n) + amountFen);
          if (isFulfilled(terms, delivered)) {
            appendEvent(tx, entrustment, 'FULFILLED', entrustment.status, 'FULFILLED', caller, now, 'the caps are reached');
            entrustment.status = 'FULFILLED';
          }
          try {
            await tx.flush();
          } catch (error) {
            if (error instanceof UniqueConstraintViolationException) throw new AidRefusal(duplicate);
            throw error;
          }
          await scope.audit.appendWithin(tx, [
            { operation: 'CREATE', recordType: 'AidDelivery', recordId: delivery.id, fields: ['kind', 'amountFen', 'receiptNumber'], outcome: 'ALLOWED' },
            ...(from !== entrustment.status ? [{ operation: 'TRANSITION', recordType: 'AidEntrustment', recordId: entrustment.id, fields: ['status'], outcome: 'ALLOWED' as const }] : []),
          ]);
          return { __typename: 'AidDeliveryRecorded', delivery, aidEntrustment: entrustment };
        },
      }, now),
    () => notFound,
  );
}
