import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { NationalService } from './national.service.js';
import { NationalDimension, NationalStatistics } from './national.types.js';

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
}
