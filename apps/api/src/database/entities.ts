import { AuditLogEntry } from '../modules/audit/audit-log-entry.entity.js';
import { County } from '../modules/county/county.entity.js';
import { Municipality } from '../modules/county/municipality.entity.js';
import { PlanVersion } from '../modules/county/plan-version.entity.js';
import { Decision } from '../modules/decision/decision.entity.js';
import { SplitAnswer } from '../modules/decision/split-answer.entity.js';
import { DecisionLetter } from '../modules/decision/letter/decision-letter.entity.js';
import { LetterTemplateRecord } from '../modules/decision/letter/letter-template.entity.js';
import { NoticeDelivery } from '../modules/notice/notice-delivery.entity.js';
import { SectorIndicator } from '../modules/indicator/sector-indicator.entity.js';
import { BudgetLine } from '../modules/needs-statement/budget-line.entity.js';
import { NeedsStatement } from '../modules/needs-statement/needs-statement.entity.js';
import { SamiAssessment } from '../modules/needs-statement/sami-assessment.entity.js';
import { NationalFact } from '../modules/national/national-fact.entity.js';
import { NationalStatisticsVersion } from '../modules/national/national-statistics-version.entity.js';
import { Institution } from '../modules/partnership/institution.entity.js';
import { Owner } from '../modules/partnership/owner.entity.js';
import { Partnership } from '../modules/partnership/partnership.entity.js';
import { Unit } from '../modules/partnership/unit.entity.js';
import { Proposal } from '../modules/proposal/proposal.entity.js';
import { AccountsLine } from '../modules/reporting/accounts-line.entity.js';
import { AnnualReport } from '../modules/reporting/annual-report.entity.js';
import { Commitment } from '../modules/round/commitment.entity.js';
import { Round } from '../modules/round/round.entity.js';
import { ScenarioLine } from '../modules/scenario/scenario-line.entity.js';
import { ScenarioRun } from '../modules/scenario/scenario-run.entity.js';
import { Scenario } from '../modules/scenario/scenario.entity.js';
import { TenantEntity } from '../common/tenant-entity.js';
import { Complaint } from '../modules/complaint/complaint.entity.js';
import { DecisionVersion } from '../modules/complaint/decision-version.entity.js';
import { Payment } from '../modules/payment/payment.entity.js';
import { RepaymentClaim } from '../modules/payment/repayment-claim.entity.js';

/** Every entity, explicitly (no folder scanning: the same list in node, vitest and the CLI). */
export const entities = [
  TenantEntity,
  County,
  PlanVersion,
  Municipality,
  Owner,
  Unit,
  Institution,
  Partnership,
  Round,
  Commitment,
  NeedsStatement,
  BudgetLine,
  SamiAssessment,
  Scenario,
  ScenarioLine,
  Proposal,
  Decision,
  SplitAnswer,
  SectorIndicator,
  AuditLogEntry,
  AnnualReport,
  AccountsLine,
  ScenarioRun,
  NationalStatisticsVersion,
  NationalFact,
  DecisionLetter,
  LetterTemplateRecord,
  NoticeDelivery,
  Complaint,
  DecisionVersion,
  Payment,
  RepaymentClaim,
];

/** Entities with a `county`: the `tenant` filter scopes them to the caller's county. */
export const tenantEntities = [
  PlanVersion,
  Municipality,
  Owner,
  Unit,
  Institution,
  Partnership,
  Round,
  Commitment,
  NeedsStatement,
  SamiAssessment,
  Scenario,
  ScenarioLine,
  Proposal,
  Decision,
  SplitAnswer,
  SectorIndicator,
  AuditLogEntry,
  AnnualReport,
  AccountsLine,
  ScenarioRun,
  DecisionLetter,
  LetterTemplateRecord,
  NoticeDelivery,
  Complaint,
  DecisionVersion,
  Payment,
  RepaymentClaim,
];

/** Entities a PARTNERSHIP caller sees only for its own partnership. */
export const partnershipEntities = [
  NeedsStatement,
  Decision,
  SplitAnswer,
  AnnualReport,
  DecisionLetter,
  Complaint,
  DecisionVersion,
  Payment,
  RepaymentClaim,
];
