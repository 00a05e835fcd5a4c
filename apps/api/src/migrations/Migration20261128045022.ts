import { Migration } from '@mikro-orm/migrations';

export class Migration20261128045022 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "county" ("id" uuid not null, "code" varchar(40) not null, "name" varchar(200) not null, "created_at" timestamptz not null default now(), constraint "county_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "county" add constraint "county_code_unique" unique ("code");`);

    this.addSql(
      `create table "audit_log" ("id" bigserial primary key, "county_id" uuid null, "at" timestamptz not null default now(), "actor_subject" varchar(200) not null, "actor_name" varchar(200) not null, "actor_role" varchar(20) not null, "action" varchar(100) not null, "entity_type" varchar(100) not null, "entity_id" varchar(100) not null, "before" jsonb null, "after" jsonb null, "reason" text null, "request_id" varchar(100) null);`,
    );
    this.addSql(`create index "audit_log_county_id_at_index" on "audit_log" ("county_id", "at");`);
    this.addSql(
      `create index "audit_log_entity_type_entity_id_index" on "audit_log" ("entity_type", "entity_id");`,
    );

    this.addSql(
      `create table "institution" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "orgnr" varchar(9) not null, "name" varchar(300) not null, "kind" text check ("kind" in ('UNIVERSITY', 'UNIVERSITY_COLLEGE', 'VOCATIONAL_COLLEGE', 'OTHER_COMPETENCE_ENVIRONMENT')) not null, constraint "institution_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "institution_county_id_index" on "institution" ("county_id");`);
    this.addSql(
      `alter table "institution" add constraint "institution_county_id_orgnr_unique" unique ("county_id", "orgnr");`,
    );

    this.addSql(
      `create table "municipality" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "number" varchar(4) not null, "name" varchar(200) not null, constraint "municipality_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "municipality_county_id_index" on "municipality" ("county_id");`);
    this.addSql(
      `alter table "municipality" add constraint "municipality_county_id_number_unique" unique ("county_id", "number");`,
    );

    this.addSql(
      `create table "owner" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "orgnr" varchar(9) not null, "name" varchar(300) not null, "ownership" text check ("ownership" in ('PUBLIC', 'PRIVATE')) not null, "municipality_id" uuid null, "participation_years" jsonb not null, constraint "owner_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "owner_county_id_index" on "owner" ("county_id");`);
    this.addSql(
      `alter table "owner" add constraint "owner_county_id_orgnr_unique" unique ("county_id", "orgnr");`,
    );

    this.addSql(
      `create table "partnership" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "name" varchar(300) not null, "institution_id" uuid not null, "lead_owner_id" uuid null, "other_services" jsonb not null, constraint "partnership_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "partnership_county_id_index" on "partnership" ("county_id");`);

    this.addSql(
      `create table "partnership_owner" ("partnership_id" uuid not null, "owner_id" uuid not null, constraint "partnership_owner_pkey" primary key ("partnership_id", "owner_id"));`,
    );

    this.addSql(
      `create table "plan_version" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "plan_id" varchar(100) not null, "version_id" varchar(100) not null, "valid_from" varchar(10) not null, "valid_to" varchar(10) null, "plan" jsonb not null, constraint "plan_version_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "plan_version_county_id_index" on "plan_version" ("county_id");`);
    this.addSql(
      `alter table "plan_version" add constraint "plan_version_county_id_plan_id_version_id_unique" unique ("county_id", "plan_id", "version_id");`,
    );

    this.addSql(
      `create table "round" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "year" int not null, "frame" int not null, "status" text check ("status" in ('DRAFT', 'OPEN', 'CLOSED', 'PROPOSAL', 'DECIDED', 'REPORTING')) not null default 'DRAFT', "plan_version_id" uuid not null, "calendar" jsonb not null, "sector_basis" jsonb null, "version" int not null default 1, constraint "round_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "round_county_id_index" on "round" ("county_id");`);
    this.addSql(
      `alter table "round" add constraint "round_county_id_year_unique" unique ("county_id", "year");`,
    );

    this.addSql(
      `create table "needs_statement" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "round_id" uuid not null, "partnership_id" uuid not null, "status" text check ("status" in ('SUBMITTED', 'WITHDRAWN')) not null default 'SUBMITTED', "title" varchar(300) not null, "work_id" varchar(100) not null, "sector" text check ("sector" in ('KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD')) null, "theme_id" varchar(100) null, "theme_item_ids" jsonb not null, "local_needs" text not null default '', "long_term_goals" jsonb not null, "sub_goals" jsonb not null, "measures" jsonb not null, "duration_years" smallint null, "own_contribution" text not null default '', "own_contribution_amount" int null, "sami_perspectives" text not null default '', "collective_learning" text not null default '', "teacher_education_feedback" text not null default '', "coordinator" jsonb null, "continuation" jsonb null, "participants" jsonb null, "contact_name" varchar(200) null, "contact_email" varchar(200) null, "requested_this_year" int not null default 0, "requested_total" int not null default 0, "submitted_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "withdraw_reason" text null, "version" int not null default 1, constraint "needs_statement_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "needs_statement_county_id_index" on "needs_statement" ("county_id");`,
    );
    this.addSql(`create index "needs_statement_round_id_index" on "needs_statement" ("round_id");`);
    this.addSql(
      `create index "needs_statement_partnership_id_index" on "needs_statement" ("partnership_id");`,
    );

    this.addSql(
      `create table "needs_statement_budget_line" ("id" uuid not null, "needs_statement_id" uuid not null, "year" int not null, "party" text check ("party" in ('OWNER', 'INSTITUTION')) not null, "amount" int not null, "coordinator" int not null default 0, constraint "needs_statement_budget_line_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "needs_statement_budget_line" add constraint "needs_statement_budget_line_needs_statement_id_ye_5868b_unique" unique ("needs_statement_id", "year", "party");`,
    );

    this.addSql(
      `create table "commitment" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "granted_in_round_id" uuid not null, "needs_statement_id" uuid null, "partnership_id" uuid not null, "work_id" varchar(100) not null, "sector" text check ("sector" in ('KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD')) not null, "duration_years" smallint not null, "year" int not null, "amount" int not null, "owner" int not null, "institution" int not null, "coordinator" int not null, "institution_orgnr" varchar(9) not null, constraint "commitment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "commitment_county_id_index" on "commitment" ("county_id");`);
    this.addSql(
      `create index "commitment_partnership_id_index" on "commitment" ("partnership_id");`,
    );
    this.addSql(`create index "commitment_year_index" on "commitment" ("year");`);

    this.addSql(
      `create table "scenario" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "round_id" uuid not null, "name" varchar(200) not null, "method" text check ("method" in ('RANKED', 'OPTIMAL')) not null, "cut_rule" text check ("cut_rule" in ('PROPORTIONAL', 'CONSTRAINED_EQUAL_AWARDS', 'CONSTRAINED_EQUAL_LOSSES')) not null, "parameters" jsonb not null, "input" jsonb not null, "input_hash" varchar(64) not null, "plan_version_id" varchar(100) not null, "result" jsonb not null, "frame" int not null, "committed_earlier" int not null, "granted_new" int not null, "leftover" int not null, "ran_by" varchar(200) not null, "ran_by_name" varchar(200) not null, "ran_at" timestamptz not null, "duration_ms" int not null, "adjustments" int not null default 0, "version" int not null default 1, constraint "scenario_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "scenario_county_id_index" on "scenario" ("county_id");`);
    this.addSql(`create index "scenario_round_id_index" on "scenario" ("round_id");`);

    this.addSql(
      `create table "proposal" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "round_id" uuid not null, "scenario_id" uuid not null, "status" text check ("status" in ('WITH_FORUM', 'RECORDED', 'SUPERSEDED')) not null default 'WITH_FORUM', "note" text not null default '', "put_by" varchar(200) not null, "put_at" timestamptz not null, "forum_outcome" text check ("forum_outcome" in ('CONSENSUS', 'VOTE')) null, "votes_for" smallint null, "votes_against" smallint null, "abstentions" smallint null, "forum_minutes" text null, "recorded_by" varchar(200) null, "recorded_at" timestamptz null, "version" int not null default 1, constraint "proposal_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "proposal_county_id_index" on "proposal" ("county_id");`);
    this.addSql(`create index "proposal_round_id_index" on "proposal" ("round_id");`);

    this.addSql(
      `create table "decision" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "round_id" uuid not null, "needs_statement_id" uuid not null, "partnership_id" uuid not null, "proposal_id" uuid not null, "status" text check ("status" in ('GRANTED', 'REDUCED', 'REJECTED')) not null, "requested_this_year" int not null, "granted_this_year" int not null, "granted_total" int not null, "granted_per_year" jsonb not null, "justification" text not null, "clauses" jsonb not null, "decided_by" varchar(200) not null, "decided_at" timestamptz not null, "version" int not null default 1, constraint "decision_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "decision_county_id_index" on "decision" ("county_id");`);
    this.addSql(`create index "decision_round_id_index" on "decision" ("round_id");`);
    this.addSql(`create index "decision_partnership_id_index" on "decision" ("partnership_id");`);
    this.addSql(
      `alter table "decision" add constraint "decision_needs_statement_id_unique" unique ("needs_statement_id");`,
    );

    this.addSql(
      `create table "scenario_line" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "scenario_id" uuid not null, "needs_statement_id" uuid not null, "status" text check ("status" in ('FUNDED', 'REDUCED', 'NOT_FUNDED', 'INELIGIBLE')) not null, "requested_this_year" int not null, "engine_granted_this_year" int not null, "adjusted_this_year" int null, "adjustment_reason" text null, "adjusted_by" varchar(200) null, "adjusted_at" timestamptz null, "per_year" jsonb not null, "funded_percent" double precision not null, "rank" int null, "score" double precision not null, "explanation" jsonb not null, "clauses" jsonb not null, constraint "scenario_line_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "scenario_line_county_id_index" on "scenario_line" ("county_id");`);
    this.addSql(
      `create index "scenario_line_needs_statement_id_index" on "scenario_line" ("needs_statement_id");`,
    );
    this.addSql(
      `alter table "scenario_line" add constraint "scenario_line_scenario_id_needs_statement_id_unique" unique ("scenario_id", "needs_statement_id");`,
    );

    this.addSql(
      `create table "sector_indicator" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "municipality_id" uuid not null, "indicator_id" varchar(100) not null, "year" int not null, "value" double precision not null, "source" varchar(300) not null, constraint "sector_indicator_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "sector_indicator_county_id_index" on "sector_indicator" ("county_id");`,
    );
    this.addSql(
      `alter table "sector_indicator" add constraint "sector_indicator_municipality_id_indicator_id_year_unique" unique ("municipality_id", "indicator_id", "year");`,
    );

    this.addSql(
      `create table "split_answer" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "decision_id" uuid not null, "partnership_id" uuid not null, "year" int not null, "owner" int not null, "institution" int not null, "comment" text not null default '', "answered_by" varchar(200) not null, "answered_at" timestamptz not null, constraint "split_answer_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "split_answer_county_id_index" on "split_answer" ("county_id");`);
    this.addSql(
      `alter table "split_answer" add constraint "split_answer_decision_id_year_unique" unique ("decision_id", "year");`,
    );

    this.addSql(
      `create table "unit" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "owner_id" uuid not null, "name" varchar(300) not null, "kind" text check ("kind" in ('KINDERGARTEN', 'SCHOOL')) not null, constraint "unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "unit_county_id_index" on "unit" ("county_id");`);
    this.addSql(`create index "unit_owner_id_index" on "unit" ("owner_id");`);

    this.addSql(
      `alter table "audit_log" add constraint "audit_log_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "institution" add constraint "institution_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "municipality" add constraint "municipality_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "owner" add constraint "owner_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "owner" add constraint "owner_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "partnership" add constraint "partnership_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_lead_owner_id_foreign" foreign key ("lead_owner_id") references "owner" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "partnership_owner" add constraint "partnership_owner_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partnership_owner" add constraint "partnership_owner_owner_id_foreign" foreign key ("owner_id") references "owner" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "plan_version" add constraint "plan_version_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "round" add constraint "round_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "round" add constraint "round_plan_version_id_foreign" foreign key ("plan_version_id") references "plan_version" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "needs_statement" add constraint "needs_statement_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "needs_statement" add constraint "needs_statement_round_id_foreign" foreign key ("round_id") references "round" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "needs_statement" add constraint "needs_statement_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "needs_statement_budget_line" add constraint "needs_statement_budget_line_needs_statement_id_foreign" foreign key ("needs_statement_id") references "needs_statement" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "commitment" add constraint "commitment_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "commitment" add constraint "commitment_granted_in_round_id_foreign" foreign key ("granted_in_round_id") references "round" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "commitment" add constraint "commitment_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "scenario" add constraint "scenario_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scenario" add constraint "scenario_round_id_foreign" foreign key ("round_id") references "round" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "proposal" add constraint "proposal_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "proposal" add constraint "proposal_round_id_foreign" foreign key ("round_id") references "round" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "proposal" add constraint "proposal_scenario_id_foreign" foreign key ("scenario_id") references "scenario" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "decision" add constraint "decision_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_round_id_foreign" foreign key ("round_id") references "round" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_needs_statement_id_foreign" foreign key ("needs_statement_id") references "needs_statement" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "scenario_line" add constraint "scenario_line_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scenario_line" add constraint "scenario_line_scenario_id_foreign" foreign key ("scenario_id") references "scenario" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "scenario_line" add constraint "scenario_line_needs_statement_id_foreign" foreign key ("needs_statement_id") references "needs_statement" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "sector_indicator" add constraint "sector_indicator_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "sector_indicator" add constraint "sector_indicator_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "split_answer" add constraint "split_answer_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "split_answer" add constraint "split_answer_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "split_answer" add constraint "split_answer_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "unit" add constraint "unit_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_owner_id_foreign" foreign key ("owner_id") references "owner" ("id") on update cascade on delete cascade;`,
    );

    // The audit log is append-only: the database itself refuses to change or delete an entry.
    this.addSql(
      `create or replace function "audit_log_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_log is append-only'; end; $$;`,
    );
    this.addSql(
      `create trigger "audit_log_no_update" before update or delete on "audit_log" for each row execute function "audit_log_append_only"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "unit" cascade;`);
    this.addSql(`drop table if exists "split_answer" cascade;`);
    this.addSql(`drop table if exists "sector_indicator" cascade;`);
    this.addSql(`drop table if exists "scenario_line" cascade;`);
    this.addSql(`drop table if exists "decision" cascade;`);
    this.addSql(`drop table if exists "proposal" cascade;`);
    this.addSql(`drop table if exists "scenario" cascade;`);
    this.addSql(`drop table if exists "commitment" cascade;`);
    this.addSql(`drop table if exists "needs_statement_budget_line" cascade;`);
    this.addSql(`drop table if exists "needs_statement" cascade;`);
    this.addSql(`drop table if exists "round" cascade;`);
    this.addSql(`drop table if exists "plan_version" cascade;`);
    this.addSql(`drop table if exists "partnership_owner" cascade;`);
    this.addSql(`drop table if exists "partnership" cascade;`);
    this.addSql(`drop table if exists "owner" cascade;`);
    this.addSql(`drop table if exists "municipality" cascade;`);
    this.addSql(`drop table if exists "institution" cascade;`);
    this.addSql(`drop table if exists "audit_log" cascade;`);
    this.addSql(`drop table if exists "county" cascade;`);
    this.addSql(`drop function if exists "audit_log_append_only"();`);
  }
}
