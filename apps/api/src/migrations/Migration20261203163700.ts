import { Migration } from '@mikro-orm/migrations';

const TABLES = ['complaint', 'decision_version', 'payment', 'repayment_claim'] as const;
const COUNTY = `nullif(current_setting('kompetansemidler.county_id', true), '')::uuid`;

/**
 * Complaints (klage) and decision versions, payments and repayment claims (issue 17). Each table
 * belongs to one county under the same row-level security as the other county tables (no national
 * read: the directorate's aggregates do not need them). A decision version is never changed: a
 * trigger refuses updates (deleting follows the county's deletion).
 */
export class Migration20261203163700 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "complaint" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "decision_id" uuid not null, "partnership_id" uuid not null, "round_id" uuid not null, "status" text check ("status" in ('RECEIVED', 'FORWARDED', 'CHANGED')) not null default 'RECEIVED', "complainant" varchar(300) not null, "grounds" text not null, "received_on" date not null, "posted_on" date null, "notified_on" date not null, "notice_channel" text check ("notice_channel" in ('DIGITAL', 'POST')) not null, "deadline" date not null, "timely" boolean not null, "days_late" int not null, "deadline_explanation" text not null, "assumptions" jsonb not null, "registered_by" varchar(200) not null, "reasons" text null, "late_reason" text null, "case_summary" text null, "resulting_version" int null, "settled_by" varchar(200) null, "settled_at" timestamptz null, "version" int not null default 1, constraint "complaint_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "complaint_county_id_index" on "complaint" ("county_id");`);
    this.addSql(`create index "complaint_decision_id_index" on "complaint" ("decision_id");`);
    this.addSql(`create index "complaint_partnership_id_index" on "complaint" ("partnership_id");`);
    this.addSql(`create index "complaint_round_id_index" on "complaint" ("round_id");`);

    this.addSql(
      `create table "decision_version" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "decision_id" uuid not null, "partnership_id" uuid not null, "version_no" int not null, "complaint_id" uuid null, "status" text check ("status" in ('GRANTED', 'REDUCED', 'REJECTED')) not null, "granted_this_year" int not null, "granted_total" int not null, "granted_per_year" jsonb not null, "justification" text not null, "change_reason" text null, "decided_by" varchar(200) not null, "decided_at" timestamptz not null, constraint "decision_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "decision_version_county_id_index" on "decision_version" ("county_id");`,
    );
    this.addSql(
      `create index "decision_version_partnership_id_index" on "decision_version" ("partnership_id");`,
    );
    this.addSql(
      `alter table "decision_version" add constraint "decision_version_decision_id_version_no_unique" unique ("decision_id", "version_no");`,
    );

    this.addSql(
      `create table "payment" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "decision_id" uuid not null, "partnership_id" uuid not null, "round_id" uuid not null, "year" int not null, "party" text check ("party" in ('OWNER', 'INSTITUTION')) not null, "amount" int not null, "planned_on" date not null, "payee_name" varchar(300) not null, "payee_orgnr" varchar(9) not null, "paid_on" date null, "paid_by" varchar(200) null, "cancelled_at" timestamptz null, "version" int not null default 1, constraint "payment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payment_county_id_index" on "payment" ("county_id");`);
    this.addSql(`create index "payment_partnership_id_index" on "payment" ("partnership_id");`);
    this.addSql(`create index "payment_round_id_index" on "payment" ("round_id");`);
    this.addSql(
      `create index "payment_decision_id_year_index" on "payment" ("decision_id", "year");`,
    );

    this.addSql(
      `create table "repayment_claim" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "decision_id" uuid not null, "annual_report_id" uuid not null, "partnership_id" uuid not null, "year" int not null, "owner_amount" int not null, "institution_amount" int not null, "total" int not null, "issued_on" date not null, "due_on" date not null, "issued_by" varchar(200) not null, "pdf" bytea not null, "sha256" varchar(64) not null, constraint "repayment_claim_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "repayment_claim_county_id_index" on "repayment_claim" ("county_id");`,
    );
    this.addSql(
      `create index "repayment_claim_decision_id_index" on "repayment_claim" ("decision_id");`,
    );
    this.addSql(
      `create index "repayment_claim_partnership_id_index" on "repayment_claim" ("partnership_id");`,
    );
    this.addSql(
      `alter table "repayment_claim" add constraint "repayment_claim_annual_report_id_unique" unique ("annual_report_id");`,
    );

    for (const table of TABLES) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
      );
      this.addSql(
        `alter table "${table}" add constraint "${table}_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade;`,
      );
      this.addSql(
        `alter table "${table}" add constraint "${table}_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade;`,
      );
    }
    for (const table of ['complaint', 'payment'] as const) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_round_id_foreign" foreign key ("round_id") references "round" ("id") on update cascade;`,
      );
    }
    this.addSql(
      `alter table "decision_version" add constraint "decision_version_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "repayment_claim" add constraint "repayment_claim_annual_report_id_foreign" foreign key ("annual_report_id") references "annual_report" ("id") on update cascade;`,
    );

    this.addSql(
      `create or replace function "decision_version_frozen"() returns trigger language plpgsql as $$ begin raise exception 'decision_version rows are never changed'; end; $$;`,
    );
    this.addSql(
      `create trigger "decision_version_no_update" before update on "decision_version" for each row execute function "decision_version_frozen"();`,
    );

    for (const table of TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`
        create policy county_rows on "${table}" to kompetansemidler_app
          using (county_id = ${COUNTY}) with check (county_id = ${COUNTY});`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "repayment_claim" cascade;`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`drop table if exists "decision_version" cascade;`);
    this.addSql(`drop table if exists "complaint" cascade;`);
    this.addSql(`drop function if exists "decision_version_frozen"();`);
  }
}
