/**
 * Public security's and foreign affairs' projection of civil affairs' persons: that a person exists,
 * the county of her current case, whether she is a foreign national, and whether she is a protected
 * victim with who besides shelter staff may see her records. Built only from civil affairs' events;
 * applied in every read and every referential check, so that a protected person's records exist
 * only for the entitled.
 */
import { Entity, Index, PrimaryKey, Property, raw, type FilterQuery } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type Caller } from '../auth/caller';
import { ROLES } from '../auth/roles';
import { type ExchangeHandlers } from './consumer';

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

async function upsertProjection(em: EntityManager, id: string, facts: Partial<Omit<PersonProjection, 'id'>>, at: Date): Promise<void> {
  const row = (await em.findOne(PersonProjection, { id })) ?? em.create(PersonProjection, { id, updatedAt: at, county: null, foreignNational: false, protected: false, entitledUsernames: [] });
  em.assign(row, { ...facts, updatedAt: at });
  await em.flush();
}

/** The consumer handlers that keep the projection from civil affairs' person events. */
export const personProjectionHandlers: ExchangeHandlers = {
  'person.registered': (em, e) => upsertProjection(em, e.payload.personId, { county: e.payload.county, foreignNational: e.payload.foreignNational }, e.occurredAt),
  'person.updated': (em, e) => upsertProjection(em, e.payload.personId, { county: e.payload.county, foreignNational: e.payload.foreignNational }, e.occurredAt),
  'person.protection-started': (em, e) => upsertProjection(em, e.payload.personId, { protected: true, entitledUsernames: e.payload.entitledUsernames }, e.occurredAt),
  'person.protection-ended': (em, e) => upsertProjection(em, e.payload.personId, { protected: false, entitledUsernames: [] }, e.occurredAt),
};

/** Whether the caller sees every protected person's records (shelter staff). */
function seesAllProtected(caller: Caller): boolean {
  return caller.roles.includes(ROLES.SHELTER_STAFF);
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
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(personId)) return null;
  const person = await em.findOne(PersonProjection, { id: personId });
  if (!person) return null;
  if (person.protected && !seesAllProtected(caller) && !person.entitledUsernames.includes(caller.id)) return null;
  return person;
}
