/**
 * What auditors see of one agency's side of the exchange: how far each of its consumers has
 * applied a source agency's feed, and the events it set aside (dead letters) with the reason.
 * The set-aside event itself stays in the agency's database for operators: it may hold personal
 * data, so the graph shows only its id, type, position, reason and time.
 */
import { type EntityManager } from '@mikro-orm/postgresql';
import { pageSize } from '../graphql/connection';
import { ExchangeConsumerOffset, ExchangeDeadLetter } from './exchange.entities';

/** The key of the one exchange-state entity every agency contributes a field to. */
export const EXCHANGE_STATE_ID = 'exchange';

/** What resolves an `ExchangeState` (its key only). */
export interface ExchangeStateSource {
  id: string;
}

export interface ExchangeConsumerPositionView {
  source: string;
  position: string;
  updatedAt: Date;
}

export interface ExchangeDeadLetterView {
  id: string;
  source: string;
  eventId: string | null;
  type: string | null;
  position: string | null;
  reason: string;
  at: Date;
}

/** The most dead letters one page lists. */
export const MAX_DEAD_LETTER_PAGE = 200;

/** One agency's side of the exchange, read lazily from its own database. */
export function agencyExchangeState(em: EntityManager) {
  return {
    consumers: async (): Promise<ExchangeConsumerPositionView[]> =>
      (await em.find(ExchangeConsumerOffset, {}, { orderBy: { source: 'asc' }, disableIdentityMap: true })).map((row) => ({
        source: row.source,
        position: row.position,
        updatedAt: row.updatedAt,
      })),
    // Every row `deadLetters` pages through, unfiltered: the exchange state is for auditors only,
    // whose job covers the whole agency, and a dead letter shows no person (id, type, reason).
    deadLetterCount: (): Promise<number> => em.count(ExchangeDeadLetter, {}),
    deadLetters: async (args: { first?: number | null }): Promise<ExchangeDeadLetterView[]> => {
      const first = pageSize(args.first, MAX_DEAD_LETTER_PAGE, 50);
      const rows = await em.find(ExchangeDeadLetter, {}, { orderBy: { id: 'desc' }, limit: first, disableIdentityMap: true });
      return rows.map((row) => ({
        id: row.id,
        source: row.source,
        eventId: row.eventId,
        type: row.type,
        position: row.position,
        reason: row.reason,
        at: row.at,
      }));
    },
  };
}

/** What resolves an `AgencyExchangeState`. */
export type AgencyExchangeStateSource = ReturnType<typeof agencyExchangeState>;
