import type { FilterQuery } from '@mikro-orm/core';
import { lockForEdit } from '../../common/lock-for-edit.js';
import { calendarForRound, isKroner } from '@kompetansemidler/domain';
import { orderOf } from '../../common/enums.js';
import { pageWindow, type Page, type PageArgs } from '../../common/connection.js';
import { viewerCountyId, type ServiceContext } from '../../common/service-context.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  ValidationFailedError,
} from '../../errors/app-error.js';
import { calendarDeadline } from '../needs-statement/submission-deadline.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { PlanVersion } from '../county/plan-version.entity.js';
import { PlanService, resolvedPlanOf } from '../county/plan.service.js';
import { Commitment } from './commitment.entity.js';
import type {
  CreateRoundInput,
  ExtendSubmissionDeadlineInput,
  RoundsArgs,
  RoundTransitionInput,
  SetRoundFrameInput,
} from './dto/round.inputs.js';
import { RoundSortField } from './dto/round.inputs.js';
import { assertPhase } from './round-phase.js';
import { RoundStatus, type WorkflowAction } from './round-status.js';
import { Round } from './round.entity.js';
import { roundWithFigures, type RoundFigures } from './round-summary.js';
import { isUuid } from '../../common/uuid.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

@requestScoped()
export class RoundService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  async list(args: RoundsArgs): Promise<Page<Round>> {
    const { offset, limit } = pageWindow(args);
    const where: FilterQuery<Round> = {};
    if (args.filter?.status?.length) where.status = { $in: args.filter.status };
    if (args.filter?.year != null) where.year = args.filter.year;
    const field = args.orderBy?.field === RoundSortField.STATUS ? 'status' : 'year';
    const [nodes, totalCount] = await this.em.findAndCount(Round, where, {
      orderBy: { [field]: orderOf(args.orderBy?.direction ?? null), id: 'asc' },
      offset,
      limit,
    });
    return { nodes, totalCount, offset, limit };
  }

  async get(id: string): Promise<Round> {
    const round = await this.em.findOne(Round, { id });
    if (!round) throw new NotFoundError('Round', id);
    return round;
  }

  /** A round of the caller's county with its overview's figures, in one statement. */
  async getWithFigures(id: string): Promise<{ round: Round; figures: RoundFigures }> {
    const found = isUuid(id)
      ? await roundWithFigures(this.em, id, viewerCountyId(this.ctx.viewer))
      : null;
    if (!found) throw new NotFoundError('Round', id);
    return found;
  }

  async create(input: CreateRoundInput): Promise<Round> {
    const countyId = viewerCountyId(this.ctx.viewer);
    assertWholeKroner(input.frame);
    return this.em.transactional(async (em) => {
      const planVersion = input.planVersionId
        ? await em.findOne(PlanVersion, { id: input.planVersionId })
        : await new PlanService(em).versionForYear(input.year);
      if (!planVersion) throw new NotFoundError('PlanVersion', input.planVersionId ?? '');
      const plan = resolvedPlanOf(planVersion);
      const round = em.create(Round, {
        county: em.getReference(County, countyId),
        year: input.year,
        frame: input.frame,
        status: RoundStatus.DRAFT,
        planVersion,
        calendar: calendarForRound(plan.rules, input.year),
      });
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'createRound',
        entityType: 'Round',
        entityId: round.id,
        after: snapshot(round),
      });
      return round;
    });
  }

  /**
   * A new frame for the round, until it is decided (Udir's allocation may come after the round
   * opens). Scenarios already run keep the frame they ran with; new runs use this one.
   */
  setFrame(input: SetRoundFrameInput): Promise<Round> {
    assertWholeKroner(input.frame);
    return this.em.transactional(async (em) => {
      const round = await lockForEdit(em, Round, input.roundId, input.expectedVersion);
      const reason = assertPhase(round, 'setRoundFrame', this.ctx.viewer, input.override);
      const before = snapshot(round);
      round.frame = input.frame;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'setRoundFrame',
        entityType: 'Round',
        entityId: round.id,
        before,
        after: snapshot(round),
        reason,
      });
      return round;
    });
  }

  /**
   * The office extends the round's deadline for needs statements beyond the plan calendar's day
   * (or resets it to the calendar's): while the round is in DRAFT or OPEN, audited with its reason.
   * The partnership's form and the API's deadline check both read the extended day.
   */
  extendSubmissionDeadline(input: ExtendSubmissionDeadlineInput): Promise<Round> {
    const reason = input.reason.trim();
    const deadline = input.deadline?.trim() || null;
    return this.em.transactional(async (em) => {
      const round = await lockForEdit(em, Round, input.roundId, input.expectedVersion);
      if (round.status !== RoundStatus.DRAFT && round.status !== RoundStatus.OPEN) {
        throw new ConflictError(
          `The round is ${round.status}: its deadline for needs statements can no longer change.`,
          { reason: 'ROUND_NOT_OPEN', status: round.status },
        );
      }
      const planned = calendarDeadline(round.calendar);
      const problems = deadlineProblems(deadline, planned, reason);
      if (problems.length > 0) {
        throw new ValidationFailedError('The deadline extension is not valid.', problems);
      }
      const before = snapshot(round);
      round.submissionDeadlineOverride = deadline;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'extendSubmissionDeadline',
        entityType: 'Round',
        entityId: round.id,
        before,
        after: snapshot(round),
        reason,
      });
      return round;
    });
  }

  open(input: RoundTransitionInput): Promise<Round> {
    return this.transition(input, 'openRound', RoundStatus.OPEN);
  }

  close(input: RoundTransitionInput): Promise<Round> {
    return this.transition(input, 'closeRound', RoundStatus.CLOSED);
  }

  startReporting(input: RoundTransitionInput): Promise<Round> {
    return this.transition(input, 'startReporting', RoundStatus.REPORTING);
  }

  private transition(
    input: RoundTransitionInput,
    action: WorkflowAction,
    to: RoundStatus,
  ): Promise<Round> {
    return this.em.transactional(async (em) => {
      const round = await lockForEdit(em, Round, input.roundId, input.expectedVersion);
      const reason = assertPhase(round, action, this.ctx.viewer, input.override);
      const before = snapshot(round);
      round.status = to;
      await em.flush();
      recordAudit(em, this.ctx, {
        action,
        entityType: 'Round',
        entityId: round.id,
        before,
        after: snapshot(round),
        reason,
      });
      return round;
    });
  }

  async commitments(round: Round, args: PageArgs): Promise<Page<Commitment>> {
    const { offset, limit } = pageWindow(args);
    const [nodes, totalCount] = await this.em.findAndCount(
      Commitment,
      { year: round.year, grantedYear: { $lt: round.year } },
      { orderBy: { amount: 'desc', id: 'asc' }, offset, limit },
    );
    return { nodes, totalCount, offset, limit };
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(text: string): boolean {
  return (
    ISO_DATE.test(text) &&
    !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
    new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text
  );
}

/** What is wrong with an extension: a real date after the calendar's day, and a reason. */
export function deadlineProblems(
  deadline: string | null,
  planned: string | null,
  reason: string,
): Array<{ code: string; path: string[]; message: { nb: string; en: string } }> {
  const problems = [];
  if (deadline !== null && !isIsoDate(deadline)) {
    problems.push({
      code: 'ROUND_DEADLINE_NOT_A_DATE',
      path: ['deadline'],
      message: {
        nb: 'Fristen må være en dato (ÅÅÅÅ-MM-DD).',
        en: 'The deadline must be a date (YYYY-MM-DD).',
      },
    });
  } else if (deadline !== null && planned !== null && deadline <= planned) {
    problems.push({
      code: 'ROUND_DEADLINE_NOT_LATER',
      path: ['deadline'],
      message: {
        nb: `En utsatt frist må være etter fristen i årshjulet (${planned}).`,
        en: `An extended deadline must be after the calendar’s deadline (${planned}).`,
      },
    });
  }
  if (reason.length < 5) {
    problems.push({
      code: 'ROUND_DEADLINE_REASON_MISSING',
      path: ['reason'],
      message: {
        nb: 'Skriv hvorfor fristen endres.',
        en: 'Say why the deadline changes.',
      },
    });
  }
  return problems;
}

function assertWholeKroner(frame: number): void {
  if (!isKroner(frame) || frame <= 0) {
    throw new BadUserInputError('The frame must be a positive whole number of kroner.', {
      field: 'frame',
    });
  }
}
