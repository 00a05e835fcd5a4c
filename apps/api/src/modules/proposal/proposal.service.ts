import { checkForumVote } from '@kompetansemidler/domain';
import { lockForEdit } from '../../common/lock-for-edit.js';
import { pageWindow, type Page, type PageArgs } from '../../common/connection.js';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../common/service-context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { resolvedPlanOf } from '../county/plan.service.js';
import { assertPhase } from '../round/round-phase.js';
import { RoundStatus } from '../round/round-status.js';
import { Round } from '../round/round.entity.js';
import { assertScenarioMayStand } from '../scenario/adjusted-scenario.js';
import { ScenarioLine } from '../scenario/scenario-line.entity.js';
import { Scenario } from '../scenario/scenario.entity.js';
import type { PutScenarioToForumInput, RecordForumOutcomeInput } from './dto/proposal.inputs.js';
import { ForumOutcome, Proposal, ProposalStatus } from './proposal.entity.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

@requestScoped()
export class ProposalService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  async get(id: string): Promise<Proposal> {
    const proposal = await this.em.findOne(Proposal, { id });
    if (!proposal) throw new NotFoundError('Proposal', id);
    return proposal;
  }

  async page(roundId: string, args: PageArgs): Promise<Page<Proposal>> {
    const { offset, limit } = pageWindow(args);
    const [nodes, totalCount] = await this.em.findAndCount(
      Proposal,
      { round: roundId },
      { orderBy: { putAt: 'desc', id: 'asc' }, offset, limit },
    );
    return { nodes, totalCount, offset, limit };
  }

  /**
   * Puts a scenario to the forum; an earlier open proposal of the round is superseded. Refused
   * (FRAME_EXCEEDED, OVERRIDE_REQUIRED) when the scenario takes a year past the round's frame or
   * breaks a band or cap no adjustment overrides.
   */
  async put(input: PutScenarioToForumInput): Promise<Proposal> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    return this.em.transactional(async (em) => {
      const scenario = await em.findOne(Scenario, { id: input.scenarioId });
      if (!scenario) throw new NotFoundError('Scenario', input.scenarioId);
      // The round's row is locked first, so concurrent puts of a round queue up behind each other
      // and each sees the proposals the one before it wrote: of twenty advisers who put the same
      // scenario at once, exactly one wins and the others get CONFLICT (ALREADY_PROPOSED).
      const round = await lockForEdit(em, Round, scenario.round.id, undefined);
      const reason = assertPhase(round, 'putScenarioToForum', viewer, input.override);
      // Only a scenario within every year's frame, each breach overridden, goes to the forum.
      const adjustedLines = await em.find(ScenarioLine, {
        scenario: scenario.id,
        adjustedThisYear: { $ne: null },
      });
      await assertScenarioMayStand(em, scenario, round, adjustedLines, 'scenarioId');
      const earlier = await em.find(Proposal, {
        round: round.id,
        status: { $ne: ProposalStatus.SUPERSEDED },
      });
      if (
        earlier.some((p) => p.status === ProposalStatus.WITH_FORUM && p.scenario.id === scenario.id)
      ) {
        throw new ConflictError('This scenario is already with the forum.', {
          reason: 'ALREADY_PROPOSED',
          field: 'scenarioId',
        });
      }
      for (const p of earlier) p.status = ProposalStatus.SUPERSEDED;
      const roundBefore = snapshot(round);
      const proposal = em.create(Proposal, {
        county: em.getReference(County, countyId),
        round,
        scenario,
        note: input.note ?? '',
        putBy: viewer.subject,
        putAt: new Date(),
      });
      round.status = RoundStatus.PROPOSAL;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'putScenarioToForum',
        entityType: 'Proposal',
        entityId: proposal.id,
        before: { round: roundBefore, superseded: earlier.map((p) => p.id) },
        after: { proposal: snapshot(proposal), round: snapshot(round) },
        reason,
      });
      return proposal;
    });
  }

  /** The forum's recommendation: consensus, or a vote of its members (the office has no vote). */
  async recordOutcome(input: RecordForumOutcomeInput): Promise<Proposal> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const proposal = await lockForEdit(em, Proposal, input.proposalId, input.expectedVersion);
      const round = await em.findOneOrFail(
        Round,
        { id: proposal.round.id },
        { populate: ['planVersion'] },
      );
      const reason = assertPhase(round, 'recordForumOutcome', viewer, input.override);
      if (proposal.status === ProposalStatus.SUPERSEDED) {
        throw new BadUserInputError('This proposal was superseded by a later one.', {
          field: 'proposalId',
        });
      }
      if (input.outcome === ForumOutcome.VOTE) {
        // The forum's seats come from the plan; the office is not among them.
        const problems = checkForumVote(
          input,
          resolvedPlanOf(round.planVersion.getEntity()).rules.forum,
        );
        const first = problems[0];
        if (first) {
          throw new BadUserInputError(first.message.en, {
            field: String(first.path[0] ?? 'votesFor'),
            problems,
          });
        }
      }
      const before = snapshot(proposal);
      proposal.forumOutcome = input.outcome;
      proposal.votesFor = input.outcome === ForumOutcome.VOTE ? (input.votesFor ?? 0) : null;
      proposal.votesAgainst =
        input.outcome === ForumOutcome.VOTE ? (input.votesAgainst ?? 0) : null;
      proposal.abstentions = input.outcome === ForumOutcome.VOTE ? (input.abstentions ?? 0) : null;
      proposal.forumMinutes = input.minutes ?? null;
      proposal.recordedBy = viewer.subject;
      proposal.recordedAt = new Date();
      proposal.status = ProposalStatus.RECORDED;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'recordForumOutcome',
        entityType: 'Proposal',
        entityId: proposal.id,
        before,
        after: snapshot(proposal),
        reason,
      });
      return proposal;
    });
  }
}
