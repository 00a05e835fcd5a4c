import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../../common/localized-text.type.js';
import { Contact } from '../../needs-statement/dto/needs-statement.types.js';
import { Decision } from '../../decision/decision.entity.js';
import { Partnership } from '../../partnership/partnership.entity.js';
import { YearGrant } from '../../scenario/dto/scenario.types.js';
import { AccountsLine, CostLine, ReportParty } from '../accounts-line.entity.js';
import { AnnualReport } from '../annual-report.entity.js';
import { GoalAchievement } from './reporting.inputs.js';

@ObjectType({ description: 'What became of one measure of the needs statement.' })
export class ReportedMeasure {
  @Field()
  measureId!: string;

  @Field()
  carriedOut!: boolean;

  @Field({ description: 'What was done, or why it was not.' })
  description!: string;
}

@ObjectType({ description: 'The assessment of one goal or sub-goal of the needs statement.' })
export class ReportedGoal {
  @Field()
  goalId!: string;

  @Field(() => GoalAchievement)
  achievement!: GoalAchievement;

  @Field()
  assessment!: string;
}

@ObjectType({ description: 'One party’s simple accounts for the year, whole kroner.' })
export class PartyAccounts {
  @Field(() => ReportParty)
  party!: ReportParty;

  @Field(() => Int)
  received!: number;

  @Field(() => Int, { description: 'The sum of the lines.' })
  spent!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The decision’s grant to this party for the year; null when the year has no grant.',
  })
  granted!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Granted minus spent (negative when overspent); null when the year has no grant.',
  })
  unspent!: number | null;

  @Field(() => [AccountsLine])
  lines!: AccountsLine[];
}

@ObjectType({ description: 'The simple (unaudited) accounts of a report, per party.' })
export class ReportAccounts {
  @Field(() => PartyAccounts)
  owner!: PartyAccounts;

  @Field(() => PartyAccounts)
  institution!: PartyAccounts;

  @Field(() => Int, { description: 'Spent on a coordinator: both parties’ COORDINATOR lines.' })
  coordinatorSpent!: number;
}

@ObjectType({
  description:
    'One problem the reporting rules find, as the domain reports it: a stable code, the path of the field (following SubmitAnnualReportInput) and a message in nb and en.',
})
export class ReportProblem {
  @Field()
  code!: string;

  @Field(() => [String], { description: 'The field path; list indexes as strings.' })
  path!: string[];

  @Field(() => LocalizedText)
  message!: LocalizedText;
}

@ObjectType({ description: 'A cost line of the accounts with its labels.' })
export class CostLineLabel {
  @Field(() => CostLine)
  costLine!: CostLine;

  @Field(() => LocalizedText)
  label!: LocalizedText;
}

export enum FollowUpState {
  MISSING = 'MISSING',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
registerEnumType(FollowUpState, {
  name: 'FollowUpState',
  description: 'Where an owed report stands: MISSING (none yet) or the submitted report’s status.',
});

export enum DueDateSource {
  CALENDAR = 'CALENDAR',
  DEFAULT = 'DEFAULT',
}
registerEnumType(DueDateSource, {
  name: 'DueDateSource',
  description:
    'CALENDAR: the plan’s “report-deadline” milestone; DEFAULT: the plan names none, so 1 June after the grant year (an assumption of this system).',
});

@ObjectType({
  description: 'One decision’s report for one grant year, as the office follows it up.',
})
export class ReportFollowUpRow {
  @Field(() => Decision)
  decision!: Decision;

  @Field(() => Partnership)
  partnership!: Partnership;

  @Field({ description: 'The needs statement’s title.' })
  title!: string;

  @Field(() => Int, { description: 'The grant year reported on.' })
  year!: number;

  @Field(() => Int, { description: 'The year of the round that made the decision.' })
  roundYear!: number;

  @Field(() => FollowUpState)
  state!: FollowUpState;

  @Field({ description: 'ISO date the report is due.' })
  dueDate!: string;

  @Field(() => DueDateSource)
  dueDateSource!: DueDateSource;

  @Field({ description: 'Still owed: no report yet, or one returned for resubmission.' })
  owed!: boolean;

  @Field({ description: 'Owed past the due date, or submitted after it.' })
  late!: boolean;

  @Field(() => Int, {
    description: 'Days past the due date (until today while owed, until submission otherwise).',
  })
  daysLate!: number;

  @Field(() => AnnualReport, { nullable: true })
  report!: AnnualReport | null;

  @Field(() => YearGrant, { description: 'The grant for the year, per party.' })
  grant!: YearGrant;

  @Field(() => Int, { nullable: true, description: 'Reported spent by the owner side.' })
  spentOwner!: number | null;

  @Field(() => Int, { nullable: true, description: 'Reported spent by the institution.' })
  spentInstitution!: number | null;

  @Field(() => Int, { nullable: true, description: 'Reported spent on a coordinator.' })
  coordinatorSpent!: number | null;

  @Field(() => Int, { nullable: true, description: 'Granted minus reported spent, both parties.' })
  unspent!: number | null;

  @Field(() => [ReportProblem], {
    description:
      'What the reporting rules find in the stored report against its statement and grant (coherence: missing or unknown goals and measures; accounts). Empty for a sound report.',
  })
  problems!: ReportProblem[];

  @Field(() => Int, { description: 'Measures reported as not carried out.' })
  measuresNotCarriedOut!: number;

  @Field(() => Int, { description: 'Goals reported as not achieved.' })
  goalsNotAchieved!: number;
}

@ObjectType({ description: 'Counts of a follow-up (only grant years that have begun).' })
export class ReportFollowUpCounts {
  @Field(() => Int, { description: 'Reports owed or in.' })
  expected!: number;

  @Field(() => Int, { description: 'Submitted and not returned (SUBMITTED or ACCEPTED).' })
  reported!: number;

  @Field(() => Int, { description: 'No report yet.' })
  missing!: number;

  @Field(() => Int, { description: 'Owed past the due date, or submitted after it.' })
  late!: number;

  @Field(() => Int)
  accepted!: number;

  @Field(() => Int, { description: 'Returned and awaiting resubmission.' })
  returned!: number;

  @Field(() => Int, { description: 'Submitted and awaiting the office’s review.' })
  awaitingReview!: number;

  @Field(() => Int, { description: 'Reports with problems found by the reporting rules.' })
  withProblems!: number;
}

@ObjectType({ description: 'Money of a follow-up, whole kroner.' })
export class ReportFollowUpMoney {
  @Field(() => Int)
  grantedOwner!: number;

  @Field(() => Int)
  grantedInstitution!: number;

  @Field(() => Int, { description: 'Granted to the rows with a report in.' })
  reportedGranted!: number;

  @Field(() => Int)
  spentOwner!: number;

  @Field(() => Int)
  spentInstitution!: number;

  @Field(() => Int)
  coordinatorSpent!: number;
}

@ObjectType({ description: 'The office’s follow-up of annual reports for a round or a year.' })
export class ReportFollowUp {
  @Field({ description: 'The ISO date the follow-up is evaluated as of.' })
  asOf!: string;

  @Field(() => ReportFollowUpCounts)
  counts!: ReportFollowUpCounts;

  @Field(() => ReportFollowUpMoney)
  money!: ReportFollowUpMoney;

  @Field(() => [ReportFollowUpRow], { description: 'Late first, then by partnership.' })
  rows!: ReportFollowUpRow[];
}

@ObjectType({ description: 'A report a partnership still owes, for a reminder.' })
export class ReportReminder {
  @Field(() => Decision)
  decision!: Decision;

  @Field(() => Partnership)
  partnership!: Partnership;

  @Field({ description: 'The needs statement’s title.' })
  title!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => FollowUpState, { description: 'MISSING or RETURNED.' })
  state!: FollowUpState;

  @Field()
  dueDate!: string;

  @Field(() => DueDateSource)
  dueDateSource!: DueDateSource;

  @Field()
  overdue!: boolean;

  @Field(() => Int, { description: 'Days past the due date (0 when not yet due).' })
  daysOverdue!: number;

  @Field(() => Contact, {
    description: 'The contact person of the needs statement (personal data: the office only).',
  })
  contact!: Contact;

  @Field(() => String, {
    nullable: true,
    description: 'The office’s comment on a returned report.',
  })
  reviewComment!: string | null;
}

@ObjectType({
  description:
    'One year of the institutions’ (universities’ and colleges’) share in the county: granted against the total, and as reported spent.',
})
export class InstitutionShareYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Granted to owners and institutions.' })
  grantedTotal!: number;

  @Field(() => Int)
  grantedInstitution!: number;

  @Field({ description: 'The institutions’ share of the grants, percent (two decimals).' })
  grantedInstitutionPercent!: number;

  @Field(() => Int, { description: 'Granted to the decisions with a report in for the year.' })
  reportedGranted!: number;

  @Field(() => Int)
  reportedSpentTotal!: number;

  @Field(() => Int)
  reportedSpentInstitution!: number;

  @Field(() => Number, {
    nullable: true,
    description: 'The institutions’ share of reported spending, percent (null without reports).',
  })
  reportedInstitutionPercent!: number | null;

  @Field(() => Int, { description: 'Reports in (submitted or accepted).' })
  reports!: number;

  @Field(() => Int, { description: 'Grants for the year.' })
  grants!: number;

  @Field({ description: 'The granted share fell from the previous year.' })
  falling!: boolean;

  @Field({ description: 'The granted share is below the plan’s floor, where it sets one.' })
  belowFloor!: boolean;

  @Field(() => [LocalizedText])
  warnings!: LocalizedText[];
}
