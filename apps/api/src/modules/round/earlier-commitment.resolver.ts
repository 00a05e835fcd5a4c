import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs, toConnection, type ConnectionShape } from '../../common/connection.js';
import { serviceContext } from '../../common/service-context.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Commitment } from './commitment.entity.js';
import {
  CreateEarlierCommitmentInput,
  UpdateEarlierCommitmentInput,
} from './dto/earlier-commitment.inputs.js';
import { CommitmentConnection } from './dto/round.types.js';
import { EarlierCommitmentService } from './earlier-commitment.service.js';

/** Earlier commitments (ADMIN): grants made before the county's rounds here, year by year. */
@Resolver(() => Commitment)
export class EarlierCommitmentResolver {
  @Authorized(Role.ADMIN)
  @Query(() => CommitmentConnection, {
    description: 'Years of grants made before the county’s rounds here, latest grant first.',
  })
  async earlierCommitments(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Commitment>> {
    return toConnection(await new EarlierCommitmentService(serviceContext(ctx)).list(args));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Commitment, {
    description:
      'Records a year of an earlier grant; a year with a round binds its frame (never past it, never once decided).',
  })
  createEarlierCommitment(
    @Arg('input', () => CreateEarlierCommitmentInput) input: CreateEarlierCommitmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Commitment> {
    return new EarlierCommitmentService(serviceContext(ctx)).create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Commitment)
  updateEarlierCommitment(
    @Arg('input', () => UpdateEarlierCommitmentInput) input: UpdateEarlierCommitmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Commitment> {
    return new EarlierCommitmentService(serviceContext(ctx)).update(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID)
  deleteEarlierCommitment(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return new EarlierCommitmentService(serviceContext(ctx)).delete(id);
  }

  @FieldResolver(() => Partnership)
  partnership(@Root() commitment: Commitment): Promise<Partnership> {
    return commitment.partnership.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Boolean, {
    description: 'Made before the county’s rounds here (registered by the office).',
  })
  earlier(@Root() commitment: Commitment): boolean {
    return commitment.grantedInRound === null;
  }
}
