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

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The facts a projection row holds. */
export type ProjectedPersonFacts = Pick<PersonProjection, 'county' | 'foreignNational' | 'protected' | 'entitledUsernames'>;

const NO_FACTS: ProjectedPersonFacts = { county: null, foreignNational: false, protected: false, entitledUsernames: [] };

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
};

const factsRow = (facts: ProjectedPersonFacts) => ({
  county: facts.county,
  foreignNational: facts.foreignNational,
  protected: facts.protected,
  entitledUsernames: [...facts.entitledUsernames].sort().join(' '),
});

/** The projection as the exchange's rebuild and reconciliation see it. */
export const personProjection: ProjectionDefinition = {
  description: "civil affairs' persons: county, foreign-national flag, protection and who is entitled",
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
 * default) is not a protected victim the caller is not entitled to. `null` when the caller sees
 * every protected person (shelter staff).
 */
export function protectedPersonScope<T>(caller: Caller, column = 'person_id'): FilterQuery<T> | null {
  if (seesAllProtected(caller)) return null;
  const name = column.replace(/[^a-z_]/g, '');
  return {
    [raw((alias) => `not exists (select 1 from person_projection pp where pp.id = ${alias}.${name} and pp.protected and not (? = any(pp.entitled_usernames)))`, [caller.id])]: true,
  } as FilterQuery<T>;
}

/** Adds the protection condition to a record scope (`null` scope: the caller sees none anyway). */
export function withProtection<T>(scope: FilterQuery<T> | null, caller: Caller, column = 'person_id'): FilterQuery<T> | null {
  if (scope === null) return null;
  const hidden = protectedPersonScope<T>(caller, column);
  return hidden ? ({ $and: [scope, hidden] } as FilterQuery<T>) : scope;
}

/** Whether the person exists for the caller (known, and not hidden by protection). */
export async function personVisibleTo(em: EntityManager, caller: Caller, personId: string): Promise<PersonProjection | null> {
  if (!isUuid(personId)) return null;
  const person = await em.findOne(PersonProjection, { id: personId });
  if (!person) return null;
  if (person.protected && !seesAllProtected(caller) && !person.entitledUsernames.includes(caller.id)) return null;
  return person;
}
