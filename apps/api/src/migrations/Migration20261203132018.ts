import { Migration } from '@mikro-orm/migrations';

/**
 * A needs statement's requested total (up to three years) becomes a bigint, so no sum of years can
 * overflow; a partnership gets its own list of the units (kindergartens, schools) taking part, so
 * its complexity counts those units and not all of its owners' units.
 */
export class Migration20261203132018 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "needs_statement" alter column "requested_total" type bigint using "requested_total"::bigint;`,
    );
    this.addSql(
      `create table "partnership_unit" ("partnership_id" uuid not null, "unit_id" uuid not null, constraint "partnership_unit_pkey" primary key ("partnership_id", "unit_id"));`,
    );
    this.addSql(
      `alter table "partnership_unit" add constraint "partnership_unit_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partnership_unit" add constraint "partnership_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partnership_unit" cascade;`);
    this.addSql(
      `alter table "needs_statement" alter column "requested_total" type int using "requested_total"::int;`,
    );
  }
}
