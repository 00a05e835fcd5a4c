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
import {
  ConnectionType,
  PageArgs,
  toConnection,
  type ConnectionShape,
} from '../../common/connection.js';
import { requestScoped } from '../../common/request-container.js';
import { Role } from '../auth/role.js';
import { Round } from '../round/round.entity.js';
import { Scenario } from '../scenario/scenario.entity.js';
import { PutScenarioToForumInput, RecordForumOutcomeInput } from './dto/proposal.inputs.js';
import { Proposal } from './proposal.entity.js';
import { ProposalService } from './proposal.service.js';

const ProposalConnection = ConnectionType(Proposal, 'Proposal');
const READERS = [Role.ADMIN, Role.FORUM];

@Resolver(() => Proposal)
@requestScoped()
export class ProposalResolver {
  constructor(private readonly proposalService: ProposalService) {}

  @Authorized(READERS)
  @Query(() => Proposal)
  proposal(@Arg('id', () => ID) id: string): Promise<Proposal> {
    return this.proposalService.get(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Proposal, {
    description:
      'Puts a scenario to the forum (round → PROPOSAL); supersedes an earlier proposal. CONFLICT (reason ALREADY_PROPOSED) when this scenario is already with the forum.',
  })
  putScenarioToForum(
    @Arg('input', () => PutScenarioToForumInput) input: PutScenarioToForumInput,
  ): Promise<Proposal> {
    return this.proposalService.put(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Proposal, { description: 'Records the forum’s outcome: consensus or a vote.' })
  recordForumOutcome(
    @Arg('input', () => RecordForumOutcomeInput) input: RecordForumOutcomeInput,
  ): Promise<Proposal> {
    return this.proposalService.recordOutcome(input);
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
@requestScoped()
export class RoundProposalsResolver {
  constructor(private readonly proposalService: ProposalService) {}

  @Authorized(READERS)
  @FieldResolver(() => ProposalConnection, {
    description: 'Proposals put to the forum, newest first.',
  })
  async proposals(
    @Root() round: Round,
    @Args(() => PageArgs) args: PageArgs,
  ): Promise<ConnectionShape<Proposal>> {
    return toConnection(await this.proposalService.page(round.id, args));
  }
}
