import { sqlRows } from '../../common/sql.js';
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Sector } from '../../common/enums.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { RoundStatus } from '../round/round-status.js';
import { NationalService } from './national.service.js';
import { NationalDimension, NationalStatistics } from './national.types.js';

@ObjectType()
export class SectorFigures {
  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  requestedThisYear!: number;

  @Field(() => Int)
  grantedThisYear!: number;
}

@ObjectType({ description: 'One county’s round in figures: aggregates only, nothing personal.' })
export class CountyYearSummary {
  @Field()
  countyCode!: string;

  @Field()
  countyName!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => RoundStatus)
  roundStatus!: RoundStatus;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  requestedThisYear!: number;

  @Field(() => Int)
  grantedThisYear!: number;

  @Field(() => [SectorFigures])
  bySector!: SectorFigures[];
}

@Resolver()
export class NationalResolver {
  @Authorized(Role.NATIONAL)
  @Query(() => NationalStatistics, {
    description:
      'Udir’s national statistics: frames, requests, grants, commitments, coordinator funds, newcomers, Sámi perspectives and annual reports across counties and years, grouped by any combination of dimensions (one SQL statement with GROUPING SETS). Aggregates only: no personal data, no free text. For machine clients: a token with the statistics scope.',
  })
  nationalStatistics(
    @Arg('groupBy', () => [NationalDimension], {
      defaultValue: [],
      description: 'Group by these dimensions, in this order; empty: one group of everything.',
    })
    groupBy: NationalDimension[],
    @Arg('years', () => [Int], { nullable: true, description: 'Only these years; default: all.' })
    years: number[] | null,
    @Arg('counties', () => [String], {
      nullable: true,
      description: 'Only these counties, by code; default: all.',
    })
    counties: string[] | null,
    @Ctx() { em, nationalLimit }: RequestContext,
  ): Promise<NationalStatistics> {
    return nationalLimit.run(() =>
      new NationalService(em).statistics({ groupBy, years, counties }),
    );
  }

  @Authorized(Role.NATIONAL)
  @Query(() => [CountyYearSummary], {
    description: 'Udir’s view: every county’s round of a year, in aggregate (one SQL statement).',
    deprecationReason: 'Use nationalStatistics(groupBy: [COUNTY, SECTOR], years: [year]).',
  })
  async nationalSummary(
    @Arg('year', () => Int) year: number,
    @Ctx() { em, nationalLimit }: RequestContext,
  ): Promise<CountyYearSummary[]> {
    const rows: Array<{
      code: string;
      name: string;
      status: RoundStatus;
      sector: Sector | null;
      statements: string;
      requested: string | null;
      granted: string | null;
    }> = await nationalLimit.run(() =>
      sqlRows(
        em,
        `select c.code, c.name, r.status, ns.sector, count(ns.id) as statements,
              sum(ns.requested_this_year) as requested, sum(d.granted_this_year) as granted
         from county c
         join round r on r.county_id = c.id and r.year = ?
         left join needs_statement ns on ns.round_id = r.id and ns.status = 'SUBMITTED'
         left join decision d on d.needs_statement_id = ns.id
        group by c.code, c.name, r.status, ns.sector
        order by c.code, ns.sector`,
        [year],
      ),
    );
    const byCounty = new Map<string, CountyYearSummary>();
    for (const row of rows) {
      const summary = byCounty.get(row.code) ?? {
        countyCode: row.code,
        countyName: row.name,
        year,
        roundStatus: row.status,
        statements: 0,
        requestedThisYear: 0,
        grantedThisYear: 0,
        bySector: [],
      };
      if (row.sector) {
        const figures = {
          sector: row.sector,
          statements: Number(row.statements),
          requestedThisYear: Number(row.requested ?? 0),
          grantedThisYear: Number(row.granted ?? 0),
        };
        summary.bySector.push(figures);
        summary.statements += figures.statements;
        summary.requestedThisYear += figures.requestedThisYear;
        summary.grantedThisYear += figures.grantedThisYear;
      }
      byCounty.set(row.code, summary);
    }
    return [...byCounty.values()];
  }
}
