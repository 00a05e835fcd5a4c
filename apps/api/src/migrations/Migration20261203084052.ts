import { Migration } from '@mikro-orm/migrations';

/**
 * Adjustments through the domain: a scenario keeps its adjusted result (constraint report, totals,
 * adjustments, breaches), and a line its adjusted years, its constraint override (the bands and
 * caps it knowingly breaks, and why) and the domain's account of the adjustment.
 */
export class Migration20261203084052 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "scenario" add column "adjusted" jsonb null;`);
    this.addSql(
      `alter table "scenario_line" add column "adjusted_per_year" jsonb null, add column "constraint_override" jsonb null, add column "adjustment" jsonb null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "scenario_line" drop column "adjusted_per_year", drop column "constraint_override", drop column "adjustment";`,
    );
    this.addSql(`alter table "scenario" drop column "adjusted";`);
  }
}
