import { Migration } from '@mikro-orm/migrations';

/**
 * A decision's funded owners and newcomer owners, written with the decision (the domain's
 * isNewcomer), so the national statistics sum two columns instead of reading every owner's
 * participation years and the plan's rule on each query. Existing decisions are backfilled by
 * the same rule: an owner is a newcomer when none of its participation years falls in the plan's
 * "long while" before the round's year ([year − yearsAwayCountsAsLongWhile, year − 1]).
 */
export class Migration20261128151000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "decision" add column "funded_owners" int not null default 0, add column "newcomer_owners" int not null default 0;`,
    );
    this.addSql(
      `with rules as (
         select r.id as round_id, r.year,
                coalesce((select (v -> 'rules' -> 'newcomers' ->> 'yearsAwayCountsAsLongWhile')::int
                            from jsonb_array_elements(pv.plan -> 'versions') v
                           where v ->> 'id' = pv.version_id), 3) as years_away
           from "round" r
           join "plan_version" pv on pv.id = r.plan_version_id
       ),
       counts as (
         select d.id, count(*)::int as funded_owners,
                count(*) filter (where not exists (
                  select 1 from jsonb_array_elements_text(o.participation_years) y
                   where y::int between ru.year - ru.years_away and ru.year - 1
                ))::int as newcomer_owners
           from "decision" d
           join rules ru on ru.round_id = d.round_id
           join "partnership_owner" po on po.partnership_id = d.partnership_id
           join "owner" o on o.id = po.owner_id
          where d.granted_this_year > 0
          group by d.id
       )
       update "decision" d
          set funded_owners = counts.funded_owners, newcomer_owners = counts.newcomer_owners
         from counts
        where counts.id = d.id;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "decision" drop column "funded_owners", drop column "newcomer_owners";`,
    );
  }
}
