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
import {
  ConnectionType,
  PageArgs,
  toConnection,
  type ConnectionShape,
} from '../../common/connection.js';
import { serviceContext } from '../../common/service-context.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { Round } from '../round/round.entity.js';
import { Scenario } from '../scenario/scenario.entity.js';
import { PutScenarioToForumInput, RecordForumOutcomeInput } from './dto/proposal.inputs.js';
import { Proposal } from './proposal.entity.js';
import { ProposalService } from './proposal.service.js';

const ProposalConnection = ConnectionType(Proposal, 'Proposal');
const READERS = [Role.ADMIN, Role.FORUM];

@Resolver(() => Proposal)
export class ProposalResolver {
  @Authorized(READERS)
  @Query(() => Proposal)
  proposal(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Proposal> {
    return new ProposalService(serviceContext(ctx)).get(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Proposal, {
    description:
      'Puts a scenario to the forum (round → PROPOSAL); supersedes an earlier proposal. CONFLICT (reason ALREADY_PROPOSED) when this scenario is already with the forum.',
  })
  putScenarioToForum(
    @Arg('input', () => PutScenarioToForumInput) input: PutScenarioToForumInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Proposal> {
    return new ProposalService(serviceContext(ctx)).put(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Proposal, { description: 'Records the forum’s outcome: consensus or a vote.' })
  recordForumOutcome(
    @Arg('input', () => RecordForumOutcomeInput) input: RecordForumOutcomeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Proposal> {
    return new ProposalService(serviceContext(ctx)).recordOutcome(input);
  }

  @FieldResolver(() => Scenario, { description: 'The scenario put to the forum.' })
  scenario(@Root() proposal: Proposal): Promise<Scenario> {
    return proposal.scenario.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Round)
  round(@Root() proposal: Proposal): Promise<Round> {
    return proposal.round.loadOrFail({ dataloader: true });
  }
}

@Resolver(() => Round)
export class RoundProposalsResolver {
  @Authorized(READERS)
  @FieldResolver(() => ProposalConnection, {
    description: 'Proposals put to the forum, newest first.',
  })
  async proposals(
    @Root() round: Round,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Proposal>> {
    return toConnection(await new ProposalService(serviceContext(ctx)).page(round.id, args));
  }
}
