import { Migration } from '@mikro-orm/migrations';

const COUNTY = `nullif(current_setting('kompetansemidler.county_id', true), '')::uuid`;
const NATIONAL = `current_setting('kompetansemidler.scope', true) = 'national'`;

/**
 * The office's assessment of a needs statement's Sámi perspectives (issue 15, item 7): one row per
 * statement, with the level, the reason, and who assessed it when. County data under the same
 * row-level security as every county table (Migration20261201235000, Migration20261203132248).
 */
export class Migration20261203154500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "sami_assessment" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "needs_statement_id" uuid not null, "level" text check ("level" in ('NOT_ASSESSED', 'NONE', 'SOME', 'STRONG')) not null, "reason" text not null, "assessed_by" varchar(200) not null, "assessed_by_name" varchar(200) not null, "assessed_at" timestamptz not null, "version" int not null default 1, constraint "sami_assessment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "sami_assessment_county_id_index" on "sami_assessment" ("county_id");`,
    );
    this.addSql(
      `alter table "sami_assessment" add constraint "sami_assessment_needs_statement_id_unique" unique ("needs_statement_id");`,
    );
    this.addSql(
      `alter table "sami_assessment" add constraint "sami_assessment_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "sami_assessment" add constraint "sami_assessment_needs_statement_id_foreign" foreign key ("needs_statement_id") references "needs_statement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `grant select, insert, update, delete on table "sami_assessment" to kompetansemidler_app;`,
    );
    this.addSql(`alter table "sami_assessment" enable row level security;`);
    this.addSql(`
      create policy county_rows on "sami_assessment" to kompetansemidler_app
        using (county_id = ${COUNTY}) with check (county_id = ${COUNTY});`);
    this.addSql(`
      create policy national_read on "sami_assessment" for select to kompetansemidler_app
        using (${NATIONAL});`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sami_assessment" cascade;`);
  }
}
