import { Migration } from '@mikro-orm/migrations';

/** A complaint may be rejected (avvist, fvl. § 33 second paragraph): status REJECTED. */
export class Migration20261203201700 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "complaint" drop constraint if exists "complaint_status_check";`);
    this.addSql(
      `alter table "complaint" add constraint "complaint_status_check" check ("status" in ('RECEIVED', 'FORWARDED', 'CHANGED', 'REJECTED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaint" drop constraint if exists "complaint_status_check";`);
    this.addSql(
      `alter table "complaint" add constraint "complaint_status_check" check ("status" in ('RECEIVED', 'FORWARDED', 'CHANGED'));`,
    );
  }
}
