import { Migration } from '@mikro-orm/migrations';

/** The tables whose rows belong to one county (they carry `county_id`). */
const TENANT_TABLES = [
  'plan_version',
  'municipality',
  'owner',
  'unit',
  'institution',
  'partnership',
  'round',
  'commitment',
  'needs_statement',
  'scenario',
  'scenario_line',
  'proposal',
  'decision',
  'split_answer',
  'sector_indicator',
  'audit_log',
  'annual_report',
  'accounts_line',
  'scenario_run',
] as const;

/**
 * Row-level security for county-bound work. The API runs a county-bound caller's statements as
 * the role `kompetansemidler_app` with `kompetansemidler.county_id` set to the caller's county
 * (database/county-bound-driver.ts, row-level-security.ts); these policies then let that role see
 * and write only its county's rows, even through raw SQL. Other sessions (migrations, seeders, the
 * national aggregates) keep the connecting user's own rights. Roles belong to the whole cluster: an
 * existing `kompetansemidler_app` is kept, so a database user without CREATEROLE can run this
 * migration when an operator has created the role beforehand; `down` keeps the role.
 */
export class Migration20261201235000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'kompetansemidler_app') then
          create role kompetansemidler_app nologin;
        end if;
      exception
        when duplicate_object then
          null; -- created meanwhile by another database's migration
        when insufficient_privilege then
          raise exception 'Cannot create the role kompetansemidler_app: run this migration as a user with CREATEROLE, or create it first (create role kompetansemidler_app nologin; grant kompetansemidler_app to %;).', quote_ident(current_user);
      end $$;`);
    this.addSql(`
      do $$
      begin
        if not pg_has_role(current_user, 'kompetansemidler_app', 'member') then
          execute format('grant kompetansemidler_app to %I', current_user);
        end if;
      end $$;`);
    this.addSql(`grant usage on schema public to kompetansemidler_app;`);
    this.addSql(
      `grant select, insert, update, delete on all tables in schema public to kompetansemidler_app;`,
    );
    this.addSql(`grant usage, select on all sequences in schema public to kompetansemidler_app;`);
    this.addSql(
      `alter default privileges in schema public grant select, insert, update, delete on tables to kompetansemidler_app;`,
    );
    this.addSql(
      `alter default privileges in schema public grant usage, select on sequences to kompetansemidler_app;`,
    );
    for (const table of TENANT_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`
        create policy county_rows on "${table}" to kompetansemidler_app
          using (county_id = nullif(current_setting('kompetansemidler.county_id', true), '')::uuid)
          with check (county_id = nullif(current_setting('kompetansemidler.county_id', true), '')::uuid);`);
    }
  }

  override async down(): Promise<void> {
    for (const table of TENANT_TABLES) {
      this.addSql(`drop policy county_rows on "${table}";`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    this.addSql(
      `alter default privileges in schema public revoke usage, select on sequences from kompetansemidler_app;`,
    );
    this.addSql(
      `alter default privileges in schema public revoke select, insert, update, delete on tables from kompetansemidler_app;`,
    );
    this.addSql(`revoke all on all sequences in schema public from kompetansemidler_app;`);
    this.addSql(`revoke all on all tables in schema public from kompetansemidler_app;`);
    this.addSql(`revoke usage on schema public from kompetansemidler_app;`);
  }
}
