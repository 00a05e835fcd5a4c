import { Migration } from '@mikro-orm/migrations';

/**
 * Drafts of needs statements in the API (status DRAFT: the partnership's own until it submits) and
 * the office's per-round extension of the submission deadline (an ISO date that overrides the plan
 * calendar's "submission-deadline" milestone for that round only; null: the calendar holds).
 */
export class Migration20261203155000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "needs_statement" drop constraint if exists "needs_statement_status_check";`,
    );
    this.addSql(
      `alter table "needs_statement" add constraint "needs_statement_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'WITHDRAWN'));`,
    );
    this.addSql(`alter table "round" add column "submission_deadline_override" varchar(10) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "round" drop column "submission_deadline_override";`);
    this.addSql(`delete from "needs_statement" where "status" = 'DRAFT';`);
    this.addSql(
      `alter table "needs_statement" drop constraint if exists "needs_statement_status_check";`,
    );
    this.addSql(
      `alter table "needs_statement" add constraint "needs_statement_status_check" check ("status" in ('SUBMITTED', 'WITHDRAWN'));`,
    );
  }
}
