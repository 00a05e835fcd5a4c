import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { emptyFigures, measuresFor } from './national-statistics.mapping.js';
import { fieldsSelectedOn } from './national-statistics.serializer.js';
import { NationalService } from './national.service.js';
import { NationalDimension, NationalStatistics } from './national.types.js';

@Resolver()
export class NationalResolver {
  /**
   * Validated and computed here (behind the national limit); the answer's JSON is written by the
   * national statistics thread and put in place of a bare answer (no groups) when the response is
   * sent (national-statistics.pre-serialized.ts), so graphql-js never completes its thousands of
   * groups on the main thread.
   */
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
    @Ctx() { em, nationalLimit, nationalThread, preSerialized }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NationalStatistics> {
    return nationalLimit.run(async () => {
      const selection = {
        fieldNodes: info.fieldNodes,
        fragments: info.fragments,
        variables: info.variableValues,
      };
      // Only the measures of the figures asked for (a few of 22 make a much smaller statement).
      const figures = fieldsSelectedOn(
        'NationalFigures',
        'NationalStatistics',
        info.fieldNodes,
        nationalThread.types,
        selection,
      );
      const rows = await new NationalService(em).rowsJson(
        { groupBy, years, counties },
        measuresFor(figures),
      );
      const json = await nationalThread.serialize(rows, selection);
      preSerialized.set(String(info.path.key), json);
      return {
        groupBy: rows.query.groupBy,
        years: rows.query.years,
        counties: rows.query.counties,
        groups: [],
        totals: emptyFigures(),
      };
    });
  }
}
