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
  ConflictError,
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
import { fundingHistory } from '../round/funding-history.js';
import { assertPhase } from '../round/round-phase.js';
import { Round } from '../round/round.entity.js';
import { BudgetLine } from './budget-line.entity.js';
import {
  NeedsStatementSortField,
  type DiscardNeedsStatementDraftInput,
  type NeedsStatementsPageArgs,
  type SaveNeedsStatementDraftInput,
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
import {
  assertBeforeDeadline,
  isBeforeDeadline,
  submissionDeadline,
} from './submission-deadline.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

const SORT_COLUMNS: Record<NeedsStatementSortField, keyof NeedsStatement> = {
  SUBMITTED_AT: 'submittedAt',
  REQUESTED_THIS_YEAR: 'requestedThisYear',
  TITLE: 'title',
  SECTOR: 'sector',
};

@requestScoped()
export class NeedsStatementService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

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
      assertBeforeDeadline(round, 'submitNeedsStatement', viewer);
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
      assertBeforeDeadline(round, 'updateNeedsStatement', viewer);
      if (ns.status === NeedsStatementStatus.DRAFT) throw draftError('updateNeedsStatement');
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
      assertBeforeDeadline(round, 'withdrawNeedsStatement', viewer);
      if (ns.status === NeedsStatementStatus.DRAFT) throw draftError('withdrawNeedsStatement');
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
   * Saves the partnership's draft (DRAFT): a new one in an open round, or its own draft again.
   * Only what the database needs is checked (the plan's rules apply on submission); the draft
   * stays the partnership's own, unseen by the office, until it is submitted.
   */
  async saveDraft(input: SaveNeedsStatementDraftInput): Promise<NeedsStatement> {
    const viewer = requireViewer(this.ctx.viewer);
    if (viewer.role !== Role.PARTNERSHIP) {
      throw new ForbiddenError('Only a partnership keeps drafts: the office submits directly.');
    }
    const countyId = viewerCountyId(viewer);
    const partnershipId = this.partnershipFor(null);
    const budget = inputBudget(input);
    const problems = draftProblems(input, budget);
    if (problems.length > 0) {
      throw new ValidationFailedError('The draft cannot be saved as it is.', problems);
    }
    return this.em.transactional(async (em) => {
      let ns: NeedsStatement;
      let before: Record<string, unknown> | null = null;
      if (input.id) {
        ns = await lockForEdit(em, NeedsStatement, input.id, input.expectedVersion);
        if (ns.status !== NeedsStatementStatus.DRAFT) {
          throw new ConflictError(
            'The statement is submitted: change it with updateNeedsStatement.',
            {
              reason: 'NOT_A_DRAFT',
              status: ns.status,
            },
          );
        }
        await em.populate(ns, ['budgetLines']);
        before = { ...snapshot(ns), budget: budgetYears(ns.budgetLines.getItems()) };
      } else {
        if (!input.roundId) throw new NotFoundError('Round', '(none given)');
        const round = await em.findOne(Round, { id: input.roundId });
        if (!round) throw new NotFoundError('Round', input.roundId);
        const partnership = await em.findOne(Partnership, { id: partnershipId });
        if (!partnership) throw new NotFoundError('Partnership', partnershipId);
        ns = em.create(NeedsStatement, {
          county: em.getReference(County, countyId),
          round,
          partnership,
          title: input.title,
          workId: input.workId ?? `work-${randomUUID()}`,
          status: NeedsStatementStatus.DRAFT,
        });
      }
      const round = await em.findOneOrFail(Round, { id: ns.round.id });
      assertPhase(round, 'submitNeedsStatement', viewer);
      assertBeforeDeadline(round, 'saveNeedsStatementDraft', viewer);
      applyFields(ns, input);
      this.replaceBudget(em, ns, budget, round.year);
      ns.updatedAt = new Date();
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'saveNeedsStatementDraft',
        entityType: 'NeedsStatement',
        entityId: ns.id,
        before,
        after: { ...snapshot(ns), budget },
      });
      return ns;
    });
  }

  /**
   * Submits the partnership's draft with the content given (the form's whole statement): every
   * rule of the plan applies, as for a new submission; on success it is SUBMITTED from now on and
   * the office sees it.
   */
  async submitDraft(input: UpdateNeedsStatementInput): Promise<NeedsStatement> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const ns = await lockForEdit(em, NeedsStatement, input.id, input.expectedVersion);
      if (ns.status !== NeedsStatementStatus.DRAFT) {
        throw new ConflictError(
          'The statement is not a draft: it is already submitted or withdrawn.',
          {
            reason: 'NOT_A_DRAFT',
            status: ns.status,
          },
        );
      }
      await em.populate(ns, ['budgetLines']);
      const round = await em.findOneOrFail(
        Round,
        { id: ns.round.id },
        { populate: ['planVersion'] },
      );
      const reason = assertPhase(round, 'submitNeedsStatement', viewer, input.override);
      assertBeforeDeadline(round, 'submitNeedsStatement', viewer);
      const before = { ...snapshot(ns), budget: budgetYears(ns.budgetLines.getItems()) };
      applyFields(ns, input);
      const budget = inputBudget(input);
      await this.validate(em, ns, round, budget);
      this.replaceBudget(em, ns, budget, round.year);
      ns.status = NeedsStatementStatus.SUBMITTED;
      ns.submittedAt = new Date();
      ns.updatedAt = ns.submittedAt;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'submitNeedsStatement',
        entityType: 'NeedsStatement',
        entityId: ns.id,
        before,
        after: { ...snapshot(ns), budget },
        reason,
      });
      return ns;
    });
  }

  /** Deletes the partnership's draft (never a submitted statement: that is withdrawn). */
  async discardDraft(input: DiscardNeedsStatementDraftInput): Promise<string> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const ns = await lockForEdit(em, NeedsStatement, input.id, input.expectedVersion);
      if (ns.status !== NeedsStatementStatus.DRAFT) {
        throw new ConflictError('Only a draft can be discarded: withdraw a submitted statement.', {
          reason: 'NOT_A_DRAFT',
          status: ns.status,
        });
      }
      const round = await em.findOneOrFail(Round, { id: ns.round.id });
      assertBeforeDeadline(round, 'discardNeedsStatementDraft', viewer);
      await em.populate(ns, ['budgetLines']);
      const before = { ...snapshot(ns), budget: budgetYears(ns.budgetLines.getItems()) };
      for (const line of ns.budgetLines.getItems()) em.remove(line);
      em.remove(ns);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'discardNeedsStatementDraft',
        entityType: 'NeedsStatement',
        entityId: input.id,
        before,
      });
      return input.id;
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
    const deadline = submissionDeadline(round);
    let open = isActionAllowed('submitNeedsStatement', round.status);
    if (open && viewer.role === Role.PARTNERSHIP) open = isBeforeDeadline(round);
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

/** A draft is saved and submitted with its own mutations; the others refuse it. */
function draftError(action: string): ConflictError {
  return new ConflictError(
    `The statement is a draft: save it with saveNeedsStatementDraft or submit it with submitNeedsStatementDraft (not ${action}).`,
    { reason: 'IS_DRAFT', status: NeedsStatementStatus.DRAFT },
  );
}

type DraftProblem = {
  code: string;
  path: Array<string | number>;
  message: { nb: string; en: string };
};

/** The little a draft must satisfy to be stored: lengths the columns hold, one budget row a year. */
export function draftProblems(
  input: SaveNeedsStatementDraftInput,
  budget: readonly BudgetYear[],
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const tooLong = (path: string, value: string | null | undefined, max: number) => {
    if ((value ?? '').length > max) {
      problems.push({
        code: 'NS_DRAFT_TOO_LONG',
        path: [path],
        message: {
          nb: `Feltet kan ha høyst ${max} tegn.`,
          en: `The field holds at most ${max} characters.`,
        },
      });
    }
  };
  tooLong('title', input.title, 300);
  tooLong('workId', input.workId, 100);
  tooLong('themeId', input.themeId, 100);
  tooLong('contactName', input.contactName, 200);
  tooLong('contactEmail', input.contactEmail, 200);
  const seen = new Set<number>();
  budget.forEach((b, index) => {
    if (seen.has(b.year)) {
      problems.push({
        code: 'NS_DRAFT_BUDGET_YEAR_TWICE',
        path: ['budget', index, 'year'],
        message: {
          nb: `Året ${b.year} står to ganger i budsjettet.`,
          en: `The year ${b.year} is in the budget twice.`,
        },
      });
    }
    seen.add(b.year);
  });
  if (input.durationYears != null && (input.durationYears < 0 || input.durationYears > 32767)) {
    problems.push({
      code: 'NS_DRAFT_DURATION',
      path: ['durationYears'],
      message: { nb: 'Varigheten er ugyldig.', en: 'The duration is not valid.' },
    });
  }
  return problems;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
