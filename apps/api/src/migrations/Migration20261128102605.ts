import { Migration } from '@mikro-orm/migrations';

/** The reporting cycle: annual reports and their accounts lines. */
export class Migration20261128102605 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "annual_report" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "decision_id" uuid not null, "needs_statement_id" uuid not null, "partnership_id" uuid not null, "round_id" uuid not null, "year" int not null, "status" text check ("status" in ('SUBMITTED', 'ACCEPTED', 'RETURNED')) not null default 'SUBMITTED', "measures" jsonb not null, "goals" jsonb not null, "use_of_funds" text not null default '', "coordinator_use" text not null default '', "received_owner" int not null, "received_institution" int not null, "spent_owner" int not null, "spent_institution" int not null, "coordinator_spent" int not null, "submitted_at" timestamptz not null, "submitted_by" varchar(200) not null, "review_comment" text null, "reviewed_by" varchar(200) null, "reviewed_at" timestamptz null, "version" int not null default 1, constraint "annual_report_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "annual_report_county_id_index" on "annual_report" ("county_id");`);
    this.addSql(`create index "annual_report_round_id_index" on "annual_report" ("round_id");`);
    this.addSql(
      `create index "annual_report_county_id_year_index" on "annual_report" ("county_id", "year");`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_decision_id_year_unique" unique ("decision_id", "year");`,
    );

    this.addSql(
      `create table "accounts_line" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "annual_report_id" uuid not null, "party" text check ("party" in ('OWNER', 'INSTITUTION')) not null, "cost_line" text check ("cost_line" in ('RELEASED_TIME', 'COURSES_AND_TEACHING', 'TRAVEL', 'MATERIALS', 'COORDINATOR', 'OTHER')) not null, "amount" int not null, constraint "accounts_line_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "accounts_line_county_id_index" on "accounts_line" ("county_id");`);
    this.addSql(
      `create index "accounts_line_annual_report_id_index" on "accounts_line" ("annual_report_id");`,
    );

    this.addSql(
      `alter table "annual_report" add constraint "annual_report_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_needs_statement_id_foreign" foreign key ("needs_statement_id") references "needs_statement" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_round_id_foreign" foreign key ("round_id") references "round" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "accounts_line" add constraint "accounts_line_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "accounts_line" add constraint "accounts_line_annual_report_id_foreign" foreign key ("annual_report_id") references "annual_report" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "accounts_line" cascade;`);
    this.addSql(`drop table if exists "annual_report" cascade;`);
  }
}
