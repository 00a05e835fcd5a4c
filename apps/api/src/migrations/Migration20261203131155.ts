import { Migration } from '@mikro-orm/migrations';

/**
 * A scenario line keeps the adjuster's name beside the subject, so the admin shows a person, not
 * "dev:admin:troms". Lines adjusted before get the name their audit entry recorded.
 */
export class Migration20261203131155 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "scenario_line" add column "adjusted_by_name" varchar(200) null;`);
    this.addSql(
      `update "scenario_line" l set "adjusted_by_name" = (select a."actor_name" from "audit_log" a where a."entity_type" = 'ScenarioLine' and a."entity_id" = l."id"::text order by a."id" desc limit 1) where l."adjusted_by" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scenario_line" drop column "adjusted_by_name";`);
  }
}
