/**
 * The statements of the migrations that every agency's database runs alike (the audit trail and
 * its checkpoints, the exchange's tables, the change feed's log, the webhooks), written once here
 * and run by each agency's migration of that date.
 *
 * Frozen: a released migration's statements never change. A later change to these tables is a new
 * migration in each agency, with its statements added here beside these.
 *
 * Its own entry point (`@lifeline/subgraph-runtime/migrations`): only a process that migrates loads
 * the migrator.
 */
import { Migration } from '@mikro-orm/migrations';

/**
 * 29 November 2026: the audit trail's table and its first indexes (each agency's migration then
 * makes it append-only: AUDIT_APPEND_ONLY_SQL).
 */
export const AUDIT_TABLE_SQL = [
  `create table "audit_event" ("seq" bigserial primary key, "at" timestamptz not null, "actor" text not null, "actor_kind" text not null, "agency" text null, "roles" text not null, "request_id" text not null, "operation" text not null, "record_type" text not null, "record_id" text null, "fields" text not null, "purpose" text null, "outcome" text not null, "prev_hash" text not null, "hash" text not null);`,
  `create index "audit_event_hash_index" on "audit_event" ("hash");`,
  `create index "audit_event_record_type_record_id_index" on "audit_event" ("record_type", "record_id");`,
  `create index "audit_event_actor_at_index" on "audit_event" ("actor", "at");`,
];

/** Undoes AUDIT_TABLE_SQL. */
export const AUDIT_TABLE_DROP_SQL = [`drop table if exists "audit_event" cascade;`];

/**
 * SQL that makes audit_event append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (for
 * every role, superusers included, unless they first drop the trigger, which is itself logged by
 * PostgreSQL), and the privileges are revoked from PUBLIC.
 */
export const AUDIT_APPEND_ONLY_SQL = [
  `create or replace function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end;
$$;`,
  `create trigger audit_event_no_update_delete before update or delete on audit_event for each row execute function audit_event_refuse_change();`,
  `create trigger audit_event_no_truncate before truncate on audit_event for each statement execute function audit_event_refuse_change();`,
  `revoke update, delete, truncate on audit_event from public;`,
];

/** The same protection for the verification checkpoints. */
export const AUDIT_CHECKPOINT_APPEND_ONLY_SQL = [
  `create trigger audit_checkpoint_no_update_delete before update or delete on audit_checkpoint for each row execute function audit_event_refuse_change();`,
  `create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint for each statement execute function audit_event_refuse_change();`,
  `revoke update, delete, truncate on audit_checkpoint from public;`,
];

/**
 * The indexes of the auditors' work list (`auditEventConnection`), as each agency's migration
 * creates them: the trail newest first by (at, seq) for a window of time, by operation (EXPORT,
 * DELETE and MERGE are rare among the reads), the refusals alone (few, and what an auditor looks
 * at first), and the purposes by trigram (a purpose is matched anywhere in its text). An actor and
 * a record are served by the trail's first indexes.
 */
export const AUDIT_WORK_LIST_INDEX_SQL = [
  `create index "audit_event_at_seq_index" on "audit_event" ("at", "seq");`,
  `create index "audit_event_operation_at_seq_index" on "audit_event" ("operation", "at", "seq");`,
  `create index "audit_event_denied_at_seq_index" on "audit_event" ("at", "seq") where "outcome" = 'DENIED';`,
  `create index "audit_event_purpose_trgm" on "audit_event" using gin ("purpose" gin_trgm_ops);`,
];

/** Undoes AUDIT_WORK_LIST_INDEX_SQL. */
export const AUDIT_WORK_LIST_INDEX_DROP_SQL = ['audit_event_purpose_trgm', 'audit_event_denied_at_seq_index', 'audit_event_operation_at_seq_index', 'audit_event_at_seq_index'].map(
  (name) => `drop index if exists "${name}";`,
);

/** 4 December 2026: the audit trail's verification checkpoints (made append-only below). */
export const AUDIT_CHECKPOINT_TABLE_SQL = [
  `create table "audit_checkpoint" ("seq" bigint not null, "hash" text not null, "verified_at" timestamptz not null, constraint "audit_checkpoint_pkey" primary key ("seq"));`,
];

/** Undoes AUDIT_CHECKPOINT_TABLE_SQL. */
export const AUDIT_CHECKPOINT_TABLE_DROP_SQL = [`drop table if exists "audit_checkpoint" cascade;`];

/** 4 December 2026: the exchange's outbox, consumer offsets, processed events and dead letters. */
export const EXCHANGE_TABLES_SQL = [
  `create table "exchange_consumer_offset" ("source" text not null, "position" bigint not null, "updated_at" timestamptz not null, constraint "exchange_consumer_offset_pkey" primary key ("source"));`,
  `create table "exchange_dead_letter" ("id" bigserial primary key, "source" text not null, "event_id" text null, "type" text null, "position" bigint null, "envelope" jsonb not null, "reason" text not null, "at" timestamptz not null);`,
  `create index "exchange_dead_letter_source_at_index" on "exchange_dead_letter" ("source", "at");`,
  `create table "exchange_outbox" ("position" bigserial primary key, "event_id" uuid not null, "type" text not null, "owner" text not null, "subject_type" text not null, "subject_id" text not null, "subject_seq" int not null, "occurred_at" timestamptz not null, "payload_version" int not null, "payload" jsonb not null, "sent_at" timestamptz null);`,
  `alter table "exchange_outbox" add constraint "exchange_outbox_event_id_unique" unique ("event_id");`,
  `create index "exchange_outbox_sent_at_index" on "exchange_outbox" ("sent_at");`,
  `alter table "exchange_outbox" add constraint "exchange_outbox_subject_type_subject_id_subject_seq_unique" unique ("subject_type", "subject_id", "subject_seq");`,
  `create table "exchange_processed_event" ("event_id" uuid not null, "source" text not null, "type" text not null, "subject_type" text not null, "subject_id" text not null, "subject_seq" int not null, "applied_at" timestamptz not null, constraint "exchange_processed_event_pkey" primary key ("event_id"));`,
  `create index "exchange_processed_event_source_subject_type_subje_8ee0f_index" on "exchange_processed_event" ("source", "subject_type", "subject_id", "subject_seq");`,
];

/** Undoes EXCHANGE_TABLES_SQL. */
export const EXCHANGE_TABLES_DROP_SQL = [
  `drop table if exists "exchange_consumer_offset" cascade;`,
  `drop table if exists "exchange_dead_letter" cascade;`,
  `drop table if exists "exchange_outbox" cascade;`,
  `drop table if exists "exchange_processed_event" cascade;`,
];

/**
 * 4 December 2026, with the exchange's tables where an agency scopes by the person's facts
 * (foreign affairs, public security): what the agency knows of each person from civil affairs.
 */
export const PERSON_PROJECTION_SQL = [
  `create table "person_projection" ("id" uuid not null, "county" text null, "foreign_national" boolean not null default false, "protected" boolean not null default false, "entitled_usernames" text[] not null, "updated_at" timestamptz not null, constraint "person_projection_pkey" primary key ("id"));`,
  `create index "person_projection_protected_index" on "person_projection" ("protected");`,
];

/** Undoes PERSON_PROJECTION_SQL. */
export const PERSON_PROJECTION_DROP_SQL = [
  `drop table if exists "person_projection" cascade;`,
];

/**
 * 6 December 2026, 13:00: the change feed's log and the trigger function that writes a
 * `record_change` row for every record created or changed, in the transaction of the change. The
 * feed reads it in (transaction id, position) order below the oldest running transaction, so it
 * needs no lock on the writing side. Each table of records gets its trigger (recordChangeTriggerSql).
 */
export const RECORD_CHANGE_LOG_SQL = [
  `create table "record_change" ("position" bigserial primary key, "xid" xid8 not null default pg_current_xact_id(), "record_type" text not null, "record_id" uuid not null, "operation" text not null, "changed_at" timestamptz not null default clock_timestamp());`,
  `create index "record_change_feed_order_index" on "record_change" ("xid", "position");`,
  `create or replace function record_change() returns trigger language plpgsql as $$
begin
  insert into record_change (record_type, record_id, operation) values (TG_ARGV[0], NEW.id, case when TG_OP = 'INSERT' then 'CREATED' else 'UPDATED' end);
  return null;
end $$;`,
];

/** Undoes RECORD_CHANGE_LOG_SQL (after the triggers: recordChangeTriggerDropSql). */
export const RECORD_CHANGE_LOG_DROP_SQL = [
  `drop function if exists record_change();`,
  `drop table if exists "record_change" cascade;`,
];

/** The trigger that logs each insert and update of `table` as a change of a `recordType` (the GraphQL type). */
export function recordChangeTriggerSql(table: string, recordType: string): string {
  return `create trigger "record_change_${table}" after insert or update on "${table}" for each row execute function record_change('${recordType}');`;
}

/** Undoes recordChangeTriggerSql. */
export function recordChangeTriggerDropSql(table: string): string {
  return `drop trigger if exists "record_change_${table}" on "${table}";`;
}

/** 6 December 2026, 15:00: a record's changes found by type and id. */
export const RECORD_CHANGE_RECORD_INDEX_SQL = [
  `create index "record_change_record_index" on "record_change" ("record_type", "record_id");`,
];

/** Undoes RECORD_CHANGE_RECORD_INDEX_SQL. */
export const RECORD_CHANGE_RECORD_INDEX_DROP_SQL = [
  `drop index "record_change_record_index";`,
];

/**
 * 6 December 2026, 14:00: webhooks on the change feed: each partner system's subscription (where
 * to post, its signing secret, where in the feed it stands, its back-off) and the log of every
 * delivery attempt.
 */
export const WEBHOOK_TABLES_SQL = [
  `create table "webhook_delivery" ("id" uuid not null, "subscription_id" uuid not null, "at" timestamptz not null, "attempt" int not null, "outcome" text not null, "http_status" int null, "error" text null, "change_count" int not null, "end_cursor" text null, "duration_ms" int not null, constraint "webhook_delivery_pkey" primary key ("id"));`,
  `create index "webhook_delivery_log_index" on "webhook_delivery" ("subscription_id", "at");`,
  `create table "webhook_subscription" ("id" uuid not null, "owner" text not null, "caller" jsonb not null, "url" text not null, "secret" text not null, "types" jsonb null, "cursor" text null, "status" text not null default 'ACTIVE', "consecutive_failures" int not null default 0, "next_attempt_at" timestamptz not null, "last_delivered_at" timestamptz null, "created_at" timestamptz not null, "cancelled_at" timestamptz null, constraint "webhook_subscription_pkey" primary key ("id"));`,
  `create index "webhook_subscription_due_index" on "webhook_subscription" ("status", "next_attempt_at");`,
];

/** Undoes WEBHOOK_TABLES_SQL. */
export const WEBHOOK_TABLES_DROP_SQL = [
  `drop table if exists "webhook_delivery" cascade;`,
  `drop table if exists "webhook_subscription" cascade;`,
];

/**
 * 6 December 2026, 18:00: a subscription lasts while its system keeps calling the agency
 * (`expires_at`, moved on by each of its requests); those made before get a day from then.
 */
export const WEBHOOK_EXPIRY_SQL = [
  `alter table "webhook_subscription" add column "expires_at" timestamptz not null default now() + interval '24 hours';`,
  `alter table "webhook_subscription" alter column "expires_at" drop default;`,
];

/** Undoes WEBHOOK_EXPIRY_SQL. */
export const WEBHOOK_EXPIRY_DROP_SQL = [
  `alter table "webhook_subscription" drop column "expires_at";`,
];

/** A migration class, as `statementsMigration` makes one: its `up` and `down` are written. */
export type StatementsMigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration & { up(): Promise<void>; down(): Promise<void> };

/** A migration that runs `up`'s statements, and `down`'s to undo them. */
export function statementsMigration(up: readonly string[], down: readonly string[]): StatementsMigrationClass {
  return class extends Migration {
    override async up(): Promise<void> {
      for (const sql of up) this.addSql(sql);
    }

    override async down(): Promise<void> {
      for (const sql of down) this.addSql(sql);
    }
  };
}

/**
 * The change feed's log (RECORD_CHANGE_LOG_SQL) with a trigger on each of an agency's tables of
 * records, as `[table, GraphQL type]`.
 */
export function recordChangeLogMigration(records: ReadonlyArray<readonly [table: string, recordType: string]>): StatementsMigrationClass {
  return statementsMigration(
    [...RECORD_CHANGE_LOG_SQL, ...records.map(([table, recordType]) => recordChangeTriggerSql(table, recordType))],
    [...records.map(([table]) => recordChangeTriggerDropSql(table)), ...RECORD_CHANGE_LOG_DROP_SQL],
  );
}
