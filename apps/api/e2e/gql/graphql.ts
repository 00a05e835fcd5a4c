/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** Whole Norwegian kroner: an integer from −(2^53 − 1) to 2^53 − 1, sent as a JSON number. Never fractional. */
  Kroner: { input: number; output: number; }
};

/** One cost line of one party’s simple accounts, in whole kroner. */
export type AccountsLine = {
  /** Spent on this line, in whole kroner. */
  amount: Scalars['Int']['output'];
  costLine: CostLine;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  party: ReportParty;
};

/** One cost line of a party’s accounts, whole kroner. */
export type AccountsLineInput = {
  amount: Scalars['Int']['input'];
  costLine: CostLine;
};

export type AdjustScenarioLineInput = {
  /** Needed when the change breaks a sector band or a lock cap: which, and why. Nothing overrides the frame. */
  constraintOverride?: InputMaybe<ConstraintOverrideInput>;
  /** The scenario’s version you edited (optimistic locking). */
  expectedVersion: Scalars['Int']['input'];
  /** The new grant for the round’s year, whole kroner. */
  grantedThisYear: Scalars['Int']['input'];
  needsStatementId: Scalars['ID']['input'];
  override?: InputMaybe<PhaseOverrideInput>;
  /** Why (kept with the line and in the audit log). */
  reason: Scalars['String']['input'];
  scenarioId: Scalars['ID']['input'];
};

/** The engine’s method: RANKED (priority order) or OPTIMAL (HiGHS solver). */
export type AllocationMethod =
  | 'OPTIMAL'
  | 'RANKED';

export type AllocationStatus =
  | 'FUNDED'
  | 'INELIGIBLE'
  | 'NOT_FUNDED'
  | 'REDUCED';

/** A partnership’s annual report (rapportering) and simple accounts for one grant year. */
export type AnnualReport = {
  /** The simple accounts, per party. */
  accounts: ReportAccounts;
  /** Spent on a coordinator (both parties): the sum of the COORDINATOR lines. */
  coordinatorSpent: Scalars['Int']['output'];
  /** How coordinator funds were used (free text; required where they were granted). */
  coordinatorUse: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  decision: Decision;
  /** The assessment of each goal. */
  goals: Array<ReportedGoal>;
  /** The decision’s grant for the year, per party (received must equal it). */
  grant?: Maybe<YearGrant>;
  id: Scalars['ID']['output'];
  /** What became of each measure. */
  measures: Array<ReportedMeasure>;
  needsStatement: NeedsStatement;
  partnership: Partnership;
  /** What the reporting rules find in the report now (empty for a sound report): highlights drift from the statement or the grant. */
  problems: Array<ReportProblem>;
  /** Grant funds the institution received for the year (kroner). */
  receivedInstitution: Scalars['Int']['output'];
  /** Grant funds the owner side received for the year (kroner). */
  receivedOwner: Scalars['Int']['output'];
  /** The office’s comment when it returned the report. */
  reviewComment?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who accepted or returned the report. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** The round that made the decision. */
  round: Round;
  /** Spent by the institution: the sum of its accounts lines. */
  spentInstitution: Scalars['Int']['output'];
  /** Spent by the owner side: the sum of its accounts lines. */
  spentOwner: Scalars['Int']['output'];
  status: AnnualReportStatus;
  /** When the report was last submitted (or resubmitted). */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** Who submitted it (the signed-in user’s name). */
  submittedBy: Scalars['String']['output'];
  /** How the funds were used (free text). */
  useOfFunds: Scalars['String']['output'];
  /** Optimistic-lock version: send it back to accept or return. */
  version: Scalars['Int']['output'];
  /** The grant year reported on. */
  year: Scalars['Int']['output'];
};

/** SUBMITTED (awaits review), ACCEPTED (final), RETURNED (sent back with a comment; may be resubmitted). */
export type AnnualReportStatus =
  | 'ACCEPTED'
  | 'RETURNED'
  | 'SUBMITTED';

/** The office’s assessment of how a needs statement addresses Sámi perspectives, with its reason. */
export type AssessSamiPerspectiveInput = {
  /** The assessment’s version you changed (optimistic locking); none for a first one. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  level: SamiLevel;
  needsStatementId: Scalars['ID']['input'];
  override?: InputMaybe<PhaseOverrideInput>;
  /** Why (at least 5 characters; quoted in the statement’s reasons when the assessment moves it). */
  reason: Scalars['String']['input'];
};

/** An entry of the append-only audit log: who did what, when. */
export type AuditLogEntry = {
  /** The mutation, e.g. "decideRound". */
  action: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  actorRole: Role;
  actorSubject: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTimeISO']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The reason given, e.g. for an override. */
  reason?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
};

/** A page of AuditLogEntry items (Relay). */
export type AuditLogEntryConnection = {
  edges: Array<AuditLogEntryEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type AuditLogEntryEdge = {
  cursor: Scalars['String']['output'];
  node: AuditLogEntry;
};

/** Above a sector’s band, below it, over a lock cap, over the coordinator cap. */
export type BreachKind =
  | 'COORDINATOR_CAP'
  | 'LOCK_CAP'
  | 'SECTOR_LOWER'
  | 'SECTOR_UPPER';

/** An adjustment that overrides a breach, and why. */
export type BreachOverride = {
  needsStatementId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

/** One year of the requested grant, whole kroner. */
export type BudgetYear = {
  coordinator: Scalars['Int']['output'];
  institution: Scalars['Int']['output'];
  owner: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** One year of the requested grant, whole kroner. */
export type BudgetYearInput = {
  /** The part of the total for a coordinator. */
  coordinator?: InputMaybe<Scalars['Int']['input']>;
  /** The institution’s part. */
  institution: Scalars['Int']['input'];
  /** The owners’ part. */
  owner: Scalars['Int']['input'];
  /** Owner + institution; checked when given. */
  total?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type ChangeDecisionInput = {
  complaintId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** The new grant, for the same years. */
  grantedPerYear: Array<ChangedGrantYearInput>;
  lateReason?: InputMaybe<Scalars['String']['input']>;
  /** Why the complaint is found justified: goes into the new version’s reasons. */
  reasons: Scalars['String']['input'];
};

export type ChangedGrantYearInput = {
  /** Coordinator funds, part of the owner’s. */
  coordinator?: Scalars['Int']['input'];
  institution: Scalars['Int']['input'];
  owner: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

/** An amount bound by a multi-year grant (låste midler), in the year it falls in; promised subject to the state’s appropriation. */
export type Commitment = {
  amount: Scalars['Int']['output'];
  coordinator: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  durationYears: Scalars['Int']['output'];
  /** Made before the county’s rounds here (registered by the office). */
  earlier: Scalars['Boolean']['output'];
  /** The year the grant was decided. */
  grantedYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  institution: Scalars['Int']['output'];
  institutionOrgnr: Scalars['String']['output'];
  /** The needs statement granted. */
  needsStatementId?: Maybe<Scalars['String']['output']>;
  owner: Scalars['Int']['output'];
  partnership: Partnership;
  sector: Sector;
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
  /** Stable id of the development work across rounds. */
  workId: Scalars['String']['output'];
  /** The year the amount falls in. */
  year: Scalars['Int']['output'];
};

/** A page of Commitment items (Relay). */
export type CommitmentConnection = {
  edges: Array<CommitmentEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type CommitmentEdge = {
  cursor: Scalars['String']['output'];
  node: Commitment;
};

/** One group compared across scenarios (one entry per scenario, in order). */
export type ComparisonGroup = {
  differs: Scalars['Boolean']['output'];
  /** Granted this year per scenario. */
  granted: Array<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  kind: GroupKind;
  municipalities: Array<Municipality>;
  municipality?: Maybe<Municipality>;
  owners: Array<Owner>;
  requestedThisYear: Array<Scalars['Int']['output']>;
  sector?: Maybe<Sector>;
  /** Largest minus smallest grant. */
  spread: Scalars['Int']['output'];
  statements: Array<Scalars['Int']['output']>;
};

export type ComparisonRow = {
  /** Granted this year, one per scenario in the given order. */
  granted: Array<Scalars['Int']['output']>;
  /** The statement’s line in each scenario, in order (null where a scenario lacks it): status, grant, the engine’s explanation and any adjustment’s reason. */
  lines: Array<Maybe<ScenarioLine>>;
  needsStatement: NeedsStatement;
  requestedThisYear: Scalars['Int']['output'];
  /** Largest minus smallest grant across the scenarios. */
  spread: Scalars['Int']['output'];
};

/** A complaint (klage) against a decision. */
export type Complaint = {
  /** Assumptions the deadline rests on ("antakelse"). */
  assumptions: Scalars['JSON']['output'];
  /** The case summary sent to the directorate with the case file (FORWARDED). */
  caseSummary?: Maybe<Scalars['String']['output']>;
  /** Who complains (name of the party or its representative). */
  complainant: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  daysLate: Scalars['Int']['output'];
  /** ISO date: the last day to complain (fvl. § 29). */
  deadline: Scalars['String']['output'];
  /** The deadline check in Norwegian, with its clauses. */
  deadlineExplanation: Scalars['String']['output'];
  decision: Decision;
  /** The grounds (klagegrunner). */
  grounds: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why a late complaint is considered (fvl. § 31). */
  lateReason?: Maybe<Scalars['String']['output']>;
  noticeChannel: NoticeChannel;
  /** ISO date the decision was sent to the party. */
  notifiedOn: Scalars['String']['output'];
  /** ISO date it was posted (postmark). */
  postedOn?: Maybe<Scalars['String']['output']>;
  /** The office’s assessment when it settled the complaint. */
  reasons?: Maybe<Scalars['String']['output']>;
  /** ISO date the office received the complaint. */
  receivedOn: Scalars['String']['output'];
  registeredBy: Scalars['String']['output'];
  /** The decision version it led to (CHANGED). */
  resultingVersion?: Maybe<Scalars['Int']['output']>;
  settledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  settledBy?: Maybe<Scalars['String']['output']>;
  status: ComplaintStatus;
  /** In time (fvl. § 30). */
  timely: Scalars['Boolean']['output'];
  /** Optimistic-lock version: send it back to settle. */
  version: Scalars['Int']['output'];
};

/** RECEIVED (awaits the office), FORWARDED (upheld, sent to the directorate), CHANGED (a new decision version), REJECTED (avvist: not heard, e.g. filed too late). */
export type ComplaintStatus =
  | 'CHANGED'
  | 'FORWARDED'
  | 'RECEIVED'
  | 'REJECTED';

export type ConfirmNeedsStatementImportInput = {
  /** Filled templates, one statement each. */
  files: Array<ImportFileInput>;
  fingerprint: Scalars['String']['input'];
  /** To submit outside the round’s open phase (the reason is audited). */
  override?: InputMaybe<PhaseOverrideInput>;
  roundId: Scalars['ID']['input'];
};

export type ConfirmRegisterImportInput = {
  file: ImportFileInput;
  /** The preview’s fingerprint: the import is written only if it would still do exactly what the preview showed. */
  fingerprint: Scalars['String']['input'];
  kind: RegisterImportKind;
};

/** A sector band or lock cap the advisers’ adjustments break further than the engine’s result did. */
export type ConstraintBreach = {
  /** The plan clause behind the limit (its id). */
  clause: Scalars['String']['output'];
  /** As the gauges name it: SECTOR:SCHOOL, LOCK:2:2027, COORDINATOR. */
  constraintId: Scalars['String']['output'];
  /** The figures in one sentence. */
  description: LocalizedText;
  /** Kroner past the bound in the engine’s result. */
  engineExcess: Scalars['Int']['output'];
  /** Kroner past the bound. */
  excess: Scalars['Int']['output'];
  kind: BreachKind;
  /** E.g. “øvre grense for skole”. */
  label: LocalizedText;
  /** The bound (kroner, committed funds included). */
  limit: Scalars['Int']['output'];
  /** The adjusted statements that push it past. */
  needsStatementIds: Array<Scalars['ID']['output']>;
  /** Whether an adjustment overrides it with a reason. */
  overridden: Scalars['Boolean']['output'];
  overrides: Array<BreachOverride>;
  /** Committed + granted against it. */
  total: Scalars['Int']['output'];
};

/** One constraint of the plan as the scenario meets it: the amount reached, the band or limit, whether it is broken, and why in words. */
export type ConstraintGauge = {
  /** Kroner reached: committed + granted (granted for a funding rate, the institutions’ part for their share). */
  amount: Scalars['Int']['output'];
  /** The assumptions behind the limit, each “Antakelse: …”: figures the plan does not give. */
  assumptions: Array<LocalizedText>;
  /** Breaks a rule of the plan (“Brutt”); never for an assumption. */
  broken: Scalars['Boolean']['output'];
  /** The plan clause behind it (its id). */
  clause?: Maybe<Scalars['String']['output']>;
  /** The title of that clause in the round’s plan version, to cite it. */
  clauseTitle?: Maybe<LocalizedText>;
  durationYears?: Maybe<Scalars['Int']['output']>;
  explanation: LocalizedText;
  group?: Maybe<FundingGroup>;
  /** Stable id, e.g. SECTOR:SCHOOL, LOCK:3:2027, COORDINATOR, FUNDING:PUBLIC. */
  id: Scalars['String']['output'];
  /** For information only (the plan’s “about 50 % one year at a time”). */
  informational: Scalars['Boolean']['output'];
  kind: ConstraintGaugeKind;
  label: LocalizedText;
  /** The plan’s percentage behind the limit (a sector’s target, a cap’s percent). */
  limitPercent?: Maybe<Scalars['Float']['output']>;
  /** Lowest amount allowed, kroner. */
  lower?: Maybe<Scalars['Int']['output']>;
  notes: Array<LocalizedText>;
  /** Broken by an adviser’s adjustment that overrides it with a reason. */
  overridden: Scalars['Boolean']['output'];
  /** The overriding adjustments’ reasons. */
  overrideReasons: Array<Scalars['String']['output']>;
  /** The amount in percent: of the frame, or the funding rate, or the share. */
  percent: Scalars['Float']['output'];
  sector?: Maybe<Sector>;
  /** Highest amount allowed (band, cap), kroner. */
  upper?: Maybe<Scalars['Int']['output']>;
  /** Something to look at that the plan does not forbid: an assumed limit exceeded (coordinator cap, a later year’s assumed frame), a fall in the institutions’ share. */
  warning: Scalars['Boolean']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

/** Sector band, lock cap (per duration and year), funds bound in a later year, coordinator cap, public/private funding rate, the institutions’ share, the share granted one year at a time (information). */
export type ConstraintGaugeKind =
  | 'COORDINATOR_CAP'
  | 'FUNDING_RATE'
  | 'INSTITUTION_SHARE'
  | 'LATER_YEAR'
  | 'LOCK_CAP'
  | 'ONE_YEAR_SHARE'
  | 'SECTOR_BAND';

/** The bands and caps an adjustment knowingly breaks, and why. */
export type ConstraintOverride = {
  /** Constraint ids as the gauges name them: SECTOR:SCHOOL, LOCK:2:2027, COORDINATOR. */
  constraintIds: Array<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
};

/** The bands and caps an adjustment knowingly breaks (as the gauges name them), and why. */
export type ConstraintOverrideInput = {
  /** Constraint ids: SECTOR:SCHOOL, LOCK:2:2027, COORDINATOR. Never the frame. */
  constraintIds: Array<Scalars['String']['input']>;
  /** Why the office breaks them (at least 5 characters; goes into the decision). */
  reason: Scalars['String']['input'];
};

/** Contact person: personal data, for the office and the partnership. */
export type Contact = {
  email?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

/** A person the office contacts about a partnership. */
export type ContactPerson = {
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  /** Whom they speak for. */
  role: Scalars['String']['output'];
};

export type ContactPersonInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: Scalars['String']['input'];
  /** Whom they speak for, e.g. "Senja kommune". */
  role?: Scalars['String']['input'];
};

export type Continuation = {
  continuesEarlierWork: Scalars['Boolean']['output'];
};

export type ContinuationInput = {
  continuesEarlierWork: Scalars['Boolean']['input'];
};

export type CoordinatorRequest = {
  conditionIds: Array<Scalars['String']['output']>;
  justification: Scalars['String']['output'];
  otherComplexityFactors: Scalars['String']['output'];
  requested: Scalars['Boolean']['output'];
};

export type CoordinatorRequestInput = {
  /** Ids of the plan’s coordinator conditions the partnership meets. */
  conditionIds?: Array<Scalars['String']['input']>;
  justification?: Scalars['String']['input'];
  otherComplexityFactors?: Scalars['String']['input'];
  requested: Scalars['Boolean']['input'];
};

/** A cost line of the simple accounts (the nb labels come with `costLineLabels`). */
export type CostLine =
  /** Koordinator (only where coordinator funds were granted). */
  | 'COORDINATOR'
  /** Kurs, undervisning og veiledning. */
  | 'COURSES_AND_TEACHING'
  /** Materiell og lisenser. */
  | 'MATERIALS'
  /** Andre kostnader. */
  | 'OTHER'
  /** Frikjøp og vikarutgifter (released time, substitutes). */
  | 'RELEASED_TIME'
  /** Reise og opphold. */
  | 'TRAVEL';

/** A cost line of the accounts with its labels. */
export type CostLineLabel = {
  costLine: CostLine;
  label: LocalizedText;
};

/** A county governor’s office (Statsforvalteren): one tenant of the platform. */
export type County = {
  /** Stable short code, for example "troms". */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CreateEarlierCommitmentInput = {
  /** Owner + institution; checked when given. */
  amount?: InputMaybe<Scalars['Int']['input']>;
  /** The part for a coordinator (default 0). */
  coordinator?: InputMaybe<Scalars['Int']['input']>;
  /** The whole grant’s duration in years. */
  durationYears: Scalars['Int']['input'];
  /** The year the grant was decided. */
  grantedYear: Scalars['Int']['input'];
  /** The institution’s part, whole kroner. */
  institution: Scalars['Int']['input'];
  /** The owners’ part, whole kroner. */
  owner: Scalars['Int']['input'];
  partnershipId: Scalars['ID']['input'];
  sector: Sector;
  /** Stable id of the development work (a continuation names it); one is made from the partnership, year and sector when left out. */
  workId?: InputMaybe<Scalars['String']['input']>;
  /** The year this amount falls in. */
  year: Scalars['Int']['input'];
};

export type CreateIndicatorFigureInput = {
  /** The plan’s indicator id (a statistic or distance), e.g. "ito-pupils". */
  indicatorId: Scalars['String']['input'];
  /** Kommunenummer; give either this or ownerId. */
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  /** An owner the figure describes by itself. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The sector the figure describes; left out for the place as a whole. */
  sector?: InputMaybe<Sector>;
  /** Where the figure comes from, e.g. "GSI 2026". */
  source: Scalars['String']['input'];
  /** The raw figure (≥ 0). */
  value: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};

export type CreateInstitutionInput = {
  kind: InstitutionKind;
  name: Scalars['String']['input'];
  orgnr: Scalars['String']['input'];
};

export type CreateOwnerInput = {
  /** Kommunenummer; required for a PUBLIC owner (a municipality). */
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Organisasjonsnummer: nine digits with a valid mod-11 check digit. */
  orgnr: Scalars['String']['input'];
  ownership: Ownership;
  /** Years the owner took part in the scheme or the schemes it replaced. */
  participationYears?: Array<Scalars['Int']['input']>;
};

export type CreatePartnershipInput = {
  contactPersons?: Array<ContactPersonInput>;
  /** The competence partner. */
  institutionId: Scalars['ID']['input'];
  /** An owner applying on behalf of the others, where the plan allows it. */
  leadOwnerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Other services taking part (PPT, health centre, child welfare, BUP, …). */
  otherServices?: Array<Scalars['String']['input']>;
  /** The kindergarten and school owners. */
  ownerIds: Array<Scalars['ID']['input']>;
  /** The owners’ units (kindergartens, schools) taking part in this partnership: its complexity counts these, not all the owners’ units. */
  unitIds?: Array<Scalars['ID']['input']>;
};

export type CreateRoundInput = {
  /** The year’s funds (ramme), whole kroner. */
  frame: Scalars['Int']['input'];
  /** The stored plan version; default: the one in force on 1 January of the year. */
  planVersionId?: InputMaybe<Scalars['ID']['input']>;
  /** The grant year. */
  year: Scalars['Int']['input'];
};

export type CreateUnitInput = {
  kind: UnitKind;
  name: Scalars['String']['input'];
  ownerId: Scalars['ID']['input'];
  /** NSR (schools) or NBR (kindergartens) id: the unit’s organisation number. */
  registerId?: InputMaybe<Scalars['String']['input']>;
};

/** How requests are cut when funds are short. */
export type CutRule =
  | 'CONSTRAINED_EQUAL_AWARDS'
  | 'CONSTRAINED_EQUAL_LOSSES'
  | 'PROPORTIONAL';

export type DecideRoundInput = {
  override?: InputMaybe<PhaseOverrideInput>;
  /** The proposal whose forum outcome is recorded. */
  proposalId: Scalars['ID']['input'];
};

/** The formal decision (vedtak) on a needs statement. */
export type Decision = {
  /** The decision’s annual reports, by year. */
  annualReports: Array<AnnualReport>;
  clauses: Array<Scalars['String']['output']>;
  /** Complaints against the decision, oldest first. */
  complaints: Array<Complaint>;
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt: Scalars['DateTimeISO']['output'];
  decidedBy: Scalars['String']['output'];
  /** Granted per year; later years subject to appropriation. */
  grantedPerYear: Array<YearGrant>;
  grantedThisYear: Scalars['Int']['output'];
  /** Granted over all years of the duration. */
  grantedTotal: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The reasons (begrunnelse): the engine’s explanation and the plan’s clauses, editable by the office. */
  justification: Scalars['String']['output'];
  /** The decision letter as sent (frozen); null until it is sent. */
  letter?: Maybe<DecisionLetter>;
  /** Every letter sent of the decision, oldest first: the decision letter, and a letter for each version made after a complaint (kind COMPLAINT_DECISION). */
  letters: Array<DecisionLetter>;
  needsStatement: NeedsStatement;
  /** The notices about this decision, one per recipient, with their delivery. */
  notices: Array<NoticeDelivery>;
  partnership: Partnership;
  /** The payment plan, with each payment’s status today. */
  payments: Array<PaymentRow>;
  repaymentClaims: Array<RepaymentClaim>;
  requestedThisYear: Scalars['Int']['output'];
  round: Round;
  splitAnswers: Array<SplitAnswer>;
  status: DecisionStatus;
  /** Optimistic-lock version: send it back when you edit. */
  version: Scalars['Int']['output'];
  /** Earlier and current versions (empty while the decision was never changed). */
  versions: Array<DecisionVersion>;
};

/** A page of Decision items (Relay). */
export type DecisionConnection = {
  edges: Array<DecisionEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type DecisionEdge = {
  cursor: Scalars['String']['output'];
  node: Decision;
};

export type DecisionFilter = {
  /** The statements’ sectors. */
  sector?: InputMaybe<Array<Sector>>;
  status?: InputMaybe<Array<DecisionStatus>>;
};

/** A letter as it was sent: frozen, with its hash. */
export type DecisionLetter = {
  createdAt: Scalars['DateTimeISO']['output'];
  frozenAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: LetterKind;
  /** SHA-256 of the PDF, hex. */
  sha256: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Where the PDF is served (GET, with the same bearer token as GraphQL). */
  url: Scalars['String']['output'];
};

export type DecisionStatus =
  | 'GRANTED'
  | 'REDUCED'
  | 'REJECTED';

/** What the decisions of one status grant, in whole kroner. */
export type DecisionStatusTotal = {
  decisions: Scalars['Int']['output'];
  grantedThisYear: Scalars['Int']['output'];
  /** Over all years of the grants’ durations. */
  grantedTotal: Scalars['Int']['output'];
  requestedThisYear: Scalars['Int']['output'];
  status: DecisionStatus;
};

/** The sums of a round’s decisions (those the filter selects). */
export type DecisionTotals = {
  /** Per status, in the order GRANTED, REDUCED, REJECTED. */
  byStatus: Array<DecisionStatusTotal>;
  decisions: Scalars['Int']['output'];
  /** Bound for later years: grantedTotal less grantedThisYear. */
  grantedLaterYears: Scalars['Int']['output'];
  grantedThisYear: Scalars['Int']['output'];
  /** Over all years of the grants’ durations. */
  grantedTotal: Scalars['Int']['output'];
  requestedThisYear: Scalars['Int']['output'];
};

/** A version of a decision: the first, or one made after a complaint. */
export type DecisionVersion = {
  /** Why this version was made (after a complaint). */
  changeReason?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt: Scalars['DateTimeISO']['output'];
  decidedBy: Scalars['String']['output'];
  grantedPerYear: Array<YearGrant>;
  grantedThisYear: Scalars['Int']['output'];
  grantedTotal: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  justification: Scalars['String']['output'];
  status: DecisionStatus;
  /** 1 for the decision as first made. */
  versionNo: Scalars['Int']['output'];
};

/** A development session: a token signed with the local dev key. */
export type DevSession = {
  /** Send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
  user: Viewer;
};

/** A partnership a developer can sign in as. */
export type DevSignInPartnership = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Discards a draft the partnership no longer wants (it is deleted). */
export type DiscardNeedsStatementDraftInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** CALENDAR: the plan’s “report-deadline” milestone; DEFAULT: the plan names none, so 1 June after the grant year (an assumption of this system). */
export type DueDateSource =
  | 'CALENDAR'
  | 'DEFAULT';

/** Every code an error’s `extensions.code` may carry. */
export type ErrorCode =
  /** An argument is malformed: `extensions.field` names it. */
  | 'BAD_USER_INPUT'
  /** The server is busy; try again shortly. */
  | 'BUSY'
  /** Someone else changed it first (a stale version) or it clashes with stored data. */
  | 'CONFLICT'
  /** The database cannot be reached just now; try again. */
  | 'DATABASE_UNAVAILABLE'
  /** The deadline for this has passed. */
  | 'DEADLINE_PASSED'
  /** The caller’s role or county may not do this. */
  | 'FORBIDDEN'
  /** A year’s grants would pass the year’s frame. */
  | 'FRAME_EXCEEDED'
  /** The thing asked for does not exist, or the caller may not see it. */
  | 'NOT_FOUND'
  /** The change breaks a band or cap of the plan and needs an override with a reason. */
  | 'OVERRIDE_REQUIRED'
  /** The operation is too deep, has too many aliases or costs too much. */
  | 'QUERY_TOO_COMPLEX'
  /** Too many requests from this caller; wait and try again. */
  | 'RATE_LIMITED'
  /** A year of a needs statement asks for more than the plan’s ceiling (the round’s frame): `extensions.field` names the year, `extensions.problems` lists every problem. */
  | 'REQUEST_ABOVE_CEILING'
  /** The round already has a scenario run queued or running. */
  | 'SCENARIO_RUN_IN_PROGRESS'
  /** The allocation engine could not compute the scenario. */
  | 'SOLVER_FAILED'
  /** The allocation engine ran past its time limit. */
  | 'SOLVER_TIMEOUT'
  /** The request took longer than the server allows. */
  | 'TIMEOUT'
  /** No valid sign-in (HTTP 401 for a bad token). */
  | 'UNAUTHENTICATED'
  /** The plan’s rules find problems: `extensions.problems` lists them. */
  | 'VALIDATION_FAILED'
  /** The round’s phase does not allow this now. */
  | 'WRONG_PHASE';

/** The office extends (or resets) a round’s deadline for needs statements: an override of the plan calendar’s date for this round only. */
export type ExtendSubmissionDeadlineInput = {
  /** The new last day (ISO date, YYYY-MM-DD, Norway’s time), after the plan calendar’s deadline; null: back to the calendar’s date. */
  deadline?: InputMaybe<Scalars['String']['input']>;
  /** The round’s version you saw (optional). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why the deadline is extended (kept in the audit log). */
  reason: Scalars['String']['input'];
  roundId: Scalars['ID']['input'];
};

/** A complaint the partnership files itself, against its own decision. */
export type FileComplaintInput = {
  /** Who complains (the party or its representative). */
  complainant: Scalars['String']['input'];
  decisionId: Scalars['ID']['input'];
  /** The grounds (klagegrunner). */
  grounds: Scalars['String']['input'];
};

/** A file to download. */
export type FileDownload = {
  /** The file’s bytes, base64. */
  contentBase64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

/** Where an owed report stands: MISSING (none yet) or the submitted report’s status. */
export type FollowUpState =
  | 'ACCEPTED'
  | 'MISSING'
  | 'RETURNED'
  | 'SUBMITTED';

export type ForumOutcome =
  | 'CONSENSUS'
  | 'VOTE';

export type ForwardComplaintInput = {
  complaintId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** For a late complaint: why it is considered (fvl. § 31). */
  lateReason?: InputMaybe<Scalars['String']['input']>;
  /** The office’s assessment: why the decision stands. */
  reasons: Scalars['String']['input'];
};

/** A year past its frame: never allowed to stand. */
export type FrameExcess = {
  /** A later year, whose frame is assumed. */
  assumed: Scalars['Boolean']['output'];
  committed: Scalars['Int']['output'];
  excess: Scalars['Int']['output'];
  /** The frame (later years: assumed equal to this year’s). */
  frame: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Partnerships of public owners, private owners, or both (equal treatment). */
export type FundingGroup =
  | 'MIXED'
  | 'PRIVATE'
  | 'PUBLIC';

export type Goal = {
  id: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** How far a goal was reached: nådd, delvis nådd, ikke nådd, for tidlig å si. */
export type GoalAchievement =
  | 'ACHIEVED'
  | 'NOT_ACHIEVED'
  | 'PARTLY_ACHIEVED'
  | 'TOO_EARLY';

export type GoalInput = {
  /** Your id of the goal (measures refer to it). */
  id: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type Goals = {
  longTerm: Array<Goal>;
  subGoals: Array<Goal>;
};

export type GoalsInput = {
  longTerm?: Array<GoalInput>;
  subGoals?: Array<GoalInput>;
};

/** How lines are grouped: by sector; by the municipality of the partnership’s owners (one, several, none known); by the partnership’s set of owners. A grant is never split between groups. */
export type GroupKind =
  | 'MUNICIPALITY'
  | 'NO_MUNICIPALITY'
  | 'OWNERS'
  | 'SECTOR'
  | 'SEVERAL_MUNICIPALITIES';

/** One group of a scenario’s lines, totalled in whole kroner. */
export type GroupTotal = {
  /** Granted this year, advisers’ adjustments included. */
  grantedThisYear: Scalars['Int']['output'];
  /** The sector, the kommunenummer, SEVERAL, NONE, or the owners’ ids joined by +. */
  key: Scalars['String']['output'];
  kind: GroupKind;
  /** The municipalities of the group’s owners. */
  municipalities: Array<Municipality>;
  /** The one municipality (MUNICIPALITY). */
  municipality?: Maybe<Municipality>;
  /** The partnership’s owners (OWNERS). */
  owners: Array<Owner>;
  requestedThisYear: Scalars['Int']['output'];
  sector?: Maybe<Sector>;
  statements: Scalars['Int']['output'];
};

/** Liveness of the API process. */
export type Health = {
  status: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** What an import does to one kind of row. */
export type ImportCount = {
  created: Scalars['Int']['output'];
  entity: ImportEntity;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type ImportEntity =
  | 'COMMITMENT'
  | 'INDICATOR_FIGURE'
  | 'NEEDS_STATEMENT'
  | 'OWNER'
  | 'UNIT';

/** A file the office uploads: xlsx or CSV, its bytes as base64. */
export type ImportFileInput = {
  /** The file’s bytes, base64 (at most 4 MB). */
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
};

/** What an import would do, and every problem it has by row and column. Nothing is written. */
export type ImportPreview = {
  /** No problems: the import may be confirmed. */
  canConfirm: Scalars['Boolean']['output'];
  /** Confirm with this: it names exactly the changes shown. */
  fingerprint: Scalars['String']['output'];
  problems: Array<ImportProblemType>;
  /** Data rows (or files) read. */
  rows: Scalars['Int']['output'];
  /** Template imports: the statements. */
  statements: Array<ImportedStatement>;
  summary: Array<ImportCount>;
};

/** A problem of an imported file where a person finds it. */
export type ImportProblemType = {
  /** Stable code, e.g. REG_ORGNR_INVALID or IMPORT_VALUE_UNREADABLE. */
  code: Scalars['String']['output'];
  /** The column as its header reads; null for the whole row. */
  column?: Maybe<Scalars['String']['output']>;
  /** The file (imports of several files). */
  file?: Maybe<Scalars['String']['output']>;
  message: LocalizedText;
  /** The spreadsheet row (1 is the header); null for the whole file. */
  row?: Maybe<Scalars['Int']['output']>;
};

/** What a confirmed import wrote, all of it in one transaction. */
export type ImportResult = {
  /** Ids of the rows created or changed. */
  ids: Array<Scalars['ID']['output']>;
  summary: Array<ImportCount>;
};

/** A needs statement a filled template would submit. */
export type ImportedStatement = {
  fileName: Scalars['String']['output'];
  partnershipName?: Maybe<Scalars['String']['output']>;
  /** Requested over all years, whole kroner. */
  requestedTotal: Scalars['Int']['output'];
  sector?: Maybe<Sector>;
  title: Scalars['String']['output'];
};

export type IndicatorWeightInput = {
  /** The plan’s indicator id. */
  indicatorId: Scalars['String']['input'];
  weight: Scalars['Float']['input'];
};

/** The competence partner: a university or university college (UH), a vocational college or another competence environment. */
export type Institution = {
  /** When the office archived the institution (kept for history). */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: InstitutionKind;
  name: Scalars['String']['output'];
  orgnr: Scalars['String']['output'];
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
};

/** A page of Institution items (Relay). */
export type InstitutionConnection = {
  edges: Array<InstitutionEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type InstitutionEdge = {
  cursor: Scalars['String']['output'];
  node: Institution;
};

/** A university or college with grants in several partnerships. */
export type InstitutionInSeveralPartnerships = {
  grantedThisYear: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  orgnr: Scalars['String']['output'];
  partnershipIds: Array<Scalars['ID']['output']>;
};

export type InstitutionKind =
  | 'OTHER_COMPETENCE_ENVIRONMENT'
  | 'UNIVERSITY'
  | 'UNIVERSITY_COLLEGE'
  | 'VOCATIONAL_COLLEGE';

/** One year of the institutions’ (universities’ and colleges’) share in the county: granted against the total, and as reported spent. */
export type InstitutionShareYear = {
  /** The granted share is below the plan’s floor, where it sets one. */
  belowFloor: Scalars['Boolean']['output'];
  /** The granted share fell from the previous year. */
  falling: Scalars['Boolean']['output'];
  grantedInstitution: Scalars['Int']['output'];
  /** The institutions’ share of the grants, percent (two decimals). */
  grantedInstitutionPercent: Scalars['Float']['output'];
  /** Granted to owners and institutions. */
  grantedTotal: Scalars['Int']['output'];
  /** Grants for the year. */
  grants: Scalars['Int']['output'];
  /** Granted to the decisions with a report in for the year. */
  reportedGranted: Scalars['Int']['output'];
  /** The institutions’ share of reported spending, percent (null without reports). */
  reportedInstitutionPercent?: Maybe<Scalars['Float']['output']>;
  reportedSpentInstitution: Scalars['Int']['output'];
  reportedSpentTotal: Scalars['Int']['output'];
  /** Reports in (submitted or accepted). */
  reports: Scalars['Int']['output'];
  warnings: Array<LocalizedText>;
  year: Scalars['Int']['output'];
};

/** One of the plan’s indicators that the knowledge base holds figures for. */
export type KnowledgeBaseIndicator = {
  id: Scalars['String']['output'];
  /** STATISTIC or DISTANCE. */
  kind: Scalars['String']['output'];
  label: LocalizedText;
};

/** A band or limit in whole kroner. */
export type KronerBand = {
  lower: Scalars['Int']['output'];
  upper: Scalars['Int']['output'];
};

export type LeftoverReason = {
  code: Scalars['String']['output'];
  message: LocalizedText;
};

/** Funds left over, and why. */
export type LeftoverReport = {
  amount: Scalars['Int']['output'];
  reasons: Array<LeftoverReason>;
};

export type LetterBlock = {
  id: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type LetterBlockInput = {
  id: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type LetterKind =
  | 'COMPLAINT_DECISION'
  | 'DECISION'
  | 'REPAYMENT_CLAIM';

export type LetterPlaceholderInfo = {
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** A decision letter as it would be sent now (not frozen). */
export type LetterPreview = {
  /** ISO date: three weeks after the letter’s date. */
  complaintDeadline: Scalars['String']['output'];
  /** The letter’s date, in words. */
  date: Scalars['String']['output'];
  decisionId: Scalars['ID']['output'];
  /** The draft PDF (marked UTKAST), fetched with the bearer token. */
  pdfUrl: Scalars['String']['output'];
  recipient: Array<Scalars['String']['output']>;
  reportDeadline?: Maybe<Scalars['String']['output']>;
  sections: Array<LetterSectionType>;
  title: Scalars['String']['output'];
};

/** One section of a letter: a heading, paragraphs, a list, a table. */
export type LetterSectionType = {
  heading?: Maybe<Scalars['String']['output']>;
  list: Array<Scalars['String']['output']>;
  paragraphs: Array<Scalars['String']['output']>;
  table?: Maybe<LetterTableType>;
};

/** A table in a letter (the grant per year and party). */
export type LetterTableType = {
  columns: Array<Scalars['String']['output']>;
  rows: Array<Array<Scalars['String']['output']>>;
};

/** A template the office is editing, not saved: for a preview. */
export type LetterTemplateDraftInput = {
  blocks: Array<LetterBlockInput>;
  contact: OfficeContactInput;
};

/** The county’s decision letter template. */
export type LetterTemplateType = {
  blocks: Array<LetterBlock>;
  contact: OfficeContactType;
  /** True while the county uses the default template. */
  isDefault: Scalars['Boolean']['output'];
  placeholders: Array<LetterPlaceholderInfo>;
  /** Send it back when you edit (0: the default). */
  version: Scalars['Int']['output'];
};

/** A text in Norwegian bokmål (nb) and English (en). */
export type LocalizedText = {
  en: Scalars['String']['output'];
  nb: Scalars['String']['output'];
};

/** What the ranked method does when the priority class at the budget line does not fit: CUT_RULE shares the shortfall by the cut rule; INDICATORS funds the class in the order of its sector’s discretionary indicators, seen together (the plan: on oversubscription). */
export type MarginalTier =
  | 'CUT_RULE'
  | 'INDICATORS';

export type MarkPaymentPaidInput = {
  expectedVersion: Scalars['Int']['input'];
  /** ISO date paid (default today). */
  paidOn?: InputMaybe<Scalars['String']['input']>;
  paymentId: Scalars['ID']['input'];
};

export type Measure = {
  description: Scalars['String']['output'];
  goalIds: Array<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  kind: MeasureKind;
};

export type MeasureInput = {
  description: Scalars['String']['input'];
  goalIds?: Array<Scalars['String']['input']>;
  id: Scalars['String']['input'];
  kind: MeasureKind;
};

/** Analyse/assess, plan, or carry out. */
export type MeasureKind =
  | 'ANALYSE'
  | 'CARRY_OUT'
  | 'PLAN';

/** How the scenario’s method ran: what was asked, what came back, how long. */
export type MethodInfo = {
  cutRule: CutRule;
  /** Wall-clock milliseconds the run took in the solver thread. */
  durationMs: Scalars['Int']['output'];
  explanation: LocalizedText;
  /** The proven relative gap (OPTIMAL only). */
  gap?: Maybe<Scalars['Float']['output']>;
  /** The method asked for. */
  method: AllocationMethod;
  /** Σ (1 + score) × granted − penalty × unmet lower bands. */
  objective: Scalars['Float']['output'];
  /** The ranked solution’s objective, for comparison. */
  rankedObjective: Scalars['Float']['output'];
  solver?: Maybe<SolverInfo>;
  source: MethodSource;
  /** The solver’s status (OPTIMAL only). */
  status?: Maybe<Scalars['String']['output']>;
  timeLimitReached: Scalars['Boolean']['output'];
  /** The solver’s time limit, seconds. */
  timeLimitSeconds?: Maybe<Scalars['Float']['output']>;
};

/** Which solution was returned: the ranked one, the solver’s, or the ranked one because the solver found nothing better. */
export type MethodSource =
  | 'OPTIMAL'
  | 'RANKED'
  | 'RANKED_FALLBACK';

/** A milestone of the round’s calendar (årshjul), from the plan. */
export type Milestone = {
  /** Whether the round’s phase has completed this step whatever the dates say (the plan names the phase, e.g. the submission deadline once the round is closed). False: the dates decide. */
  doneByPhase: Scalars['Boolean']['output'];
  /** ISO date (inclusive). */
  end: Scalars['String']['output'];
  id: Scalars['String']['output'];
  label: LocalizedText;
  /** ISO date. */
  start: Scalars['String']['output'];
};

/** A municipality (kommune) of the county. */
export type Municipality = {
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Kommunenummer, e.g. "5501". */
  number: Scalars['String']['output'];
};

export type Mutation = {
  /** Accepts a SUBMITTED report (final). Send the version you reviewed. */
  acceptAnnualReport: AnnualReport;
  /** Adjusts one line’s grant by hand, with a reason (optimistic locking). Never past a year’s frame (FRAME_EXCEEDED); breaking a sector band or lock cap needs `constraintOverride` with a reason (OVERRIDE_REQUIRED). */
  adjustScenarioLine: Scenario;
  /** The office records how the statement addresses Sámi perspectives (NONE, SOME, STRONG; NOT_ASSESSED takes it back), with a reason. Scenarios run after it order statements by it within a theme rank, after newcomers, and name it in the reasons. From the round’s opening until it is decided (a phase override with a reason otherwise); audited. */
  assessSamiPerspective: NeedsStatement;
  /** Finds the complaint justified: a new version of the decision (CHANGED). */
  changeDecisionOnComplaint: Complaint;
  /** OPEN → CLOSED: no more statements; scenarios may run. */
  closeRound: Round;
  /** Submits the previewed statements to the round: all of them, or none. */
  confirmNeedsStatementImport: ImportResult;
  /** Writes a previewed import, all of it or (VALIDATION_FAILED; CONFLICT reason IMPORT_CHANGED when the register changed) nothing. */
  confirmRegisterImport: ImportResult;
  /** Records a year of an earlier grant; a year with a round binds its frame (never past it, never once decided). */
  createEarlierCommitment: Commitment;
  /** Adds a figure to the knowledge base. */
  createIndicatorFigure: SectorIndicator;
  /** Registers a university, university college, vocational college or other. */
  createInstitution: Institution;
  /** Registers a kindergarten or school owner. */
  createOwner: Owner;
  /** Registers a partnership of owners and an institution, as the plan allows. */
  createPartnership: Partnership;
  /** Creates a round in DRAFT, with the plan’s calendar. */
  createRound: Round;
  /** Registers a kindergarten or school of an owner. */
  createUnit: Unit;
  /** Decides every statement of the round from the proposal’s scenario, all or nothing (round → DECIDED). */
  decideRound: Array<Decision>;
  deleteEarlierCommitment: Scalars['ID']['output'];
  deleteIndicatorFigure: Scalars['ID']['output'];
  deleteInstitution: Scalars['ID']['output'];
  /** Deletes an owner and its units when nothing refers to them; otherwise CONFLICT (reason IN_USE): archive it instead. */
  deleteOwner: Scalars['ID']['output'];
  /** Deletes a partnership with no statements, grants or reports; otherwise CONFLICT (reason IN_USE). */
  deletePartnership: Scalars['ID']['output'];
  deleteUnit: Scalars['ID']['output'];
  /** DEVELOPMENT ONLY: a token for a role and county, signed with the local dev key. Refused (FORBIDDEN) in production. */
  devSignIn: DevSession;
  /** Deletes a draft; returns its id. */
  discardNeedsStatementDraft: Scalars['ID']['output'];
  /** Extends the round’s deadline for needs statements beyond the plan calendar’s day (or, with a null deadline, returns to it); DRAFT or OPEN rounds, audited with the reason. VALIDATION_FAILED with problems for a date that is not later than the calendar’s. */
  extendSubmissionDeadline: Round;
  /** A partnership files a complaint against one of its own decisions (received today; the deadline checked, a late one registered as late). */
  fileComplaint: Complaint;
  /** Upholds the decision and forwards the complaint to the directorate (FORWARDED). */
  forwardComplaint: Complaint;
  /** Issues the repayment claim (with its letter) for funds an accepted report left unspent. */
  issueRepaymentClaim: RepaymentClaim;
  /** Marks a payment paid (refused while it is held). */
  markPaymentPaid: PaymentRow;
  /** DRAFT → OPEN: needs statements may be submitted. */
  openRound: Round;
  /** Plans the payments of the round’s granted decisions that have none yet (idempotent). Deciding a round plans its payments itself; this catches up decisions recorded without a plan. */
  planPayments: PaymentPlanResult;
  /** Reads filled templates and checks each statement exactly as the form is checked. Writes nothing. */
  previewNeedsStatementImport: ImportPreview;
  /** Reads a register extract, indicator table or table of earlier commitments (xlsx or CSV) and shows what it would change and every problem. Writes nothing. */
  previewRegisterImport: ImportPreview;
  /** Puts a scenario to the forum (round → PROPOSAL); supersedes an earlier proposal. CONFLICT (reason ALREADY_PROPOSED) when this scenario is already with the forum. */
  putScenarioToForum: Proposal;
  /** Records the forum’s outcome: consensus or a vote. */
  recordForumOutcome: Proposal;
  /** Records how a reduced grant is split between owners and institution for a year. */
  recordSplitAnswer: SplitAnswer;
  /** Registers a complaint against a decision, with its deadline check. */
  registerComplaint: Complaint;
  /** Rejects (avviser) the complaint: the conditions for hearing it are not met, e.g. filed too late (REJECTED). */
  rejectComplaint: Complaint;
  /** Returns a SUBMITTED report to the partnership with a comment; it may then be resubmitted. */
  returnAnnualReport: AnnualReport;
  /** Queues a run of the allocation engine over a closed round and answers with it at once (QUEUED). Poll `scenarioRun(id)`: it becomes RUNNING, then DONE with its `scenario`, or FAILED with the reason. */
  runScenario: ScenarioRun;
  /** Saves the partnership’s needs statement as a draft (DRAFT), new or again, until the round’s deadline: seen by the partnership alone, not by the office nor in the allocation. Only what storage needs is checked; the plan’s rules apply on submission. */
  saveNeedsStatementDraft: NeedsStatement;
  /** Freezes and sends the decision letters of a decided round (each decision once), with a notice by e-mail to the partnership’s contacts. */
  sendDecisionLetters: Array<Decision>;
  setInstitutionArchived: Institution;
  /** Archives an owner (kept for history) or restores it. */
  setOwnerArchived: Owner;
  setPartnershipArchived: Partnership;
  /** A new frame (ramme) for the round, until it is decided; runs already made keep theirs. */
  setRoundFrame: Round;
  setUnitArchived: Unit;
  /** DECIDED → REPORTING. */
  startReporting: Round;
  /** Submits the annual report and simple accounts for one grant year of a decision, or resubmits a RETURNED one (round DECIDED or REPORTING). The reporting rules check it against the needs statement (every goal and measure) and the grant (accounts add up, spent ≤ received = granted per party); every problem comes back at once (VALIDATION_FAILED with problems), and nothing is written. */
  submitAnnualReport: AnnualReport;
  /** Submits a needs statement to an open round. The plan’s rules check it; every problem comes back at once (VALIDATION_FAILED with problems). */
  submitNeedsStatement: NeedsStatement;
  /** Submits a draft with the content given: every rule of the plan applies (VALIDATION_FAILED with problems, nothing written); then it is SUBMITTED and the office sees it. */
  submitNeedsStatementDraft: NeedsStatement;
  /** Edits a decision’s reasons (optimistic locking). */
  updateDecision: Decision;
  updateEarlierCommitment: Commitment;
  updateIndicatorFigure: SectorIndicator;
  updateInstitution: Institution;
  /** Replaces the county’s letter template (checked: every block, placeholders, contact). */
  updateLetterTemplate: LetterTemplateType;
  /** Replaces a statement’s content while the round is open (optimistic locking). */
  updateNeedsStatement: NeedsStatement;
  updateOwner: Owner;
  updatePartnership: Partnership;
  updateUnit: Unit;
  withdrawNeedsStatement: NeedsStatement;
};


export type MutationAcceptAnnualReportArgs = {
  id: Scalars['ID']['input'];
  override?: InputMaybe<PhaseOverrideInput>;
  version: Scalars['Int']['input'];
};


export type MutationAdjustScenarioLineArgs = {
  input: AdjustScenarioLineInput;
};


export type MutationAssessSamiPerspectiveArgs = {
  input: AssessSamiPerspectiveInput;
};


export type MutationChangeDecisionOnComplaintArgs = {
  input: ChangeDecisionInput;
};


export type MutationCloseRoundArgs = {
  input: RoundTransitionInput;
};


export type MutationConfirmNeedsStatementImportArgs = {
  input: ConfirmNeedsStatementImportInput;
};


export type MutationConfirmRegisterImportArgs = {
  input: ConfirmRegisterImportInput;
};


export type MutationCreateEarlierCommitmentArgs = {
  input: CreateEarlierCommitmentInput;
};


export type MutationCreateIndicatorFigureArgs = {
  input: CreateIndicatorFigureInput;
};


export type MutationCreateInstitutionArgs = {
  input: CreateInstitutionInput;
};


export type MutationCreateOwnerArgs = {
  input: CreateOwnerInput;
};


export type MutationCreatePartnershipArgs = {
  input: CreatePartnershipInput;
};


export type MutationCreateRoundArgs = {
  input: CreateRoundInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationDecideRoundArgs = {
  input: DecideRoundInput;
};


export type MutationDeleteEarlierCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteIndicatorFigureArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOwnerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUnitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDevSignInArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
};


export type MutationDiscardNeedsStatementDraftArgs = {
  input: DiscardNeedsStatementDraftInput;
};


export type MutationExtendSubmissionDeadlineArgs = {
  input: ExtendSubmissionDeadlineInput;
};


export type MutationFileComplaintArgs = {
  input: FileComplaintInput;
};


export type MutationForwardComplaintArgs = {
  input: ForwardComplaintInput;
};


export type MutationIssueRepaymentClaimArgs = {
  annualReportId: Scalars['ID']['input'];
};


export type MutationMarkPaymentPaidArgs = {
  input: MarkPaymentPaidInput;
};


export type MutationOpenRoundArgs = {
  input: RoundTransitionInput;
};


export type MutationPlanPaymentsArgs = {
  roundId: Scalars['ID']['input'];
};


export type MutationPreviewNeedsStatementImportArgs = {
  input: PreviewNeedsStatementImportInput;
};


export type MutationPreviewRegisterImportArgs = {
  input: PreviewRegisterImportInput;
};


export type MutationPutScenarioToForumArgs = {
  input: PutScenarioToForumInput;
};


export type MutationRecordForumOutcomeArgs = {
  input: RecordForumOutcomeInput;
};


export type MutationRecordSplitAnswerArgs = {
  input: RecordSplitAnswerInput;
};


export type MutationRegisterComplaintArgs = {
  input: RegisterComplaintInput;
};


export type MutationRejectComplaintArgs = {
  input: RejectComplaintInput;
};


export type MutationReturnAnnualReportArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  override?: InputMaybe<PhaseOverrideInput>;
  version: Scalars['Int']['input'];
};


export type MutationRunScenarioArgs = {
  input: RunScenarioInput;
};


export type MutationSaveNeedsStatementDraftArgs = {
  input: SaveNeedsStatementDraftInput;
};


export type MutationSendDecisionLettersArgs = {
  input: SendDecisionLettersInput;
};


export type MutationSetInstitutionArchivedArgs = {
  input: SetArchivedInput;
};


export type MutationSetOwnerArchivedArgs = {
  input: SetArchivedInput;
};


export type MutationSetPartnershipArchivedArgs = {
  input: SetArchivedInput;
};


export type MutationSetRoundFrameArgs = {
  input: SetRoundFrameInput;
};


export type MutationSetUnitArchivedArgs = {
  input: SetArchivedInput;
};


export type MutationStartReportingArgs = {
  input: RoundTransitionInput;
};


export type MutationSubmitAnnualReportArgs = {
  input: SubmitAnnualReportInput;
};


export type MutationSubmitNeedsStatementArgs = {
  input: SubmitNeedsStatementInput;
};


export type MutationSubmitNeedsStatementDraftArgs = {
  input: UpdateNeedsStatementInput;
};


export type MutationUpdateDecisionArgs = {
  input: UpdateDecisionInput;
};


export type MutationUpdateEarlierCommitmentArgs = {
  input: UpdateEarlierCommitmentInput;
};


export type MutationUpdateIndicatorFigureArgs = {
  input: UpdateIndicatorFigureInput;
};


export type MutationUpdateInstitutionArgs = {
  input: UpdateInstitutionInput;
};


export type MutationUpdateLetterTemplateArgs = {
  input: UpdateLetterTemplateInput;
};


export type MutationUpdateNeedsStatementArgs = {
  input: UpdateNeedsStatementInput;
};


export type MutationUpdateOwnerArgs = {
  input: UpdateOwnerInput;
};


export type MutationUpdatePartnershipArgs = {
  input: UpdatePartnershipInput;
};


export type MutationUpdateUnitArgs = {
  input: UpdateUnitInput;
};


export type MutationWithdrawNeedsStatementArgs = {
  input: WithdrawNeedsStatementInput;
};

/** A county: its code and the office’s name. */
export type NationalCounty = {
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** What the national statistics can be grouped by, in any combination. */
export type NationalDimension =
  /** The county (the Statsforvalteren office, one tenant). */
  | 'COUNTY'
  /** The needs statement’s duration in years. */
  | 'DURATION'
  /** The institution (by organisation number, across counties). */
  | 'INSTITUTION'
  /** The partnership’s owners: all public, all private, or mixed. */
  | 'OWNERSHIP'
  /** Kindergarten, school or the team around the child. */
  | 'SECTOR'
  /** The county plan’s theme (themes are per plan). */
  | 'THEME'
  /** The budget year: a round’s year for its statements and new grants, the year an amount falls in for commitments, the grant year reported on for reports. */
  | 'YEAR';

/** Aggregates of one group (or of everything): whole kroner and counts, no personal data and no free text. Shares are derived from the counts. */
export type NationalFigures = {
  /** Commitments (låste midler): amounts of earlier rounds’ multi-year grants falling in the year. */
  committed: Scalars['Kroner']['output'];
  /** Coordinator funds among the grants falling in the year (new and committed). */
  coordinatorGranted: Scalars['Kroner']['output'];
  /** Decisions made in the year’s rounds (grants and refusals). */
  decisions: Scalars['Int']['output'];
  /** The rounds’ frames (ramme), earlier commitments included. Only when grouped by nothing but COUNTY and/or YEAR (a frame is not split by sector, theme or partnership); null otherwise. The totals always carry it. */
  frame?: Maybe<Scalars['Kroner']['output']>;
  /** Owners in the year’s grants (an owner counts once per granted statement it takes part in). */
  fundedOwners: Scalars['Int']['output'];
  /** Granted by the year’s decisions for the year itself (new grants). */
  granted: Scalars['Kroner']['output'];
  /** Bound by the year’s decisions for later years (multi-year grants), subject to appropriation. */
  grantedLaterYears: Scalars['Kroner']['output'];
  /** New grants to partnerships with at least one newcomer owner. */
  grantedToNewcomers: Scalars['Kroner']['output'];
  /** Decisions granting more than 0 kroner. */
  grants: Scalars['Int']['output'];
  /** Of those, newcomers: owners that never took part before the round’s year, or not in as many years as the county plan counts as a long while. */
  newcomerOwners: Scalars['Int']['output'];
  /** newcomerOwners / fundedOwners; null without grants. */
  newcomerShare?: Maybe<Scalars['Float']['output']>;
  /** reportsSubmitted / reportsExpected; null when none are expected. */
  reportCompleteness?: Maybe<Scalars['Float']['output']>;
  /** Spent on coordinators, as reported (part of the parties’ spending). */
  reportedCoordinatorSpent: Scalars['Kroner']['output'];
  /** Received by the institutions, as reported. */
  reportedReceivedInstitution: Scalars['Kroner']['output'];
  /** Received by the owners, as reported. */
  reportedReceivedOwner: Scalars['Kroner']['output'];
  /** Spent by the institutions, as reported (accounts). */
  reportedSpentInstitution: Scalars['Kroner']['output'];
  /** Spent by the owners, as reported (accounts). */
  reportedSpentOwner: Scalars['Kroner']['output'];
  /** Reports the office has accepted. */
  reportsAccepted: Scalars['Int']['output'];
  /** Annual reports expected: grant years (a decision’s amount falling in a year) that have begun (in Norway’s time), as the offices’ report follow-up counts them. */
  reportsExpected: Scalars['Int']['output'];
  /** Reports sent back to the partnership, not yet resubmitted. */
  reportsReturned: Scalars['Int']['output'];
  /** Reports in: submitted or accepted (returned ones are being redone). */
  reportsSubmitted: Scalars['Int']['output'];
  /** What those statements ask for their round’s year. */
  requested: Scalars['Kroner']['output'];
  /** samiStatements / statements; null without statements. */
  samiShare?: Maybe<Scalars['Float']['output']>;
  /** Submitted statements that address Sámi perspectives (the part is filled in, not blank). */
  samiStatements: Scalars['Int']['output'];
  /** Submitted needs statements in the year’s rounds. */
  statements: Scalars['Int']['output'];
};

/** One group: the values of the dimensions grouped by (the others are null), and its figures. */
export type NationalGroup = {
  county?: Maybe<NationalCounty>;
  durationYears?: Maybe<Scalars['Int']['output']>;
  figures: NationalFigures;
  institution?: Maybe<NationalInstitution>;
  ownership?: Maybe<OwnershipGroup>;
  sector?: Maybe<Sector>;
  theme?: Maybe<NationalTheme>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** An institution (an organisation, never a person), by organisation number. */
export type NationalInstitution = {
  kind: InstitutionKind;
  /** The organisation’s name. */
  name: Scalars['String']['output'];
  /** Organisasjonsnummer (9 digits). */
  orgnr: Scalars['String']['output'];
};

/** Udir’s national statistics: groups in the order of their dimensions, and totals that are the same whichever way the figures are grouped. */
export type NationalStatistics = {
  /** The county codes asked for; empty: every county. */
  counties: Array<Scalars['String']['output']>;
  /** The dimensions grouped by, in order. */
  groupBy: Array<NationalDimension>;
  groups: Array<NationalGroup>;
  totals: NationalFigures;
  /** The years asked for; empty: every year. */
  years: Array<Scalars['Int']['output']>;
};

/** A theme of a county plan, by its id. */
export type NationalTheme = {
  id: Scalars['String']['output'];
  /** The plan’s title in English. */
  titleEn?: Maybe<Scalars['String']['output']>;
  /** The plan’s title in Norwegian bokmål. */
  titleNb?: Maybe<Scalars['String']['output']>;
};

/** A partnership’s needs statement (behovsmelding) for a round. */
export type NeedsStatement = {
  /** The requested grant per year and party. */
  budget: Array<BudgetYear>;
  collectiveLearning: Scalars['String']['output'];
  /** Personal data: the office and the partnership only. */
  contact: Contact;
  continuation?: Maybe<Continuation>;
  coordinator?: Maybe<CoordinatorRequest>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The decision, once made. */
  decision?: Maybe<Decision>;
  durationYears?: Maybe<Scalars['Int']['output']>;
  goals: Goals;
  /** What happened to the statement, newest first: submitted, changed, withdrawn, adjusted in a scenario, decided. */
  history: Array<StatementHistoryEntry>;
  id: Scalars['ID']['output'];
  localNeeds: Scalars['String']['output'];
  measures: Array<Measure>;
  /** Whether an owner of the partnership is a newcomer in the round’s year by the county plan’s rule: it never took part, or not in as many years as the plan counts as a long while (plan rule 4). From the same funding history as `problems`; batched per round. */
  newcomer: Scalars['Boolean']['output'];
  /** Aids to the office’s assessment of the statement as stored (never refusals): e.g. a coordinator asked for by a partnership below the complexity aid (an assumption), counted over the units taking part in this partnership. Batched per round. */
  notices: Array<StatementNotice>;
  ownContribution: OwnContribution;
  participants?: Maybe<Participants>;
  partnership: Partnership;
  /** What the plan’s rules find wrong with the statement as stored, checked now (rules, earlier grants): empty when none. Batched per round. */
  problems: Array<ValidationProblem>;
  /** Requested for the round’s year, in kroner (all parties). */
  requestedThisYear: Scalars['Int']['output'];
  /** Requested over the whole duration, in kroner (a bigint: years cannot overflow it). */
  requestedTotal: Scalars['Kroner']['output'];
  round: Round;
  /** The office’s assessment of the statement’s Sámi perspectives; null until the office has made one. Batched. */
  samiAssessment?: Maybe<SamiAssessment>;
  samiPerspectives: Scalars['String']['output'];
  sector?: Maybe<Sector>;
  status: NeedsStatementStatus;
  submittedAt: Scalars['DateTimeISO']['output'];
  teacherEducationFeedback: Scalars['String']['output'];
  /** The plan theme’s id. */
  themeId?: Maybe<Scalars['String']['output']>;
  themeItemIds: Array<Scalars['String']['output']>;
  /** A short title of the development work. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
  withdrawReason?: Maybe<Scalars['String']['output']>;
  /** Stable id of the development work across rounds (4-year limit). */
  workId: Scalars['String']['output'];
};

/** A page of NeedsStatement items (Relay). */
export type NeedsStatementConnection = {
  edges: Array<NeedsStatementEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type NeedsStatementEdge = {
  cursor: Scalars['String']['output'];
  node: NeedsStatement;
};

export type NeedsStatementFilter = {
  /** true: only statements the plan’s rules find problems in (see NeedsStatement.problems); false: only those without. */
  hasProblems?: InputMaybe<Scalars['Boolean']['input']>;
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the title, the partnership’s or institution’s name, an owner’s name, or an owner’s municipality (name or number). */
  search?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Array<Sector>>;
  status?: InputMaybe<Array<NeedsStatementStatus>>;
  themeId?: InputMaybe<Scalars['String']['input']>;
};

/** What the needs-statement form checks against in the browser with the domain’s own rules (validateNeedsStatement), so the form and the API never disagree. */
export type NeedsStatementFormContext = {
  /** The last day (ISO date, Norway’s time) a partnership may submit, change or withdraw: the plan calendar’s submission deadline. */
  deadline?: Maybe<Scalars['String']['output']>;
  /** Earlier rounds’ grants of the work and the owners (FundingHistory). */
  history: Scalars['JSONObject']['output'];
  /** Whether the caller may submit now: the round is open for statements and, for a partnership, its deadline has not passed. */
  open: Scalars['Boolean']['output'];
  /** The partnership as the domain sees it (owners, institution, units). */
  partnership: Scalars['JSONObject']['output'];
  partnershipId: Scalars['ID']['output'];
  /** The round’s resolved plan (ResolvedPlan). */
  plan: Scalars['JSONObject']['output'];
  roundId: Scalars['ID']['output'];
  roundYear: Scalars['Int']['output'];
};

export type NeedsStatementOrder = {
  direction?: SortDirection;
  field: NeedsStatementSortField;
};

export type NeedsStatementSortField =
  | 'REQUESTED_THIS_YEAR'
  | 'SECTOR'
  | 'SUBMITTED_AT'
  | 'TITLE';

/** DRAFT (saved by the partnership, seen by it alone, not in the allocation), SUBMITTED, WITHDRAWN. */
export type NeedsStatementStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** How the decision was sent: DIGITAL reaches the party the same day; POST after the assumed postal days. */
export type NoticeChannel =
  | 'DIGITAL'
  | 'POST';

/** A notice to one recipient, and how its delivery went. */
export type NoticeDelivery = {
  /** Delivery attempts so far (more than 1: retried). */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: NoticeKind;
  lastError?: Maybe<Scalars['String']['output']>;
  /** The recipient’s e-mail address (personal data: the office only). */
  recipient: Scalars['String']['output'];
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: NoticeStatus;
  subject: Scalars['String']['output'];
};

export type NoticeKind =
  | 'DECISION'
  | 'OTHER'
  | 'REPORT_REMINDER'
  | 'REPORT_RETURNED'
  | 'STATEMENT_REMINDER';

export type NoticeStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

export type OfficeContactInput = {
  address: Scalars['String']['input'];
  appealBody: Scalars['String']['input'];
  email: Scalars['String']['input'];
  officeName: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  signatory: Scalars['String']['input'];
};

/** The office’s contact, as letters give it. */
export type OfficeContactType = {
  address: Scalars['String']['output'];
  /** The body that decides an upheld complaint (Utdanningsdirektoratet). */
  appealBody: Scalars['String']['output'];
  email: Scalars['String']['output'];
  officeName: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  signatory: Scalars['String']['output'];
};

/** The office’s own knowledge of one needs statement: a 0–1 score and why. */
export type OfficeKnowledgeInput = {
  needsStatementId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  score: Scalars['Float']['input'];
};

export type OwnContribution = {
  amount?: Maybe<Scalars['Int']['output']>;
  description: Scalars['String']['output'];
};

export type OwnContributionInput = {
  amount?: InputMaybe<Scalars['Int']['input']>;
  description: Scalars['String']['input'];
};

/** A kindergarten or school owner: a municipality or a private owner. */
export type Owner = {
  /** When the office archived the owner (kept for history, out of new partnerships). */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  municipality?: Maybe<Municipality>;
  name: Scalars['String']['output'];
  /** Organisasjonsnummer (9 digits). */
  orgnr: Scalars['String']['output'];
  ownership: Ownership;
  /** Years the owner took part in the scheme (or the schemes it replaced). */
  participationYears: Array<Scalars['Int']['output']>;
  /** Kindergartens and schools of the owner. */
  unitCount: Scalars['Int']['output'];
  units: Array<Unit>;
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
};

/** A page of Owner items (Relay). */
export type OwnerConnection = {
  edges: Array<OwnerEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type OwnerEdge = {
  cursor: Scalars['String']['output'];
  node: Owner;
};

/** Municipal (PUBLIC) or private. */
export type Ownership =
  | 'PRIVATE'
  | 'PUBLIC';

/** A partnership’s owners: all municipal (PUBLIC), all private, or both (MIXED). */
export type OwnershipGroup =
  | 'MIXED'
  | 'PRIVATE'
  | 'PUBLIC';

/** Relay page information. */
export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Participants = {
  kindergartenStaff: Scalars['Boolean']['output'];
  otherServices: Array<Scalars['String']['output']>;
  schoolStaff: Scalars['Boolean']['output'];
};

export type ParticipantsInput = {
  kindergartenStaff: Scalars['Boolean']['input'];
  otherServices?: Array<Scalars['String']['input']>;
  schoolStaff: Scalars['Boolean']['input'];
};

/** A binding cooperation of one or more owners and an institution (partnerskap). */
export type Partnership = {
  /** When the office archived the partnership (kept for history). */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The people the office contacts (personal data: the office and the partnership). */
  contactPersons: Array<ContactPerson>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  institution: Institution;
  leadOwner?: Maybe<Owner>;
  name: Scalars['String']['output'];
  /** Other services taking part (PPT, health centre, child welfare, BUP, …). */
  otherServices: Array<Scalars['String']['output']>;
  /** By name (Norwegian order). */
  owners: Array<Owner>;
  /** The owners’ units (kindergartens, schools) taking part in this partnership: the coordinator’s complexity counts these. */
  units: Array<Unit>;
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
};

/** A page of Partnership items (Relay). */
export type PartnershipConnection = {
  edges: Array<PartnershipEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type PartnershipEdge = {
  cursor: Scalars['String']['output'];
  node: Partnership;
};

/** One party’s simple accounts for the year, whole kroner. */
export type PartyAccounts = {
  /** The decision’s grant to this party for the year; null when the year has no grant. */
  granted?: Maybe<Scalars['Int']['output']>;
  lines: Array<AccountsLine>;
  party: ReportParty;
  received: Scalars['Int']['output'];
  /** The sum of the lines. */
  spent: Scalars['Int']['output'];
  /** Granted minus spent (negative when overspent); null when the year has no grant. */
  unspent?: Maybe<Scalars['Int']['output']>;
};

/** One party’s simple accounts for the year, whole kroner. */
export type PartyAccountsInput = {
  /** The spending by cost line, each line at most once; the lines must add up to `spent`. COORDINATOR lines are the coordinator spending. */
  lines: Array<AccountsLineInput>;
  /** Grant funds received for the year (must equal the grant). */
  received: Scalars['Int']['input'];
  /** Spent of them (at most what was received). */
  spent: Scalars['Int']['input'];
};

/** Why a payment is held: a report of the decision that has fallen due. */
export type PaymentHoldType = {
  /** ISO date the report was due. */
  dueDate: Scalars['String']['output'];
  /** REPORT_MISSING, REPORT_RETURNED or REPORT_AWAITING_REVIEW. */
  reason: Scalars['String']['output'];
  /** The reason in Norwegian. */
  text: Scalars['String']['output'];
  /** The grant year of the report. */
  year: Scalars['Int']['output'];
};

export type PaymentParty =
  | 'INSTITUTION'
  | 'OWNER';

/** The payment plans made for a round. */
export type PaymentPlanResult = {
  /** Payments created. */
  payments: Scalars['Int']['output'];
  /** Decisions that got a plan now. */
  planned: Scalars['Int']['output'];
};

/** One payment of a decision’s grant (utbetaling), with its status now. */
export type PaymentRow = {
  /** Whole kroner. */
  amount: Scalars['Int']['output'];
  decisionId: Scalars['ID']['output'];
  holds: Array<PaymentHoldType>;
  id: Scalars['ID']['output'];
  paidBy?: Maybe<Scalars['String']['output']>;
  paidOn?: Maybe<Scalars['String']['output']>;
  partnershipId: Scalars['ID']['output'];
  partnershipName: Scalars['String']['output'];
  party: PaymentParty;
  payeeName: Scalars['String']['output'];
  /** The payee’s organisation number (9 digits). */
  payeeOrgnr: Scalars['String']['output'];
  /** ISO date (antakelse: 1 March of the year, or the decision day). */
  plannedOn: Scalars['String']['output'];
  status: PaymentStatus;
  /** Optimistic-lock version: send it back to mark it paid. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** PLANNED, PAID, or HELD (while a due report is missing, returned or not yet accepted). */
export type PaymentStatus =
  | 'HELD'
  | 'PAID'
  | 'PLANNED';

/** The office’s override of the round’s phase, with its reason (audited). ADMIN only. */
export type PhaseOverrideInput = {
  /** Why the phase is overridden (at least 5 characters). */
  reason: Scalars['String']['input'];
};

/** One version of a county’s long-term plan (langsiktig plan), stored as the domain’s plan data. */
export type PlanVersion = {
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The whole county plan (domain CountyPlan), with this version among its versions. */
  plan: Scalars['JSONObject']['output'];
  /** The plan’s id, e.g. "troms-2026-2029". */
  planId: Scalars['String']['output'];
  /** ISO date the version holds from. */
  validFrom: Scalars['String']['output'];
  /** ISO date it holds to (inclusive). */
  validTo?: Maybe<Scalars['String']['output']>;
  /** The version’s id within the plan. */
  versionId: Scalars['String']['output'];
};

export type PreviewNeedsStatementImportInput = {
  /** Filled templates, one statement each. */
  files: Array<ImportFileInput>;
  roundId: Scalars['ID']['input'];
};

export type PreviewRegisterImportInput = {
  file: ImportFileInput;
  kind: RegisterImportKind;
};

/** A scenario put to the collaboration forum, with the forum’s record. */
export type Proposal = {
  abstentions?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The forum’s minutes (protokoll). */
  forumMinutes?: Maybe<Scalars['String']['output']>;
  forumOutcome?: Maybe<ForumOutcome>;
  id: Scalars['ID']['output'];
  /** The office’s note to the forum. */
  note: Scalars['String']['output'];
  putAt: Scalars['DateTimeISO']['output'];
  putBy: Scalars['String']['output'];
  recordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  recordedBy?: Maybe<Scalars['String']['output']>;
  round: Round;
  /** The scenario put to the forum. */
  scenario: Scenario;
  status: ProposalStatus;
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
  votesAgainst?: Maybe<Scalars['Int']['output']>;
  votesFor?: Maybe<Scalars['Int']['output']>;
};

/** A page of Proposal items (Relay). */
export type ProposalConnection = {
  edges: Array<ProposalEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ProposalEdge = {
  cursor: Scalars['String']['output'];
  node: Proposal;
};

export type ProposalStatus =
  | 'RECORDED'
  | 'SUPERSEDED'
  | 'WITH_FORUM';

export type PutScenarioToForumInput = {
  /** The office’s note to the forum. */
  note?: InputMaybe<Scalars['String']['input']>;
  override?: InputMaybe<PhaseOverrideInput>;
  scenarioId: Scalars['ID']['input'];
};

export type Query = {
  /** One annual report (a partnership sees only its own). */
  annualReport: AnnualReport;
  /** The county’s audit log, newest first. */
  auditLog: AuditLogEntryConnection;
  /** Scenarios side by side, per statement. */
  compareScenarios: ScenarioComparison;
  /** Complaints, newest first: a round’s, or all the caller may see (a partnership: its own). */
  complaints: Array<Complaint>;
  /** The cost lines of the accounts, with labels. */
  costLines: Array<CostLineLabel>;
  /** The counties (tenants), by name. */
  counties: Array<County>;
  decision: Decision;
  /** A decision’s letter as it would be sent now; with `template`, as it would read with that (unsaved, checked) template. */
  decisionLetterPreview: LetterPreview;
  /** DEVELOPMENT ONLY: the partnerships of a county a developer can sign in as (PARTNERSHIP). Refused (FORBIDDEN) in production. */
  devSignInPartnerships: Array<DevSignInPartnership>;
  /** Years of grants made before the county’s rounds here, latest grant first. */
  earlierCommitments: CommitmentConnection;
  /** Every code an error’s `extensions.code` may carry (the enum puts them in the schema, for clients’ codegen). */
  errorCodes: Array<ErrorCode>;
  health: Health;
  /** The knowledge base’s figures, latest year first. */
  indicatorFigures: SectorIndicatorConnection;
  institution: Institution;
  /** The county’s institutions’ (universities’ and colleges’) share per year: granted to institutions against the total, and reported institution spending. */
  institutionShareByYear: Array<InstitutionShareYear>;
  institutions: InstitutionConnection;
  /** The indicators of the plan in force that come as figures (statistics, distance). */
  knowledgeBaseIndicators: Array<KnowledgeBaseIndicator>;
  /** The county’s decision letter template. */
  letterTemplate: LetterTemplateType;
  /** The county’s municipalities by number. */
  municipalities: Array<Municipality>;
  /** Udir’s national statistics: frames, requests, grants, commitments, coordinator funds, newcomers, Sámi perspectives and annual reports across counties and years, grouped by any combination of dimensions (one SQL statement with GROUPING SETS). Aggregates only: no personal data, no free text. For machine clients: a token with the statistics scope. */
  nationalStatistics: NationalStatistics;
  needsStatement: NeedsStatement;
  /** The context the needs-statement form validates against with the domain’s rules (a partnership: its own). */
  needsStatementFormContext: NeedsStatementFormContext;
  /** The round’s needs-statement template (xlsx), with the plan’s themes and lists. */
  needsStatementTemplate: FileDownload;
  /** A round’s needs statements (a partnership sees its own). */
  needsStatements: NeedsStatementConnection;
  owner: Owner;
  /** Kindergarten and school owners, by name. */
  owners: OwnerConnection;
  partnership: Partnership;
  /** The county’s partnerships by name (a partnership sees itself). */
  partnerships: PartnershipConnection;
  /** A round’s payments with their status on `asOf` (ISO date, default today). */
  payments: Array<PaymentRow>;
  proposal: Proposal;
  /** The office’s follow-up of annual reports for a round and/or a grant year: counts (reported, missing, late, accepted, returned) and one row per decision and year, with due date, lateness, spending against the grant and the problems the reporting rules find. */
  reportFollowUp: ReportFollowUp;
  /** Reports still owed (missing, or returned for resubmission), most overdue first, with the contact person to remind. */
  reportReminders: Array<ReportReminder>;
  /** One round of the caller’s county. */
  round: Round;
  /** The county’s rounds, newest first by default. */
  rounds: RoundConnection;
  /** One scenario of the caller’s county (the forum reads them beside the proposal). */
  scenario: Scenario;
  /** What a change to one line’s grant would do (totals, the limits it breaks, whether it may be saved), without saving it. */
  scenarioAdjustmentPreview: ScenarioAdjustmentPreview;
  /** One scenario run: poll it after `runScenario` answered (or pass your own `runId` to the mutation). */
  scenarioRun: ScenarioRun;
  /** Kindergartens and schools, by name. */
  units: UnitConnection;
  /** The caller; null when anonymous. */
  viewer?: Maybe<Viewer>;
};


export type QueryAnnualReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompareScenariosArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryComplaintsArgs = {
  roundId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDecisionLetterPreviewArgs = {
  decisionId: Scalars['ID']['input'];
  template?: InputMaybe<LetterTemplateDraftInput>;
};


export type QueryDevSignInPartnershipsArgs = {
  countyCode: Scalars['String']['input'];
};


export type QueryEarlierCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndicatorFiguresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  indicatorId?: InputMaybe<Scalars['String']['input']>;
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNationalStatisticsArgs = {
  counties?: InputMaybe<Array<Scalars['String']['input']>>;
  groupBy?: Array<NationalDimension>;
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};


export type QueryNeedsStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeedsStatementFormContextArgs = {
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  roundId: Scalars['ID']['input'];
  workId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNeedsStatementTemplateArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryNeedsStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NeedsStatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NeedsStatementOrder>;
  roundId: Scalars['ID']['input'];
};


export type QueryOwnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOwnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  ownership?: InputMaybe<Ownership>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPaymentsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  roundId: Scalars['ID']['input'];
};


export type QueryProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportFollowUpArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  roundId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportRemindersArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  overdueOnly?: Scalars['Boolean']['input'];
  roundId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RoundOrder>;
};


export type QueryScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScenarioAdjustmentPreviewArgs = {
  input: ScenarioAdjustmentPreviewInput;
};


export type QueryScenarioRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type RecordForumOutcomeInput = {
  abstentions?: InputMaybe<Scalars['Int']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The forum’s minutes (protokoll). */
  minutes?: InputMaybe<Scalars['String']['input']>;
  outcome: ForumOutcome;
  override?: InputMaybe<PhaseOverrideInput>;
  proposalId: Scalars['ID']['input'];
  votesAgainst?: InputMaybe<Scalars['Int']['input']>;
  votesFor?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordSplitAnswerInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decisionId: Scalars['ID']['input'];
  /** The institution’s part, whole kroner. */
  institution: Scalars['Int']['input'];
  override?: InputMaybe<PhaseOverrideInput>;
  /** The owners’ part, whole kroner. */
  owner: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type RegisterComplaintInput = {
  /** Who complains. */
  complainant: Scalars['String']['input'];
  decisionId: Scalars['ID']['input'];
  /** The grounds (klagegrunner). */
  grounds: Scalars['String']['input'];
  /** How it was sent (default DIGITAL). */
  noticeChannel?: InputMaybe<NoticeChannel>;
  /** ISO date the decision was sent to the party (default: the day its decision letter was sent, else the day it was decided). */
  notifiedOn?: InputMaybe<Scalars['String']['input']>;
  /** ISO date it was posted (postmark), if by post. */
  postedOn?: InputMaybe<Scalars['String']['input']>;
  /** ISO date the office received the complaint. */
  receivedOn: Scalars['String']['input'];
};

/** REGISTER: a register extract (owners and their units); INDICATORS: knowledge-base figures; COMMITMENTS: earlier commitments. */
export type RegisterImportKind =
  | 'COMMITMENTS'
  | 'INDICATORS'
  | 'REGISTER';

export type RejectComplaintInput = {
  complaintId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** Why the complaint is not heard (e.g. filed too late, fvl. § 31 not met). */
  reasons: Scalars['String']['input'];
};

/** A repayment claim (tilbakebetalingskrav) with its frozen letter. */
export type RepaymentClaim = {
  annualReportId: Scalars['ID']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO date the amount is due. */
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  institutionAmount: Scalars['Int']['output'];
  issuedBy: Scalars['String']['output'];
  /** ISO date of the claim. */
  issuedOn: Scalars['String']['output'];
  ownerAmount: Scalars['Int']['output'];
  /** SHA-256 of the letter PDF (hex). */
  sha256: Scalars['String']['output'];
  total: Scalars['Int']['output'];
  /** The letter PDF’s URL (GET with the bearer token). */
  url: Scalars['String']['output'];
  /** The grant year reported on. */
  year: Scalars['Int']['output'];
};

/** The simple (unaudited) accounts of a report, per party. */
export type ReportAccounts = {
  /** Spent on a coordinator: both parties’ COORDINATOR lines. */
  coordinatorSpent: Scalars['Int']['output'];
  institution: PartyAccounts;
  owner: PartyAccounts;
};

/** The simple (unaudited) accounts, per party. */
export type ReportAccountsInput = {
  /** The institution’s accounts. */
  institution?: InputMaybe<PartyAccountsInput>;
  /** The owner side’s accounts. */
  owner?: InputMaybe<PartyAccountsInput>;
};

/** The office’s follow-up of annual reports for a round or a year. */
export type ReportFollowUp = {
  /** The ISO date the follow-up is evaluated as of. */
  asOf: Scalars['String']['output'];
  counts: ReportFollowUpCounts;
  money: ReportFollowUpMoney;
  /** Late first, then by partnership. */
  rows: Array<ReportFollowUpRow>;
};

/** Counts of a follow-up (only grant years that have begun). */
export type ReportFollowUpCounts = {
  accepted: Scalars['Int']['output'];
  /** Submitted and awaiting the office’s review. */
  awaitingReview: Scalars['Int']['output'];
  /** Reports owed or in. */
  expected: Scalars['Int']['output'];
  /** Owed past the due date, or submitted after it. */
  late: Scalars['Int']['output'];
  /** No report yet. */
  missing: Scalars['Int']['output'];
  /** Submitted and not returned (SUBMITTED or ACCEPTED). */
  reported: Scalars['Int']['output'];
  /** Returned and awaiting resubmission. */
  returned: Scalars['Int']['output'];
  /** Reports with problems found by the reporting rules. */
  withProblems: Scalars['Int']['output'];
};

/** Money of a follow-up, whole kroner. */
export type ReportFollowUpMoney = {
  coordinatorSpent: Scalars['Int']['output'];
  grantedInstitution: Scalars['Int']['output'];
  grantedOwner: Scalars['Int']['output'];
  /** Granted to the rows with a report in. */
  reportedGranted: Scalars['Int']['output'];
  spentInstitution: Scalars['Int']['output'];
  spentOwner: Scalars['Int']['output'];
};

/** One decision’s report for one grant year, as the office follows it up. */
export type ReportFollowUpRow = {
  /** Reported spent on a coordinator. */
  coordinatorSpent?: Maybe<Scalars['Int']['output']>;
  /** Days past the due date (until today while owed, until submission otherwise). */
  daysLate: Scalars['Int']['output'];
  decision: Decision;
  /** ISO date the report is due. */
  dueDate: Scalars['String']['output'];
  dueDateSource: DueDateSource;
  /** Goals reported as not achieved. */
  goalsNotAchieved: Scalars['Int']['output'];
  /** The grant for the year, per party. */
  grant: YearGrant;
  /** Owed past the due date, or submitted after it. */
  late: Scalars['Boolean']['output'];
  /** Measures reported as not carried out. */
  measuresNotCarriedOut: Scalars['Int']['output'];
  /** Still owed: no report yet, or one returned for resubmission. */
  owed: Scalars['Boolean']['output'];
  partnership: Partnership;
  /** What the reporting rules find in the stored report against its statement and grant (coherence: missing or unknown goals and measures; accounts). Empty for a sound report. */
  problems: Array<ReportProblem>;
  report?: Maybe<AnnualReport>;
  /** The year of the round that made the decision. */
  roundYear: Scalars['Int']['output'];
  /** Reported spent by the institution. */
  spentInstitution?: Maybe<Scalars['Int']['output']>;
  /** Reported spent by the owner side. */
  spentOwner?: Maybe<Scalars['Int']['output']>;
  state: FollowUpState;
  /** The needs statement’s title. */
  title: Scalars['String']['output'];
  /** Granted minus reported spent, both parties. */
  unspent?: Maybe<Scalars['Int']['output']>;
  /** The grant year reported on. */
  year: Scalars['Int']['output'];
};

/** The party of a partnership whose accounts a line belongs to: owner or institution. */
export type ReportParty =
  | 'INSTITUTION'
  | 'OWNER';

/** One problem the reporting rules find, as the domain reports it: a stable code, the path of the field (following SubmitAnnualReportInput) and a message in nb and en. */
export type ReportProblem = {
  code: Scalars['String']['output'];
  message: LocalizedText;
  /** The field path; list indexes as strings. */
  path: Array<Scalars['String']['output']>;
};

/** A report a partnership still owes, for a reminder. */
export type ReportReminder = {
  /** The contact person of the needs statement (personal data: the office only). */
  contact: Contact;
  /** Days past the due date (0 when not yet due). */
  daysOverdue: Scalars['Int']['output'];
  decision: Decision;
  dueDate: Scalars['String']['output'];
  dueDateSource: DueDateSource;
  overdue: Scalars['Boolean']['output'];
  partnership: Partnership;
  /** The office’s comment on a returned report. */
  reviewComment?: Maybe<Scalars['String']['output']>;
  /** MISSING or RETURNED. */
  state: FollowUpState;
  /** The needs statement’s title. */
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** The assessment of one goal or sub-goal of the needs statement. */
export type ReportedGoal = {
  achievement: GoalAchievement;
  assessment: Scalars['String']['output'];
  goalId: Scalars['String']['output'];
};

/** The assessment of one goal or sub-goal of the needs statement. */
export type ReportedGoalInput = {
  achievement: GoalAchievement;
  /** The assessment of goal achievement (required). */
  assessment: Scalars['String']['input'];
  /** The id of the goal (long-term goal or sub-goal) in the needs statement. */
  goalId: Scalars['String']['input'];
};

/** What became of one measure of the needs statement. */
export type ReportedMeasure = {
  carriedOut: Scalars['Boolean']['output'];
  /** What was done, or why it was not. */
  description: Scalars['String']['output'];
  measureId: Scalars['String']['output'];
};

/** What became of one measure of the needs statement. */
export type ReportedMeasureInput = {
  /** Whether the measure was carried out this year. */
  carriedOut: Scalars['Boolean']['input'];
  /** What was done, or why it was not (required). */
  description: Scalars['String']['input'];
  /** The id of the measure in the needs statement. */
  measureId: Scalars['String']['input'];
};

/** The caller’s role; every operation lists the roles that may use it. */
export type Role =
  | 'ADMIN'
  | 'FORUM'
  | 'NATIONAL'
  | 'PARTNERSHIP';

/** One year’s allocation round (tildelingsrunde). */
export type Round = {
  /** The run in progress (QUEUED or RUNNING), if any: one at a time per round. */
  activeScenarioRun?: Maybe<ScenarioRun>;
  /** The workflow mutations of the round’s current phase (e.g. setRoundFrame, closeRound); others need an override with a reason. */
  allowedActions: Array<Scalars['String']['output']>;
  /** The plan’s calendar for this round. */
  calendar: Array<Milestone>;
  /** Amounts bound this year by earlier rounds’ multi-year grants. */
  commitments: CommitmentConnection;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The sums of the decisions (those the filter selects): what the round granted. */
  decisionTotals: DecisionTotals;
  /** Decisions, largest grant first. */
  decisions: DecisionConnection;
  /** The year’s funds (ramme) in whole kroner, earlier commitments falling in this year included. */
  frame: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The round’s needs statements, with filters and sorting. */
  needsStatements: NeedsStatementConnection;
  planVersion: PlanVersion;
  /** Proposals put to the forum, newest first. */
  proposals: ProposalConnection;
  /** The round’s scenario runs (queued, running, done, failed), newest first. */
  scenarioRuns: ScenarioRunConnection;
  /** The round’s scenarios, newest first. */
  scenarios: ScenarioConnection;
  status: RoundStatus;
  /** The last day (ISO date, Norway’s time) partnerships may submit, change or withdraw needs statements: the office’s extension where given, else the plan calendar’s deadline. */
  submissionDeadline?: Maybe<Scalars['String']['output']>;
  /** The office’s extension of the needs statements’ deadline for this round (ISO date); null: the plan calendar’s date holds. */
  submissionDeadlineOverride?: Maybe<Scalars['String']['output']>;
  /** Totals for the overview, from SQL aggregates (batched over rounds). */
  summary: RoundSummary;
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
  /** The grant year. */
  year: Scalars['Int']['output'];
};


/** One year’s allocation round (tildelingsrunde). */
export type RoundCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One year’s allocation round (tildelingsrunde). */
export type RoundDecisionTotalsArgs = {
  filter?: InputMaybe<DecisionFilter>;
};


/** One year’s allocation round (tildelingsrunde). */
export type RoundDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One year’s allocation round (tildelingsrunde). */
export type RoundNeedsStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NeedsStatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NeedsStatementOrder>;
};


/** One year’s allocation round (tildelingsrunde). */
export type RoundProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One year’s allocation round (tildelingsrunde). */
export type RoundScenarioRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One year’s allocation round (tildelingsrunde). */
export type RoundScenariosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Round items (Relay). */
export type RoundConnection = {
  edges: Array<RoundEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type RoundEdge = {
  cursor: Scalars['String']['output'];
  node: Round;
};

export type RoundFilter = {
  status?: InputMaybe<Array<RoundStatus>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type RoundOrder = {
  direction?: SortDirection;
  field: RoundSortField;
};

export type RoundSortField =
  | 'STATUS'
  | 'YEAR';

/** DRAFT → OPEN (taking needs statements) → CLOSED → PROPOSAL (with the forum) → DECIDED → REPORTING. */
export type RoundStatus =
  | 'CLOSED'
  | 'DECIDED'
  | 'DRAFT'
  | 'OPEN'
  | 'PROPOSAL'
  | 'REPORTING';

/** Round totals for the overview (submitted statements unless said). */
export type RoundSummary = {
  /** Submitted statements per sector. */
  bySector: Array<SectorDemand>;
  /** Every status, withdrawn statements included. */
  byStatus: Array<StatusDemand>;
  /** Per sector and theme, by sector and then the theme’s rank in the plan. */
  byTheme: Array<ThemeDemand>;
  /** Bound this year by earlier rounds’ multi-year grants. */
  committedThisYear: Scalars['Int']['output'];
  /** The frame less what earlier rounds’ grants bind this year: free for new statements (negative when the commitments exceed the frame). */
  freeThisYear: Scalars['Int']['output'];
  requestedThisYear: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
  /** Submitted statements the plan’s rules now find problems with (NeedsStatement.problems), e.g. a work past its four-year limit after later decisions. */
  withProblems: Scalars['Int']['output'];
  withdrawn: Scalars['Int']['output'];
};

export type RoundTransitionInput = {
  /** The round’s version you saw (optional). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  override?: InputMaybe<PhaseOverrideInput>;
  roundId: Scalars['ID']['input'];
};

export type RunScenarioInput = {
  cutRule?: CutRule;
  indicatorWeights?: InputMaybe<Array<IndicatorWeightInput>>;
  /** RANKED: when the priority class at the budget line does not fit, share the shortfall by the cut rule (CUT_RULE) or fund it in the order of its sector’s discretionary indicators (INDICATORS). */
  marginalTier?: MarginalTier;
  method?: AllocationMethod;
  /** The smallest share of a request worth funding, 0–1. */
  minFundedShare?: Scalars['Float']['input'];
  name: Scalars['String']['input'];
  officeKnowledge?: InputMaybe<Array<OfficeKnowledgeInput>>;
  override?: InputMaybe<PhaseOverrideInput>;
  roundId: Scalars['ID']['input'];
  /** A UUID the client picks for this run, to poll `scenarioRun(id)` while the mutation works (default: the server picks one). */
  runId?: InputMaybe<Scalars['ID']['input']>;
  /** Weight of the theme’s rank (default 1). */
  themeWeight?: InputMaybe<Scalars['Float']['input']>;
  /** Solver time limit (OPTIMAL), seconds (default 10). */
  timeLimitSeconds?: InputMaybe<Scalars['Float']['input']>;
  /** Overrides the plan’s sector tolerance. */
  tolerancePercentagePoints?: InputMaybe<Scalars['Float']['input']>;
};

/** The office’s assessment of how a needs statement addresses Sámi perspectives. */
export type SamiAssessment = {
  assessedAt: Scalars['DateTimeISO']['output'];
  /** Who assessed it: the adviser’s sign-in subject (the office only). */
  assessedBy: Scalars['String']['output'];
  /** The adviser’s name, as signed in. */
  assessedByName: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  level: SamiLevel;
  /** The office’s written reason (quoted in the statement’s reasons). */
  reason: Scalars['String']['output'];
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
};

/** The office’s assessment of Sámi perspectives: NONE, SOME or STRONG (ordering statements within a theme rank, after newcomers), or NOT_ASSESSED. */
export type SamiLevel =
  | 'NONE'
  | 'NOT_ASSESSED'
  | 'SOME'
  | 'STRONG';

/** Saves a needs statement as a draft (DRAFT): the partnership’s own, unseen by the office and outside the allocation until it is submitted. A new draft needs `roundId`; an existing one `id` and `expectedVersion`. The content is checked lightly (every rule applies on submission). */
export type SaveNeedsStatementDraftInput = {
  budget?: InputMaybe<Array<BudgetYearInput>>;
  collectiveLearning?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  continuation?: InputMaybe<ContinuationInput>;
  coordinator?: InputMaybe<CoordinatorRequestInput>;
  durationYears?: InputMaybe<Scalars['Int']['input']>;
  /** The draft’s version you edited. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  goals?: InputMaybe<GoalsInput>;
  /** The draft to save again; none for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  localNeeds?: InputMaybe<Scalars['String']['input']>;
  measures?: InputMaybe<Array<MeasureInput>>;
  ownContribution?: InputMaybe<OwnContributionInput>;
  participants?: InputMaybe<ParticipantsInput>;
  /** The round of a new draft. */
  roundId?: InputMaybe<Scalars['ID']['input']>;
  samiPerspectives?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
  teacherEducationFeedback?: InputMaybe<Scalars['String']['input']>;
  themeId?: InputMaybe<Scalars['String']['input']>;
  themeItemIds?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  /** Stable id of the development work; give the earlier id to continue a work. */
  workId?: InputMaybe<Scalars['String']['input']>;
};

/** An allocation scenario: one what-if run of the engine over a round. */
export type Scenario = {
  /** Hand adjustments made to its lines. */
  adjustments: Scalars['Int']['output'];
  /** The sector bands and lock caps the advisers’ adjustments break, each with its overrides and their reasons. */
  breaches: Array<ConstraintBreach>;
  /** Bound by earlier rounds’ commitments this year. */
  committedEarlier: Scalars['Int']['output'];
  /** The constraint report, typed: a gauge per constraint (value, band or limit, broken, why), the sectors with what their statements requested, the leftover and its reasons. */
  constraintReport: ScenarioReport;
  createdAt: Scalars['DateTimeISO']['output'];
  cutRule: CutRule;
  /** Wall-clock milliseconds the engine took. */
  durationMs: Scalars['Int']['output'];
  /** The round’s frame (ramme) in kroner. */
  frame: Scalars['Int']['output'];
  /** Granted to new statements this year, adjustments included. */
  grantedNew: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** SHA-256 of the canonical JSON of the engine’s input. */
  inputHash: Scalars['String']['output'];
  /** Free funds: frame − committed − granted (no adjustment may take it below 0). */
  leftover: Scalars['Int']['output'];
  /** One line per needs statement. */
  lines: ScenarioLineConnection;
  /** What the ranked method did with the priority class at the budget line: shared by the cut rule, or ordered by the indicators. */
  marginalTier: MarginalTier;
  method: AllocationMethod;
  /** How the method ran: method, source, solver status and gap, time limit, duration. */
  methodInfo: MethodInfo;
  name: Scalars['String']['output'];
  /** The parameters sent to the engine. */
  parametersJson: Scalars['JSONObject']['output'];
  /** The plan version the run used. */
  planVersionId: Scalars['String']['output'];
  ranAt: Scalars['DateTimeISO']['output'];
  /** Subject of the adviser who ran it. */
  ranBy: Scalars['String']['output'];
  ranByName: Scalars['String']['output'];
  round: Round;
  /** Granted, requested and the number of statements per sector, per municipality and per set of owners (SQL sums; batched over scenarios). */
  totals: ScenarioTotals;
  /** Optimistic-lock version: send it back when you edit. */
  version: Scalars['Int']['output'];
};


/** An allocation scenario: one what-if run of the engine over a round. */
export type ScenarioLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ScenarioLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ScenarioLineOrder>;
};

/** What a change to one line would do, as the domain computes it: totals, what it breaks, whether it may be saved. */
export type ScenarioAdjustmentPreview = {
  /** Every breach after the change. */
  breaches: Array<ConstraintBreach>;
  engineGrantedThisYear: Scalars['Int']['output'];
  /** The adjustment in words. */
  explanation?: Maybe<LocalizedText>;
  /** Granted to new statements this year after the change. */
  grantedNew: Scalars['Int']['output'];
  grantedThisYear: Scalars['Int']['output'];
  /** Free funds after the change. */
  leftover: Scalars['Int']['output'];
  /** The most the statement can get this year without taking a year past its frame. */
  maxWithinFrame: Scalars['Int']['output'];
  /** Years past their frame after the change. */
  pastFrame: Array<FrameExcess>;
  /** Why the change could not be saved as it is (its reason aside); empty when it could. */
  problems: Array<ValidationProblem>;
  requestedThisYear: Scalars['Int']['output'];
  /** Constraint ids the change must override (with a reason) to be saved. */
  requiredOverrides: Array<Scalars['String']['output']>;
};

/** A change to one line, to see what it would do before making it. */
export type ScenarioAdjustmentPreviewInput = {
  constraintOverride?: InputMaybe<ConstraintOverrideInput>;
  /** The new grant for the round’s year, whole kroner. */
  grantedThisYear: Scalars['Int']['input'];
  needsStatementId: Scalars['ID']['input'];
  scenarioId: Scalars['ID']['input'];
};

export type ScenarioComparison = {
  /** Per municipality of the owners (several or none as groups of their own). */
  byMunicipality: Array<ComparisonGroup>;
  /** Per set of owners of the partnership. */
  byOwner: Array<ComparisonGroup>;
  /** Per sector, in the plan’s order. */
  bySector: Array<ComparisonGroup>;
  /** Only the statements whose grant differs, largest difference first. */
  differences: Array<ComparisonRow>;
  /** Statements whose grants differ come first. */
  rows: Array<ComparisonRow>;
  /** Scenarios whose inputs are identical to the first one’s. */
  sameInputAsFirst: Array<Scalars['ID']['output']>;
  scenarios: Array<Scenario>;
};

/** A page of Scenario items (Relay). */
export type ScenarioConnection = {
  edges: Array<ScenarioEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ScenarioEdge = {
  cursor: Scalars['String']['output'];
  node: Scenario;
};

/** One needs statement’s line in a scenario. */
export type ScenarioLine = {
  adjustedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  adjustedBy?: Maybe<Scalars['String']['output']>;
  /** The adjuster’s name, as signed in. */
  adjustedByName?: Maybe<Scalars['String']['output']>;
  /** An adviser’s adjustment, when made. */
  adjustedThisYear?: Maybe<Scalars['Int']['output']>;
  /** The adjustment in words, when adjusted: the adviser’s reason, the limits it breaks, the override’s reason. */
  adjustmentExplanation?: Maybe<LocalizedText>;
  adjustmentReason?: Maybe<Scalars['String']['output']>;
  /** Constraint ids (as the gauges name them) the line’s adjustment helps break. */
  breaks: Array<Scalars['String']['output']>;
  /** Plan clauses the explanation relies on. */
  clauses: Array<Scalars['String']['output']>;
  /** The bands and caps the adjustment knowingly breaks, and why. */
  constraintOverride?: Maybe<ConstraintOverride>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the engine granted this year. */
  engineGrantedThisYear: Scalars['Int']['output'];
  /** The engine’s explanation. */
  explanation: LocalizedText;
  fundedPercent: Scalars['Float']['output'];
  /** Granted this year: the adjustment when made. */
  grantedThisYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  needsStatement: NeedsStatement;
  /** Granted per year: the adjustment’s years when adjusted, else the engine’s. */
  perYear: Array<YearGrant>;
  /** Overall priority rank (1 = first). */
  rank?: Maybe<Scalars['Int']['output']>;
  requestedThisYear: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  status: AllocationStatus;
};

/** A page of ScenarioLine items (Relay). */
export type ScenarioLineConnection = {
  edges: Array<ScenarioLineEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ScenarioLineEdge = {
  cursor: Scalars['String']['output'];
  node: ScenarioLine;
};

export type ScenarioLineFilter = {
  sector?: InputMaybe<Array<Sector>>;
  status?: InputMaybe<Array<AllocationStatus>>;
};

export type ScenarioLineOrder = {
  direction?: SortDirection;
  field: ScenarioLineSortField;
};

export type ScenarioLineSortField =
  | 'FUNDED_PERCENT'
  | 'GRANTED'
  | 'RANK'
  | 'REQUESTED';

/** The engine’s constraint report, typed: gauges, sectors, leftover. */
export type ScenarioReport = {
  /** Every constraint: sector bands, lock caps, later years, coordinator cap, funding rates, institutions’ share. */
  gauges: Array<ConstraintGauge>;
  /** Flagged: their administration costs may be reduced. */
  institutionsInSeveralPartnerships: Array<InstitutionInSeveralPartnerships>;
  leftover: LeftoverReport;
  sectors: Array<SectorReport>;
};

/** A run of the allocation engine over a round, and how it went. */
export type ScenarioRun = {
  createdAt: Scalars['DateTimeISO']['output'];
  cutRule: CutRule;
  /** Milliseconds the engine took, once done. */
  durationMs?: Maybe<Scalars['Int']['output']>;
  /** Why it failed (an error code). */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Why it failed, in words. */
  errorMessage?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  method: AllocationMethod;
  /** The scenario’s name as given. */
  name: Scalars['String']['output'];
  /** What the engine found wrong with the run’s parameters, by the input’s fields (FAILED with VALIDATION_FAILED). */
  problems: Array<ValidationProblem>;
  /** When the run was asked for. */
  queuedAt: Scalars['DateTimeISO']['output'];
  /** Subject of the adviser who asked for it. */
  requestedBy: Scalars['String']['output'];
  requestedByName: Scalars['String']['output'];
  round: Round;
  /** The stored scenario, once DONE. */
  scenario?: Maybe<Scenario>;
  /** When the solver thread took it. */
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: ScenarioRunStatus;
};

/** A page of ScenarioRun items (Relay). */
export type ScenarioRunConnection = {
  edges: Array<ScenarioRunEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ScenarioRunEdge = {
  cursor: Scalars['String']['output'];
  node: ScenarioRun;
};

/** QUEUED (waiting for the solver thread) → RUNNING → DONE (the scenario is stored) or FAILED. */
export type ScenarioRunStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** A scenario’s lines totalled per sector, municipality and owners. */
export type ScenarioTotals = {
  /** Largest grant first. */
  byMunicipality: Array<GroupTotal>;
  /** Largest grant first. */
  byOwner: Array<GroupTotal>;
  bySector: Array<GroupTotal>;
};

/** The three budget shares: barnehage, skole, laget rundt barnet. */
export type Sector =
  | 'KINDERGARTEN'
  | 'SCHOOL'
  | 'TEAM_AROUND_CHILD';

export type SectorDemand = {
  /** Requested for the round’s year, kroner. */
  requestedThisYear: Scalars['Int']['output'];
  sector: Sector;
  statements: Scalars['Int']['output'];
};

/** A figure of the knowledge base (kunnskapsgrunnlag) for one of the plan’s statistical indicators: for a municipality or one owner, one sector or all, one year. */
export type SectorIndicator = {
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The plan’s indicator id, e.g. "ito-pupils". */
  indicatorId: Scalars['String']['output'];
  municipality?: Maybe<Municipality>;
  owner?: Maybe<Owner>;
  /** The sector the figure describes; null for the place as a whole. */
  sector?: Maybe<Sector>;
  /** Where the figure comes from. */
  source: Scalars['String']['output'];
  /** The raw figure (≥ 0). */
  value: Scalars['Float']['output'];
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A page of SectorIndicator items (Relay). */
export type SectorIndicatorConnection = {
  edges: Array<SectorIndicatorEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type SectorIndicatorEdge = {
  cursor: Scalars['String']['output'];
  node: SectorIndicator;
};

/** A sector against its band, with what its statements asked for. */
export type SectorReport = {
  /** target ± the tolerance. */
  band: KronerBand;
  /** The effective band differs from the plan’s; the notes say why. */
  bandMoved: Scalars['Boolean']['output'];
  clause: Scalars['String']['output'];
  /** Bound this year by earlier rounds. */
  committed: Scalars['Int']['output'];
  /** The band after demand shortfalls flowed on and earlier commitments were taken in. */
  effectiveBand: KronerBand;
  /** Granted to new statements this year. */
  grantedNew: Scalars['Int']['output'];
  notes: Array<LocalizedText>;
  /** Requested this year by the scenario’s statements of the sector. */
  requestedThisYear: Scalars['Int']['output'];
  sector: Sector;
  /** total in percent of the frame. */
  sharePercent: Scalars['Float']['output'];
  /** The scenario’s statements of the sector. */
  statements: Scalars['Int']['output'];
  target: Scalars['Int']['output'];
  targetPercent: Scalars['Float']['output'];
  /** committed + grantedNew. */
  total: Scalars['Int']['output'];
  /** Within the effective band: where a sector asks less than its band, the rest flows to the others and their bands move (rule 1); the notes say why. */
  withinBand: Scalars['Boolean']['output'];
  /** Within the plan’s nominal band (information; the effective band counts). */
  withinNominalBand: Scalars['Boolean']['output'];
};

export type SendDecisionLettersInput = {
  /** Only these decisions (default: every decision of the round without a letter). */
  decisionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  roundId: Scalars['ID']['input'];
};

/** Archives a register row (kept for history) or restores it. */
export type SetArchivedInput = {
  archived: Scalars['Boolean']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type SetRoundFrameInput = {
  /** The round’s version you saw (optional). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The year’s funds (ramme), whole kroner. */
  frame: Scalars['Int']['input'];
  override?: InputMaybe<PhaseOverrideInput>;
  roundId: Scalars['ID']['input'];
};

/** How the HiGHS solver ran (OPTIMAL method). */
export type SolverInfo = {
  dualBound: Scalars['Float']['output'];
  model: Scalars['String']['output'];
  /** Relative gap between the returned objective and the bound. */
  provenGap: Scalars['Float']['output'];
  relativeGapSetting: Scalars['Float']['output'];
  /** HiGHS’ model status, e.g. OPTIMAL or TIME_LIMIT. */
  status: Scalars['String']['output'];
  timeLimitReached: Scalars['Boolean']['output'];
  timeLimitSeconds: Scalars['Float']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A partnership’s answer on how a reduced grant is split between owner and institution, for one year. */
export type SplitAnswer = {
  answeredAt: Scalars['DateTimeISO']['output'];
  answeredBy: Scalars['String']['output'];
  comment: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  institution: Scalars['Int']['output'];
  owner: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** One event in a needs statement’s history: submitted, changed or withdrawn, its grant adjusted in a scenario, its decision made or reworded. */
export type StatementHistoryEntry = {
  /** The mutation, e.g. "adjustScenarioLine" or "decideRound". */
  action: Scalars['String']['output'];
  /** Who did it, by name. */
  actorName: Scalars['String']['output'];
  actorRole: Role;
  at: Scalars['DateTimeISO']['output'];
  /** A decision’s outcome. */
  decisionStatus?: Maybe<DecisionStatus>;
  /** The grant this year after the event (an adjustment or a decision). */
  grantedThisYear?: Maybe<Scalars['Int']['output']>;
  /** The audit entry. */
  id: Scalars['ID']['output'];
  /** The reason given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The scenario an adjustment was made in. */
  scenarioName?: Maybe<Scalars['String']['output']>;
};

/** Something the office should look at in a needs statement; never a refusal (e.g. a coordinator asked for below the complexity aid). */
export type StatementNotice = {
  /** The assumption it rests on (the plan gives no such figure), if any. */
  assumption?: Maybe<Scalars['String']['output']>;
  /** The plan clause it is about. */
  clause: Scalars['String']['output'];
  /** Stable code, e.g. NS_WORK_YEAR_LIMIT. */
  code: Scalars['String']['output'];
  /** The path joined with dots, e.g. "budget.0.owner" ("" for the whole). */
  field: Scalars['String']['output'];
  message: LocalizedText;
  /** Where: the field path (list indexes as digits), empty for the whole thing. */
  path: Array<Scalars['String']['output']>;
};

/** Statements and their request for the round’s year, per status. */
export type StatusDemand = {
  /** Requested for the round’s year, kroner. */
  requestedThisYear: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
  status: NeedsStatementStatus;
};

/** A partnership’s annual report for one grant year of its decision. Every problem comes back at once (VALIDATION_FAILED with problems whose paths follow this input). */
export type SubmitAnnualReportInput = {
  accounts: ReportAccountsInput;
  /** How coordinator funds were used (required where they were granted). */
  coordinatorUse?: Scalars['String']['input'];
  decisionId: Scalars['ID']['input'];
  /** When resubmitting a returned report: the version you edited (optimistic lock). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Every long-term goal and sub-goal of the needs statement, once. */
  goals: Array<ReportedGoalInput>;
  /** Every measure of the needs statement, once. */
  measures: Array<ReportedMeasureInput>;
  override?: InputMaybe<PhaseOverrideInput>;
  /** How the funds were used. */
  useOfFunds: Scalars['String']['input'];
  /** The grant year reported on. */
  year: Scalars['Int']['input'];
};

export type SubmitNeedsStatementInput = {
  budget?: InputMaybe<Array<BudgetYearInput>>;
  collectiveLearning?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  continuation?: InputMaybe<ContinuationInput>;
  coordinator?: InputMaybe<CoordinatorRequestInput>;
  durationYears?: InputMaybe<Scalars['Int']['input']>;
  goals?: InputMaybe<GoalsInput>;
  localNeeds?: InputMaybe<Scalars['String']['input']>;
  measures?: InputMaybe<Array<MeasureInput>>;
  override?: InputMaybe<PhaseOverrideInput>;
  ownContribution?: InputMaybe<OwnContributionInput>;
  participants?: InputMaybe<ParticipantsInput>;
  /** The partnership; a PARTNERSHIP caller may leave it out (its own). */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  roundId: Scalars['ID']['input'];
  samiPerspectives?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
  teacherEducationFeedback?: InputMaybe<Scalars['String']['input']>;
  themeId?: InputMaybe<Scalars['String']['input']>;
  themeItemIds?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  /** Stable id of the development work; give the earlier id to continue a work. */
  workId?: InputMaybe<Scalars['String']['input']>;
};

/** Statements per theme of the plan: submitted and withdrawn counts, and what the submitted ones request. */
export type ThemeDemand = {
  /** The theme’s rank in its sector (1 = first). */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Requested this year by the submitted ones, kroner. */
  requestedThisYear: Scalars['Int']['output'];
  sector?: Maybe<Sector>;
  /** Submitted statements. */
  statements: Scalars['Int']['output'];
  /** The plan theme’s id (null: none given). */
  themeId?: Maybe<Scalars['String']['output']>;
  /** The theme’s title in the round’s plan (null when the plan does not know it). */
  title?: Maybe<LocalizedText>;
  /** Withdrawn statements. */
  withdrawn: Scalars['Int']['output'];
};

/** A kindergarten or school of an owner. */
export type Unit = {
  /** When the office archived the unit. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: UnitKind;
  name: Scalars['String']['output'];
  owner: Owner;
  /** The unit’s id in the national registers (NSR for schools, NBR for kindergartens): its organisation number. */
  registerId?: Maybe<Scalars['String']['output']>;
  /** Optimistic-lock version. */
  version: Scalars['Int']['output'];
};

/** A page of Unit items (Relay). */
export type UnitConnection = {
  edges: Array<UnitEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type UnitEdge = {
  cursor: Scalars['String']['output'];
  node: Unit;
};

export type UnitKind =
  | 'KINDERGARTEN'
  | 'SCHOOL';

export type UpdateDecisionInput = {
  decisionId: Scalars['ID']['input'];
  /** The version you edited (optimistic locking). */
  expectedVersion: Scalars['Int']['input'];
  /** The reasons (begrunnelse), as the office words them. */
  justification: Scalars['String']['input'];
  override?: InputMaybe<PhaseOverrideInput>;
};

export type UpdateEarlierCommitmentInput = {
  /** Owner + institution; checked when given. */
  amount?: InputMaybe<Scalars['Int']['input']>;
  /** The part for a coordinator (default 0). */
  coordinator?: InputMaybe<Scalars['Int']['input']>;
  /** The whole grant’s duration in years. */
  durationYears: Scalars['Int']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The year the grant was decided. */
  grantedYear: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** The institution’s part, whole kroner. */
  institution: Scalars['Int']['input'];
  /** The owners’ part, whole kroner. */
  owner: Scalars['Int']['input'];
  partnershipId: Scalars['ID']['input'];
  sector: Sector;
  /** Stable id of the development work (a continuation names it); one is made from the partnership, year and sector when left out. */
  workId?: InputMaybe<Scalars['String']['input']>;
  /** The year this amount falls in. */
  year: Scalars['Int']['input'];
};

export type UpdateIndicatorFigureInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** The plan’s indicator id (a statistic or distance), e.g. "ito-pupils". */
  indicatorId: Scalars['String']['input'];
  /** Kommunenummer; give either this or ownerId. */
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  /** An owner the figure describes by itself. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The sector the figure describes; left out for the place as a whole. */
  sector?: InputMaybe<Sector>;
  /** Where the figure comes from, e.g. "GSI 2026". */
  source: Scalars['String']['input'];
  /** The raw figure (≥ 0). */
  value: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};

export type UpdateInstitutionInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kind: InstitutionKind;
  name: Scalars['String']['input'];
  orgnr: Scalars['String']['input'];
};

export type UpdateLetterTemplateInput = {
  blocks: Array<LetterBlockInput>;
  contact: OfficeContactInput;
  expectedVersion: Scalars['Int']['input'];
};

export type UpdateNeedsStatementInput = {
  budget?: InputMaybe<Array<BudgetYearInput>>;
  collectiveLearning?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  continuation?: InputMaybe<ContinuationInput>;
  coordinator?: InputMaybe<CoordinatorRequestInput>;
  durationYears?: InputMaybe<Scalars['Int']['input']>;
  /** The version you edited (optimistic locking). */
  expectedVersion: Scalars['Int']['input'];
  goals?: InputMaybe<GoalsInput>;
  id: Scalars['ID']['input'];
  localNeeds?: InputMaybe<Scalars['String']['input']>;
  measures?: InputMaybe<Array<MeasureInput>>;
  override?: InputMaybe<PhaseOverrideInput>;
  ownContribution?: InputMaybe<OwnContributionInput>;
  participants?: InputMaybe<ParticipantsInput>;
  samiPerspectives?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
  teacherEducationFeedback?: InputMaybe<Scalars['String']['input']>;
  themeId?: InputMaybe<Scalars['String']['input']>;
  themeItemIds?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  /** Stable id of the development work; give the earlier id to continue a work. */
  workId?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOwnerInput = {
  /** The version you edited. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Kommunenummer; required for a PUBLIC owner (a municipality). */
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Organisasjonsnummer: nine digits with a valid mod-11 check digit. */
  orgnr: Scalars['String']['input'];
  ownership: Ownership;
  /** Years the owner took part in the scheme or the schemes it replaced. */
  participationYears?: Array<Scalars['Int']['input']>;
};

export type UpdatePartnershipInput = {
  contactPersons?: Array<ContactPersonInput>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** The competence partner. */
  institutionId: Scalars['ID']['input'];
  /** An owner applying on behalf of the others, where the plan allows it. */
  leadOwnerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Other services taking part (PPT, health centre, child welfare, BUP, …). */
  otherServices?: Array<Scalars['String']['input']>;
  /** The kindergarten and school owners. */
  ownerIds: Array<Scalars['ID']['input']>;
  /** The owners’ units (kindergartens, schools) taking part in this partnership: its complexity counts these, not all the owners’ units. */
  unitIds?: Array<Scalars['ID']['input']>;
};

export type UpdateUnitInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kind: UnitKind;
  name: Scalars['String']['input'];
  /** NSR (schools) or NBR (kindergartens) id: the unit’s organisation number. */
  registerId?: InputMaybe<Scalars['String']['input']>;
};

/** One thing the plan’s rules find wrong: a stable code, where, and why in nb and en. */
export type ValidationProblem = {
  /** Stable code, e.g. NS_WORK_YEAR_LIMIT. */
  code: Scalars['String']['output'];
  /** The path joined with dots, e.g. "budget.0.owner" ("" for the whole). */
  field: Scalars['String']['output'];
  message: LocalizedText;
  /** Where: the field path (list indexes as digits), empty for the whole thing. */
  path: Array<Scalars['String']['output']>;
};

/** The signed-in caller. */
export type Viewer = {
  /** The caller’s county; null for NATIONAL. */
  county?: Maybe<County>;
  name: Scalars['String']['output'];
  /** The partnership a PARTNERSHIP caller acts for. */
  partnershipId?: Maybe<Scalars['ID']['output']>;
  role: Role;
  /** The token’s subject. */
  subject: Scalars['String']['output'];
};

export type WithdrawNeedsStatementInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  override?: InputMaybe<PhaseOverrideInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A year of a line’s grant; later years subject to appropriation. */
export type YearGrant = {
  amount: Scalars['Int']['output'];
  coordinator: Scalars['Int']['output'];
  institution: Scalars['Int']['output'];
  owner: Scalars['Int']['output'];
  subjectToAppropriation: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

export type AdminAggregates1QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates1Query = { round: { frame: number, summary: { statements: number, withdrawn: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, withProblems: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byTheme: Array<{ sector?: Sector | null, themeId?: string | null, rank?: number | null, statements: number, withdrawn: number, requestedThisYear: number, title?: { nb: string, en: string } | null }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number, requestedThisYear: number }> }, commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null } }, allCommitments: { totalCount: number, edges: Array<{ node: { amount: number } }> } } };

export type AdminAggregates2QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates2Query = { needsStatements: { edges: Array<{ node: { id: string, status: NeedsStatementStatus, problems: Array<{ code: string, path: Array<string>, field: string, message: { nb: string, en: string } }> } }> } };

export type AdminAggregates17QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates17Query = { round: { id: string, year: number, status: RoundStatus, frame: number, version: number, createdAt: string, allowedActions: Array<string>, calendar: Array<{ id: string, start: string, end: string }>, summary: { statements: number, withdrawn: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, withProblems: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number }> }, commitments: { totalCount: number } } };

export type AdminAggregates18QueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAggregates18Query = { rounds: { edges: Array<{ node: { id: string, year: number, status: RoundStatus, frame: number, version: number, createdAt: string, allowedActions: Array<string>, calendar: Array<{ id: string, start: string, end: string }>, summary: { statements: number, withdrawn: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, withProblems: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number }> }, commitments: { totalCount: number } } }> } };

export type AdminAggregates19QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates19Query = { round: { id: string, year: number } };

export type AdminAggregates4QueryVariables = Exact<{
  round: Scalars['ID']['input'];
  has?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AdminAggregates4Query = { needsStatements: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type AdminAggregates5QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates5Query = { needsStatement: { problems: Array<{ code: string }> } };

export type AdminAggregates20QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates20Query = { needsStatements: { edges: Array<{ node: { id: string, newcomer: boolean, partnership: { owners: Array<{ id: string, participationYears: Array<number> }> } } }> } };

export type AdminAggregates9QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates9Query = { round: { activeScenarioRun?: { id: string, status: ScenarioRunStatus } | null } };

export type AdminAggregates10QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates10Query = { round: { activeScenarioRun?: { id: string } | null } };

export type AdminAggregates13QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates13Query = { scenarioRun: { id: string } };

export type AdminAggregates14QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates14Query = { scenarioRun: { id: string } };

export type AdminAggregates15QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates15Query = { scenarioRun: { id: string } };

export type AdminAggregates16QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates16Query = { scenarioRun: { id: string } };

export type AdminAggregates3QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates3Query = { scenario: { id: string, grantedNew: number, frame: number, leftover: number, lines: { totalCount: number, edges: Array<{ node: { requestedThisYear: number, grantedThisYear: number, needsStatement: { sector?: Sector | null } } }> }, totals: { bySector: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number }>, byMunicipality: Array<{ key: string, kind: GroupKind, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string } | null, municipalities: Array<{ number: string }> }>, byOwner: Array<{ key: string, kind: GroupKind, statements: number, requestedThisYear: number, grantedThisYear: number, owners: Array<{ id: string, name: string }>, municipalities: Array<{ number: string }> }> }, constraintReport: { gauges: Array<{ id: string, kind: ConstraintGaugeKind, amount: number, percent: number, lower?: number | null, upper?: number | null, limitPercent?: number | null, broken: boolean, clause?: string | null, sector?: Sector | null, year?: number | null, durationYears?: number | null, group?: FundingGroup | null, label: { nb: string }, explanation: { nb: string, en: string }, notes: Array<{ nb: string }>, clauseTitle?: { nb: string, en: string } | null }>, sectors: Array<{ sector: Sector, total: number, grantedNew: number, committed: number, withinBand: boolean, requestedThisYear: number, statements: number, clause: string, band: { lower: number, upper: number }, notes: Array<{ nb: string }> }>, leftover: { amount: number, reasons: Array<{ code: string, message: { nb: string } }> }, institutionsInSeveralPartnerships: Array<{ orgnr: string, partnershipIds: Array<string>, grantedThisYear: number }> }, methodInfo: { method: AllocationMethod, cutRule: CutRule, source: MethodSource, objective: number, rankedObjective: number, status?: string | null, gap?: number | null, timeLimitSeconds?: number | null, timeLimitReached: boolean, durationMs: number, explanation: { nb: string, en: string }, solver?: { status: string, provenGap: number, timeLimitReached: boolean } | null } } };

export type AdminAggregates6QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates6Query = { scenarioRun: { id: string, status: ScenarioRunStatus, name: string, method: AllocationMethod, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, durationMs?: number | null, requestedByName: string, errorCode?: string | null, scenario?: { id: string } | null, round: { id: string } } };

export type AdminAggregates7QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates7Query = { round: { activeScenarioRun?: { id: string } | null, scenarioRuns: { totalCount: number, edges: Array<{ node: { status: ScenarioRunStatus, scenario?: { id: string } | null } }> } } };

export type AdminAggregates8QueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AdminAggregates8Query = { compareScenarios: { scenarios: Array<{ id: string, grantedNew: number }>, rows: Array<{ spread: number, needsStatement: { id: string } }>, differences: Array<{ granted: Array<number>, spread: number, needsStatement: { id: string }, lines: Array<{ status: AllocationStatus, grantedThisYear: number, adjustmentReason?: string | null, explanation: { nb: string } } | null> }>, bySector: Array<{ key: string, kind: GroupKind, sector?: Sector | null, granted: Array<number>, requestedThisYear: Array<number>, statements: Array<number>, spread: number, differs: boolean }>, byMunicipality: Array<{ key: string, kind: GroupKind, granted: Array<number>, spread: number, differs: boolean }>, byOwner: Array<{ key: string, kind: GroupKind, granted: Array<number>, spread: number, differs: boolean, owners: Array<{ id: string }> }> } };

export type AdminAggregates12QueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AdminAggregates12Query = { compareScenarios: { rows: Array<{ spread: number }> } };

export type Hardening1MutationVariables = Exact<{ [key: string]: never; }>;


export type Hardening1Mutation = { devSignIn: { token: string, user: { role: Role, county?: { code: string } | null } } };

export type Hardening2MutationVariables = Exact<{ [key: string]: never; }>;


export type Hardening2Mutation = { devSignIn: { token: string } };

export type Hardening3QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Hardening3Query = { round: { id: string } };

export type KnowledgeBase1MutationVariables = Exact<{
  input: CreateIndicatorFigureInput;
}>;


export type KnowledgeBase1Mutation = { createIndicatorFigure: { id: string, indicatorId: string, sector?: Sector | null, year: number, value: number, source: string, version: number, municipality?: { number: string } | null, owner?: { id: string } | null } };

export type KnowledgeBase2MutationVariables = Exact<{
  input: UpdateIndicatorFigureInput;
}>;


export type KnowledgeBase2Mutation = { updateIndicatorFigure: { id: string, indicatorId: string, sector?: Sector | null, year: number, value: number, source: string, version: number, municipality?: { number: string } | null, owner?: { id: string } | null } };

export type KnowledgeBase3MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeBase3Mutation = { deleteIndicatorFigure: string };

export type KnowledgeBase4MutationVariables = Exact<{
  input: CreateEarlierCommitmentInput;
}>;


export type KnowledgeBase4Mutation = { createEarlierCommitment: { id: string, workId: string, sector: Sector, durationYears: number, grantedYear: number, year: number, amount: number, owner: number, institution: number, coordinator: number, institutionOrgnr: string, earlier: boolean, version: number, partnership: { id: string } } };

export type KnowledgeBase5MutationVariables = Exact<{
  input: UpdateEarlierCommitmentInput;
}>;


export type KnowledgeBase5Mutation = { updateEarlierCommitment: { id: string, workId: string, sector: Sector, durationYears: number, grantedYear: number, year: number, amount: number, owner: number, institution: number, coordinator: number, institutionOrgnr: string, earlier: boolean, version: number, partnership: { id: string } } };

export type KnowledgeBase6MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeBase6Mutation = { deleteEarlierCommitment: string };

export type KnowledgeBase7QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KnowledgeBase7Query = { round: { frame: number, summary: { committedThisYear: number, freeThisYear: number } } };

export type KnowledgeBase8QueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeBase8Query = { knowledgeBaseIndicators: Array<{ id: string, kind: string, label: { nb: string } }> };

export type KnowledgeBase9QueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeBase9Query = { indicatorFigures: { totalCount: number } };

export type KnowledgeBase10QueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeBase10Query = { indicatorFigures: { edges: Array<{ node: { id: string } }> } };

export type KnowledgeBase11QueryVariables = Exact<{ [key: string]: never; }>;


export type KnowledgeBase11Query = { earlierCommitments: { totalCount: number } };

export type OverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type OverviewQuery = { round: { id: string, year: number, status: RoundStatus, frame: number, version: number, calendar: Array<{ id: string, start: string, end: string, label: { nb: string } }>, planVersion: { planId: string, versionId: string }, summary: { statements: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, withProblems: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byTheme: Array<{ sector?: Sector | null, themeId?: string | null, rank?: number | null, statements: number, withdrawn: number, requestedThisYear: number, title?: { nb: string } | null }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number, requestedThisYear: number }> }, commitments: { totalCount: number }, needsStatements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: NeedsStatementStatus, sector?: Sector | null, themeId?: string | null, durationYears?: number | null, requestedThisYear: number, version: number, budget: Array<{ year: number, owner: number, institution: number, total: number, coordinator: number }>, partnership: { id: string, name: string, otherServices: Array<string>, institution: { id: string, name: string, kind: InstitutionKind }, owners: Array<{ id: string, name: string, orgnr: string, ownership: Ownership, municipality?: { number: string, name: string } | null }> }, decision?: { id: string, status: DecisionStatus, grantedThisYear: number } | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string } }> } }> } } };

export type ScenariosQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ScenariosQuery = { round: { id: string, activeScenarioRun?: { id: string, status: ScenarioRunStatus } | null, scenarios: { totalCount: number, edges: Array<{ node: { id: string, name: string, grantedNew: number, leftover: number, totals: { bySector: Array<{ key: string, grantedThisYear: number }>, byMunicipality: Array<{ key: string, grantedThisYear: number, municipalities: Array<{ number: string }> }>, byOwner: Array<{ key: string, grantedThisYear: number, owners: Array<{ id: string, name: string }> }> }, constraintReport: { gauges: Array<{ id: string, amount: number, broken: boolean, explanation: { nb: string } }>, sectors: Array<{ sector: Sector, requestedThisYear: number }>, leftover: { amount: number } }, methodInfo: { method: AllocationMethod, source: MethodSource, status?: string | null, gap?: number | null, durationMs: number, explanation: { nb: string } } } }> } } };

export type NationalAccess1QueryVariables = Exact<{
  groupBy: Array<NationalDimension> | NationalDimension;
}>;


export type NationalAccess1Query = { nationalStatistics: { groups: Array<{ year?: number | null, sector?: Sector | null, ownership?: OwnershipGroup | null, durationYears?: number | null, county?: { code: string, name: string } | null, theme?: { id: string, titleNb?: string | null, titleEn?: string | null } | null, institution?: { orgnr: string, name: string, kind: InstitutionKind } | null, figures: { granted: number, statements: number, reportsSubmitted: number } }>, totals: { granted: number, statements: number, frame?: number | null } } };

export type NationalAccess2QueryVariables = Exact<{ [key: string]: never; }>;


export type NationalAccess2Query = { viewer?: { role: Role, subject: string, county?: { code: string } | null } | null };

export type NationalAccess3QueryVariables = Exact<{ [key: string]: never; }>;


export type NationalAccess3Query = { rounds: { totalCount: number } };

export type NationalMaskinporten1QueryVariables = Exact<{ [key: string]: never; }>;


export type NationalMaskinporten1Query = { nationalStatistics: { totals: { statements: number, granted: number } } };

export type NationalMaskinporten2QueryVariables = Exact<{ [key: string]: never; }>;


export type NationalMaskinporten2Query = { viewer?: { role: Role } | null, rounds: { totalCount: number } };

export type NationalStatisticsFrameMutationVariables = Exact<{
  input: SetRoundFrameInput;
}>;


export type NationalStatisticsFrameMutation = { setRoundFrame: { frame: number } };

export type NationalFewQueryVariables = Exact<{
  groupBy: Array<NationalDimension> | NationalDimension;
}>;


export type NationalFewQuery = { nationalStatistics: { groups: Array<{ year?: number | null, county?: { code: string } | null, figures: { granted: number, reportCompleteness?: number | null, share?: number | null } }>, totals: { committed: number } } };

export type RegisterImport5QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RegisterImport5Query = { needsStatementTemplate: { fileName: string, contentType: string, contentBase64: string } };

export type RegisterImport6QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RegisterImport6Query = { needsStatementTemplate: { fileName: string } };

export type OneWinner1MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OneWinner1Mutation = { putScenarioToForum: { id: string, status: ProposalStatus } };

export type OneWinner4MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OneWinner4Mutation = { closeRound: { status: RoundStatus } };

export type OneWinner2MutationVariables = Exact<{
  input: CreateInstitutionInput;
}>;


export type OneWinner2Mutation = { createInstitution: { id: string } };

export type OneWinner3MutationVariables = Exact<{
  input: CreateInstitutionInput;
}>;


export type OneWinner3Mutation = { createInstitution: { id: string } };

export type PartnershipDoor1QueryVariables = Exact<{
  round: Scalars['ID']['input'];
}>;


export type PartnershipDoor1Query = { needsStatementFormContext: { roundYear: number, deadline?: string | null, open: boolean, partnershipId: string, plan: Record<string, unknown>, partnership: Record<string, unknown>, history: Record<string, unknown> } };

export type PartnershipDoor2MutationVariables = Exact<{
  input: SubmitNeedsStatementInput;
}>;


export type PartnershipDoor2Mutation = { submitNeedsStatement: { id: string } };

export type PartnershipDoor3MutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type PartnershipDoor3Mutation = { devSignIn: { token: string } };

export type PartnershipDoor4QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipDoor4Query = { devSignInPartnerships: Array<{ id: string, name: string }> };

export type PartnershipDoor5MutationVariables = Exact<{ [key: string]: never; }>;


export type PartnershipDoor5Mutation = { devSignIn: { user: { partnershipId?: string | null } } };

export type PartnershipDoor6QueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipDoor6Query = { viewer?: { role: Role, partnershipId?: string | null } | null };

export type Reporting10QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Reporting10Query = { annualReport: { id: string } };

export type Reporting9QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Reporting9Query = { annualReport: { problems: Array<{ code: string }> } };

export type Reporting5QueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type Reporting5Query = { reportFollowUp: { rows: Array<{ decision: { id: string, grantedPerYear: Array<{ year: number }> }, partnership: { name: string }, report?: { id: string, status: AnnualReportStatus, grant?: { owner: number } | null, accounts: { owner: { lines: Array<{ costLine: CostLine, amount: number }> }, institution: { spent: number } }, problems: Array<{ code: string }>, needsStatement: { title: string }, round: { year: number } } | null }> } };

export type Reporting7QueryVariables = Exact<{
  id: Scalars['ID']['input'];
  d: Scalars['ID']['input'];
}>;


export type Reporting7Query = { annualReport: { id: string }, decision: { annualReports: Array<{ id: string, year: number }> } };

export type RequestCeiling1MutationVariables = Exact<{
  input: SubmitNeedsStatementInput;
}>;


export type RequestCeiling1Mutation = { submitNeedsStatement: { id: string, requestedThisYear: number, requestedTotal: number, problems: Array<{ code: string }> } };

export type RequestCeiling2MutationVariables = Exact<{
  input: SetRoundFrameInput;
}>;


export type RequestCeiling2Mutation = { setRoundFrame: { id: string, frame: number } };

export type RequestCeiling3QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestCeiling3Query = { needsStatement: { id: string, notices: Array<{ code: string, field: string, clause: string, assumption?: string | null, message: { nb: string } }> } };

export type RequestCeiling4QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestCeiling4Query = { round: { frame: number, year: number } };

export type RequestCeiling5QueryVariables = Exact<{ [key: string]: never; }>;


export type RequestCeiling5Query = { partnerships: { edges: Array<{ node: { id: string, owners: Array<{ id: string, units: Array<{ id: string }> }>, institution: { id: string } } }> } };

export type RequestCeiling6MutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type RequestCeiling6Mutation = { createUnit: { id: string } };

export type RequestCeiling7MutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type RequestCeiling7Mutation = { createPartnership: { id: string, version: number } };

export type RequestCeiling9MutationVariables = Exact<{
  input: UpdatePartnershipInput;
}>;


export type RequestCeiling9Mutation = { updatePartnership: { id: string } };

export type RequestCeiling8QueryVariables = Exact<{ [key: string]: never; }>;


export type RequestCeiling8Query = { partnerships: { edges: Array<{ node: { owners: Array<{ id: string, units: Array<{ id: string }> }>, institution: { id: string } } }> } };

export type RequestCeiling10MutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type RequestCeiling10Mutation = { createPartnership: { id: string } };

export type RequestScopeRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestScopeRoundsQuery = { a: { edges: Array<{ node: { id: string, needsStatements: { totalCount: number } } }> }, b: { totalCount: number } };

export type RoleMatrix3QueryVariables = Exact<{
  r: Scalars['ID']['input'];
}>;


export type RoleMatrix3Query = { needsStatements: { edges: Array<{ node: { id: string } }> } };

export type RoleMatrix4QueryVariables = Exact<{ [key: string]: never; }>;


export type RoleMatrix4Query = { nationalStatistics: { groups: Array<{ sector?: Sector | null, county?: { code: string, name: string } | null, figures: { statements: number, requested: number, granted: number } }> } };

export type SetFrameMutationVariables = Exact<{
  input: SetRoundFrameInput;
}>;


export type SetFrameMutation = { setRoundFrame: { id: string, frame: number, version: number, summary: { committedThisYear: number, freeThisYear: number } } };

export type RoundVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundVersionQuery = { round: { version: number, frame: number } };

export type RoundActionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundActionsQuery = { round: { status: RoundStatus, allowedActions: Array<string> } };

export type RoundWorkflow8MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundWorkflow8Mutation = { putScenarioToForum: { id: string, status: ProposalStatus, round: { status: RoundStatus } } };

export type RoundWorkflow14MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundWorkflow14Mutation = { decideRound: Array<{ id: string }> };

export type RoundWorkflow9MutationVariables = Exact<{
  input: RecordForumOutcomeInput;
}>;


export type RoundWorkflow9Mutation = { recordForumOutcome: { status: ProposalStatus, forumOutcome?: ForumOutcome | null, votesFor?: number | null } };

export type RoundWorkflow15MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundWorkflow15Mutation = { decideRound: Array<{ id: string }> };

export type RoundWorkflow10MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundWorkflow10Mutation = { decideRound: Array<{ id: string, version: number, status: DecisionStatus, grantedThisYear: number, justification: string, partnership: { id: string }, grantedPerYear: Array<{ year: number, amount: number }> }> };

export type RoundWorkflow11QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundWorkflow11Query = { round: { status: RoundStatus } };

export type RoundWorkflow16MutationVariables = Exact<{
  input: UpdateDecisionInput;
}>;


export type RoundWorkflow16Mutation = { updateDecision: { version: number, justification: string } };

export type RoundWorkflow12MutationVariables = Exact<{
  input: RecordSplitAnswerInput;
}>;


export type RoundWorkflow12Mutation = { recordSplitAnswer: { owner: number, institution: number } };

export type RoundWorkflow17MutationVariables = Exact<{
  input: RecordSplitAnswerInput;
}>;


export type RoundWorkflow17Mutation = { recordSplitAnswer: { owner: number } };

export type RoundWorkflow5QueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RoundWorkflow5Query = { compareScenarios: { sameInputAsFirst: Array<string>, rows: Array<{ granted: Array<number>, spread: number, needsStatement: { id: string } }> } };

export type RoundWorkflow6QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundWorkflow6Query = { scenario: { lines: { edges: Array<{ node: { requestedThisYear: number, grantedThisYear: number, needsStatement: { id: string } } }> } } };

export type RoundWorkflow13MutationVariables = Exact<{
  input: AdjustScenarioLineInput;
}>;


export type RoundWorkflow13Mutation = { adjustScenarioLine: { version: number } };

export type RowLevelSecurity2MutationVariables = Exact<{
  input: SetRoundFrameInput;
}>;


export type RowLevelSecurity2Mutation = { setRoundFrame: { frame: number } };

export type RowLevelSecurity1QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RowLevelSecurity1Query = { round: { id: string } };

export type RowLevelSecurity3QueryVariables = Exact<{ [key: string]: never; }>;


export type RowLevelSecurity3Query = { rounds: { totalCount: number } };

export type RowLevelSecurity4QueryVariables = Exact<{ [key: string]: never; }>;


export type RowLevelSecurity4Query = { nationalStatistics: { totals: { statements: number } } };

export type RowLevelSecurity5QueryVariables = Exact<{ [key: string]: never; }>;


export type RowLevelSecurity5Query = { nationalStatistics: { totals: { statements: number } } };

export type SamiAssessment1MutationVariables = Exact<{
  input: AssessSamiPerspectiveInput;
}>;


export type SamiAssessment1Mutation = { assessSamiPerspective: { id: string, version: number, samiAssessment?: { level: SamiLevel, reason: string, assessedBy: string, assessedByName: string, assessedAt: string, version: number } | null } };

export type SamiAssessment2QueryVariables = Exact<{
  round: Scalars['ID']['input'];
}>;


export type SamiAssessment2Query = { needsStatements: { edges: Array<{ node: { id: string, sector?: Sector | null, themeId?: string | null, version: number } }> } };

export type SamiAssessment3MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SamiAssessment3Mutation = { closeRound: { status: RoundStatus } };

export type SamiAssessment4QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SamiAssessment4Query = { round: { summary: { committedThisYear: number } } };

export type SamiAssessment5MutationVariables = Exact<{
  input: SetRoundFrameInput;
}>;


export type SamiAssessment5Mutation = { setRoundFrame: { frame: number } };

export type SamiAssessment6QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SamiAssessment6Query = { needsStatement: { history: Array<{ action: string }> } };

export type SamiAssessment7QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SamiAssessment7Query = { needsStatement: { samiAssessment?: { version: number } | null } };

export type ScenarioAdjustments10MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments10Mutation = { putScenarioToForum: { id: string } };

export type ScenarioAdjustments3MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments3Mutation = { putScenarioToForum: { id: string } };

export type ScenarioAdjustments11MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments11Mutation = { recordForumOutcome: { status: ProposalStatus } };

export type ScenarioAdjustments12MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments12Mutation = { decideRound: Array<{ id: string }> };

export type ScenarioAdjustments13MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments13Mutation = { decideRound: Array<{ id: string }> };

export type ScenarioAdjustments4MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments4Mutation = { decideRound: Array<{ grantedThisYear: number, justification: string, needsStatement: { id: string }, grantedPerYear: Array<{ year: number, amount: number }> }> };

export type ScenarioAdjustments5QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments5Query = { round: { status: RoundStatus, calendar: Array<{ id: string, doneByPhase: boolean }>, decisionTotals: { decisions: number, grantedThisYear: number, grantedTotal: number, grantedLaterYears: number, byStatus: Array<{ status: DecisionStatus, decisions: number, grantedThisYear: number }> }, decisions: { edges: Array<{ node: { grantedThisYear: number, grantedTotal: number, version: number, justification: string } }> }, reduced: { grantedThisYear: number, decisions: number } } };

export type ScenarioAdjustments6QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments6Query = { scenario: { lines: { edges: Array<{ node: { id: string, adjustedBy?: string | null, adjustedByName?: string | null } }> } } };

export type ScenarioAdjustments7QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments7Query = { needsStatement: { history: Array<{ action: string, actorName: string, scenarioName?: string | null, grantedThisYear?: number | null, decisionStatus?: DecisionStatus | null, reason?: string | null }> } };

export type ScenarioAdjustments8QueryVariables = Exact<{
  id: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScenarioAdjustments8Query = { round: { needsStatements: { totalCount: number, edges: Array<{ node: { id: string, title: string, partnership: { name: string, institution: { name: string }, owners: Array<{ name: string, municipality?: { name: string } | null }> } } }> } } };

export type StatementDrafts13QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StatementDrafts13Query = { needsStatement: { status: NeedsStatementStatus, history: Array<{ action: string }> } };

export type AdminAggregates11MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminAggregates11Mutation = { closeRound: { status: RoundStatus } };

export type AdminAggregatesOverviewFragment = { id: string, year: number, status: RoundStatus, frame: number, version: number, createdAt: string, allowedActions: Array<string>, calendar: Array<{ id: string, start: string, end: string }>, summary: { statements: number, withdrawn: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, withProblems: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number }> }, commitments: { totalCount: number } };

export type NationalQueryVariables = Exact<{
  groupBy: Array<NationalDimension> | NationalDimension;
  years?: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
  counties?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type NationalQuery = { nationalStatistics: { groupBy: Array<NationalDimension>, years: Array<number>, counties: Array<string>, groups: Array<{ year?: number | null, sector?: Sector | null, ownership?: OwnershipGroup | null, durationYears?: number | null, county?: { code: string, name: string } | null, theme?: { id: string, titleNb?: string | null, titleEn?: string | null } | null, institution?: { orgnr: string, name: string, kind: InstitutionKind } | null, figures: { frame?: number | null, statements: number, requested: number, samiStatements: number, samiShare?: number | null, decisions: number, grants: number, granted: number, grantedLaterYears: number, committed: number, coordinatorGranted: number, fundedOwners: number, newcomerOwners: number, newcomerShare?: number | null, grantedToNewcomers: number, reportsExpected: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, reportCompleteness?: number | null, reportedReceivedOwner: number, reportedReceivedInstitution: number, reportedSpentOwner: number, reportedSpentInstitution: number, reportedCoordinatorSpent: number } }>, totals: { frame?: number | null, statements: number, requested: number, samiStatements: number, samiShare?: number | null, decisions: number, grants: number, granted: number, grantedLaterYears: number, committed: number, coordinatorGranted: number, fundedOwners: number, newcomerOwners: number, newcomerShare?: number | null, grantedToNewcomers: number, reportsExpected: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, reportCompleteness?: number | null, reportedReceivedOwner: number, reportedReceivedInstitution: number, reportedSpentOwner: number, reportedSpentInstitution: number, reportedCoordinatorSpent: number } } };

export type NationalFiguresAllFragment = { frame?: number | null, statements: number, requested: number, samiStatements: number, samiShare?: number | null, decisions: number, grants: number, granted: number, grantedLaterYears: number, committed: number, coordinatorGranted: number, fundedOwners: number, newcomerOwners: number, newcomerShare?: number | null, grantedToNewcomers: number, reportsExpected: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, reportCompleteness?: number | null, reportedReceivedOwner: number, reportedReceivedInstitution: number, reportedSpentOwner: number, reportedSpentInstitution: number, reportedCoordinatorSpent: number };

export type RegisterImport1MutationVariables = Exact<{
  input: PreviewRegisterImportInput;
}>;


export type RegisterImport1Mutation = { previewRegisterImport: { rows: number, canConfirm: boolean, fingerprint: string, summary: Array<{ entity: ImportEntity, created: number, updated: number, unchanged: number }>, problems: Array<{ file?: string | null, row?: number | null, column?: string | null, code: string, message: { nb: string } }>, statements: Array<{ title: string, partnershipName?: string | null }> } };

export type RegisterImport2MutationVariables = Exact<{
  input: ConfirmRegisterImportInput;
}>;


export type RegisterImport2Mutation = { confirmRegisterImport: { ids: Array<string>, summary: Array<{ entity: ImportEntity, created: number, updated: number, unchanged: number }> } };

export type RegisterImport3MutationVariables = Exact<{
  input: PreviewNeedsStatementImportInput;
}>;


export type RegisterImport3Mutation = { previewNeedsStatementImport: { rows: number, canConfirm: boolean, fingerprint: string, summary: Array<{ entity: ImportEntity, created: number, updated: number, unchanged: number }>, problems: Array<{ file?: string | null, row?: number | null, column?: string | null, code: string, message: { nb: string } }>, statements: Array<{ title: string, partnershipName?: string | null }> } };

export type RegisterImport4MutationVariables = Exact<{
  input: ConfirmNeedsStatementImportInput;
}>;


export type RegisterImport4Mutation = { confirmNeedsStatementImport: { ids: Array<string>, summary: Array<{ entity: ImportEntity, created: number }> } };

export type Register1MutationVariables = Exact<{
  input: CreateOwnerInput;
}>;


export type Register1Mutation = { createOwner: { id: string, orgnr: string, name: string, ownership: Ownership, participationYears: Array<number>, archivedAt?: string | null, version: number, municipality?: { number: string } | null } };

export type Register2MutationVariables = Exact<{
  input: UpdateOwnerInput;
}>;


export type Register2Mutation = { updateOwner: { id: string, orgnr: string, name: string, ownership: Ownership, participationYears: Array<number>, archivedAt?: string | null, version: number, municipality?: { number: string } | null } };

export type Register3MutationVariables = Exact<{
  input: SetArchivedInput;
}>;


export type Register3Mutation = { setOwnerArchived: { id: string, archivedAt?: string | null, version: number } };

export type Register4MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Register4Mutation = { deleteOwner: string };

export type Register17QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Register17Query = { owner: { id: string } };

export type Register18QueryVariables = Exact<{ [key: string]: never; }>;


export type Register18Query = { owners: { edges: Array<{ node: { id: string } }> } };

export type Register5MutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type Register5Mutation = { createUnit: { id: string, name: string, kind: UnitKind, registerId?: string | null, owner: { id: string } } };

export type Register6MutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type Register6Mutation = { updateUnit: { id: string, name: string, registerId?: string | null, version: number } };

export type Register7MutationVariables = Exact<{
  input: SetArchivedInput;
}>;


export type Register7Mutation = { setUnitArchived: { id: string, archivedAt?: string | null } };

export type Register8MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Register8Mutation = { deleteUnit: string };

export type Register19QueryVariables = Exact<{ [key: string]: never; }>;


export type Register19Query = { units: { totalCount: number } };

export type Register9MutationVariables = Exact<{
  input: CreateInstitutionInput;
}>;


export type Register9Mutation = { createInstitution: { id: string, orgnr: string, name: string, kind: InstitutionKind, version: number } };

export type Register10MutationVariables = Exact<{
  input: UpdateInstitutionInput;
}>;


export type Register10Mutation = { updateInstitution: { id: string, name: string, version: number } };

export type Register11MutationVariables = Exact<{
  input: SetArchivedInput;
}>;


export type Register11Mutation = { setInstitutionArchived: { id: string, archivedAt?: string | null } };

export type Register12MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Register12Mutation = { deleteInstitution: string };

export type Register13MutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type Register13Mutation = { createPartnership: { id: string, name: string, otherServices: Array<string>, archivedAt?: string | null, version: number, owners: Array<{ id: string }>, institution: { id: string }, contactPersons: Array<{ name: string, role: string, email: string, phone: string }> } };

export type Register14MutationVariables = Exact<{
  input: UpdatePartnershipInput;
}>;


export type Register14Mutation = { updatePartnership: { id: string, name: string, otherServices: Array<string>, archivedAt?: string | null, version: number, owners: Array<{ id: string }>, institution: { id: string }, contactPersons: Array<{ name: string, role: string, email: string, phone: string }> } };

export type Register15MutationVariables = Exact<{
  input: SetArchivedInput;
}>;


export type Register15Mutation = { setPartnershipArchived: { id: string, archivedAt?: string | null } };

export type Register16MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Register16Mutation = { deletePartnership: string };

export type Reporting1MutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type Reporting1Mutation = { acceptAnnualReport: { id: string, status: AnnualReportStatus, version: number, reviewedBy?: string | null } };

export type Reporting2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  comment: Scalars['String']['input'];
}>;


export type Reporting2Mutation = { returnAnnualReport: { id: string, status: AnnualReportStatus, version: number, reviewComment?: string | null } };

export type Reporting3QueryVariables = Exact<{
  roundId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
}>;


export type Reporting3Query = { reportFollowUp: { asOf: string, counts: { expected: number, reported: number, missing: number, late: number, accepted: number, returned: number, awaitingReview: number, withProblems: number }, money: { grantedOwner: number, grantedInstitution: number, reportedGranted: number, spentOwner: number, spentInstitution: number, coordinatorSpent: number }, rows: Array<{ title: string, year: number, roundYear: number, state: FollowUpState, dueDate: string, dueDateSource: DueDateSource, owed: boolean, late: boolean, daysLate: number, spentOwner?: number | null, spentInstitution?: number | null, unspent?: number | null, measuresNotCarriedOut: number, goalsNotAchieved: number, decision: { id: string }, partnership: { id: string, name: string }, report?: { id: string, status: AnnualReportStatus } | null, grant: { owner: number, institution: number, coordinator: number }, problems: Array<{ code: string, path: Array<string> }> }> } };

export type Reporting8MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Reporting8Mutation = { startReporting: { status: RoundStatus } };

export type Reporting4QueryVariables = Exact<{
  roundId?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type Reporting4Query = { reportReminders: Array<{ title: string, year: number, state: FollowUpState, dueDate: string, dueDateSource: DueDateSource, overdue: boolean, daysOverdue: number, reviewComment?: string | null, decision: { id: string }, partnership: { id: string, name: string }, contact: { name?: string | null, email?: string | null } }> };

export type Reporting6QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type Reporting6Query = { decision: { needsStatement: { goals: { longTerm: Array<{ id: string }>, subGoals: Array<{ id: string }> }, measures: Array<{ id: string }> } } };

export type RoleMatrix1MutationVariables = Exact<{
  input: RunScenarioInput;
}>;


export type RoleMatrix1Mutation = { runScenario: { id: string } };

export type RoleMatrix2QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoleMatrix2Query = { scenarioRun: { scenario?: { id: string } | null } };

export type RoundWorkflow1MutationVariables = Exact<{
  input: SubmitNeedsStatementInput;
}>;


export type RoundWorkflow1Mutation = { submitNeedsStatement: { id: string, version: number, status: NeedsStatementStatus, requestedThisYear: number, budget: Array<{ year: number, owner: number, institution: number, total: number }> } };

export type RoundWorkflow2MutationVariables = Exact<{
  input: UpdateNeedsStatementInput;
}>;


export type RoundWorkflow2Mutation = { updateNeedsStatement: { id: string, version: number, title: string } };

export type RoundWorkflow3MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundWorkflow3Mutation = { withdrawNeedsStatement: { status: NeedsStatementStatus } };

export type RoundWorkflow4MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundWorkflow4Mutation = { closeRound: { status: RoundStatus } };

export type RoundWorkflow7MutationVariables = Exact<{
  input: AdjustScenarioLineInput;
}>;


export type RoundWorkflow7Mutation = { adjustScenarioLine: { version: number, grantedNew: number } };

export type ScenarioAdjustmentsViewFragment = { id: string, version: number, frame: number, committedEarlier: number, grantedNew: number, leftover: number, adjustments: number, lines: { edges: Array<{ node: { id: string, status: AllocationStatus, requestedThisYear: number, engineGrantedThisYear: number, grantedThisYear: number, adjustmentReason?: string | null, breaks: Array<string>, constraintOverride?: { constraintIds: Array<string>, reason: string } | null, adjustmentExplanation?: { nb: string } | null, perYear: Array<{ year: number, amount: number }>, needsStatement: { id: string, sector?: Sector | null } } }> }, constraintReport: { gauges: Array<{ id: string, amount: number, broken: boolean, overridden: boolean, overrideReasons: Array<string>, notes: Array<{ nb: string }> }>, sectors: Array<{ sector: Sector, grantedNew: number, total: number }>, leftover: { amount: number } }, totals: { bySector: Array<{ key: string, grantedThisYear: number }> }, breaches: Array<{ constraintId: string, excess: number, overridden: boolean, overrides: Array<{ needsStatementId: string, reason: string }> }> };

export type ScenarioAdjustments14QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments14Query = { scenario: { id: string, version: number, frame: number, committedEarlier: number, grantedNew: number, leftover: number, adjustments: number, lines: { edges: Array<{ node: { id: string, status: AllocationStatus, requestedThisYear: number, engineGrantedThisYear: number, grantedThisYear: number, adjustmentReason?: string | null, breaks: Array<string>, constraintOverride?: { constraintIds: Array<string>, reason: string } | null, adjustmentExplanation?: { nb: string } | null, perYear: Array<{ year: number, amount: number }>, needsStatement: { id: string, sector?: Sector | null } } }> }, constraintReport: { gauges: Array<{ id: string, amount: number, broken: boolean, overridden: boolean, overrideReasons: Array<string>, notes: Array<{ nb: string }> }>, sectors: Array<{ sector: Sector, grantedNew: number, total: number }>, leftover: { amount: number } }, totals: { bySector: Array<{ key: string, grantedThisYear: number }> }, breaches: Array<{ constraintId: string, excess: number, overridden: boolean, overrides: Array<{ needsStatementId: string, reason: string }> }> } };

export type ScenarioAdjustments15QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments15Query = { round: { proposals: { edges: Array<{ node: { status: ProposalStatus, scenario: { id: string, version: number, frame: number, committedEarlier: number, grantedNew: number, leftover: number, adjustments: number, lines: { edges: Array<{ node: { id: string, status: AllocationStatus, requestedThisYear: number, engineGrantedThisYear: number, grantedThisYear: number, adjustmentReason?: string | null, breaks: Array<string>, constraintOverride?: { constraintIds: Array<string>, reason: string } | null, adjustmentExplanation?: { nb: string } | null, perYear: Array<{ year: number, amount: number }>, needsStatement: { id: string, sector?: Sector | null } } }> }, constraintReport: { gauges: Array<{ id: string, amount: number, broken: boolean, overridden: boolean, overrideReasons: Array<string>, notes: Array<{ nb: string }> }>, sectors: Array<{ sector: Sector, grantedNew: number, total: number }>, leftover: { amount: number } }, totals: { bySector: Array<{ key: string, grantedThisYear: number }> }, breaches: Array<{ constraintId: string, excess: number, overridden: boolean, overrides: Array<{ needsStatementId: string, reason: string }> }> } } }> } } };

export type ScenarioAdjustments1QueryVariables = Exact<{
  input: ScenarioAdjustmentPreviewInput;
}>;


export type ScenarioAdjustments1Query = { scenarioAdjustmentPreview: { grantedNew: number, leftover: number, maxWithinFrame: number, requiredOverrides: Array<string>, pastFrame: Array<{ year: number, frame: number, total: number, excess: number, assumed: boolean }>, breaches: Array<{ constraintId: string, excess: number }>, problems: Array<{ code: string, field: string, message: { nb: string } }> } };

export type ScenarioAdjustments2MutationVariables = Exact<{
  input: AdjustScenarioLineInput;
}>;


export type ScenarioAdjustments2Mutation = { adjustScenarioLine: { id: string, version: number, grantedNew: number, leftover: number, adjustments: number } };

export type ScenarioAdjustments9MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioAdjustments9Mutation = { closeRound: { status: RoundStatus } };

export type StatementDrafts1MutationVariables = Exact<{
  input: SaveNeedsStatementDraftInput;
}>;


export type StatementDrafts1Mutation = { saveNeedsStatementDraft: { id: string, status: NeedsStatementStatus, title: string, version: number, requestedThisYear: number, submittedAt: string } };

export type StatementDrafts2MutationVariables = Exact<{
  input: UpdateNeedsStatementInput;
}>;


export type StatementDrafts2Mutation = { submitNeedsStatementDraft: { id: string, status: NeedsStatementStatus, title: string, version: number, requestedThisYear: number, submittedAt: string } };

export type StatementDrafts3MutationVariables = Exact<{
  input: DiscardNeedsStatementDraftInput;
}>;


export type StatementDrafts3Mutation = { discardNeedsStatementDraft: string };

export type StatementDrafts4MutationVariables = Exact<{
  input: UpdateNeedsStatementInput;
}>;


export type StatementDrafts4Mutation = { updateNeedsStatement: { id: string, status: NeedsStatementStatus, title: string, version: number, requestedThisYear: number, submittedAt: string } };

export type StatementDrafts5MutationVariables = Exact<{
  input: WithdrawNeedsStatementInput;
}>;


export type StatementDrafts5Mutation = { withdrawNeedsStatement: { id: string, status: NeedsStatementStatus, title: string, version: number, requestedThisYear: number, submittedAt: string } };

export type StatementDrafts6MutationVariables = Exact<{
  input: SubmitNeedsStatementInput;
}>;


export type StatementDrafts6Mutation = { submitNeedsStatement: { id: string, status: NeedsStatementStatus, title: string, version: number, requestedThisYear: number, submittedAt: string } };

export type StatementDrafts7QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StatementDrafts7Query = { needsStatement: { id: string, status: NeedsStatementStatus, title: string, version: number, requestedThisYear: number, submittedAt: string } };

export type StatementDrafts8QueryVariables = Exact<{
  round: Scalars['ID']['input'];
}>;


export type StatementDrafts8Query = { needsStatements: { totalCount: number, edges: Array<{ node: { id: string, status: NeedsStatementStatus } }> } };

export type StatementDrafts9QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StatementDrafts9Query = { round: { id: string, summary: { byStatus: Array<{ status: NeedsStatementStatus, statements: number }> } } };

export type StatementDrafts10MutationVariables = Exact<{
  input: ExtendSubmissionDeadlineInput;
}>;


export type StatementDrafts10Mutation = { extendSubmissionDeadline: { id: string, version: number, submissionDeadline?: string | null, submissionDeadlineOverride?: string | null } };

export type StatementDrafts11QueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StatementDrafts11Query = { round: { id: string, version: number, submissionDeadline?: string | null, submissionDeadlineOverride?: string | null } };

export type StatementDrafts12QueryVariables = Exact<{
  round: Scalars['ID']['input'];
}>;


export type StatementDrafts12Query = { needsStatementFormContext: { deadline?: string | null, open: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminAggregatesOverviewFragmentDoc = new TypedDocumentString(`
    fragment AdminAggregatesOverview on Round {
  id
  year
  status
  frame
  version
  createdAt
  calendar {
    id
    start
    end
  }
  allowedActions
  summary {
    statements
    withdrawn
    requestedThisYear
    committedThisYear
    freeThisYear
    withProblems
    bySector {
      sector
      statements
      requestedThisYear
    }
    byStatus {
      status
      statements
    }
  }
  commitments(first: 1) {
    totalCount
  }
}
    `, {"fragmentName":"AdminAggregatesOverview"}) as unknown as TypedDocumentString<AdminAggregatesOverviewFragment, unknown>;
export const NationalFiguresAllFragmentDoc = new TypedDocumentString(`
    fragment NationalFiguresAll on NationalFigures {
  frame
  statements
  requested
  samiStatements
  samiShare
  decisions
  grants
  granted
  grantedLaterYears
  committed
  coordinatorGranted
  fundedOwners
  newcomerOwners
  newcomerShare
  grantedToNewcomers
  reportsExpected
  reportsSubmitted
  reportsAccepted
  reportsReturned
  reportCompleteness
  reportedReceivedOwner
  reportedReceivedInstitution
  reportedSpentOwner
  reportedSpentInstitution
  reportedCoordinatorSpent
}
    `, {"fragmentName":"NationalFiguresAll"}) as unknown as TypedDocumentString<NationalFiguresAllFragment, unknown>;
export const ScenarioAdjustmentsViewFragmentDoc = new TypedDocumentString(`
    fragment ScenarioAdjustmentsView on Scenario {
  id
  version
  frame
  committedEarlier
  grantedNew
  leftover
  adjustments
  lines(first: 50) {
    edges {
      node {
        id
        status
        requestedThisYear
        engineGrantedThisYear
        grantedThisYear
        adjustmentReason
        constraintOverride {
          constraintIds
          reason
        }
        adjustmentExplanation {
          nb
        }
        breaks
        perYear {
          year
          amount
        }
        needsStatement {
          id
          sector
        }
      }
    }
  }
  constraintReport {
    gauges {
      id
      amount
      broken
      overridden
      overrideReasons
      notes {
        nb
      }
    }
    sectors {
      sector
      grantedNew
      total
    }
    leftover {
      amount
    }
  }
  totals {
    bySector {
      key
      grantedThisYear
    }
  }
  breaches {
    constraintId
    excess
    overridden
    overrides {
      needsStatementId
      reason
    }
  }
}
    `, {"fragmentName":"ScenarioAdjustmentsView"}) as unknown as TypedDocumentString<ScenarioAdjustmentsViewFragment, unknown>;
export const AdminAggregates1Document = new TypedDocumentString(`
    query AdminAggregates1($id: ID!) {
  round(id: $id) {
    frame
    summary {
      statements
      withdrawn
      requestedThisYear
      committedThisYear
      freeThisYear
      withProblems
      bySector {
        sector
        statements
        requestedThisYear
      }
      byTheme {
        sector
        themeId
        title {
          nb
          en
        }
        rank
        statements
        withdrawn
        requestedThisYear
      }
      byStatus {
        status
        statements
        requestedThisYear
      }
    }
    commitments(first: 2) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    allCommitments: commitments(first: 200) {
      totalCount
      edges {
        node {
          amount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates1Query, AdminAggregates1QueryVariables>;
export const AdminAggregates2Document = new TypedDocumentString(`
    query AdminAggregates2($id: ID!) {
  needsStatements(roundId: $id, first: 200) {
    edges {
      node {
        id
        status
        problems {
          code
          path
          field
          message {
            nb
            en
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates2Query, AdminAggregates2QueryVariables>;
export const AdminAggregates17Document = new TypedDocumentString(`
    query AdminAggregates17($id: ID!) {
  round(id: $id) {
    ...AdminAggregatesOverview
  }
}
    fragment AdminAggregatesOverview on Round {
  id
  year
  status
  frame
  version
  createdAt
  calendar {
    id
    start
    end
  }
  allowedActions
  summary {
    statements
    withdrawn
    requestedThisYear
    committedThisYear
    freeThisYear
    withProblems
    bySector {
      sector
      statements
      requestedThisYear
    }
    byStatus {
      status
      statements
    }
  }
  commitments(first: 1) {
    totalCount
  }
}`) as unknown as TypedDocumentString<AdminAggregates17Query, AdminAggregates17QueryVariables>;
export const AdminAggregates18Document = new TypedDocumentString(`
    query AdminAggregates18 {
  rounds(first: 50) {
    edges {
      node {
        ...AdminAggregatesOverview
      }
    }
  }
}
    fragment AdminAggregatesOverview on Round {
  id
  year
  status
  frame
  version
  createdAt
  calendar {
    id
    start
    end
  }
  allowedActions
  summary {
    statements
    withdrawn
    requestedThisYear
    committedThisYear
    freeThisYear
    withProblems
    bySector {
      sector
      statements
      requestedThisYear
    }
    byStatus {
      status
      statements
    }
  }
  commitments(first: 1) {
    totalCount
  }
}`) as unknown as TypedDocumentString<AdminAggregates18Query, AdminAggregates18QueryVariables>;
export const AdminAggregates19Document = new TypedDocumentString(`
    query AdminAggregates19($id: ID!) {
  round(id: $id) {
    id
    year
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates19Query, AdminAggregates19QueryVariables>;
export const AdminAggregates4Document = new TypedDocumentString(`
    query AdminAggregates4($round: ID!, $has: Boolean) {
  needsStatements(roundId: $round, first: 200, filter: {hasProblems: $has}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates4Query, AdminAggregates4QueryVariables>;
export const AdminAggregates5Document = new TypedDocumentString(`
    query AdminAggregates5($id: ID!) {
  needsStatement(id: $id) {
    problems {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates5Query, AdminAggregates5QueryVariables>;
export const AdminAggregates20Document = new TypedDocumentString(`
    query AdminAggregates20($id: ID!) {
  needsStatements(roundId: $id, first: 200) {
    edges {
      node {
        id
        newcomer
        partnership {
          owners {
            id
            participationYears
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates20Query, AdminAggregates20QueryVariables>;
export const AdminAggregates9Document = new TypedDocumentString(`
    query AdminAggregates9($id: ID!) {
  round(id: $id) {
    activeScenarioRun {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates9Query, AdminAggregates9QueryVariables>;
export const AdminAggregates10Document = new TypedDocumentString(`
    query AdminAggregates10($id: ID!) {
  round(id: $id) {
    activeScenarioRun {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates10Query, AdminAggregates10QueryVariables>;
export const AdminAggregates13Document = new TypedDocumentString(`
    query AdminAggregates13($id: ID!) {
  scenarioRun(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates13Query, AdminAggregates13QueryVariables>;
export const AdminAggregates14Document = new TypedDocumentString(`
    query AdminAggregates14($id: ID!) {
  scenarioRun(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates14Query, AdminAggregates14QueryVariables>;
export const AdminAggregates15Document = new TypedDocumentString(`
    query AdminAggregates15($id: ID!) {
  scenarioRun(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates15Query, AdminAggregates15QueryVariables>;
export const AdminAggregates16Document = new TypedDocumentString(`
    query AdminAggregates16($id: ID!) {
  scenarioRun(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates16Query, AdminAggregates16QueryVariables>;
export const AdminAggregates3Document = new TypedDocumentString(`
    query AdminAggregates3($id: ID!) {
  scenario(id: $id) {
    id
    grantedNew
    frame
    leftover
    lines(first: 200) {
      totalCount
      edges {
        node {
          requestedThisYear
          grantedThisYear
          needsStatement {
            sector
          }
        }
      }
    }
    totals {
      bySector {
        key
        kind
        sector
        statements
        requestedThisYear
        grantedThisYear
      }
      byMunicipality {
        key
        kind
        municipality {
          number
        }
        municipalities {
          number
        }
        statements
        requestedThisYear
        grantedThisYear
      }
      byOwner {
        key
        kind
        owners {
          id
          name
        }
        municipalities {
          number
        }
        statements
        requestedThisYear
        grantedThisYear
      }
    }
    constraintReport {
      gauges {
        id
        kind
        label {
          nb
        }
        amount
        percent
        lower
        upper
        limitPercent
        broken
        explanation {
          nb
          en
        }
        notes {
          nb
        }
        clause
        clauseTitle {
          nb
          en
        }
        sector
        year
        durationYears
        group
      }
      sectors {
        sector
        total
        grantedNew
        committed
        band {
          lower
          upper
        }
        withinBand
        requestedThisYear
        statements
        notes {
          nb
        }
        clause
      }
      leftover {
        amount
        reasons {
          code
          message {
            nb
          }
        }
      }
      institutionsInSeveralPartnerships {
        orgnr
        partnershipIds
        grantedThisYear
      }
    }
    methodInfo {
      method
      cutRule
      source
      objective
      rankedObjective
      status
      gap
      timeLimitSeconds
      timeLimitReached
      durationMs
      explanation {
        nb
        en
      }
      solver {
        status
        provenGap
        timeLimitReached
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates3Query, AdminAggregates3QueryVariables>;
export const AdminAggregates6Document = new TypedDocumentString(`
    query AdminAggregates6($id: ID!) {
  scenarioRun(id: $id) {
    id
    status
    name
    method
    queuedAt
    startedAt
    finishedAt
    durationMs
    requestedByName
    errorCode
    scenario {
      id
    }
    round {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates6Query, AdminAggregates6QueryVariables>;
export const AdminAggregates7Document = new TypedDocumentString(`
    query AdminAggregates7($id: ID!) {
  round(id: $id) {
    activeScenarioRun {
      id
    }
    scenarioRuns(first: 10) {
      totalCount
      edges {
        node {
          status
          scenario {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates7Query, AdminAggregates7QueryVariables>;
export const AdminAggregates8Document = new TypedDocumentString(`
    query AdminAggregates8($ids: [ID!]!) {
  compareScenarios(ids: $ids) {
    scenarios {
      id
      grantedNew
    }
    rows {
      spread
      needsStatement {
        id
      }
    }
    differences {
      granted
      spread
      needsStatement {
        id
      }
      lines {
        status
        grantedThisYear
        explanation {
          nb
        }
        adjustmentReason
      }
    }
    bySector {
      key
      kind
      sector
      granted
      requestedThisYear
      statements
      spread
      differs
    }
    byMunicipality {
      key
      kind
      granted
      spread
      differs
    }
    byOwner {
      key
      kind
      owners {
        id
      }
      granted
      spread
      differs
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates8Query, AdminAggregates8QueryVariables>;
export const AdminAggregates12Document = new TypedDocumentString(`
    query AdminAggregates12($ids: [ID!]!) {
  compareScenarios(ids: $ids) {
    rows {
      spread
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates12Query, AdminAggregates12QueryVariables>;
export const Hardening1Document = new TypedDocumentString(`
    mutation Hardening1 {
  devSignIn(role: ADMIN, countyCode: "troms") {
    token
    user {
      role
      county {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Hardening1Mutation, Hardening1MutationVariables>;
export const Hardening2Document = new TypedDocumentString(`
    mutation Hardening2 {
  devSignIn(role: ADMIN, countyCode: "troms") {
    token
  }
}
    `) as unknown as TypedDocumentString<Hardening2Mutation, Hardening2MutationVariables>;
export const Hardening3Document = new TypedDocumentString(`
    query Hardening3($id: ID!) {
  round(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<Hardening3Query, Hardening3QueryVariables>;
export const KnowledgeBase1Document = new TypedDocumentString(`
    mutation KnowledgeBase1($input: CreateIndicatorFigureInput!) {
  createIndicatorFigure(input: $input) {
    id
    indicatorId
    sector
    year
    value
    source
    version
    municipality {
      number
    }
    owner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgeBase1Mutation, KnowledgeBase1MutationVariables>;
export const KnowledgeBase2Document = new TypedDocumentString(`
    mutation KnowledgeBase2($input: UpdateIndicatorFigureInput!) {
  updateIndicatorFigure(input: $input) {
    id
    indicatorId
    sector
    year
    value
    source
    version
    municipality {
      number
    }
    owner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgeBase2Mutation, KnowledgeBase2MutationVariables>;
export const KnowledgeBase3Document = new TypedDocumentString(`
    mutation KnowledgeBase3($id: ID!) {
  deleteIndicatorFigure(id: $id)
}
    `) as unknown as TypedDocumentString<KnowledgeBase3Mutation, KnowledgeBase3MutationVariables>;
export const KnowledgeBase4Document = new TypedDocumentString(`
    mutation KnowledgeBase4($input: CreateEarlierCommitmentInput!) {
  createEarlierCommitment(input: $input) {
    id
    partnership {
      id
    }
    workId
    sector
    durationYears
    grantedYear
    year
    amount
    owner
    institution
    coordinator
    institutionOrgnr
    earlier
    version
  }
}
    `) as unknown as TypedDocumentString<KnowledgeBase4Mutation, KnowledgeBase4MutationVariables>;
export const KnowledgeBase5Document = new TypedDocumentString(`
    mutation KnowledgeBase5($input: UpdateEarlierCommitmentInput!) {
  updateEarlierCommitment(input: $input) {
    id
    partnership {
      id
    }
    workId
    sector
    durationYears
    grantedYear
    year
    amount
    owner
    institution
    coordinator
    institutionOrgnr
    earlier
    version
  }
}
    `) as unknown as TypedDocumentString<KnowledgeBase5Mutation, KnowledgeBase5MutationVariables>;
export const KnowledgeBase6Document = new TypedDocumentString(`
    mutation KnowledgeBase6($id: ID!) {
  deleteEarlierCommitment(id: $id)
}
    `) as unknown as TypedDocumentString<KnowledgeBase6Mutation, KnowledgeBase6MutationVariables>;
export const KnowledgeBase7Document = new TypedDocumentString(`
    query KnowledgeBase7($id: ID!) {
  round(id: $id) {
    frame
    summary {
      committedThisYear
      freeThisYear
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgeBase7Query, KnowledgeBase7QueryVariables>;
export const KnowledgeBase8Document = new TypedDocumentString(`
    query KnowledgeBase8 {
  knowledgeBaseIndicators {
    id
    kind
    label {
      nb
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgeBase8Query, KnowledgeBase8QueryVariables>;
export const KnowledgeBase9Document = new TypedDocumentString(`
    query KnowledgeBase9 {
  indicatorFigures(year: 2027, municipalityNumber: "5501") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<KnowledgeBase9Query, KnowledgeBase9QueryVariables>;
export const KnowledgeBase10Document = new TypedDocumentString(`
    query KnowledgeBase10 {
  indicatorFigures(first: 200) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KnowledgeBase10Query, KnowledgeBase10QueryVariables>;
export const KnowledgeBase11Document = new TypedDocumentString(`
    query KnowledgeBase11 {
  earlierCommitments {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<KnowledgeBase11Query, KnowledgeBase11QueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($id: ID!, $first: Int!) {
  round(id: $id) {
    id
    year
    status
    frame
    version
    calendar {
      id
      start
      end
      label {
        nb
      }
    }
    planVersion {
      planId
      versionId
    }
    summary {
      statements
      requestedThisYear
      committedThisYear
      freeThisYear
      withProblems
      bySector {
        sector
        statements
        requestedThisYear
      }
      byTheme {
        sector
        themeId
        title {
          nb
        }
        rank
        statements
        withdrawn
        requestedThisYear
      }
      byStatus {
        status
        statements
        requestedThisYear
      }
    }
    commitments(first: 1) {
      totalCount
    }
    needsStatements(
      first: $first
      orderBy: {field: REQUESTED_THIS_YEAR, direction: DESC}
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          status
          sector
          themeId
          durationYears
          requestedThisYear
          version
          budget {
            year
            owner
            institution
            total
            coordinator
          }
          partnership {
            id
            name
            otherServices
            institution {
              id
              name
              kind
            }
            owners {
              id
              name
              orgnr
              ownership
              municipality {
                number
                name
              }
            }
          }
          decision {
            id
            status
            grantedThisYear
          }
          problems {
            code
            path
            message {
              nb
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const ScenariosDocument = new TypedDocumentString(`
    query Scenarios($id: ID!, $first: Int!) {
  round(id: $id) {
    id
    activeScenarioRun {
      id
      status
    }
    scenarios(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          grantedNew
          leftover
          totals {
            bySector {
              key
              grantedThisYear
            }
            byMunicipality {
              key
              municipalities {
                number
              }
              grantedThisYear
            }
            byOwner {
              key
              owners {
                id
                name
              }
              grantedThisYear
            }
          }
          constraintReport {
            gauges {
              id
              amount
              broken
              explanation {
                nb
              }
            }
            sectors {
              sector
              requestedThisYear
            }
            leftover {
              amount
            }
          }
          methodInfo {
            method
            source
            status
            gap
            durationMs
            explanation {
              nb
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenariosQuery, ScenariosQueryVariables>;
export const NationalAccess1Document = new TypedDocumentString(`
    query NationalAccess1($groupBy: [NationalDimension!]!) {
  nationalStatistics(groupBy: $groupBy) {
    groups {
      county {
        code
        name
      }
      year
      sector
      theme {
        id
        titleNb
        titleEn
      }
      ownership
      institution {
        orgnr
        name
        kind
      }
      durationYears
      figures {
        granted
        statements
        reportsSubmitted
      }
    }
    totals {
      granted
      statements
      frame
    }
  }
}
    `) as unknown as TypedDocumentString<NationalAccess1Query, NationalAccess1QueryVariables>;
export const NationalAccess2Document = new TypedDocumentString(`
    query NationalAccess2 {
  viewer {
    role
    subject
    county {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NationalAccess2Query, NationalAccess2QueryVariables>;
export const NationalAccess3Document = new TypedDocumentString(`
    query NationalAccess3 {
  rounds {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<NationalAccess3Query, NationalAccess3QueryVariables>;
export const NationalMaskinporten1Document = new TypedDocumentString(`
    query NationalMaskinporten1 {
  nationalStatistics {
    totals {
      statements
      granted
    }
  }
}
    `) as unknown as TypedDocumentString<NationalMaskinporten1Query, NationalMaskinporten1QueryVariables>;
export const NationalMaskinporten2Document = new TypedDocumentString(`
    query NationalMaskinporten2 {
  viewer {
    role
  }
  rounds {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<NationalMaskinporten2Query, NationalMaskinporten2QueryVariables>;
export const NationalStatisticsFrameDocument = new TypedDocumentString(`
    mutation NationalStatisticsFrame($input: SetRoundFrameInput!) {
  setRoundFrame(input: $input) {
    frame
  }
}
    `) as unknown as TypedDocumentString<NationalStatisticsFrameMutation, NationalStatisticsFrameMutationVariables>;
export const NationalFewDocument = new TypedDocumentString(`
    query NationalFew($groupBy: [NationalDimension!]!) {
  nationalStatistics(groupBy: $groupBy) {
    groups {
      county {
        code
      }
      year
      figures {
        granted
        share: samiShare
        reportCompleteness
      }
    }
    totals {
      committed
    }
  }
}
    `) as unknown as TypedDocumentString<NationalFewQuery, NationalFewQueryVariables>;
export const RegisterImport5Document = new TypedDocumentString(`
    query RegisterImport5($id: ID!) {
  needsStatementTemplate(roundId: $id) {
    fileName
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<RegisterImport5Query, RegisterImport5QueryVariables>;
export const RegisterImport6Document = new TypedDocumentString(`
    query RegisterImport6($id: ID!) {
  needsStatementTemplate(roundId: $id) {
    fileName
  }
}
    `) as unknown as TypedDocumentString<RegisterImport6Query, RegisterImport6QueryVariables>;
export const OneWinner1Document = new TypedDocumentString(`
    mutation OneWinner1($id: ID!) {
  putScenarioToForum(input: {scenarioId: $id}) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OneWinner1Mutation, OneWinner1MutationVariables>;
export const OneWinner4Document = new TypedDocumentString(`
    mutation OneWinner4($id: ID!) {
  closeRound(input: {roundId: $id}) {
    status
  }
}
    `) as unknown as TypedDocumentString<OneWinner4Mutation, OneWinner4MutationVariables>;
export const OneWinner2Document = new TypedDocumentString(`
    mutation OneWinner2($input: CreateInstitutionInput!) {
  createInstitution(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OneWinner2Mutation, OneWinner2MutationVariables>;
export const OneWinner3Document = new TypedDocumentString(`
    mutation OneWinner3($input: CreateInstitutionInput!) {
  createInstitution(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OneWinner3Mutation, OneWinner3MutationVariables>;
export const PartnershipDoor1Document = new TypedDocumentString(`
    query PartnershipDoor1($round: ID!) {
  needsStatementFormContext(roundId: $round) {
    roundYear
    deadline
    open
    partnershipId
    plan
    partnership
    history
  }
}
    `) as unknown as TypedDocumentString<PartnershipDoor1Query, PartnershipDoor1QueryVariables>;
export const PartnershipDoor2Document = new TypedDocumentString(`
    mutation PartnershipDoor2($input: SubmitNeedsStatementInput!) {
  submitNeedsStatement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnershipDoor2Mutation, PartnershipDoor2MutationVariables>;
export const PartnershipDoor3Document = new TypedDocumentString(`
    mutation PartnershipDoor3($p: ID!) {
  devSignIn(role: PARTNERSHIP, countyCode: "troms", partnershipId: $p) {
    token
  }
}
    `) as unknown as TypedDocumentString<PartnershipDoor3Mutation, PartnershipDoor3MutationVariables>;
export const PartnershipDoor4Document = new TypedDocumentString(`
    query PartnershipDoor4 {
  devSignInPartnerships(countyCode: "troms") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PartnershipDoor4Query, PartnershipDoor4QueryVariables>;
export const PartnershipDoor5Document = new TypedDocumentString(`
    mutation PartnershipDoor5 {
  devSignIn(role: PARTNERSHIP, countyCode: "troms") {
    user {
      partnershipId
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipDoor5Mutation, PartnershipDoor5MutationVariables>;
export const PartnershipDoor6Document = new TypedDocumentString(`
    query PartnershipDoor6 {
  viewer {
    role
    partnershipId
  }
}
    `) as unknown as TypedDocumentString<PartnershipDoor6Query, PartnershipDoor6QueryVariables>;
export const Reporting10Document = new TypedDocumentString(`
    query Reporting10($id: ID!) {
  annualReport(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<Reporting10Query, Reporting10QueryVariables>;
export const Reporting9Document = new TypedDocumentString(`
    query Reporting9($id: ID!) {
  annualReport(id: $id) {
    problems {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<Reporting9Query, Reporting9QueryVariables>;
export const Reporting5Document = new TypedDocumentString(`
    query Reporting5($roundId: ID!) {
  reportFollowUp(roundId: $roundId, asOf: "2026-12-01") {
    rows {
      decision {
        id
        grantedPerYear {
          year
        }
      }
      partnership {
        name
      }
      report {
        id
        status
        grant {
          owner
        }
        accounts {
          owner {
            lines {
              costLine
              amount
            }
          }
          institution {
            spent
          }
        }
        problems {
          code
        }
        needsStatement {
          title
        }
        round {
          year
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Reporting5Query, Reporting5QueryVariables>;
export const Reporting7Document = new TypedDocumentString(`
    query Reporting7($id: ID!, $d: ID!) {
  annualReport(id: $id) {
    id
  }
  decision(id: $d) {
    annualReports {
      id
      year
    }
  }
}
    `) as unknown as TypedDocumentString<Reporting7Query, Reporting7QueryVariables>;
export const RequestCeiling1Document = new TypedDocumentString(`
    mutation RequestCeiling1($input: SubmitNeedsStatementInput!) {
  submitNeedsStatement(input: $input) {
    id
    requestedThisYear
    requestedTotal
    problems {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RequestCeiling1Mutation, RequestCeiling1MutationVariables>;
export const RequestCeiling2Document = new TypedDocumentString(`
    mutation RequestCeiling2($input: SetRoundFrameInput!) {
  setRoundFrame(input: $input) {
    id
    frame
  }
}
    `) as unknown as TypedDocumentString<RequestCeiling2Mutation, RequestCeiling2MutationVariables>;
export const RequestCeiling3Document = new TypedDocumentString(`
    query RequestCeiling3($id: ID!) {
  needsStatement(id: $id) {
    id
    notices {
      code
      field
      clause
      assumption
      message {
        nb
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestCeiling3Query, RequestCeiling3QueryVariables>;
export const RequestCeiling4Document = new TypedDocumentString(`
    query RequestCeiling4($id: ID!) {
  round(id: $id) {
    frame
    year
  }
}
    `) as unknown as TypedDocumentString<RequestCeiling4Query, RequestCeiling4QueryVariables>;
export const RequestCeiling5Document = new TypedDocumentString(`
    query RequestCeiling5 {
  partnerships(first: 1) {
    edges {
      node {
        id
        owners {
          id
          units {
            id
          }
        }
        institution {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestCeiling5Query, RequestCeiling5QueryVariables>;
export const RequestCeiling6Document = new TypedDocumentString(`
    mutation RequestCeiling6($input: CreateUnitInput!) {
  createUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestCeiling6Mutation, RequestCeiling6MutationVariables>;
export const RequestCeiling7Document = new TypedDocumentString(`
    mutation RequestCeiling7($input: CreatePartnershipInput!) {
  createPartnership(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RequestCeiling7Mutation, RequestCeiling7MutationVariables>;
export const RequestCeiling9Document = new TypedDocumentString(`
    mutation RequestCeiling9($input: UpdatePartnershipInput!) {
  updatePartnership(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestCeiling9Mutation, RequestCeiling9MutationVariables>;
export const RequestCeiling8Document = new TypedDocumentString(`
    query RequestCeiling8 {
  partnerships(first: 2) {
    edges {
      node {
        owners {
          id
          units {
            id
          }
        }
        institution {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestCeiling8Query, RequestCeiling8QueryVariables>;
export const RequestCeiling10Document = new TypedDocumentString(`
    mutation RequestCeiling10($input: CreatePartnershipInput!) {
  createPartnership(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestCeiling10Mutation, RequestCeiling10MutationVariables>;
export const RequestScopeRoundsDocument = new TypedDocumentString(`
    query RequestScopeRounds {
  a: rounds {
    edges {
      node {
        id
        needsStatements(first: 1) {
          totalCount
        }
      }
    }
  }
  b: rounds {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RequestScopeRoundsQuery, RequestScopeRoundsQueryVariables>;
export const RoleMatrix3Document = new TypedDocumentString(`
    query RoleMatrix3($r: ID!) {
  needsStatements(roundId: $r) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoleMatrix3Query, RoleMatrix3QueryVariables>;
export const RoleMatrix4Document = new TypedDocumentString(`
    query RoleMatrix4 {
  nationalStatistics(groupBy: [COUNTY, SECTOR], years: [2026]) {
    groups {
      county {
        code
        name
      }
      sector
      figures {
        statements
        requested
        granted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoleMatrix4Query, RoleMatrix4QueryVariables>;
export const SetFrameDocument = new TypedDocumentString(`
    mutation SetFrame($input: SetRoundFrameInput!) {
  setRoundFrame(input: $input) {
    id
    frame
    version
    summary {
      committedThisYear
      freeThisYear
    }
  }
}
    `) as unknown as TypedDocumentString<SetFrameMutation, SetFrameMutationVariables>;
export const RoundVersionDocument = new TypedDocumentString(`
    query RoundVersion($id: ID!) {
  round(id: $id) {
    version
    frame
  }
}
    `) as unknown as TypedDocumentString<RoundVersionQuery, RoundVersionQueryVariables>;
export const RoundActionsDocument = new TypedDocumentString(`
    query RoundActions($id: ID!) {
  round(id: $id) {
    status
    allowedActions
  }
}
    `) as unknown as TypedDocumentString<RoundActionsQuery, RoundActionsQueryVariables>;
export const RoundWorkflow8Document = new TypedDocumentString(`
    mutation RoundWorkflow8($id: ID!) {
  putScenarioToForum(input: {scenarioId: $id, note: "Til drøfting"}) {
    id
    status
    round {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow8Mutation, RoundWorkflow8MutationVariables>;
export const RoundWorkflow14Document = new TypedDocumentString(`
    mutation RoundWorkflow14($id: ID!) {
  decideRound(input: {proposalId: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow14Mutation, RoundWorkflow14MutationVariables>;
export const RoundWorkflow9Document = new TypedDocumentString(`
    mutation RoundWorkflow9($input: RecordForumOutcomeInput!) {
  recordForumOutcome(input: $input) {
    status
    forumOutcome
    votesFor
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow9Mutation, RoundWorkflow9MutationVariables>;
export const RoundWorkflow15Document = new TypedDocumentString(`
    mutation RoundWorkflow15($id: ID!) {
  decideRound(input: {proposalId: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow15Mutation, RoundWorkflow15MutationVariables>;
export const RoundWorkflow10Document = new TypedDocumentString(`
    mutation RoundWorkflow10($id: ID!) {
  decideRound(input: {proposalId: $id}) {
    id
    version
    status
    grantedThisYear
    justification
    partnership {
      id
    }
    grantedPerYear {
      year
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow10Mutation, RoundWorkflow10MutationVariables>;
export const RoundWorkflow11Document = new TypedDocumentString(`
    query RoundWorkflow11($id: ID!) {
  round(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow11Query, RoundWorkflow11QueryVariables>;
export const RoundWorkflow16Document = new TypedDocumentString(`
    mutation RoundWorkflow16($input: UpdateDecisionInput!) {
  updateDecision(input: $input) {
    version
    justification
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow16Mutation, RoundWorkflow16MutationVariables>;
export const RoundWorkflow12Document = new TypedDocumentString(`
    mutation RoundWorkflow12($input: RecordSplitAnswerInput!) {
  recordSplitAnswer(input: $input) {
    owner
    institution
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow12Mutation, RoundWorkflow12MutationVariables>;
export const RoundWorkflow17Document = new TypedDocumentString(`
    mutation RoundWorkflow17($input: RecordSplitAnswerInput!) {
  recordSplitAnswer(input: $input) {
    owner
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow17Mutation, RoundWorkflow17MutationVariables>;
export const RoundWorkflow5Document = new TypedDocumentString(`
    query RoundWorkflow5($ids: [ID!]!) {
  compareScenarios(ids: $ids) {
    sameInputAsFirst
    rows {
      granted
      spread
      needsStatement {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow5Query, RoundWorkflow5QueryVariables>;
export const RoundWorkflow6Document = new TypedDocumentString(`
    query RoundWorkflow6($id: ID!) {
  scenario(id: $id) {
    lines(first: 50, orderBy: {field: REQUESTED, direction: DESC}) {
      edges {
        node {
          requestedThisYear
          grantedThisYear
          needsStatement {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow6Query, RoundWorkflow6QueryVariables>;
export const RoundWorkflow13Document = new TypedDocumentString(`
    mutation RoundWorkflow13($input: AdjustScenarioLineInput!) {
  adjustScenarioLine(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow13Mutation, RoundWorkflow13MutationVariables>;
export const RowLevelSecurity2Document = new TypedDocumentString(`
    mutation RowLevelSecurity2($input: SetRoundFrameInput!) {
  setRoundFrame(input: $input) {
    frame
  }
}
    `) as unknown as TypedDocumentString<RowLevelSecurity2Mutation, RowLevelSecurity2MutationVariables>;
export const RowLevelSecurity1Document = new TypedDocumentString(`
    query RowLevelSecurity1($id: ID!) {
  round(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RowLevelSecurity1Query, RowLevelSecurity1QueryVariables>;
export const RowLevelSecurity3Document = new TypedDocumentString(`
    query RowLevelSecurity3 {
  rounds {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RowLevelSecurity3Query, RowLevelSecurity3QueryVariables>;
export const RowLevelSecurity4Document = new TypedDocumentString(`
    query RowLevelSecurity4 {
  nationalStatistics(groupBy: [COUNTY]) {
    totals {
      statements
    }
  }
}
    `) as unknown as TypedDocumentString<RowLevelSecurity4Query, RowLevelSecurity4QueryVariables>;
export const RowLevelSecurity5Document = new TypedDocumentString(`
    query RowLevelSecurity5 {
  nationalStatistics(groupBy: [SECTOR]) {
    totals {
      statements
    }
  }
}
    `) as unknown as TypedDocumentString<RowLevelSecurity5Query, RowLevelSecurity5QueryVariables>;
export const SamiAssessment1Document = new TypedDocumentString(`
    mutation SamiAssessment1($input: AssessSamiPerspectiveInput!) {
  assessSamiPerspective(input: $input) {
    id
    version
    samiAssessment {
      level
      reason
      assessedBy
      assessedByName
      assessedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SamiAssessment1Mutation, SamiAssessment1MutationVariables>;
export const SamiAssessment2Document = new TypedDocumentString(`
    query SamiAssessment2($round: ID!) {
  needsStatements(roundId: $round, first: 100) {
    edges {
      node {
        id
        sector
        themeId
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SamiAssessment2Query, SamiAssessment2QueryVariables>;
export const SamiAssessment3Document = new TypedDocumentString(`
    mutation SamiAssessment3($id: ID!) {
  closeRound(input: {roundId: $id}) {
    status
  }
}
    `) as unknown as TypedDocumentString<SamiAssessment3Mutation, SamiAssessment3MutationVariables>;
export const SamiAssessment4Document = new TypedDocumentString(`
    query SamiAssessment4($id: ID!) {
  round(id: $id) {
    summary {
      committedThisYear
    }
  }
}
    `) as unknown as TypedDocumentString<SamiAssessment4Query, SamiAssessment4QueryVariables>;
export const SamiAssessment5Document = new TypedDocumentString(`
    mutation SamiAssessment5($input: SetRoundFrameInput!) {
  setRoundFrame(input: $input) {
    frame
  }
}
    `) as unknown as TypedDocumentString<SamiAssessment5Mutation, SamiAssessment5MutationVariables>;
export const SamiAssessment6Document = new TypedDocumentString(`
    query SamiAssessment6($id: ID!) {
  needsStatement(id: $id) {
    history {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<SamiAssessment6Query, SamiAssessment6QueryVariables>;
export const SamiAssessment7Document = new TypedDocumentString(`
    query SamiAssessment7($id: ID!) {
  needsStatement(id: $id) {
    samiAssessment {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SamiAssessment7Query, SamiAssessment7QueryVariables>;
export const ScenarioAdjustments10Document = new TypedDocumentString(`
    mutation ScenarioAdjustments10($id: ID!) {
  putScenarioToForum(input: {scenarioId: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments10Mutation, ScenarioAdjustments10MutationVariables>;
export const ScenarioAdjustments3Document = new TypedDocumentString(`
    mutation ScenarioAdjustments3($id: ID!) {
  putScenarioToForum(input: {scenarioId: $id, note: "Til drøfting"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments3Mutation, ScenarioAdjustments3MutationVariables>;
export const ScenarioAdjustments11Document = new TypedDocumentString(`
    mutation ScenarioAdjustments11($id: ID!) {
  recordForumOutcome(input: {proposalId: $id, outcome: CONSENSUS}) {
    status
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments11Mutation, ScenarioAdjustments11MutationVariables>;
export const ScenarioAdjustments12Document = new TypedDocumentString(`
    mutation ScenarioAdjustments12($id: ID!) {
  decideRound(input: {proposalId: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments12Mutation, ScenarioAdjustments12MutationVariables>;
export const ScenarioAdjustments13Document = new TypedDocumentString(`
    mutation ScenarioAdjustments13($id: ID!) {
  decideRound(input: {proposalId: $id}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments13Mutation, ScenarioAdjustments13MutationVariables>;
export const ScenarioAdjustments4Document = new TypedDocumentString(`
    mutation ScenarioAdjustments4($id: ID!) {
  decideRound(input: {proposalId: $id}) {
    grantedThisYear
    justification
    needsStatement {
      id
    }
    grantedPerYear {
      year
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments4Mutation, ScenarioAdjustments4MutationVariables>;
export const ScenarioAdjustments5Document = new TypedDocumentString(`
    query ScenarioAdjustments5($id: ID!) {
  round(id: $id) {
    status
    calendar {
      id
      doneByPhase
    }
    decisionTotals {
      decisions
      grantedThisYear
      grantedTotal
      grantedLaterYears
      byStatus {
        status
        decisions
        grantedThisYear
      }
    }
    decisions(first: 100) {
      edges {
        node {
          grantedThisYear
          grantedTotal
          version
          justification
        }
      }
    }
    reduced: decisionTotals(filter: {status: [REDUCED]}) {
      grantedThisYear
      decisions
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments5Query, ScenarioAdjustments5QueryVariables>;
export const ScenarioAdjustments6Document = new TypedDocumentString(`
    query ScenarioAdjustments6($id: ID!) {
  scenario(id: $id) {
    lines(first: 50) {
      edges {
        node {
          id
          adjustedBy
          adjustedByName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments6Query, ScenarioAdjustments6QueryVariables>;
export const ScenarioAdjustments7Document = new TypedDocumentString(`
    query ScenarioAdjustments7($id: ID!) {
  needsStatement(id: $id) {
    history {
      action
      actorName
      scenarioName
      grantedThisYear
      decisionStatus
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments7Query, ScenarioAdjustments7QueryVariables>;
export const ScenarioAdjustments8Document = new TypedDocumentString(`
    query ScenarioAdjustments8($id: ID!, $search: String) {
  round(id: $id) {
    needsStatements(first: 100, filter: {search: $search}) {
      totalCount
      edges {
        node {
          id
          title
          partnership {
            name
            institution {
              name
            }
            owners {
              name
              municipality {
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments8Query, ScenarioAdjustments8QueryVariables>;
export const StatementDrafts13Document = new TypedDocumentString(`
    query StatementDrafts13($id: ID!) {
  needsStatement(id: $id) {
    status
    history {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts13Query, StatementDrafts13QueryVariables>;
export const AdminAggregates11Document = new TypedDocumentString(`
    mutation AdminAggregates11($id: ID!) {
  closeRound(input: {roundId: $id}) {
    status
  }
}
    `) as unknown as TypedDocumentString<AdminAggregates11Mutation, AdminAggregates11MutationVariables>;
export const NationalDocument = new TypedDocumentString(`
    query National($groupBy: [NationalDimension!]!, $years: [Int!], $counties: [String!]) {
  nationalStatistics(groupBy: $groupBy, years: $years, counties: $counties) {
    groupBy
    years
    counties
    groups {
      county {
        code
        name
      }
      year
      sector
      theme {
        id
        titleNb
        titleEn
      }
      ownership
      institution {
        orgnr
        name
        kind
      }
      durationYears
      figures {
        ...NationalFiguresAll
      }
    }
    totals {
      ...NationalFiguresAll
    }
  }
}
    fragment NationalFiguresAll on NationalFigures {
  frame
  statements
  requested
  samiStatements
  samiShare
  decisions
  grants
  granted
  grantedLaterYears
  committed
  coordinatorGranted
  fundedOwners
  newcomerOwners
  newcomerShare
  grantedToNewcomers
  reportsExpected
  reportsSubmitted
  reportsAccepted
  reportsReturned
  reportCompleteness
  reportedReceivedOwner
  reportedReceivedInstitution
  reportedSpentOwner
  reportedSpentInstitution
  reportedCoordinatorSpent
}`) as unknown as TypedDocumentString<NationalQuery, NationalQueryVariables>;
export const RegisterImport1Document = new TypedDocumentString(`
    mutation RegisterImport1($input: PreviewRegisterImportInput!) {
  previewRegisterImport(input: $input) {
    rows
    canConfirm
    fingerprint
    summary {
      entity
      created
      updated
      unchanged
    }
    problems {
      file
      row
      column
      code
      message {
        nb
      }
    }
    statements {
      title
      partnershipName
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterImport1Mutation, RegisterImport1MutationVariables>;
export const RegisterImport2Document = new TypedDocumentString(`
    mutation RegisterImport2($input: ConfirmRegisterImportInput!) {
  confirmRegisterImport(input: $input) {
    summary {
      entity
      created
      updated
      unchanged
    }
    ids
  }
}
    `) as unknown as TypedDocumentString<RegisterImport2Mutation, RegisterImport2MutationVariables>;
export const RegisterImport3Document = new TypedDocumentString(`
    mutation RegisterImport3($input: PreviewNeedsStatementImportInput!) {
  previewNeedsStatementImport(input: $input) {
    rows
    canConfirm
    fingerprint
    summary {
      entity
      created
      updated
      unchanged
    }
    problems {
      file
      row
      column
      code
      message {
        nb
      }
    }
    statements {
      title
      partnershipName
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterImport3Mutation, RegisterImport3MutationVariables>;
export const RegisterImport4Document = new TypedDocumentString(`
    mutation RegisterImport4($input: ConfirmNeedsStatementImportInput!) {
  confirmNeedsStatementImport(input: $input) {
    summary {
      entity
      created
    }
    ids
  }
}
    `) as unknown as TypedDocumentString<RegisterImport4Mutation, RegisterImport4MutationVariables>;
export const Register1Document = new TypedDocumentString(`
    mutation Register1($input: CreateOwnerInput!) {
  createOwner(input: $input) {
    id
    orgnr
    name
    ownership
    municipality {
      number
    }
    participationYears
    archivedAt
    version
  }
}
    `) as unknown as TypedDocumentString<Register1Mutation, Register1MutationVariables>;
export const Register2Document = new TypedDocumentString(`
    mutation Register2($input: UpdateOwnerInput!) {
  updateOwner(input: $input) {
    id
    orgnr
    name
    ownership
    municipality {
      number
    }
    participationYears
    archivedAt
    version
  }
}
    `) as unknown as TypedDocumentString<Register2Mutation, Register2MutationVariables>;
export const Register3Document = new TypedDocumentString(`
    mutation Register3($input: SetArchivedInput!) {
  setOwnerArchived(input: $input) {
    id
    archivedAt
    version
  }
}
    `) as unknown as TypedDocumentString<Register3Mutation, Register3MutationVariables>;
export const Register4Document = new TypedDocumentString(`
    mutation Register4($id: ID!) {
  deleteOwner(id: $id)
}
    `) as unknown as TypedDocumentString<Register4Mutation, Register4MutationVariables>;
export const Register17Document = new TypedDocumentString(`
    query Register17($id: ID!) {
  owner(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<Register17Query, Register17QueryVariables>;
export const Register18Document = new TypedDocumentString(`
    query Register18 {
  owners(first: 200, archived: false) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Register18Query, Register18QueryVariables>;
export const Register5Document = new TypedDocumentString(`
    mutation Register5($input: CreateUnitInput!) {
  createUnit(input: $input) {
    id
    name
    kind
    registerId
    owner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<Register5Mutation, Register5MutationVariables>;
export const Register6Document = new TypedDocumentString(`
    mutation Register6($input: UpdateUnitInput!) {
  updateUnit(input: $input) {
    id
    name
    registerId
    version
  }
}
    `) as unknown as TypedDocumentString<Register6Mutation, Register6MutationVariables>;
export const Register7Document = new TypedDocumentString(`
    mutation Register7($input: SetArchivedInput!) {
  setUnitArchived(input: $input) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<Register7Mutation, Register7MutationVariables>;
export const Register8Document = new TypedDocumentString(`
    mutation Register8($id: ID!) {
  deleteUnit(id: $id)
}
    `) as unknown as TypedDocumentString<Register8Mutation, Register8MutationVariables>;
export const Register19Document = new TypedDocumentString(`
    query Register19 {
  units {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<Register19Query, Register19QueryVariables>;
export const Register9Document = new TypedDocumentString(`
    mutation Register9($input: CreateInstitutionInput!) {
  createInstitution(input: $input) {
    id
    orgnr
    name
    kind
    version
  }
}
    `) as unknown as TypedDocumentString<Register9Mutation, Register9MutationVariables>;
export const Register10Document = new TypedDocumentString(`
    mutation Register10($input: UpdateInstitutionInput!) {
  updateInstitution(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<Register10Mutation, Register10MutationVariables>;
export const Register11Document = new TypedDocumentString(`
    mutation Register11($input: SetArchivedInput!) {
  setInstitutionArchived(input: $input) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<Register11Mutation, Register11MutationVariables>;
export const Register12Document = new TypedDocumentString(`
    mutation Register12($id: ID!) {
  deleteInstitution(id: $id)
}
    `) as unknown as TypedDocumentString<Register12Mutation, Register12MutationVariables>;
export const Register13Document = new TypedDocumentString(`
    mutation Register13($input: CreatePartnershipInput!) {
  createPartnership(input: $input) {
    id
    name
    owners {
      id
    }
    institution {
      id
    }
    otherServices
    contactPersons {
      name
      role
      email
      phone
    }
    archivedAt
    version
  }
}
    `) as unknown as TypedDocumentString<Register13Mutation, Register13MutationVariables>;
export const Register14Document = new TypedDocumentString(`
    mutation Register14($input: UpdatePartnershipInput!) {
  updatePartnership(input: $input) {
    id
    name
    owners {
      id
    }
    institution {
      id
    }
    otherServices
    contactPersons {
      name
      role
      email
      phone
    }
    archivedAt
    version
  }
}
    `) as unknown as TypedDocumentString<Register14Mutation, Register14MutationVariables>;
export const Register15Document = new TypedDocumentString(`
    mutation Register15($input: SetArchivedInput!) {
  setPartnershipArchived(input: $input) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<Register15Mutation, Register15MutationVariables>;
export const Register16Document = new TypedDocumentString(`
    mutation Register16($id: ID!) {
  deletePartnership(id: $id)
}
    `) as unknown as TypedDocumentString<Register16Mutation, Register16MutationVariables>;
export const Reporting1Document = new TypedDocumentString(`
    mutation Reporting1($id: ID!, $version: Int!) {
  acceptAnnualReport(id: $id, version: $version) {
    id
    status
    version
    reviewedBy
  }
}
    `) as unknown as TypedDocumentString<Reporting1Mutation, Reporting1MutationVariables>;
export const Reporting2Document = new TypedDocumentString(`
    mutation Reporting2($id: ID!, $version: Int!, $comment: String!) {
  returnAnnualReport(id: $id, version: $version, comment: $comment) {
    id
    status
    version
    reviewComment
  }
}
    `) as unknown as TypedDocumentString<Reporting2Mutation, Reporting2MutationVariables>;
export const Reporting3Document = new TypedDocumentString(`
    query Reporting3($roundId: ID, $year: Int, $asOf: String) {
  reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {
    asOf
    counts {
      expected
      reported
      missing
      late
      accepted
      returned
      awaitingReview
      withProblems
    }
    money {
      grantedOwner
      grantedInstitution
      reportedGranted
      spentOwner
      spentInstitution
      coordinatorSpent
    }
    rows {
      decision {
        id
      }
      partnership {
        id
        name
      }
      title
      year
      roundYear
      state
      dueDate
      dueDateSource
      owed
      late
      daysLate
      report {
        id
        status
      }
      grant {
        owner
        institution
        coordinator
      }
      spentOwner
      spentInstitution
      unspent
      problems {
        code
        path
      }
      measuresNotCarriedOut
      goalsNotAchieved
    }
  }
}
    `) as unknown as TypedDocumentString<Reporting3Query, Reporting3QueryVariables>;
export const Reporting8Document = new TypedDocumentString(`
    mutation Reporting8($id: ID!) {
  startReporting(input: {roundId: $id}) {
    status
  }
}
    `) as unknown as TypedDocumentString<Reporting8Mutation, Reporting8MutationVariables>;
export const Reporting4Document = new TypedDocumentString(`
    query Reporting4($roundId: ID, $asOf: String, $overdueOnly: Boolean) {
  reportReminders(roundId: $roundId, asOf: $asOf, overdueOnly: $overdueOnly) {
    decision {
      id
    }
    partnership {
      id
      name
    }
    title
    year
    state
    dueDate
    dueDateSource
    overdue
    daysOverdue
    contact {
      name
      email
    }
    reviewComment
  }
}
    `) as unknown as TypedDocumentString<Reporting4Query, Reporting4QueryVariables>;
export const Reporting6Document = new TypedDocumentString(`
    query Reporting6($id: ID!) {
  decision(id: $id) {
    needsStatement {
      goals {
        longTerm {
          id
        }
        subGoals {
          id
        }
      }
      measures {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Reporting6Query, Reporting6QueryVariables>;
export const RoleMatrix1Document = new TypedDocumentString(`
    mutation RoleMatrix1($input: RunScenarioInput!) {
  runScenario(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RoleMatrix1Mutation, RoleMatrix1MutationVariables>;
export const RoleMatrix2Document = new TypedDocumentString(`
    query RoleMatrix2($id: ID!) {
  scenarioRun(id: $id) {
    scenario {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RoleMatrix2Query, RoleMatrix2QueryVariables>;
export const RoundWorkflow1Document = new TypedDocumentString(`
    mutation RoundWorkflow1($input: SubmitNeedsStatementInput!) {
  submitNeedsStatement(input: $input) {
    id
    version
    status
    requestedThisYear
    budget {
      year
      owner
      institution
      total
    }
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow1Mutation, RoundWorkflow1MutationVariables>;
export const RoundWorkflow2Document = new TypedDocumentString(`
    mutation RoundWorkflow2($input: UpdateNeedsStatementInput!) {
  updateNeedsStatement(input: $input) {
    id
    version
    title
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow2Mutation, RoundWorkflow2MutationVariables>;
export const RoundWorkflow3Document = new TypedDocumentString(`
    mutation RoundWorkflow3($id: ID!) {
  withdrawNeedsStatement(input: {id: $id, reason: "Slått sammen"}) {
    status
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow3Mutation, RoundWorkflow3MutationVariables>;
export const RoundWorkflow4Document = new TypedDocumentString(`
    mutation RoundWorkflow4($id: ID!) {
  closeRound(input: {roundId: $id}) {
    status
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow4Mutation, RoundWorkflow4MutationVariables>;
export const RoundWorkflow7Document = new TypedDocumentString(`
    mutation RoundWorkflow7($input: AdjustScenarioLineInput!) {
  adjustScenarioLine(input: $input) {
    version
    grantedNew
  }
}
    `) as unknown as TypedDocumentString<RoundWorkflow7Mutation, RoundWorkflow7MutationVariables>;
export const ScenarioAdjustments14Document = new TypedDocumentString(`
    query ScenarioAdjustments14($id: ID!) {
  scenario(id: $id) {
    ...ScenarioAdjustmentsView
  }
}
    fragment ScenarioAdjustmentsView on Scenario {
  id
  version
  frame
  committedEarlier
  grantedNew
  leftover
  adjustments
  lines(first: 50) {
    edges {
      node {
        id
        status
        requestedThisYear
        engineGrantedThisYear
        grantedThisYear
        adjustmentReason
        constraintOverride {
          constraintIds
          reason
        }
        adjustmentExplanation {
          nb
        }
        breaks
        perYear {
          year
          amount
        }
        needsStatement {
          id
          sector
        }
      }
    }
  }
  constraintReport {
    gauges {
      id
      amount
      broken
      overridden
      overrideReasons
      notes {
        nb
      }
    }
    sectors {
      sector
      grantedNew
      total
    }
    leftover {
      amount
    }
  }
  totals {
    bySector {
      key
      grantedThisYear
    }
  }
  breaches {
    constraintId
    excess
    overridden
    overrides {
      needsStatementId
      reason
    }
  }
}`) as unknown as TypedDocumentString<ScenarioAdjustments14Query, ScenarioAdjustments14QueryVariables>;
export const ScenarioAdjustments15Document = new TypedDocumentString(`
    query ScenarioAdjustments15($id: ID!) {
  round(id: $id) {
    proposals(first: 1) {
      edges {
        node {
          status
          scenario {
            ...ScenarioAdjustmentsView
          }
        }
      }
    }
  }
}
    fragment ScenarioAdjustmentsView on Scenario {
  id
  version
  frame
  committedEarlier
  grantedNew
  leftover
  adjustments
  lines(first: 50) {
    edges {
      node {
        id
        status
        requestedThisYear
        engineGrantedThisYear
        grantedThisYear
        adjustmentReason
        constraintOverride {
          constraintIds
          reason
        }
        adjustmentExplanation {
          nb
        }
        breaks
        perYear {
          year
          amount
        }
        needsStatement {
          id
          sector
        }
      }
    }
  }
  constraintReport {
    gauges {
      id
      amount
      broken
      overridden
      overrideReasons
      notes {
        nb
      }
    }
    sectors {
      sector
      grantedNew
      total
    }
    leftover {
      amount
    }
  }
  totals {
    bySector {
      key
      grantedThisYear
    }
  }
  breaches {
    constraintId
    excess
    overridden
    overrides {
      needsStatementId
      reason
    }
  }
}`) as unknown as TypedDocumentString<ScenarioAdjustments15Query, ScenarioAdjustments15QueryVariables>;
export const ScenarioAdjustments1Document = new TypedDocumentString(`
    query ScenarioAdjustments1($input: ScenarioAdjustmentPreviewInput!) {
  scenarioAdjustmentPreview(input: $input) {
    grantedNew
    leftover
    maxWithinFrame
    requiredOverrides
    pastFrame {
      year
      frame
      total
      excess
      assumed
    }
    breaches {
      constraintId
      excess
    }
    problems {
      code
      field
      message {
        nb
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments1Query, ScenarioAdjustments1QueryVariables>;
export const ScenarioAdjustments2Document = new TypedDocumentString(`
    mutation ScenarioAdjustments2($input: AdjustScenarioLineInput!) {
  adjustScenarioLine(input: $input) {
    id
    version
    grantedNew
    leftover
    adjustments
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments2Mutation, ScenarioAdjustments2MutationVariables>;
export const ScenarioAdjustments9Document = new TypedDocumentString(`
    mutation ScenarioAdjustments9($id: ID!) {
  closeRound(input: {roundId: $id}) {
    status
  }
}
    `) as unknown as TypedDocumentString<ScenarioAdjustments9Mutation, ScenarioAdjustments9MutationVariables>;
export const StatementDrafts1Document = new TypedDocumentString(`
    mutation StatementDrafts1($input: SaveNeedsStatementDraftInput!) {
  saveNeedsStatementDraft(input: $input) {
    id
    status
    title
    version
    requestedThisYear
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts1Mutation, StatementDrafts1MutationVariables>;
export const StatementDrafts2Document = new TypedDocumentString(`
    mutation StatementDrafts2($input: UpdateNeedsStatementInput!) {
  submitNeedsStatementDraft(input: $input) {
    id
    status
    title
    version
    requestedThisYear
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts2Mutation, StatementDrafts2MutationVariables>;
export const StatementDrafts3Document = new TypedDocumentString(`
    mutation StatementDrafts3($input: DiscardNeedsStatementDraftInput!) {
  discardNeedsStatementDraft(input: $input)
}
    `) as unknown as TypedDocumentString<StatementDrafts3Mutation, StatementDrafts3MutationVariables>;
export const StatementDrafts4Document = new TypedDocumentString(`
    mutation StatementDrafts4($input: UpdateNeedsStatementInput!) {
  updateNeedsStatement(input: $input) {
    id
    status
    title
    version
    requestedThisYear
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts4Mutation, StatementDrafts4MutationVariables>;
export const StatementDrafts5Document = new TypedDocumentString(`
    mutation StatementDrafts5($input: WithdrawNeedsStatementInput!) {
  withdrawNeedsStatement(input: $input) {
    id
    status
    title
    version
    requestedThisYear
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts5Mutation, StatementDrafts5MutationVariables>;
export const StatementDrafts6Document = new TypedDocumentString(`
    mutation StatementDrafts6($input: SubmitNeedsStatementInput!) {
  submitNeedsStatement(input: $input) {
    id
    status
    title
    version
    requestedThisYear
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts6Mutation, StatementDrafts6MutationVariables>;
export const StatementDrafts7Document = new TypedDocumentString(`
    query StatementDrafts7($id: ID!) {
  needsStatement(id: $id) {
    id
    status
    title
    version
    requestedThisYear
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts7Query, StatementDrafts7QueryVariables>;
export const StatementDrafts8Document = new TypedDocumentString(`
    query StatementDrafts8($round: ID!) {
  needsStatements(roundId: $round, first: 200) {
    totalCount
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts8Query, StatementDrafts8QueryVariables>;
export const StatementDrafts9Document = new TypedDocumentString(`
    query StatementDrafts9($id: ID!) {
  round(id: $id) {
    id
    summary {
      byStatus {
        status
        statements
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts9Query, StatementDrafts9QueryVariables>;
export const StatementDrafts10Document = new TypedDocumentString(`
    mutation StatementDrafts10($input: ExtendSubmissionDeadlineInput!) {
  extendSubmissionDeadline(input: $input) {
    id
    version
    submissionDeadline
    submissionDeadlineOverride
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts10Mutation, StatementDrafts10MutationVariables>;
export const StatementDrafts11Document = new TypedDocumentString(`
    query StatementDrafts11($id: ID!) {
  round(id: $id) {
    id
    version
    submissionDeadline
    submissionDeadlineOverride
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts11Query, StatementDrafts11QueryVariables>;
export const StatementDrafts12Document = new TypedDocumentString(`
    query StatementDrafts12($round: ID!) {
  needsStatementFormContext(roundId: $round) {
    deadline
    open
  }
}
    `) as unknown as TypedDocumentString<StatementDrafts12Query, StatementDrafts12QueryVariables>;