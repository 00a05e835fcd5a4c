import { Migration } from '@mikro-orm/migrations';
import PgBoss from 'pg-boss';

/** The queue's schema (pg-boss), owned by the migrations' user like every other table. */
export const QUEUE_SCHEMA = 'pgboss';

/** The queues the API works: created here, as the owner (a queue is a partition of pg-boss's job table). */
export const QUEUES = {
  /** One job per notice delivery; `short`: at most one queued job per delivery (singletonKey). */
  'notice-deliver': {
    policy: 'short',
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 120,
  },
  /** The daily sweep that queues reminders before the round's deadlines. */
  'notice-reminders': {
    policy: 'singleton',
    retryLimit: 2,
    retryDelay: 60,
    retryBackoff: false,
    expireInSeconds: 600,
  },
} as const;

const NEW_TENANT_TABLES = ['letter_template', 'decision_letter', 'notice_delivery'] as const;
const COUNTY = `nullif(current_setting('kompetansemidler.county_id', true), '')::uuid`;
const NATIONAL = `current_setting('kompetansemidler.scope', true) = 'national'`;

/**
 * Decision letters and notices (issue 17): the county's letter template, frozen letters (PDF,
 * SHA-256; a trigger refuses any update, and the API's role may neither update nor delete one),
 * and the notice log per recipient. Each table is held to its county by row-level security, as
 * every other county table.
 *
 * The job queue (pg-boss {@link QUEUE_SCHEMA} schema, version 10) is created here as well, by the
 * migrations' user: the API's role `kompetansemidler_api` may create no tables, so pg-boss starts
 * with `migrate: false` and only reads and writes its rows. A pg-boss upgrade that changes its
 * schema needs a new migration (PgBoss.getMigrationPlans).
 */
export class Migration20261203154700 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "letter_template" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "template" jsonb not null, "updated_by" varchar(200) not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "letter_template_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "letter_template_county_id_index" on "letter_template" ("county_id");`,
    );
    this.addSql(
      `alter table "letter_template" add constraint "letter_template_county_id_unique" unique ("county_id");`,
    );
    this.addSql(
      `create table "decision_letter" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "decision_id" uuid not null, "partnership_id" uuid not null, "kind" text check ("kind" in ('DECISION', 'COMPLAINT_DECISION', 'REPAYMENT_CLAIM')) not null, "sequence" int not null default 1, "title" varchar(300) not null, "pdf" bytea not null, "sha256" varchar(64) not null, "byte_length" int not null, "content" jsonb not null, "frozen_at" timestamptz not null, "frozen_by" varchar(200) not null, constraint "decision_letter_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "decision_letter_county_id_index" on "decision_letter" ("county_id");`,
    );
    this.addSql(
      `create index "decision_letter_decision_id_index" on "decision_letter" ("decision_id");`,
    );
    this.addSql(
      `alter table "decision_letter" add constraint "decision_letter_decision_id_kind_sequence_unique" unique ("decision_id", "kind", "sequence");`,
    );
    this.addSql(
      `create table "notice_delivery" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "kind" text check ("kind" in ('DECISION', 'STATEMENT_REMINDER', 'REPORT_REMINDER', 'REPORT_RETURNED', 'OTHER')) not null, "idempotency_key" varchar(300) not null, "recipient" varchar(320) not null, "recipient_name" varchar(200) not null default '', "subject" varchar(300) not null, "body" text not null, "letter_id" uuid null, "partnership_id" uuid null, "subject_id" uuid null, "status" text check ("status" in ('QUEUED', 'SENT', 'FAILED')) not null default 'QUEUED', "attempts" int not null default 0, "last_error" text null, "last_attempt_at" timestamptz null, "sent_at" timestamptz null, "message_id" varchar(300) null, "dispatched_at" timestamptz null, constraint "notice_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "notice_delivery_county_id_index" on "notice_delivery" ("county_id");`,
    );
    this.addSql(
      `alter table "notice_delivery" add constraint "notice_delivery_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(
      `create index "notice_delivery_partnership_id_index" on "notice_delivery" ("partnership_id");`,
    );
    this.addSql(
      `create index "notice_delivery_subject_id_index" on "notice_delivery" ("subject_id");`,
    );
    this.addSql(
      `create index "notice_delivery_status_dispatched_at_index" on "notice_delivery" ("status", "dispatched_at");`,
    );
    this.addSql(
      `alter table "letter_template" add constraint "letter_template_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "decision_letter" add constraint "decision_letter_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "decision_letter" add constraint "decision_letter_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "decision_letter" add constraint "decision_letter_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "notice_delivery" add constraint "notice_delivery_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "notice_delivery" add constraint "notice_delivery_letter_id_foreign" foreign key ("letter_id") references "decision_letter" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notice_delivery" add constraint "notice_delivery_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete set null;`,
    );
    for (const table of NEW_TENANT_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`
        create policy county_rows on "${table}" to kompetansemidler_app
          using (county_id = ${COUNTY}) with check (county_id = ${COUNTY});`);
      this.addSql(`
        create policy national_read on "${table}" for select to kompetansemidler_app
          using (${NATIONAL});`);
    }
    this.addSql(
      `create function "decision_letter_frozen"() returns trigger language plpgsql as $$ begin raise exception 'a sent letter is frozen: decision_letter rows are never changed'; end; $$;`,
    );
    this.addSql(
      `create trigger "decision_letter_no_update" before update on "decision_letter" for each row execute function "decision_letter_frozen"();`,
    );
    this.addSql(`revoke update, delete on table "decision_letter" from kompetansemidler_app;`);

    // pg-boss's own script, without its BEGIN/COMMIT: the migration is one transaction already.
    const plans = PgBoss.getConstructionPlans(QUEUE_SCHEMA)
      .replace(/^\s*BEGIN;\s*$/m, '')
      .replace(/^\s*COMMIT;\s*$/m, '');
    this.addSql(plans);
    for (const [name, options] of Object.entries(QUEUES)) {
      this.addSql(
        `select ${QUEUE_SCHEMA}.create_queue('${name}', '${JSON.stringify(options)}'::json);`,
      );
    }
    this.addSql(`grant usage on schema ${QUEUE_SCHEMA} to kompetansemidler_app;`);
    this.addSql(
      `grant select, insert, update, delete on all tables in schema ${QUEUE_SCHEMA} to kompetansemidler_app;`,
    );
    this.addSql(
      `alter default privileges in schema ${QUEUE_SCHEMA} grant select, insert, update, delete on tables to kompetansemidler_app;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter default privileges in schema ${QUEUE_SCHEMA} revoke select, insert, update, delete on tables from kompetansemidler_app;`,
    );
    this.addSql(`drop schema ${QUEUE_SCHEMA} cascade;`);
    this.addSql(`drop table if exists "notice_delivery" cascade;`);
    this.addSql(`drop table if exists "decision_letter" cascade;`);
    this.addSql(`drop table if exists "letter_template" cascade;`);
    this.addSql(`drop function if exists "decision_letter_frozen"();`);
  }
}
