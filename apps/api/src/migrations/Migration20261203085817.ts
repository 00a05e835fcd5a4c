import { Migration } from '@mikro-orm/migrations';

/**
 * The office's register: owners, units, institutions and partnerships get an archive date and an
 * optimistic-lock version; units their NSR/NBR id; partnerships their contact persons; a
 * knowledge-base figure may be for one owner instead of a municipality, and for one sector; a
 * commitment may come from a grant made before the county's rounds here (no round, its year).
 */
export class Migration20261203085817 extends Migration {
  override async up(): Promise<void> {
    for (const table of ['owner', 'institution', 'unit', 'partnership']) {
      this.addSql(
        `alter table "${table}" add column "archived_at" timestamptz null, add column "version" int not null default 1;`,
      );
    }
    this.addSql(
      `alter table "partnership" add column "contact_persons" jsonb not null default '[]';`,
    );
    this.addSql(`alter table "partnership" alter column "contact_persons" drop default;`);
    this.addSql(`alter table "unit" add column "register_id" varchar(9) null;`);
    this.addSql(
      `alter table "unit" add constraint "unit_county_id_register_id_unique" unique ("county_id", "register_id");`,
    );

    this.addSql(
      `alter table "commitment" add column "granted_year" int null, add column "version" int not null default 1;`,
    );
    this.addSql(
      `update "commitment" c set "granted_year" = r."year" from "round" r where r."id" = c."granted_in_round_id";`,
    );
    this.addSql(`alter table "commitment" alter column "granted_year" set not null;`);
    this.addSql(`alter table "commitment" alter column "granted_in_round_id" drop not null;`);

    this.addSql(
      `alter table "sector_indicator" drop constraint "sector_indicator_municipality_id_indicator_id_year_unique";`,
    );
    this.addSql(
      `alter table "sector_indicator" add column "owner_id" uuid null, add column "sector" text check ("sector" in ('KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD')) null, add column "version" int not null default 1;`,
    );
    this.addSql(`alter table "sector_indicator" alter column "municipality_id" drop not null;`);
    this.addSql(
      `alter table "sector_indicator" add constraint "sector_indicator_owner_id_foreign" foreign key ("owner_id") references "owner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "sector_indicator" add constraint "sector_indicator_place_check" check ((municipality_id is null) <> (owner_id is null));`,
    );
    this.addSql(
      `create index "sector_indicator_owner_id_index" on "sector_indicator" ("owner_id");`,
    );
    this.addSql(
      `create unique index "sector_indicator_figure_unique" on "sector_indicator" ("county_id", "indicator_id", "municipality_id", "owner_id", "sector", "year") nulls not distinct;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "sector_indicator_figure_unique";`);
    this.addSql(
      `delete from "sector_indicator" where "owner_id" is not null or "sector" is not null;`,
    );
    this.addSql(`alter table "sector_indicator" drop constraint "sector_indicator_place_check";`);
    this.addSql(
      `alter table "sector_indicator" drop constraint "sector_indicator_owner_id_foreign";`,
    );
    this.addSql(
      `alter table "sector_indicator" drop column "owner_id", drop column "sector", drop column "version";`,
    );
    this.addSql(`alter table "sector_indicator" alter column "municipality_id" set not null;`);
    this.addSql(
      `alter table "sector_indicator" add constraint "sector_indicator_municipality_id_indicator_id_year_unique" unique ("municipality_id", "indicator_id", "year");`,
    );

    this.addSql(`delete from "commitment" where "granted_in_round_id" is null;`);
    this.addSql(`alter table "commitment" alter column "granted_in_round_id" set not null;`);
    this.addSql(`alter table "commitment" drop column "granted_year", drop column "version";`);

    this.addSql(`alter table "unit" drop constraint "unit_county_id_register_id_unique";`);
    this.addSql(`alter table "unit" drop column "register_id";`);
    this.addSql(`alter table "partnership" drop column "contact_persons";`);
    for (const table of ['owner', 'institution', 'unit', 'partnership']) {
      this.addSql(`alter table "${table}" drop column "archived_at", drop column "version";`);
    }
  }
}
