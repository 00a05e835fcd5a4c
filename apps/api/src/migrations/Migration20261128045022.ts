import { Migration } from '@mikro-orm/migrations';

export class Migration20261128045022 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "county" ("id" uuid not null, "code" varchar(40) not null, "name" varchar(200) not null, "created_at" timestamptz not null default now(), constraint "county_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "county" add constraint "county_code_unique" unique ("code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "county" cascade;`);
  }
}
