import { Migration } from '@mikro-orm/migrations';

/**
 * A scenario run's lease: the server carrying a run renews `lease_until` while it works, so a run
 * left QUEUED or RUNNING by a killed server is reclaimed as soon as its lease runs out (seconds),
 * not after a fixed multiple of the solver's time limit. A failed run keeps the problems the
 * engine found with its input (the run ends after `runScenario` has answered).
 */
export class Migration20261203125423 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "scenario_run" add column "lease_until" timestamptz null, add column "problems" jsonb null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scenario_run" drop column "lease_until", drop column "problems";`);
  }
}
