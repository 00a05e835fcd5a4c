import type { FilterQuery } from '@mikro-orm/core';
import { lockForEdit } from '../../common/lock-for-edit.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  checkSplitAnswer,
  decisionJustification,
  decisionOutcome,
  decisionOwnerCounts,
  sectorOfStatement,
  sumKroner,
} from '@kompetansemidler/domain';
import { pageWindow, type Page } from '../../common/connection.js';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../common/service-context.js';
import {
  AppError,
  BadUserInputError,
  NotFoundError,
  ValidationFailedError,
} from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { resolvedPlanOf } from '../county/plan.service.js';
import { NeedsStatementStatus } from '../needs-statement/needs-statement.entity.js';
import { planDecision, replanDecision } from '../payment/payment.service.js';
import { Proposal, ProposalStatus } from '../proposal/proposal.entity.js';
import { Commitment } from '../round/commitment.entity.js';
import { assertPhase } from '../round/round-phase.js';
import { RoundStatus } from '../round/round-status.js';
import { Round } from '../round/round.entity.js';
import { assertScenarioMayStand } from '../scenario/adjusted-scenario.js';
import { ScenarioLine, type PerYearGrant } from '../scenario/scenario-line.entity.js';
import { Scenario } from '../scenario/scenario.entity.js';
import type {
  DecideRoundInput,
  DecisionFilter,
  DecisionsArgs,
  RecordSplitAnswerInput,
  UpdateDecisionInput,
} from './dto/decision.inputs.js';
import type { DecisionTotals } from './dto/decision.types.js';
import { Decision, DecisionStatus } from './decision.entity.js';
import { SplitAnswer } from './split-answer.entity.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

@requestScoped()
export class DecisionService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  async get(id: string): Promise<Decision> {
    const decision = await this.em.findOne(Decision, { id });
    if (!decision) throw new NotFoundError('Decision', id);
    return decision;
  }

  async page(roundId: string, args: DecisionsArgs): Promise<Page<Decision>> {
    const { offset, limit } = pageWindow(args);
    const where = decisionWhere(roundId, args.filter);
    const [nodes, totalCount] = await this.em.findAndCount(Decision, where, {
      orderBy: { grantedThisYear: 'desc', id: 'asc' },
      offset,
      limit,
    });
    return { nodes, totalCount, offset, limit };
  }

  /** The sums of a round's decisions that the filter selects, in all and per status. */
  async totals(roundId: string, filter?: DecisionFilter | null): Promise<DecisionTotals> {
    // Partial rows, kept out of the identity map: the same request's decision list must not be
    // answered from these (their other fields are not loaded).
    const rows = await this.em.find(Decision, decisionWhere(roundId, filter), {
      fields: ['status', 'requestedThisYear', 'grantedThisYear', 'grantedTotal'],
      disableIdentityMap: true,
    });
    type Row = Pick<Decision, 'requestedThisYear' | 'grantedThisYear' | 'grantedTotal'>;
    const sum = (list: readonly Row[]) => ({
      decisions: list.length,
      requestedThisYear: list.reduce((a, d) => a + d.requestedThisYear, 0),
      grantedThisYear: list.reduce((a, d) => a + d.grantedThisYear, 0),
      grantedTotal: list.reduce((a, d) => a + d.grantedTotal, 0),
    });
    const all = sum(rows);
    return {
      ...all,
      grantedLaterYears: all.grantedTotal - all.grantedThisYear,
      byStatus: [DecisionStatus.GRANTED, DecisionStatus.REDUCED, DecisionStatus.REJECTED].map(
        (status) => ({ status, ...sum(rows.filter((d) => d.status === status)) }),
      ),
    };
  }

  /**
   * Decides every submitted statement of the round from the proposal's scenario, in one
   * transaction: the decisions, the commitments of their later years, the owners' participation,
   * the round's status and the audit entries all commit together, or nothing does. The grants
   * come from the domain's adjusted result; decisions that would take a year past the round's
   * frame (as it is now, with what other rounds bound) are refused with FRAME_EXCEEDED, a breach
   * no adjustment overrides with OVERRIDE_REQUIRED. A decision's reasons quote the adjustment, the
   * limits it broke and why.
   */
  async decideRound(input: DecideRoundInput): Promise<Decision[]> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    return this.em.transactional(async (em) => {
      const proposal = await em.findOne(Proposal, { id: input.proposalId });
      if (!proposal) throw new NotFoundError('Proposal', input.proposalId);
      const round = await em.findOneOrFail(
        Round,
        { id: proposal.round.id },
        { populate: ['planVersion'] },
      );
      const reason = assertPhase(round, 'decideRound', viewer, input.override);
      if (proposal.status !== ProposalStatus.RECORDED) {
        throw new AppError(
          'WRONG_PHASE',
          'Record the forum’s outcome on this proposal before deciding.',
          { action: 'decideRound', status: proposal.status, allowed: [ProposalStatus.RECORDED] },
        );
      }
      const plan = resolvedPlanOf(round.planVersion.getEntity());
      const lines = await em.find(
        ScenarioLine,
        { scenario: proposal.scenario.id },
        {
          populate: ['needsStatement.partnership.institution', 'needsStatement.partnership.owners'],
          orderBy: { rank: 'asc nulls last', id: 'asc' },
        },
      );
      // The proposal's grants through the domain; never a year past the round's frame.
      const submitted = new Set(
        lines
          .filter((l) => l.needsStatement.getEntity().status === NeedsStatementStatus.SUBMITTED)
          .map((l) => l.needsStatement.id),
      );
      const scenario = await em.findOneOrFail(Scenario, { id: proposal.scenario.id });
      const adjusted = await assertScenarioMayStand(
        em,
        scenario,
        round,
        lines,
        'proposalId',
        submitted,
      );
      const statements = new Map(adjusted.result.statements.map((s) => [s.id, s]));
      const adjustments = new Map(adjusted.adjustments.map((a) => [a.needsStatementId, a]));
      const county = em.getReference(County, countyId);
      const decidedAt = new Date();
      const decisions: Decision[] = [];
      for (const line of lines) {
        const ns = line.needsStatement.getEntity();
        if (!submitted.has(ns.id)) continue;
        const statement = statements.get(ns.id);
        const granted = statement?.granted.thisYear ?? line.granted();
        const perYear: PerYearGrant[] = statement
          ? statement.granted.perYear.map((y) => ({ ...y }))
          : line.grantedPerYear();
        const adjustment = line.adjustedThisYear != null ? adjustments.get(ns.id) : undefined;
        const clauses = [...new Set([...line.clauses, ...(adjustment?.clauses ?? [])])];
        const partnership = ns.partnership.getEntity();
        const decision = em.create(Decision, {
          county,
          round,
          needsStatement: ns,
          partnership,
          proposal,
          status: DecisionStatus[decisionOutcome(granted, line.requestedThisYear)],
          requestedThisYear: line.requestedThisYear,
          grantedThisYear: granted,
          grantedTotal: sumKroner(perYear.map((y) => y.amount)),
          grantedPerYear: perYear,
          justification: decisionJustification(
            {
              explanation: line.explanation,
              adjustmentReason: line.adjustedThisYear != null ? line.adjustmentReason : null,
              adjustment: adjustment?.explanation ?? null,
              clauses,
            },
            plan.clauses,
          ),
          clauses,
          decidedBy: viewer.subject,
          decidedAt,
          ...decisionOwnerCounts(
            partnership.owners.getItems(),
            round.year,
            plan.rules.newcomers,
            granted,
          ),
        });
        decisions.push(decision);
        const sector = sectorOfStatement(ns);
        if (typeof sector !== 'string' && perYear.some((y) => y.amount > 0)) {
          throw new ValidationFailedError(sector.message.en, [sector]);
        }
        for (const year of perYear) {
          if (year.amount <= 0 || typeof sector !== 'string') continue;
          em.create(Commitment, {
            county,
            grantedInRound: round,
            grantedYear: round.year,
            needsStatementId: ns.id,
            partnership,
            workId: ns.workId,
            sector,
            durationYears: ns.durationYears ?? perYear.length,
            year: year.year,
            amount: year.amount,
            owner: year.owner,
            institution: year.institution,
            coordinator: year.coordinator,
            institutionOrgnr: partnership.institution.getEntity().orgnr,
          } as never);
        }
        if (granted > 0) {
          for (const owner of partnership.owners.getItems()) {
            if (!owner.participationYears.includes(round.year)) {
              owner.participationYears = [...owner.participationYears, round.year].sort();
            }
          }
        }
      }
      const roundBefore = snapshot(round);
      round.status = RoundStatus.DECIDED;
      await em.flush();
      // Each decision's payments, per year and party, planned with it.
      let payments = 0;
      for (const decision of decisions) {
        payments += (await planDecision(em, countyId, decision)).length;
      }
      await em.flush();
      for (const decision of decisions) {
        recordAudit(em, this.ctx, {
          action: 'decideRound',
          entityType: 'Decision',
          entityId: decision.id,
          after: snapshot(decision),
          reason,
        });
      }
      recordAudit(em, this.ctx, {
        action: 'decideRound',
        entityType: 'Round',
        entityId: round.id,
        before: roundBefore,
        after: {
          ...snapshot(round),
          decisions: decisions.length,
          payments,
          proposalId: proposal.id,
        },
        reason,
      });
      return decisions;
    });
  }

  async update(input: UpdateDecisionInput): Promise<Decision> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const decision = await lockForEdit(em, Decision, input.decisionId, input.expectedVersion);
      const round = await em.findOneOrFail(Round, { id: decision.round.id });
      const reason = assertPhase(round, 'updateDecision', viewer, input.override);
      if (input.justification.trim().length === 0) {
        throw new BadUserInputError('The justification may not be empty.', {
          field: 'justification',
        });
      }
      const before = snapshot(decision);
      decision.justification = input.justification;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'updateDecision',
        entityType: 'Decision',
        entityId: decision.id,
        before,
        after: snapshot(decision),
        reason,
      });
      return decision;
    });
  }

  /** The partnership's split of a reduced grant for one year between owners and institution. */
  async recordSplitAnswer(input: RecordSplitAnswerInput): Promise<SplitAnswer> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    return this.em.transactional(async (em) => {
      const decision = await em.findOne(
        Decision,
        { id: input.decisionId },
        { populate: ['round'] },
      );
      if (!decision) throw new NotFoundError('Decision', input.decisionId);
      const reason = assertPhase(
        decision.round.getEntity(),
        'recordSplitAnswer',
        viewer,
        input.override,
      );
      if (decision.status !== DecisionStatus.REDUCED) {
        throw new BadUserInputError('Only a reduced grant needs a split answer.', {
          field: 'decisionId',
        });
      }
      const year = decision.grantedPerYear.find((y) => y.year === input.year);
      if (!year) {
        throw new BadUserInputError(`The decision grants nothing for ${input.year}.`, {
          field: 'year',
        });
      }
      const problems = checkSplitAnswer(input, year.amount);
      if (problems.length > 0) {
        throw new ValidationFailedError('The split does not add up to the grant.', problems);
      }
      const existing = await em.findOne(SplitAnswer, { decision: decision.id, year: input.year });
      const before = existing ? snapshot(existing) : null;
      const answer =
        existing ??
        em.create(SplitAnswer, {
          county: em.getReference(County, countyId),
          decision,
          partnership: decision.partnership,
          year: input.year,
          owner: input.owner,
          institution: input.institution,
          answeredBy: viewer.subject,
          answeredAt: new Date(),
        });
      answer.owner = input.owner;
      answer.institution = input.institution;
      answer.comment = input.comment ?? '';
      answer.answeredBy = viewer.subject;
      answer.answeredAt = new Date();
      // What is bound for the year follows the partnership's split.
      decision.grantedPerYear = decision.grantedPerYear.map((y) =>
        y.year === input.year ? { ...y, owner: input.owner, institution: input.institution } : y,
      );
      await updateCommitmentSplit(em, decision, input);
      await em.flush();
      // The unpaid payments follow the split.
      const payments = await replanDecision(em, countyId, decision);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'recordSplitAnswer',
        entityType: 'SplitAnswer',
        entityId: answer.id,
        before,
        after: { ...snapshot(answer), payments },
        reason,
      });
      return answer;
    });
  }

  async splitAnswers(decisionIds: readonly string[]): Promise<Map<string, SplitAnswer[]>> {
    const answers = await this.em.find(
      SplitAnswer,
      { decision: { $in: [...decisionIds] } },
      { orderBy: { year: 'asc' } },
    );
    const byDecision = new Map<string, SplitAnswer[]>();
    for (const a of answers) {
      byDecision.set(a.decision.id, [...(byDecision.get(a.decision.id) ?? []), a]);
    }
    return byDecision;
  }
}

async function updateCommitmentSplit(
  em: EntityManager,
  decision: Decision,
  input: RecordSplitAnswerInput,
): Promise<void> {
  const commitment = await em.findOne(Commitment, {
    needsStatementId: decision.needsStatement.id,
    year: input.year,
  });
  if (commitment) {
    commitment.owner = input.owner;
    commitment.institution = input.institution;
  }
}

/** A round's decisions, narrowed by status and by the statements' sector. */
function decisionWhere(roundId: string, filter?: DecisionFilter | null): FilterQuery<Decision> {
  const where: FilterQuery<Decision> = { round: roundId };
  if (filter?.status?.length) where.status = { $in: filter.status };
  if (filter?.sector?.length) where.needsStatement = { sector: { $in: filter.sector } };
  return where;
}
