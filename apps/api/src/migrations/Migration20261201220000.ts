import { Migration } from '@mikro-orm/migrations';

/** The tables the national statistics read (each row names its county, or its partnership's). */
const TRACKED = [
  'county',
  'plan_version',
  'owner',
  'institution',
  'partnership',
  'partnership_owner',
  'round',
  'commitment',
  'needs_statement',
  'decision',
  'annual_report',
] as const;

/**
 * A version per county for the national statistics. A deferred trigger on every table the
 * statistics read raises the county's counter once per transaction, at its commit: the counters
 * change exactly when what the statistics would compute may have changed, whoever writes (the
 * API, a seeder, plain SQL), and a rolled-back write changes nothing. Raising it at commit holds
 * the counter's row lock only while committing, so writers never wait on it for longer, nor
 * deadlock through it with the rows they lock for editing.
 */
export class Migration20261201220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "national_statistics_version" ("scope" varchar(40) not null, "generation" bigint not null, constraint "national_statistics_version_pkey" primary key ("scope"));`,
    );
    this.addSql(`
      create function national_statistics_bump(county text) returns void language plpgsql as $$
      declare
        touched text := coalesce(current_setting('national_statistics.touched', true), '');
      begin
        if county is null or position(',' || county || ',' in touched) > 0 then
          return;
        end if;
        insert into national_statistics_version as v (scope, generation) values (county, 1)
          on conflict (scope) do update set generation = v.generation + 1;
        perform set_config('national_statistics.touched',
          case when touched = '' then ',' else touched end || county || ',', true);
      end $$;`);
    this.addSql(`
      create function national_statistics_touch() returns trigger language plpgsql as $$
      declare
        r record;
        county text;
      begin
        if TG_OP = 'DELETE' then r := old; else r := new; end if;
        if TG_TABLE_NAME = 'county' then
          county := r.id::text;
        elsif TG_TABLE_NAME = 'partnership_owner' then
          select p.county_id::text into county from partnership p where p.id = r.partnership_id;
        else
          county := r.county_id::text;
        end if;
        perform national_statistics_bump(county);
        return null;
      end $$;`);
    this.addSql(`
      create function national_statistics_touch_all() returns trigger language plpgsql as $$
      begin
        perform national_statistics_bump('*');
        return null;
      end $$;`);
    for (const table of TRACKED) {
      this.addSql(
        `create constraint trigger national_statistics_touch after insert or update or delete on "${table}" deferrable initially deferred for each row execute function national_statistics_touch();`,
      );
      this.addSql(
        `create trigger national_statistics_touch_all after truncate on "${table}" for each statement execute function national_statistics_touch_all();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of TRACKED) {
      this.addSql(`drop trigger national_statistics_touch on "${table}";`);
      this.addSql(`drop trigger national_statistics_touch_all on "${table}";`);
    }
    this.addSql('drop function national_statistics_touch_all();');
    this.addSql('drop function national_statistics_touch();');
    this.addSql('drop function national_statistics_bump(text);');
    this.addSql('drop table "national_statistics_version";');
  }
}
