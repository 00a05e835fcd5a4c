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

/** County data in tables without `county_id`: each row belongs to its parent's county. */
const CHILD_TABLES = [
  { table: 'needs_statement_budget_line', parent: 'needs_statement', key: 'needs_statement_id' },
  { table: 'partnership_owner', parent: 'partnership', key: 'partnership_id' },
] as const;

const COUNTY = `nullif(current_setting('kompetansemidler.county_id', true), '')::uuid`;
const NATIONAL = `current_setting('kompetansemidler.scope', true) = 'national'`;

/**
 * The API's own login: `kompetansemidler_api`, neither superuser nor owner of any table, without
 * BYPASSRLS, CREATEROLE or CREATEDB, a member of `kompetansemidler_app` (whose table rights and
 * policies it inherits). Migrations and seeders keep running as the owner (DATABASE_URL's user); the
 * API connects as this role, so no statement it sends can switch row-level security off: it cannot
 * become another role (`SET ROLE`, `set_config('role', …)`, `SET SESSION AUTHORIZATION`), and
 * `RESET ROLE` leaves it as itself, under the same policies.
 *
 * The policies: on every table with `county_id`, a row is seen and written only in a transaction
 * bound to its county (`kompetansemidler.county_id`); `needs_statement_budget_line` and
 * `partnership_owner` follow their parent's county. A transaction bound to the national scope
 * (`kompetansemidler.scope = 'national'`, Udir's aggregates) reads every county and writes none. A
 * transaction bound to neither sees no county's rows.
 *
 * Roles belong to the whole cluster: an existing `kompetansemidler_api` is kept (an operator may
 * create it beforehand, with a password; see the README's "Database").
 */
export class Migration20261203132248 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'kompetansemidler_api') then
          create role kompetansemidler_api login nosuperuser nobypassrls nocreatedb nocreaterole inherit;
        end if;
      exception
        when duplicate_object then
          null; -- created meanwhile by another database's migration
        when insufficient_privilege then
          raise exception 'Cannot create the role kompetansemidler_api: run this migration as a user with CREATEROLE, or create it first (create role kompetansemidler_api login password ''…'' nosuperuser nobypassrls; grant kompetansemidler_app to kompetansemidler_api;).';
      end $$;`);
    this.addSql(`
      do $$
      begin
        if not pg_has_role('kompetansemidler_api', 'kompetansemidler_app', 'member') then
          grant kompetansemidler_app to kompetansemidler_api;
        end if;
      end $$;`);
    this.addSql(`
      do $$
      begin
        execute format('grant connect on database %I to kompetansemidler_api', current_database());
      end $$;`);
    for (const table of TENANT_TABLES) {
      this.addSql(`drop policy county_rows on "${table}";`);
      this.addSql(`
        create policy county_rows on "${table}" to kompetansemidler_app
          using (county_id = ${COUNTY}) with check (county_id = ${COUNTY});`);
      this.addSql(`
        create policy national_read on "${table}" for select to kompetansemidler_app
          using (${NATIONAL});`);
    }
    for (const { table, parent, key } of CHILD_TABLES) {
      const own = `exists (select 1 from "${parent}" p where p.id = "${table}"."${key}" and p.county_id = ${COUNTY})`;
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`
        create policy county_rows on "${table}" to kompetansemidler_app
          using (${own}) with check (${own});`);
      this.addSql(`
        create policy national_read on "${table}" for select to kompetansemidler_app
          using (${NATIONAL});`);
    }
    // The migrations' own bookkeeping is the owner's alone.
    this.addSql(`revoke all on table "mikro_orm_migrations" from kompetansemidler_app;`);
  }

  override async down(): Promise<void> {
    for (const { table } of CHILD_TABLES) {
      this.addSql(`drop policy national_read on "${table}";`);
      this.addSql(`drop policy county_rows on "${table}";`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    for (const table of TENANT_TABLES) {
      this.addSql(`drop policy national_read on "${table}";`);
    }
    this.addSql(
      `grant select, insert, update, delete on table "mikro_orm_migrations" to kompetansemidler_app;`,
    );
  }
}
