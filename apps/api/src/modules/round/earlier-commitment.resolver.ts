import {
  Arg,
  Args,
  Authorized,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs, toConnection, type ConnectionShape } from '../../common/connection.js';
import { requestScoped } from '../../common/request-container.js';
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
@requestScoped()
export class EarlierCommitmentResolver {
  constructor(private readonly commitments: EarlierCommitmentService) {}

  @Authorized(Role.ADMIN)
  @Query(() => CommitmentConnection, {
    description: 'Years of grants made before the county’s rounds here, latest grant first.',
  })
  async earlierCommitments(
    @Args(() => PageArgs) args: PageArgs,
  ): Promise<ConnectionShape<Commitment>> {
    return toConnection(await this.commitments.list(args));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Commitment, {
    description:
      'Records a year of an earlier grant; a year with a round binds its frame (never past it, never once decided).',
  })
  createEarlierCommitment(
    @Arg('input', () => CreateEarlierCommitmentInput) input: CreateEarlierCommitmentInput,
  ): Promise<Commitment> {
    return this.commitments.create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Commitment)
  updateEarlierCommitment(
    @Arg('input', () => UpdateEarlierCommitmentInput) input: UpdateEarlierCommitmentInput,
  ): Promise<Commitment> {
    return this.commitments.update(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID)
  deleteEarlierCommitment(@Arg('id', () => ID) id: string): Promise<string> {
    return this.commitments.delete(id);
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
