import { Migration } from '@mikro-orm/migrations';

/**
 * Scenario runs (one active run per round, polled while the engine works) and an index for the
 * county-and-year lookups of commitments (round summary, funding history, allocation input).
 */
export class Migration20261128104442 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "scenario_run" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "round_id" uuid not null, "name" varchar(200) not null, "method" text check ("method" in ('RANKED', 'OPTIMAL')) not null, "cut_rule" text check ("cut_rule" in ('PROPORTIONAL', 'CONSTRAINED_EQUAL_AWARDS', 'CONSTRAINED_EQUAL_LOSSES')) not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')) not null default 'QUEUED', "requested_by" varchar(200) not null, "requested_by_name" varchar(200) not null, "started_at" timestamptz null, "finished_at" timestamptz null, "duration_ms" int null, "scenario_id" uuid null, "error_code" varchar(100) null, "error_message" text null, constraint "scenario_run_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "scenario_run_county_id_index" on "scenario_run" ("county_id");`);
    this.addSql(`create index "scenario_run_round_id_index" on "scenario_run" ("round_id");`);
    this.addSql(
      `create unique index "scenario_run_one_active_per_round" on "scenario_run" ("round_id") where "status" in ('QUEUED', 'RUNNING');`,
    );
    this.addSql(
      `alter table "scenario_run" add constraint "scenario_run_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scenario_run" add constraint "scenario_run_round_id_foreign" foreign key ("round_id") references "round" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "scenario_run" add constraint "scenario_run_scenario_id_foreign" foreign key ("scenario_id") references "scenario" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create index "commitment_county_id_year_index" on "commitment" ("county_id", "year");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "commitment_county_id_year_index";`);
    this.addSql(`drop table if exists "scenario_run" cascade;`);
  }
}
