import { COST_LINE_LABELS, COST_LINES } from '@kompetansemidler/domain';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PhaseOverrideInput } from '../../common/phase-override.input.js';
import { requestScoped } from '../../common/request-container.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { Decision } from '../decision/decision.entity.js';
import { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Round } from '../round/round.entity.js';
import { YearGrant } from '../scenario/dto/scenario.types.js';
import { type AccountsLine, type CostLine } from './accounts-line.entity.js';
import { AnnualReport } from './annual-report.entity.js';
import {
  ReportFollowUpArgs,
  ReportRemindersArgs,
  SubmitAnnualReportInput,
} from './dto/reporting.inputs.js';
import {
  CostLineLabel,
  InstitutionShareYear,
  ReportAccounts,
  ReportedGoal,
  ReportedMeasure,
  ReportFollowUp,
  ReportProblem,
  ReportReminder,
} from './dto/reporting.types.js';
import { grantForYear, reportAccounts } from './reporting.mapper.js';
import { ReportingService } from './reporting.service.js';

/** Reports hold free text about people's work: the office and the partnership only, never NATIONAL. */
const READERS = [Role.ADMIN, Role.PARTNERSHIP];

function linesLoader(ctx: RequestContext, reports: ReportingService) {
  return ctx.loaders.get<string, AccountsLine[]>(
    'accountsLinesByReport',
    (ids) => reports.linesOf(ids),
    [],
  );
}

@Resolver(() => AnnualReport)
@requestScoped()
export class AnnualReportResolver {
  constructor(private readonly reports: ReportingService) {}

  @Authorized(READERS)
  @Query(() => AnnualReport, {
    description: 'One annual report (a partnership sees only its own).',
  })
  annualReport(@Arg('id', () => ID) id: string): Promise<AnnualReport> {
    return this.reports.get(id);
  }

  @Authorized(READERS)
  @Query(() => [CostLineLabel], { description: 'The cost lines of the accounts, with labels.' })
  costLines(): CostLineLabel[] {
    return COST_LINES.map((line) => ({
      costLine: line as CostLine,
      label: COST_LINE_LABELS[line],
    }));
  }

  @Authorized(READERS)
  @Mutation(() => AnnualReport, {
    description:
      'Submits the annual report and simple accounts for one grant year of a decision, or resubmits a RETURNED one (round DECIDED or REPORTING). The reporting rules check it against the needs statement (every goal and measure) and the grant (accounts add up, spent ≤ received = granted per party); every problem comes back at once (VALIDATION_FAILED with problems), and nothing is written.',
  })
  submitAnnualReport(
    @Arg('input', () => SubmitAnnualReportInput) input: SubmitAnnualReportInput,
  ): Promise<AnnualReport> {
    return this.reports.submit(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AnnualReport, {
    description: 'Accepts a SUBMITTED report (final). Send the version you reviewed.',
  })
  acceptAnnualReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version reviewed (optimistic lock).' })
    version: number,
    @Arg('override', () => PhaseOverrideInput, { nullable: true })
    override: PhaseOverrideInput | null,
  ): Promise<AnnualReport> {
    return this.reports.accept(id, version, override);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AnnualReport, {
    description:
      'Returns a SUBMITTED report to the partnership with a comment; it may then be resubmitted.',
  })
  returnAnnualReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version reviewed (optimistic lock).' })
    version: number,
    @Arg('comment', { description: 'What the partnership must correct.' }) comment: string,
    @Arg('override', () => PhaseOverrideInput, { nullable: true })
    override: PhaseOverrideInput | null,
  ): Promise<AnnualReport> {
    return this.reports.returnReport(id, version, comment, override);
  }

  @Authorized(Role.ADMIN)
  @Query(() => ReportFollowUp, {
    description:
      'The office’s follow-up of annual reports for a round and/or a grant year: counts (reported, missing, late, accepted, returned) and one row per decision and year, with due date, lateness, spending against the grant and the problems the reporting rules find.',
  })
  reportFollowUp(
    @Args(() => ReportFollowUpArgs) args: ReportFollowUpArgs,
  ): Promise<ReportFollowUp> {
    return this.reports.followUp(args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ReportReminder], {
    description:
      'Reports still owed (missing, or returned for resubmission), most overdue first, with the contact person to remind.',
  })
  reportReminders(
    @Args(() => ReportRemindersArgs) args: ReportRemindersArgs,
  ): Promise<ReportReminder[]> {
    return this.reports.reminders(args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [InstitutionShareYear], {
    description:
      'The county’s institutions’ (universities’ and colleges’) share per year: granted to institutions against the total, and reported institution spending.',
  })
  institutionShareByYear(): Promise<InstitutionShareYear[]> {
    return this.reports.institutionShareByYear();
  }

  @FieldResolver(() => [ReportedMeasure], { description: 'What became of each measure.' })
  measures(@Root() report: AnnualReport): ReportedMeasure[] {
    return report.measures as ReportedMeasure[];
  }

  @FieldResolver(() => [ReportedGoal], { description: 'The assessment of each goal.' })
  goals(@Root() report: AnnualReport): ReportedGoal[] {
    return report.goals as ReportedGoal[];
  }

  @FieldResolver(() => ReportAccounts, { description: 'The simple accounts, per party.' })
  async accounts(
    @Root() report: AnnualReport,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportAccounts> {
    const [lines, decision] = await Promise.all([
      linesLoader(ctx, this.reports).load(report.id),
      report.decision.loadOrFail({ dataloader: true }),
    ]);
    return reportAccounts(report, lines, grantForYear(decision.grantedPerYear, report.year));
  }

  @FieldResolver(() => YearGrant, {
    nullable: true,
    description: 'The decision’s grant for the year, per party (received must equal it).',
  })
  async grant(@Root() report: AnnualReport): Promise<YearGrant | null> {
    const decision = await report.decision.loadOrFail({ dataloader: true });
    return decision.grantedPerYear.find((y) => y.year === report.year) ?? null;
  }

  @FieldResolver(() => [ReportProblem], {
    description:
      'What the reporting rules find in the report now (empty for a sound report): highlights drift from the statement or the grant.',
  })
  async problems(
    @Root() report: AnnualReport,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportProblem[]> {
    const lines = await linesLoader(ctx, this.reports).load(report.id);
    return this.reports.problemsOf(report, lines);
  }

  @FieldResolver(() => Decision)
  decision(@Root() report: AnnualReport): Promise<Decision> {
    return report.decision.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => NeedsStatement)
  needsStatement(@Root() report: AnnualReport): Promise<NeedsStatement> {
    return report.needsStatement.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Partnership)
  partnership(@Root() report: AnnualReport): Promise<Partnership> {
    return report.partnership.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Round, { description: 'The round that made the decision.' })
  round(@Root() report: AnnualReport): Promise<Round> {
    return report.round.loadOrFail({ dataloader: true });
  }
}

@Resolver(() => Decision)
@requestScoped()
export class DecisionReportsResolver {
  constructor(private readonly reports: ReportingService) {}

  @Authorized(READERS)
  @FieldResolver(() => [AnnualReport], { description: 'The decision’s annual reports, by year.' })
  annualReports(@Root() decision: Decision, @Ctx() ctx: RequestContext): Promise<AnnualReport[]> {
    return ctx.loaders
      .get<string, AnnualReport[]>(
        'annualReportsByDecision',
        (ids) => this.reports.reportsOf(ids),
        [],
      )
      .load(decision.id);
  }
}
