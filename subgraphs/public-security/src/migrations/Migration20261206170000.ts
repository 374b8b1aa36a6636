import { Migration } from '@mikro-orm/migrations';

/**
 * Changes a record shows that are stored in another table list the record in the change feed too:
 * a family-tracing confirmation (kept per person) changes each identity check of that person
 * (`tracingConfirmedIdentity`), and the foreign-affairs office acknowledging a notification changes
 * the status check it belongs to (`foreignAffairsNotification`).
 */
export class Migration20261206170000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function record_change_of_person_checks() returns trigger language plpgsql as $$
begin
  insert into record_change (record_type, record_id, operation) select 'IdentityCheck', c.id, 'UPDATED' from identity_check c where c.person_id = NEW.person_id order by c.id;
  return null;
end $$;`);
    this.addSql(`create trigger "record_change_tracing_confirmation" after insert or update on "tracing_confirmation" for each row execute function record_change_of_person_checks();`);
    this.addSql(`create or replace function record_change_of_status_check() returns trigger language plpgsql as $$
begin
  insert into record_change (record_type, record_id, operation) values ('ForeignNationalStatusCheck', NEW.status_check_id, 'UPDATED');
  return null;
end $$;`);
    this.addSql(`create trigger "record_change_notification_status_check" after update on "foreign_affairs_notification" for each row execute function record_change_of_status_check();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "record_change_tracing_confirmation" on "tracing_confirmation";`);
    this.addSql(`drop function if exists record_change_of_person_checks();`);
    this.addSql(`drop trigger if exists "record_change_notification_status_check" on "foreign_affairs_notification";`);
    this.addSql(`drop function if exists record_change_of_status_check();`);
  }

}
