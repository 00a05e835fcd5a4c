export const DOMAIN_PACKAGE_NAME = '@kompetansemidler/domain';

// common
export type { LocalizedText } from './common/localized-text.js';
export type { ValidationProblem, ProblemPath, ParseResult } from './common/validation-problem.js';
export { toCanonicalJson, compareIds } from './common/canonical-json.js';

// money
export { type Kroner, isKroner, assertKroner, sumKroner, formatKroner } from './money/kroner.js';
export { apportion, apportionCapped } from './money/largest-remainder.js';
export { mulDivFloor, mulDivCeil, percentOf } from './money/integer-math.js';

// plan
export {
  SECTORS,
  SECTOR_LABELS,
  OWNERSHIPS,
  INSTITUTION_KINDS,
  type Sector,
  type Ownership,
  type InstitutionKind,
} from './plan/sector.js';
export * from './plan/plan.schema.js';
export { parseCountyPlan } from './plan/parse-county-plan.js';
export { checkPlanConsistency, type PlanProblemCode } from './plan/plan-consistency.js';
export {
  resolvePlanVersion,
  planVersionInForce,
  PlanVersionNotFoundError,
  type ResolvedPlan,
} from './plan/plan-version.js';
export { calendarForRound, milestoneDoneByPhase, type RoundMilestone } from './plan/calendar.js';
export { TROMS_PLAN_2026_2029 } from './plan/plans/troms-2026-2029.js';
export { NORDLAND_LIKE_EXAMPLE_PLAN } from './plan/plans/nordland-like-example.js';
export { OSLO_VIKEN_LIKE_EXAMPLE_PLAN } from './plan/plans/oslo-viken-like-example.js';

// themes
export {
  themesOfSector,
  findTheme,
  flattenThemeItems,
  themeRankScore,
  allowedThemeItems,
} from './themes/theme-lookup.js';

// needs statements
export * from './needs-statement/needs-statement.schema.js';
export {
  isValidOrganisationNumber,
  organisationNumberCheckDigit,
} from './needs-statement/organisation-number.js';
export { earlierYearsOfWork, totalYearsOfWork, isNewcomer } from './needs-statement/history.js';
export {
  validateNeedsStatement,
  needsStatementNotices,
  requestCeiling,
  type NeedsStatementNotice,
  type NeedsStatementNoticeCode,
  type NeedsStatementContext,
  type NeedsStatementProblem,
  type NeedsStatementProblemCode,
} from './needs-statement/validate-needs-statement.js';

// allocation
export * from './allocation/allocation.types.js';
export {
  allocate,
  allocationMethods,
  cutRules,
  type AllocateOptions,
} from './allocation/allocate.js';
export {
  AllocationInputError,
  type AllocationInputProblemCode,
} from './allocation/allocation-input-error.js';
export { scenarioParameterProblems } from './allocation/scenario-parameters.js';
export {
  proportionalCut,
  constrainedEqualAwardsCut,
  constrainedEqualLossesCut,
  type CutRule,
} from './allocation/cut-rules.js';
export type {
  AllocationMethod,
  MethodContext,
  MethodOutcome,
} from './allocation/methods/allocation-method.js';
export type { PreparedRound, PreparedCandidate, PreparedRow } from './allocation/prepared-round.js';
export { StrategyRegistry } from './allocation/strategy-registry.js';
export { loadHighsSolver, sharedHighsSolver, type HighsSolver } from './allocation/highs-solver.js';
export { candidateFromNeedsStatement } from './allocation/candidate-from-needs-statement.js';
export {
  samiAssessmentForEngine,
  samiAssessmentProblems,
  SAMI_REASON_MAX_LENGTH,
  SAMI_REASON_MIN_LENGTH,
  type RecordedSamiLevel,
  type SamiAssessmentProblemCode,
} from './allocation/sami-assessment.js';

// demo data
export {
  generateDemoRound,
  demoOrgnr,
  type DemoRound,
  type DemoRoundOptions,
} from './demo/demo-round.js';
export { createPrng, type Prng } from './demo/prng.js';
export { TROMS_MUNICIPALITIES } from './demo/troms-municipalities.js';

// reporting
export * from './reporting/annual-report.schema.js';
export {
  validateAnnualReport,
  checkReportCoherence,
  type AnnualReportContext,
  type ReportedStatement,
  type ReportProblem,
  type ReportProblemCode,
} from './reporting/validate-annual-report.js';
export {
  aggregateReportedFigures,
  AGGREGATION_KEYS,
  type ReportedFigure,
  type AggregationKey,
  type Aggregation,
  type AggregateGroup,
  type FigureTotals,
} from './reporting/aggregate.js';
export {
  REPORT_DEADLINE_MILESTONE_ID,
  DEFAULT_REPORT_DUE,
  reportDueDate,
  daysBetween,
  assessFollowUp,
  countFollowUp,
  followUpMoney,
  reportIsIn,
  unspentOf,
  type FollowUpMoney,
  type FollowUpMoneyRow,
  type ReportDueDate,
  type ReportStatus,
  type FollowUpState,
  type FollowUpInput,
  type FollowUpAssessment,
  type FollowUpCounts,
} from './reporting/follow-up.js';
export {
  institutionShareByYear,
  type InstitutionShareInput,
  type InstitutionShareYear,
} from './reporting/institution-share.js';

// workflow: the round's phases and the forum's vote
export {
  ROUND_STATUSES,
  ROUND_ACTION_PHASES,
  PHASE_OVERRIDE_MIN_REASON_LENGTH,
  isActionAllowed,
  actionsInPhase,
  nextPhase,
  checkPhaseOverrideReason,
  type RoundPhase,
  type RoundAction,
  type PhaseOverrideProblemCode,
} from './workflow/round-phases.js';
export {
  checkForumVote,
  type ForumVotes,
  type ForumVoteProblemCode,
} from './workflow/forum-vote.js';

// decisions: reasons, split answers, adjusted grants' later years
export { decisionJustification, type JustificationSource } from './decision/justification.js';
export {
  checkDecisionFrames,
  type DecidedGrant,
  type DecisionFrameProblemCode,
} from './decision/decision-frames.js';
export { checkSplitAnswer, type SplitAnswerProblemCode } from './decision/split-answer.js';
export { decisionOwnerCounts, type OwnerCounts } from './decision/owner-counts.js';
export {
  rescaleGrantYears,
  type GrantYearAmounts,
  type RequestedYear,
} from './decision/grant-years.js';

// allocation: the advisers' adjustments and overrides, through the domain
export {
  adjustAllocation,
  adjustAllocationLine,
  type AdjustedAllocation,
  type AdjustmentProblemCode,
  type AppliedAdjustment,
  type BreachKind,
  type ConstraintBreach,
  type ConstraintOverride,
  type FrameExcess,
  type LineAdjustment,
  type LineAdjustmentOutcome,
} from './allocation/adjusted-result.js';

export { gaugesWithBreaches, type GaugeOverride } from './allocation/breach-gauges.js';

// allocation: indicator figures and constraint gauges
export {
  latestIndicatorFigures,
  partnershipIndicatorFigures,
  type MunicipalityFigure,
  type LatestFigures,
} from './allocation/indicator-figures.js';
export {
  constraintGauges,
  methodExplanation,
  type ConstraintGauge,
  type ConstraintGaugeKind,
  type FundingGroup,
  type SectorDemand,
} from './allocation/constraint-gauges.js';
export {
  decisionOutcome,
  checkLineAdjustment,
  ADJUSTMENT_MIN_REASON_LENGTH,
  type DecisionOutcome,
  type LineAdjustmentProblemCode,
} from './decision/decision-outcome.js';

// the office's register: owners, units, institutions, partnerships, knowledge-base figures,
// earlier commitments, and what may be deleted
export {
  REGISTER_TEXT_LIMITS,
  REGISTER_YEARS,
  MAX_COMMITMENT_AMOUNT,
  comparableText,
  type RegisterProblem,
  type RegisterProblemCode,
} from './register/register-problem.js';
export {
  validateOwner,
  normaliseOrgnr,
  normaliseYears,
  type OwnerRecord,
  type OwnerContext,
} from './register/owner-record.js';
export {
  validateUnit,
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  type UnitKind,
  type UnitRecord,
  type UnitContext,
} from './register/unit-record.js';
export {
  validateInstitution,
  INSTITUTION_KIND_LABELS,
  type InstitutionRecord,
  type InstitutionContext,
} from './register/institution-record.js';
export {
  validatePartnership,
  type PartnershipRecord,
  type PartnershipContext,
  type ContactPerson,
} from './register/partnership-record.js';
export {
  validateIndicatorFigure,
  indicatorFigureKey,
  figureIndicators,
  type IndicatorFigureRecord,
  type IndicatorFigureContext,
} from './register/indicator-figure-record.js';
export {
  validateEarlierCommitment,
  checkCommitmentYearOpen,
  type EarlierCommitmentRecord,
  type EarlierCommitmentContext,
} from './register/earlier-commitment.js';
export {
  checkDeletion,
  REFERENCE_KINDS,
  type Reference,
  type ReferenceKind,
} from './register/deletion.js';
export {
  indexIndicatorFigures,
  statementIndicatorFigures,
  type IndicatorFigure,
  type IndicatorFigureIndex,
} from './allocation/indicator-figures.js';

// imports: register extracts, indicator tables, earlier commitments, the needs-statement template
export {
  MAX_IMPORT_ROWS,
  cellText,
  normaliseHeader,
  type Cell,
  type Table,
  type ImportProblem,
  type ImportProblemCode,
  type ColumnSpec,
} from './import/table.js';
export {
  IMPORT_ENTITIES,
  type ImportEntity,
  type ImportPlan,
  type ImportSummaryLine,
  type PlannedChange,
  type ChangeAction,
} from './import/import-plan.js';
export {
  planRegisterImport,
  resolveMunicipality,
  REGISTER_EXTRACT_COLUMNS,
  type RegisterSnapshot,
  type RegisterImportPlan,
  type UnitChange,
} from './import/register-extract.js';
export {
  planIndicatorImport,
  INDICATOR_TABLE_COLUMNS,
  type IndicatorSnapshot,
  type IndicatorImportPlan,
} from './import/indicator-table.js';
export {
  planCommitmentImport,
  defaultEarlierWorkId,
  earlierCommitmentKey,
  COMMITMENT_TABLE_COLUMNS,
  type CommitmentSnapshot,
  type CommitmentImportPlan,
} from './import/commitment-table.js';
export {
  needsStatementTemplate,
  readNeedsStatementTemplate,
  themeCodes,
  TEMPLATE_COLUMNS,
  TEMPLATE_SHEET,
  TEMPLATE_THEMES_SHEET,
  TEMPLATE_LISTS_SHEET,
  type NeedsStatementTemplate,
  type TemplateLine,
  type TemplateField,
  type TemplateList,
  type TemplateStatement,
  type TemplateReading,
  type ThemeCode,
} from './import/needs-statement-template.js';
export {
  COMPARE_SCENARIOS,
  compareScenarios,
  comparisonRefusal,
  type ComparisonRefusal,
  type LineToCompare,
  type ComparedStatement,
  type GroupToCompare,
  type ComparedGroup,
  type ScenarioToCompare,
  type ScenarioComparisonResult,
} from './allocation/scenario-comparison.js';
export { sectorOfStatement } from './needs-statement/statement-sector.js';
export { SCENARIO_DEFAULTS } from './allocation/scenario-defaults.js';

// decisions: letters (vedtaksbrev), from the county's template
export {
  DEFAULT_LETTER_TEMPLATE,
  LETTER_BLOCK_IDS,
  LETTER_PLACEHOLDERS,
  MAX_BLOCK_LENGTH,
  fillPlaceholders,
  letterTemplateProblems,
  placeholdersIn,
  type LetterBlockId,
  type LetterPlaceholder,
  type LetterTemplate,
  type LetterTemplateProblemCode,
  type OfficeContact,
} from './decision/letter-template.js';
export {
  COMPLAINT_PERIOD_DAYS,
  addDays,
  changedDecisionLetterContent,
  decisionLetterContent,
  letterPlainText,
  norwegianDate,
  type ChangedDecisionFacts,
  type DecisionLetterFacts,
  type LetterClause,
  type LetterContent,
  type LetterGrantYear,
  type LetterSection,
  type LetterTable,
} from './decision/letter-content.js';
// decisions: complaints (fvl. §§ 28–33), payments and repayment claims
export {
  COMPLAINT_CLAUSES,
  COMPLAINT_MIN_TEXT,
  DEFAULT_POSTAL_DAYS,
  complaintDeadline,
  checkComplaintRegistration,
  checkComplaintSettlement,
  checkComplaintRejection,
  checkChangedGrant,
  complaintCaseSummary,
  norwegianPublicHolidays,
  nextWorkingDay,
  isIsoDate,
  formatDate as formatNorwegianDate,
  type NoticeChannel,
  type ComplaintAssumption,
  type ComplaintDeadline,
  type ComplaintDeadlineInput,
  type ComplaintStatus,
  type ComplaintProblemCode,
  type ComplaintRegistration,
  type ComplaintCaseFile,
  type GrantYear,
} from './decision/complaint.js';
export {
  DEFAULT_PAYMENT_DAY,
  PAYMENT_ASSUMPTIONS,
  paymentPlan,
  paymentHolds,
  paymentStatus,
  replanPayments,
  type PaymentParty,
  type PaymentStatus,
  type PlannedPayment,
  type HoldReason,
  type ReportDue,
  type PaymentHold,
} from './decision/payment.js';
export {
  REPAYMENT_ASSUMPTIONS,
  REPAYMENT_DAYS,
  repaymentClaim,
  repaymentLetter,
  type RepaymentClaim,
  type RepaymentLine,
  type RepaymentLetterInput,
  type RepaymentLetterContent,
} from './decision/repayment.js';
