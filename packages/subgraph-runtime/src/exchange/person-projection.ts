/**
 * Public security's and foreign affairs' projection of civil affairs' persons: that a person exists,
 * the county of her current case, whether she is a foreign national, and whether she is a protected
 * victim with who besides shelter staff may see her records. Built only from civil affairs' events;
 * applied in every read and every referential check, so that a protected person's records exist
 * only for the entitled.
 */
import { Entity, Index, PrimaryKey, Property, raw, type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { hasRole, type Caller } from '../auth/caller';
import { ROLES } from '../auth/roles';
import { isUuid } from '../graphql/validators';
import { type ExchangeHandlers } from './consumer';
import { type EventPayload, type ReceivedEvent } from './event-catalog';
import { type ProjectionDefinition } from './maintenance';

@Entity({ tableName: 'person_projection' })
@Index({ properties: ['protected'] })
export class PersonProjection {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text', nullable: true })
  county: string | null = null;

  @Property({ type: 'boolean' })
  foreignNational: boolean = false;

  @Property({ type: 'boolean' })
  protected: boolean = false;

  /** Usernames entitled to her records besides shelter staff (the referring caseworker or officer). */
  @Property({ type: 'text[]' })
  entitledUsernames: string[] = [];

  /**
   * The record was found to be the same person as this one (`person.merged`): it no longer exists
   * for anyone, and this agency's records of it now name the surviving record.
   */
  @Property({ type: 'uuid', nullable: true })
  mergedInto: string | null = null;

  /**
   * The record was created in error (`person.removed`): it no longer exists for anyone, and this
   * agency's records of it are hidden with it (kept in the database, answered like an unknown id).
   */
  @Property({ type: 'boolean', default: false })
  removed: boolean = false;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The facts a projection row holds. */
export type ProjectedPersonFacts = Pick<PersonProjection, 'county' | 'foreignNational' | 'protected' | 'entitledUsernames' | 'mergedInto' | 'removed'>;

const NO_FACTS: ProjectedPersonFacts = { county: null, foreignNational: false, protected: false, entitledUsernames: [], mergedInto: null, removed: false };

/** What one of civil affairs' person events changes in the projected facts (the handlers' and the reconciliation's one rule). */
export function personFactsChange(event: ReceivedEvent): Partial<ProjectedPersonFacts> | null {
  switch (event.type) {
    case 'person.registered':
    case 'person.updated': {
      const payload = event.payload as EventPayload<'person.registered'>;
      return { county: payload.county, foreignNational: payload.foreignNational };
    }
    case 'person.protection-started':
      return { protected: true, entitledUsernames: (event.payload as EventPayload<'person.protection-started'>).entitledUsernames };
    case 'person.protection-ended':
      return { protected: false, entitledUsernames: [] };
    // The protection marker stays on an ended record: whatever of hers is left is hidden as before.
    case 'person.merged':
      return { mergedInto: (event.payload as EventPayload<'person.merged'>).intoPersonId };
    case 'person.removed':
      return { removed: true };
    default:
      return null;
  }
}

async function applyPersonEvent(em: EntityManager, event: ReceivedEvent): Promise<void> {
  const change = personFactsChange(event);
  if (!change) return;
  const id = (event.payload as { personId: string }).personId;
  const row = (await em.findOne(PersonProjection, { id })) ?? em.create(PersonProjection, { id, updatedAt: event.occurredAt, ...NO_FACTS });
  em.assign(row, { ...change, updatedAt: event.occurredAt });
  await em.flush();
}

/** The consumer handlers that keep the projection from civil affairs' person events. */
export const personProjectionHandlers: ExchangeHandlers = {
  'person.registered': applyPersonEvent,
  'person.updated': applyPersonEvent,
  'person.protection-started': applyPersonEvent,
  'person.protection-ended': applyPersonEvent,
  'person.merged': applyPersonEvent,
  'person.removed': applyPersonEvent,
};

/** What an agency does to its own records when civil affairs merges or removes a person (in the consumer's transaction). */
export interface PersonRecordHandlers {
  /** Re-points the merged record's rows to the survivor (e.g. `update identity_check set person_id = into where person_id = from`). */
  merged?: (em: EntityManager, fromPersonId: string, intoPersonId: string, event: ReceivedEvent<'person.merged'>) => Promise<unknown>;
  /** Acts on a removed person's rows (hidden by the row scope anyway; e.g. detach a document that stands on its own). */
  removed?: (em: EntityManager, personId: string, event: ReceivedEvent<'person.removed'>) => Promise<unknown>;
}

/** The person projection's handlers, plus the agency's own records following a merge or a removal. */
export function personProjectionHandlersWith(records: PersonRecordHandlers): ExchangeHandlers {
  return {
    ...personProjectionHandlers,
    'person.merged': async (em, event) => {
      await applyPersonEvent(em, event);
      await records.merged?.(em, event.payload.personId, event.payload.intoPersonId, event);
    },
    'person.removed': async (em, event) => {
      await applyPersonEvent(em, event);
      await records.removed?.(em, event.payload.personId, event);
    },
  };
}

const factsRow = (facts: ProjectedPersonFacts) => ({
  county: facts.county,
  foreignNational: facts.foreignNational,
  protected: facts.protected,
  entitledUsernames: [...facts.entitledUsernames].sort().join(' '),
  mergedInto: facts.mergedInto,
  removed: facts.removed,
});

/** The projection as the exchange's rebuild and reconciliation see it. */
export const personProjection: ProjectionDefinition = {
  description: "civil affairs' persons: county, foreign-national flag, protection and who is entitled, merged or removed",
  tables: ['person_projection'],
  fold(events) {
    const rows = new Map<string, ProjectedPersonFacts>();
    for (const event of events) {
      const change = personFactsChange(event);
      if (!change) continue;
      const id = (event.payload as { personId: string }).personId;
      rows.set(id, { ...(rows.get(id) ?? NO_FACTS), ...change });
    }
    return new Map([...rows].map(([id, facts]) => [id, factsRow(facts)]));
  },
  async load(em) {
    const rows = await em.find(PersonProjection, {}, { disableIdentityMap: true });
    return new Map(rows.map((row) => [row.id, factsRow(row)]));
  },
};

/** Whether the caller sees every protected person's records (shelter staff). */
function seesAllProtected(caller: Caller): boolean {
  return hasRole(caller, ROLES.SHELTER_STAFF);
}

/**
 * The condition a record must meet for the caller: its person (column `column`, `person_id` by
 * default) is neither a removed record (for anyone) nor a protected victim the caller is not
 * entitled to (shelter staff see every protected person). It fails closed: a record of a person
 * this agency has not yet learned of over the exchange (a first start, before the consumer has
 * caught up) is shown to no one but shelter staff until the person's facts arrive, since until
 * then nothing says she is not protected. A record with no person is not affected.
 */
export function protectedPersonScope<T>(caller: Caller, column = 'person_id'): FilterQuery<T> {
  const name = column.replace(/[^a-z_]/g, '');
  if (seesAllProtected(caller)) {
    return { [raw((alias) => `not exists (select 1 from person_projection pp where pp.id = ${alias}.${name} and pp.removed)`)]: true } as FilterQuery<T>;
  }
  return {
    [raw(
      (alias) =>
        `(${alias}.${name} is null or exists (select 1 from person_projection pp where pp.id = ${alias}.${name} and not pp.removed and (not pp.protected or ? = any(pp.entitled_usernames))))`,
      [caller.id],
    )]: true,
  } as FilterQuery<T>;
}

/** Adds the protection condition to a record scope (`null` scope: the caller sees none anyway). */
export function withProtection<T>(scope: FilterQuery<T> | null, caller: Caller, column = 'person_id'): FilterQuery<T> | null {
  if (scope === null) return null;
  return { $and: [scope, protectedPersonScope<T>(caller, column)] } as FilterQuery<T>;
}

/** Whether the person exists for the caller (known, neither merged away nor removed, and not hidden by protection). */
export async function personVisibleTo(em: EntityManager, caller: Caller, personId: string): Promise<PersonProjection | null> {
  if (!isUuid(personId)) return null;
  const person = await em.findOne(PersonProjection, { id: personId });
  if (!person || person.removed || person.mergedInto !== null) return null;
  if (person.protected && !seesAllProtected(caller) && !person.entitledUsernames.includes(caller.id)) return null;
  return person;
}
