import type { FilterQuery } from '@mikro-orm/core';
import { lockForEdit } from '../../common/lock-for-edit.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isActionAllowed, requestCeiling, validateNeedsStatement } from '@kompetansemidler/domain';
import { randomUUID } from 'node:crypto';
import { orderOf } from '../../common/enums.js';
import { pageWindow, type Page } from '../../common/connection.js';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../common/service-context.js';
import {
  ForbiddenError,
  NotFoundError,
  RequestAboveCeilingError,
  ValidationFailedError,
} from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { Role } from '../auth/role.js';
import { County } from '../county/county.entity.js';
import { resolvedPlanOf } from '../county/plan.service.js';
import { domainPartnerships } from '../partnership/partnership-domain.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { todayInNorway } from '../reporting/reporting.service.js';
import { fundingHistory } from '../round/funding-history.js';
import { assertPhase } from '../round/round-phase.js';
import { Round } from '../round/round.entity.js';
import { BudgetLine } from './budget-line.entity.js';
import {
  NeedsStatementSortField,
  type NeedsStatementsPageArgs,
  type SubmitNeedsStatementInput,
  type UpdateNeedsStatementInput,
  type WithdrawNeedsStatementInput,
} from './dto/needs-statement.inputs.js';
import type { BudgetYear } from './dto/needs-statement.types.js';
import {
  applyFields,
  budgetLinesFor,
  budgetYears,
  inputBudget,
  toDomainStatement,
} from './needs-statement.mapper.js';
import { NeedsStatement, NeedsStatementStatus } from './needs-statement.entity.js';
import { StatementProblems } from './statement-problems.js';
import { assertBeforeDeadline, submissionDeadline } from './submission-deadline.js';

const SORT_COLUMNS: Record<NeedsStatementSortField, keyof NeedsStatement> = {
  SUBMITTED_AT: 'submittedAt',
  REQUESTED_THIS_YEAR: 'requestedThisYear',
  TITLE: 'title',
  SECTOR: 'sector',
};

export class NeedsStatementService {
  constructor(private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  async page(roundId: string, args: NeedsStatementsPageArgs): Promise<Page<NeedsStatement>> {
    const { offset, limit } = pageWindow(args);
    const where: FilterQuery<NeedsStatement> = { round: roundId };
    const filter = args.filter;
    if (filter?.status?.length) where.status = { $in: filter.status };
    if (filter?.sector?.length) where.sector = { $in: filter.sector };
    if (filter?.themeId) where.themeId = filter.themeId;
    if (filter?.partnershipId) where.partnership = filter.partnershipId;
    if (filter?.search?.trim()) {
      // The title, the partnership, its institution, its owners and their municipalities.
      const pattern = `%${escapeLike(filter.search.trim())}%`;
      const rows = await this.em.execute<{ id: string }[]>(
        `select ns.id from needs_statement ns
           join partnership p on p.id = ns.partnership_id
           join institution i on i.id = p.institution_id
          where ns.round_id = ? and (ns.title ilike ? or p.name ilike ? or i.name ilike ?
             or exists (select 1 from partnership_owner po join owner o on o.id = po.owner_id
                          left join municipality m on m.id = o.municipality_id
                         where po.partnership_id = p.id
                           and (o.name ilike ? or m.name ilike ? or m.number = ?)))`,
        [roundId, pattern, pattern, pattern, pattern, pattern, filter.search.trim()],
      );
      where.$and = [{ id: { $in: rows.map((r) => r.id) } }];
    }
    if (filter?.hasProblems != null) {
      const round = (await new StatementProblems(this.em).forRounds([roundId])).get(roundId);
      const withProblems = [...(round?.problems ?? [])]
        .filter(([, problems]) => problems.length > 0)
        .map(([id]) => id);
      where.id = filter.hasProblems ? { $in: withProblems } : { $nin: withProblems };
    }
    const field = SORT_COLUMNS[args.orderBy?.field ?? NeedsStatementSortField.SUBMITTED_AT];
    const [nodes, totalCount] = await this.em.findAndCount(NeedsStatement, where, {
      orderBy: { [field]: orderOf(args.orderBy?.direction), id: 'asc' },
      offset,
      limit,
    });
    return { nodes, totalCount, offset, limit };
  }

  async get(id: string): Promise<NeedsStatement> {
    const ns = await this.em.findOne(NeedsStatement, { id });
    if (!ns) throw new NotFoundError('NeedsStatement', id);
    return ns;
  }

  async submit(input: SubmitNeedsStatementInput): Promise<NeedsStatement> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    const partnershipId = this.partnershipFor(input.partnershipId);
    return this.em.transactional(async (em) => {
      const round = await em.findOne(Round, { id: input.roundId }, { populate: ['planVersion'] });
      if (!round) throw new NotFoundError('Round', input.roundId);
      const reason = assertPhase(round, 'submitNeedsStatement', viewer, input.override);
      assertBeforeDeadline(round.calendar, 'submitNeedsStatement', viewer);
      const partnership = await em.findOne(Partnership, { id: partnershipId });
      if (!partnership) throw new NotFoundError('Partnership', partnershipId);
      const ns = em.create(NeedsStatement, {
        county: em.getReference(County, countyId),
        round,
        partnership,
        title: input.title,
        workId: input.workId ?? `work-${randomUUID()}`,
      });
      applyFields(ns, input);
      const budget = inputBudget(input);
      await this.validate(em, ns, round, budget);
      this.replaceBudget(em, ns, budget, round.year);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'submitNeedsStatement',
        entityType: 'NeedsStatement',
        entityId: ns.id,
        after: { ...snapshot(ns), budget },
        reason,
      });
      return ns;
    });
  }

  async update(input: UpdateNeedsStatementInput): Promise<NeedsStatement> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const ns = await lockForEdit(em, NeedsStatement, input.id, input.expectedVersion);
      await em.populate(ns, ['budgetLines']);
      const round = await em.findOneOrFail(
        Round,
        { id: ns.round.id },
        { populate: ['planVersion'] },
      );
      const reason = assertPhase(round, 'updateNeedsStatement', viewer, input.override);
      assertBeforeDeadline(round.calendar, 'updateNeedsStatement', viewer);
      if (ns.status === NeedsStatementStatus.WITHDRAWN) {
        throw new ValidationFailedError('A withdrawn needs statement cannot be changed.', [
          {
            code: 'NS_WITHDRAWN',
            path: [],
            message: {
              nb: 'Behovsmeldingen er trukket og kan ikke endres.',
              en: 'The needs statement is withdrawn and cannot be changed.',
            },
          },
        ]);
      }
      const before = { ...snapshot(ns), budget: budgetYears(ns.budgetLines.getItems()) };
      applyFields(ns, input);
      const budget = inputBudget(input);
      await this.validate(em, ns, round, budget);
      this.replaceBudget(em, ns, budget, round.year);
      ns.updatedAt = new Date();
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'updateNeedsStatement',
        entityType: 'NeedsStatement',
        entityId: ns.id,
        before,
        after: { ...snapshot(ns), budget },
        reason,
      });
      return ns;
    });
  }

  async withdraw(input: WithdrawNeedsStatementInput): Promise<NeedsStatement> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const ns = await lockForEdit(em, NeedsStatement, input.id, input.expectedVersion);
      const round = await em.findOneOrFail(Round, { id: ns.round.id });
      const reason = assertPhase(round, 'withdrawNeedsStatement', viewer, input.override);
      assertBeforeDeadline(round.calendar, 'withdrawNeedsStatement', viewer);
      const before = snapshot(ns);
      ns.status = NeedsStatementStatus.WITHDRAWN;
      ns.withdrawReason = input.reason?.trim() || null;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'withdrawNeedsStatement',
        entityType: 'NeedsStatement',
        entityId: ns.id,
        before,
        after: snapshot(ns),
        reason,
      });
      return ns;
    });
  }

  /**
   * What the needs-statement form validates against in the browser, with the domain's own rules:
   * the round's resolved plan, the partnership as the domain sees it, and its funding history
   * (the same context `validate` gives the domain here).
   */
  async formContext(
    roundId: string,
    requestedPartnership: string | null,
    workId: string | null,
  ): Promise<NeedsStatementFormContextShape> {
    const partnershipId = this.partnershipFor(requestedPartnership);
    const round = await this.em.findOne(Round, { id: roundId }, { populate: ['planVersion'] });
    if (!round) throw new NotFoundError('Round', roundId);
    const partnership = (await domainPartnerships(this.em, [partnershipId])).get(partnershipId);
    if (!partnership) throw new NotFoundError('Partnership', partnershipId);
    const history = await fundingHistory(this.em, round.county.id, round.year, {
      workIds: workId ? [workId] : [],
      ownerOrgnrs: partnership.owners.map((o) => o.orgnr),
    });
    const viewer = requireViewer(this.ctx.viewer);
    const deadline = submissionDeadline(round.calendar);
    let open = isActionAllowed('submitNeedsStatement', round.status);
    if (open && viewer.role === Role.PARTNERSHIP && deadline !== null) {
      open = todayInNorway() <= deadline;
    }
    return {
      roundId: round.id,
      roundYear: round.year,
      deadline,
      open,
      partnershipId,
      plan: resolvedPlanOf(round.planVersion.getEntity()) as unknown as Record<string, unknown>,
      partnership: partnership as unknown as Record<string, unknown>,
      history: history as unknown as Record<string, unknown>,
    };
  }

  /** A PARTNERSHIP caller acts for its own partnership only. */
  private partnershipFor(requested: string | null | undefined): string {
    const viewer = requireViewer(this.ctx.viewer);
    if (viewer.role === Role.PARTNERSHIP) {
      if (requested && requested !== viewer.partnershipId) {
        throw new ForbiddenError('A partnership may submit only its own needs statements.');
      }
      return viewer.partnershipId ?? '';
    }
    if (!requested) throw new NotFoundError('Partnership', '(none given)');
    return requested;
  }

  /** Every problem the domain finds, at once, as one typed error. */
  private async validate(
    em: EntityManager,
    ns: NeedsStatement,
    round: Round,
    budget: readonly BudgetYear[],
  ): Promise<void> {
    const partnership = (await domainPartnerships(em, [ns.partnership.id])).get(ns.partnership.id);
    if (!partnership) throw new NotFoundError('Partnership', ns.partnership.id);
    const history = await fundingHistory(em, round.county.id, round.year, {
      workIds: [ns.workId],
      ownerOrgnrs: partnership.owners.map((o) => o.orgnr),
    });
    const plan = resolvedPlanOf(round.planVersion.getEntity());
    const problems = validateNeedsStatement(
      toDomainStatement(ns, round.year, partnership, budget),
      { plan, history, frame: round.frame },
    );
    const above = problems.find((p) => p.code === 'NS_BUDGET_ABOVE_CEILING');
    if (above) {
      const ceiling = requestCeiling(plan.rules, round.frame).amount;
      throw new RequestAboveCeilingError(
        `A year of the request is above the plan's ceiling of ${ceiling} kroner (the round's frame).`,
        above.path.join('.'),
        ceiling,
        problems,
      );
    }
    if (problems.length > 0) {
      throw new ValidationFailedError(
        `The needs statement has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
        problems,
      );
    }
  }

  private replaceBudget(
    em: EntityManager,
    ns: NeedsStatement,
    budget: readonly BudgetYear[],
    roundYear: number,
  ): void {
    // Update lines in place (a line's year and party are unique), add the new, drop the rest.
    const existing = new Map(
      (ns.budgetLines.isInitialized() ? ns.budgetLines.getItems() : []).map((line) => [
        `${line.year}:${line.party}`,
        line,
      ]),
    );
    for (const line of budgetLinesFor(budget)) {
      const key = `${line.year}:${line.party}`;
      const found = existing.get(key);
      if (found) {
        found.amount = line.amount;
        found.coordinator = line.coordinator;
        existing.delete(key);
      } else {
        ns.budgetLines.add(em.create(BudgetLine, { ...line, needsStatement: ns }));
      }
    }
    for (const line of existing.values()) {
      ns.budgetLines.remove(line);
      em.remove(line);
    }
    ns.requestedThisYear = budget
      .filter((b) => b.year === roundYear)
      .reduce((sum, b) => sum + b.total, 0);
    ns.requestedTotal = budget.reduce((sum, b) => sum + b.total, 0);
  }
}

export interface NeedsStatementFormContextShape {
  roundId: string;
  roundYear: number;
  deadline: string | null;
  open: boolean;
  partnershipId: string;
  plan: Record<string, unknown>;
  partnership: Record<string, unknown>;
  history: Record<string, unknown>;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
