/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type ComparisonGroupFieldsFragment = { key: string, kind: GroupKind, sector?: Sector | null, statements: Array<number>, requestedThisYear: Array<number>, granted: Array<number>, spread: number, differs: boolean, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> };

export type ComparisonRowFieldsFragment = { requestedThisYear: number, granted: Array<number>, spread: number, needsStatement: { id: string, title: string, sector?: Sector | null, partnership: { id: string, name: string } }, lines: Array<{ id: string, status: AllocationStatus, grantedThisYear: number, adjustmentReason?: string | null, explanation: { nb: string } } | null> };

export type CompareScenariosQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CompareScenariosQuery = { compareScenarios: { sameInputAsFirst: Array<string>, scenarios: Array<{ id: string, name: string, method: AllocationMethod, cutRule: CutRule, marginalTier: MarginalTier, frame: number, committedEarlier: number, grantedNew: number, leftover: number, ranAt: string, ranByName: string, durationMs: number, version: number }>, bySector: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: Array<number>, requestedThisYear: Array<number>, granted: Array<number>, spread: number, differs: boolean, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byMunicipality: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: Array<number>, requestedThisYear: Array<number>, granted: Array<number>, spread: number, differs: boolean, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byOwner: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: Array<number>, requestedThisYear: Array<number>, granted: Array<number>, spread: number, differs: boolean, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, differences: Array<{ requestedThisYear: number, granted: Array<number>, spread: number, needsStatement: { id: string, title: string, sector?: Sector | null, partnership: { id: string, name: string } }, lines: Array<{ id: string, status: AllocationStatus, grantedThisYear: number, adjustmentReason?: string | null, explanation: { nb: string } } | null> }> } };

export type ComplaintFieldsFragment = { id: string, status: ComplaintStatus, complainant: string, grounds: string, receivedOn: string, postedOn?: string | null, notifiedOn: string, noticeChannel: NoticeChannel, deadline: string, timely: boolean, daysLate: number, deadlineExplanation: string, assumptions: unknown, reasons?: string | null, lateReason?: string | null, caseSummary?: string | null, resultingVersion?: number | null, settledBy?: string | null, settledAt?: string | null, version: number, decision: { id: string } };

export type RoundComplaintsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type RoundComplaintsQuery = { complaints: Array<{ id: string, status: ComplaintStatus, complainant: string, grounds: string, receivedOn: string, postedOn?: string | null, notifiedOn: string, noticeChannel: NoticeChannel, deadline: string, timely: boolean, daysLate: number, deadlineExplanation: string, assumptions: unknown, reasons?: string | null, lateReason?: string | null, caseSummary?: string | null, resultingVersion?: number | null, settledBy?: string | null, settledAt?: string | null, version: number, decision: { id: string } }>, round: { id: string, year: number, decisions: { edges: Array<{ node: { id: string, status: DecisionStatus, grantedTotal: number, partnership: { id: string, name: string }, needsStatement: { id: string, title: string }, grantedPerYear: Array<{ year: number, amount: number, owner: number, institution: number, coordinator: number }>, versions: Array<{ versionNo: number, grantedTotal: number, changeReason?: string | null, decidedAt: string }>, letters: Array<{ id: string, kind: LetterKind, url: string, frozenAt: string }> } }> } } };

export type RegisterComplaintMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type RegisterComplaintMutation = { registerComplaint: { id: string, status: ComplaintStatus, complainant: string, grounds: string, receivedOn: string, postedOn?: string | null, notifiedOn: string, noticeChannel: NoticeChannel, deadline: string, timely: boolean, daysLate: number, deadlineExplanation: string, assumptions: unknown, reasons?: string | null, lateReason?: string | null, caseSummary?: string | null, resultingVersion?: number | null, settledBy?: string | null, settledAt?: string | null, version: number, decision: { id: string } } };

export type ForwardComplaintMutationVariables = Exact<{
  input: ForwardComplaintInput;
}>;


export type ForwardComplaintMutation = { forwardComplaint: { id: string, status: ComplaintStatus, complainant: string, grounds: string, receivedOn: string, postedOn?: string | null, notifiedOn: string, noticeChannel: NoticeChannel, deadline: string, timely: boolean, daysLate: number, deadlineExplanation: string, assumptions: unknown, reasons?: string | null, lateReason?: string | null, caseSummary?: string | null, resultingVersion?: number | null, settledBy?: string | null, settledAt?: string | null, version: number, decision: { id: string } } };

export type ChangeDecisionOnComplaintMutationVariables = Exact<{
  input: ChangeDecisionInput;
}>;


export type ChangeDecisionOnComplaintMutation = { changeDecisionOnComplaint: { id: string, status: ComplaintStatus, complainant: string, grounds: string, receivedOn: string, postedOn?: string | null, notifiedOn: string, noticeChannel: NoticeChannel, deadline: string, timely: boolean, daysLate: number, deadlineExplanation: string, assumptions: unknown, reasons?: string | null, lateReason?: string | null, caseSummary?: string | null, resultingVersion?: number | null, settledBy?: string | null, settledAt?: string | null, version: number, decision: { id: string } } };

export type RejectComplaintMutationVariables = Exact<{
  input: RejectComplaintInput;
}>;


export type RejectComplaintMutation = { rejectComplaint: { id: string, status: ComplaintStatus, complainant: string, grounds: string, receivedOn: string, postedOn?: string | null, notifiedOn: string, noticeChannel: NoticeChannel, deadline: string, timely: boolean, daysLate: number, deadlineExplanation: string, assumptions: unknown, reasons?: string | null, lateReason?: string | null, caseSummary?: string | null, resultingVersion?: number | null, settledBy?: string | null, settledAt?: string | null, version: number, decision: { id: string } } };

export type CountyFieldsFragment = { id: string, code: string, name: string };

export type PlatformStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformStatusQuery = { health: { status: string, version: string }, counties: Array<{ id: string, code: string, name: string }> };

export type LetterTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type LetterTemplateQuery = { letterTemplate: { version: number, isDefault: boolean, blocks: Array<{ id: string, text: string }>, contact: { officeName: string, email: string, phone: string, address: string, signatory: string, appealBody: string }, placeholders: Array<{ name: string, description: string }> } };

export type UpdateLetterTemplateMutationVariables = Exact<{
  input: UpdateLetterTemplateInput;
}>;


export type UpdateLetterTemplateMutation = { updateLetterTemplate: { version: number, isDefault: boolean, blocks: Array<{ id: string, text: string }>, contact: { officeName: string, email: string, phone: string, address: string, signatory: string, appealBody: string }, placeholders: Array<{ name: string, description: string }> } };

export type LetterTemplatePreviewDecisionsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type LetterTemplatePreviewDecisionsQuery = { round: { id: string, year: number, decisions: { edges: Array<{ node: { id: string, status: DecisionStatus, partnership: { id: string, name: string } } }> } } };

export type LetterTemplatePreviewQueryVariables = Exact<{
  decisionId: Scalars['ID']['input'];
  template?: InputMaybe<LetterTemplateDraftInput>;
}>;


export type LetterTemplatePreviewQuery = { decisionLetterPreview: { decisionId: string, title: string, date: string, recipient: Array<string>, complaintDeadline: string, reportDeadline?: string | null, pdfUrl: string, sections: Array<{ heading?: string | null, paragraphs: Array<string>, list: Array<string>, table?: { columns: Array<string>, rows: Array<Array<string>> } | null }> } };

export type NationalFiguresFieldsFragment = { statements: number, requested: number, decisions: number, grants: number, granted: number, grantedLaterYears: number, committed: number, coordinatorGranted: number, frame?: number | null, samiShare?: number | null, newcomerShare?: number | null, reportsExpected: number, reportsSubmitted: number, reportCompleteness?: number | null };

export type NationalStatisticsQueryVariables = Exact<{
  groupBy: Array<NationalDimension> | NationalDimension;
  years?: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
}>;


export type NationalStatisticsQuery = { nationalStatistics: { groupBy: Array<NationalDimension>, years: Array<number>, groups: Array<{ sector?: Sector | null, year?: number | null, ownership?: OwnershipGroup | null, county?: { code: string, name: string } | null, figures: { statements: number, requested: number, decisions: number, grants: number, granted: number, grantedLaterYears: number, committed: number, coordinatorGranted: number, frame?: number | null, samiShare?: number | null, newcomerShare?: number | null, reportsExpected: number, reportsSubmitted: number, reportCompleteness?: number | null } }>, totals: { statements: number, requested: number, decisions: number, grants: number, granted: number, grantedLaterYears: number, committed: number, coordinatorGranted: number, frame?: number | null, samiShare?: number | null, newcomerShare?: number | null, reportsExpected: number, reportsSubmitted: number, reportCompleteness?: number | null } } };

export type NationalYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalYearsQuery = { nationalStatistics: { groups: Array<{ year?: number | null }> } };

export type ValidationProblemFieldsFragment = { code: string, field: string, message: { nb: string } };

export type NeedsStatementRowFieldsFragment = { id: string, title: string, sector?: Sector | null, themeId?: string | null, status: NeedsStatementStatus, durationYears?: number | null, requestedThisYear: number, submittedAt: string, newcomer: boolean, partnership: { id: string, name: string, institution: { id: string, name: string }, owners: Array<{ id: string, name: string, municipality?: { number: string, name: string } | null }> }, problems: Array<{ code: string, field: string, message: { nb: string } }> };

export type SamiAssessmentFieldsFragment = { id: string, level: SamiLevel, reason: string, assessedByName: string, assessedAt: string, version: number };

export type NeedsStatementDetailFieldsFragment = { workId: string, themeItemIds: Array<string>, localNeeds: string, requestedTotal: number, updatedAt: string, withdrawReason?: string | null, version: number, samiPerspectives: string, collectiveLearning: string, teacherEducationFeedback: string, id: string, title: string, sector?: Sector | null, themeId?: string | null, status: NeedsStatementStatus, durationYears?: number | null, requestedThisYear: number, submittedAt: string, newcomer: boolean, round: { id: string, allowedActions: Array<string> }, samiAssessment?: { id: string, level: SamiLevel, reason: string, assessedByName: string, assessedAt: string, version: number } | null, notices: Array<{ code: string, field: string, message: { nb: string } }>, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string, goalIds: Array<string> }>, budget: Array<{ year: number, owner: number, institution: number, coordinator: number, total: number }>, ownContribution: { description: string, amount?: number | null }, coordinator?: { requested: boolean, justification: string, conditionIds: Array<string>, otherComplexityFactors: string } | null, continuation?: { continuesEarlierWork: boolean } | null, participants?: { kindergartenStaff: boolean, schoolStaff: boolean, otherServices: Array<string> } | null, contact: { name?: string | null, email?: string | null }, partnership: { id: string, name: string, otherServices: Array<string>, institution: { id: string, name: string, kind: InstitutionKind }, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }> }, decision?: { id: string, status: DecisionStatus, grantedThisYear: number } | null, problems: Array<{ code: string, field: string, message: { nb: string } }> };

export type NeedsStatementsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NeedsStatementFilter>;
  orderBy?: InputMaybe<NeedsStatementOrder>;
}>;


export type NeedsStatementsQuery = { needsStatements: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, sector?: Sector | null, themeId?: string | null, status: NeedsStatementStatus, durationYears?: number | null, requestedThisYear: number, submittedAt: string, newcomer: boolean, partnership: { id: string, name: string, institution: { id: string, name: string }, owners: Array<{ id: string, name: string, municipality?: { number: string, name: string } | null }> }, problems: Array<{ code: string, field: string, message: { nb: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type NeedsStatementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NeedsStatementQuery = { needsStatement: { workId: string, themeItemIds: Array<string>, localNeeds: string, requestedTotal: number, updatedAt: string, withdrawReason?: string | null, version: number, samiPerspectives: string, collectiveLearning: string, teacherEducationFeedback: string, id: string, title: string, sector?: Sector | null, themeId?: string | null, status: NeedsStatementStatus, durationYears?: number | null, requestedThisYear: number, submittedAt: string, newcomer: boolean, round: { id: string, allowedActions: Array<string> }, samiAssessment?: { id: string, level: SamiLevel, reason: string, assessedByName: string, assessedAt: string, version: number } | null, notices: Array<{ code: string, field: string, message: { nb: string } }>, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string, goalIds: Array<string> }>, budget: Array<{ year: number, owner: number, institution: number, coordinator: number, total: number }>, ownContribution: { description: string, amount?: number | null }, coordinator?: { requested: boolean, justification: string, conditionIds: Array<string>, otherComplexityFactors: string } | null, continuation?: { continuesEarlierWork: boolean } | null, participants?: { kindergartenStaff: boolean, schoolStaff: boolean, otherServices: Array<string> } | null, contact: { name?: string | null, email?: string | null }, partnership: { id: string, name: string, otherServices: Array<string>, institution: { id: string, name: string, kind: InstitutionKind }, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }> }, decision?: { id: string, status: DecisionStatus, grantedThisYear: number } | null, problems: Array<{ code: string, field: string, message: { nb: string } }> } };

export type HistoryEntryFieldsFragment = { id: string, action: string, at: string, actorName: string, actorRole: Role, reason?: string | null, scenarioName?: string | null, grantedThisYear?: number | null, decisionStatus?: DecisionStatus | null };

export type NeedsStatementHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NeedsStatementHistoryQuery = { needsStatement: { id: string, history: Array<{ id: string, action: string, at: string, actorName: string, actorRole: Role, reason?: string | null, scenarioName?: string | null, grantedThisYear?: number | null, decisionStatus?: DecisionStatus | null }> } };

export type AssessSamiPerspectiveMutationVariables = Exact<{
  input: AssessSamiPerspectiveInput;
}>;


export type AssessSamiPerspectiveMutation = { assessSamiPerspective: { id: string, samiAssessment?: { id: string, level: SamiLevel, reason: string, assessedByName: string, assessedAt: string, version: number } | null } };

export type PartnerRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerRoundsQuery = { rounds: { edges: Array<{ node: { id: string, year: number, status: RoundStatus, submissionDeadline?: string | null, submissionDeadlineOverride?: string | null, needsStatements: { edges: Array<{ node: { version: number, withdrawReason?: string | null, id: string, title: string, sector?: Sector | null, themeId?: string | null, status: NeedsStatementStatus, durationYears?: number | null, requestedThisYear: number, submittedAt: string, newcomer: boolean, decision?: { id: string, status: DecisionStatus, grantedThisYear: number } | null, partnership: { id: string, name: string, institution: { id: string, name: string }, owners: Array<{ id: string, name: string, municipality?: { number: string, name: string } | null }> }, problems: Array<{ code: string, field: string, message: { nb: string } }> } }> } } }> } };

export type PartnerFormContextQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
  workId?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerFormContextQuery = { needsStatementFormContext: { roundId: string, roundYear: number, deadline?: string | null, open: boolean, partnershipId: string, plan: Record<string, unknown>, partnership: Record<string, unknown>, history: Record<string, unknown> } };

export type PartnerSubmitStatementMutationVariables = Exact<{
  input: SubmitNeedsStatementInput;
}>;


export type PartnerSubmitStatementMutation = { submitNeedsStatement: { workId: string, themeItemIds: Array<string>, localNeeds: string, requestedTotal: number, updatedAt: string, withdrawReason?: string | null, version: number, samiPerspectives: string, collectiveLearning: string, teacherEducationFeedback: string, id: string, title: string, sector?: Sector | null, themeId?: string | null, status: NeedsStatementStatus, durationYears?: number | null, requestedThisYear: number, submittedAt: string, newcomer: boolean, round: { id: string, allowedActions: Array<string> }, samiAssessment?: { id: string, level: SamiLevel, reason: string, assessedByName: string, assessedAt: string, version: number } | null, notices: Array<{ code: string, field: string, message: { nb: string } }>, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string, goalIds: Array<string> }>, budget: Array<{ year: number, owner: number, institution: number, coordinator: number, total: number }>, ownContribution: { description: string, amount?: number | null }, coordinator?: { requested: boolean, justification: string, conditionIds: Array<string>, otherComplexityFactors: string } | null, continuation?: { continuesEarlierWork: boolean } | null, participants?: { kindergartenStaff: boolean, schoolStaff: boolean, otherServices: Array<string> } | null, contact: { name?: string | null, email?: string | null }, partnership: { id: string, name: string, otherServices: Array<string>, institution: { id: string, name: string, kind: InstitutionKind }, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }> }, decision?: { id: string, status: DecisionStatus, grantedThisYear: number } | null, problems: Array<{ code: string, field: string, message: { nb: string } }> } };

export type PartnerUpdateStatementMutationVariables = Exact<{
  input: UpdateNeedsStatementInput;
}>;


export type PartnerUpdateStatementMutation = { updateNeedsStatement: { workId: string, themeItemIds: Array<string>, localNeeds: string, requestedTotal: number, updatedAt: string, withdrawReason?: string | null, version: number, samiPerspectives: string, collectiveLearning: string, teacherEducationFeedback: string, id: string, title: string, sector?: Sector | null, themeId?: string | null, status: NeedsStatementStatus, durationYears?: number | null, requestedThisYear: number, submittedAt: string, newcomer: boolean, round: { id: string, allowedActions: Array<string> }, samiAssessment?: { id: string, level: SamiLevel, reason: string, assessedByName: string, assessedAt: string, version: number } | null, notices: Array<{ code: string, field: string, message: { nb: string } }>, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string, goalIds: Array<string> }>, budget: Array<{ year: number, owner: number, institution: number, coordinator: number, total: number }>, ownContribution: { description: string, amount?: number | null }, coordinator?: { requested: boolean, justification: string, conditionIds: Array<string>, otherComplexityFactors: string } | null, continuation?: { continuesEarlierWork: boolean } | null, participants?: { kindergartenStaff: boolean, schoolStaff: boolean, otherServices: Array<string> } | null, contact: { name?: string | null, email?: string | null }, partnership: { id: string, name: string, otherServices: Array<string>, institution: { id: string, name: string, kind: InstitutionKind }, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }> }, decision?: { id: string, status: DecisionStatus, grantedThisYear: number } | null, problems: Array<{ code: string, field: string, message: { nb: string } }> } };

export type PartnerWithdrawStatementMutationVariables = Exact<{
  input: WithdrawNeedsStatementInput;
}>;


export type PartnerWithdrawStatementMutation = { withdrawNeedsStatement: { workId: string, themeItemIds: Array<string>, localNeeds: string, requestedTotal: number, updatedAt: string, withdrawReason?: string | null, version: number, samiPerspectives: string, collectiveLearning: string, teacherEducationFeedback: string, id: string, title: string, sector?: Sector | null, themeId?: string | null, status: NeedsStatementStatus, durationYears?: number | null, requestedThisYear: number, submittedAt: string, newcomer: boolean, round: { id: string, allowedActions: Array<string> }, samiAssessment?: { id: string, level: SamiLevel, reason: string, assessedByName: string, assessedAt: string, version: number } | null, notices: Array<{ code: string, field: string, message: { nb: string } }>, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string, goalIds: Array<string> }>, budget: Array<{ year: number, owner: number, institution: number, coordinator: number, total: number }>, ownContribution: { description: string, amount?: number | null }, coordinator?: { requested: boolean, justification: string, conditionIds: Array<string>, otherComplexityFactors: string } | null, continuation?: { continuesEarlierWork: boolean } | null, participants?: { kindergartenStaff: boolean, schoolStaff: boolean, otherServices: Array<string> } | null, contact: { name?: string | null, email?: string | null }, partnership: { id: string, name: string, otherServices: Array<string>, institution: { id: string, name: string, kind: InstitutionKind }, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }> }, decision?: { id: string, status: DecisionStatus, grantedThisYear: number } | null, problems: Array<{ code: string, field: string, message: { nb: string } }> } };

export type PartnerDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerDecisionsQuery = { rounds: { edges: Array<{ node: { id: string, year: number, status: RoundStatus, decisions: { edges: Array<{ node: { id: string, status: DecisionStatus, requestedThisYear: number, grantedThisYear: number, grantedTotal: number, justification: string, decidedAt: string, grantedPerYear: Array<{ year: number, amount: number }>, needsStatement: { id: string, title: string, sector?: Sector | null, budget: Array<{ year: number, owner: number, institution: number, total: number }> }, splitAnswers: Array<{ id: string, year: number, owner: number, institution: number, comment: string, answeredAt: string }>, complaints: Array<{ id: string, status: ComplaintStatus, receivedOn: string, reasons?: string | null, resultingVersion?: number | null, settledAt?: string | null }>, annualReports: Array<{ id: string, year: number, status: AnnualReportStatus, submittedAt: string, reviewComment?: string | null, reviewedAt?: string | null, receivedOwner: number, receivedInstitution: number, spentOwner: number, spentInstitution: number }> } }> } } }> } };

export type PartnerRecordSplitAnswerMutationVariables = Exact<{
  input: RecordSplitAnswerInput;
}>;


export type PartnerRecordSplitAnswerMutation = { recordSplitAnswer: { id: string, year: number, owner: number, institution: number, comment: string, answeredAt: string } };

export type PartnerReportFieldsFragment = { id: string, year: number, status: AnnualReportStatus, version: number, submittedAt: string, submittedBy: string, reviewComment?: string | null, reviewedAt?: string | null, useOfFunds: string, coordinatorUse: string, measures: Array<{ measureId: string, carriedOut: boolean, description: string }>, goals: Array<{ goalId: string, achievement: GoalAchievement, assessment: string }>, accounts: { coordinatorSpent: number, owner: { received: number, spent: number, lines: Array<{ costLine: CostLine, amount: number }> }, institution: { received: number, spent: number, lines: Array<{ costLine: CostLine, amount: number }> } } };

export type PartnerReportFormQueryVariables = Exact<{
  decisionId: Scalars['ID']['input'];
}>;


export type PartnerReportFormQuery = { decision: { id: string, status: DecisionStatus, round: { id: string, year: number }, grantedPerYear: Array<{ year: number, amount: number, owner: number, institution: number, coordinator: number }>, needsStatement: { id: string, title: string, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string, goalIds: Array<string> }> }, annualReports: Array<{ id: string, year: number, status: AnnualReportStatus, version: number, submittedAt: string, submittedBy: string, reviewComment?: string | null, reviewedAt?: string | null, useOfFunds: string, coordinatorUse: string, measures: Array<{ measureId: string, carriedOut: boolean, description: string }>, goals: Array<{ goalId: string, achievement: GoalAchievement, assessment: string }>, accounts: { coordinatorSpent: number, owner: { received: number, spent: number, lines: Array<{ costLine: CostLine, amount: number }> }, institution: { received: number, spent: number, lines: Array<{ costLine: CostLine, amount: number }> } } }> }, costLines: Array<{ costLine: CostLine, label: { nb: string } }> };

export type PartnerSubmitAnnualReportMutationVariables = Exact<{
  input: SubmitAnnualReportInput;
}>;


export type PartnerSubmitAnnualReportMutation = { submitAnnualReport: { id: string, year: number, status: AnnualReportStatus, version: number, submittedAt: string, submittedBy: string, reviewComment?: string | null, reviewedAt?: string | null, useOfFunds: string, coordinatorUse: string, measures: Array<{ measureId: string, carriedOut: boolean, description: string }>, goals: Array<{ goalId: string, achievement: GoalAchievement, assessment: string }>, accounts: { coordinatorSpent: number, owner: { received: number, spent: number, lines: Array<{ costLine: CostLine, amount: number }> }, institution: { received: number, spent: number, lines: Array<{ costLine: CostLine, amount: number }> } } } };

export type PartnerSaveDraftMutationVariables = Exact<{
  input: SaveNeedsStatementDraftInput;
}>;


export type PartnerSaveDraftMutation = { saveNeedsStatementDraft: { workId: string, themeItemIds: Array<string>, localNeeds: string, requestedTotal: number, updatedAt: string, withdrawReason?: string | null, version: number, samiPerspectives: string, collectiveLearning: string, teacherEducationFeedback: string, id: string, title: string, sector?: Sector | null, themeId?: string | null, status: NeedsStatementStatus, durationYears?: number | null, requestedThisYear: number, submittedAt: string, newcomer: boolean, round: { id: string, allowedActions: Array<string> }, samiAssessment?: { id: string, level: SamiLevel, reason: string, assessedByName: string, assessedAt: string, version: number } | null, notices: Array<{ code: string, field: string, message: { nb: string } }>, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string, goalIds: Array<string> }>, budget: Array<{ year: number, owner: number, institution: number, coordinator: number, total: number }>, ownContribution: { description: string, amount?: number | null }, coordinator?: { requested: boolean, justification: string, conditionIds: Array<string>, otherComplexityFactors: string } | null, continuation?: { continuesEarlierWork: boolean } | null, participants?: { kindergartenStaff: boolean, schoolStaff: boolean, otherServices: Array<string> } | null, contact: { name?: string | null, email?: string | null }, partnership: { id: string, name: string, otherServices: Array<string>, institution: { id: string, name: string, kind: InstitutionKind }, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }> }, decision?: { id: string, status: DecisionStatus, grantedThisYear: number } | null, problems: Array<{ code: string, field: string, message: { nb: string } }> } };

export type PartnerSubmitDraftMutationVariables = Exact<{
  input: UpdateNeedsStatementInput;
}>;


export type PartnerSubmitDraftMutation = { submitNeedsStatementDraft: { workId: string, themeItemIds: Array<string>, localNeeds: string, requestedTotal: number, updatedAt: string, withdrawReason?: string | null, version: number, samiPerspectives: string, collectiveLearning: string, teacherEducationFeedback: string, id: string, title: string, sector?: Sector | null, themeId?: string | null, status: NeedsStatementStatus, durationYears?: number | null, requestedThisYear: number, submittedAt: string, newcomer: boolean, round: { id: string, allowedActions: Array<string> }, samiAssessment?: { id: string, level: SamiLevel, reason: string, assessedByName: string, assessedAt: string, version: number } | null, notices: Array<{ code: string, field: string, message: { nb: string } }>, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string, goalIds: Array<string> }>, budget: Array<{ year: number, owner: number, institution: number, coordinator: number, total: number }>, ownContribution: { description: string, amount?: number | null }, coordinator?: { requested: boolean, justification: string, conditionIds: Array<string>, otherComplexityFactors: string } | null, continuation?: { continuesEarlierWork: boolean } | null, participants?: { kindergartenStaff: boolean, schoolStaff: boolean, otherServices: Array<string> } | null, contact: { name?: string | null, email?: string | null }, partnership: { id: string, name: string, otherServices: Array<string>, institution: { id: string, name: string, kind: InstitutionKind }, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }> }, decision?: { id: string, status: DecisionStatus, grantedThisYear: number } | null, problems: Array<{ code: string, field: string, message: { nb: string } }> } };

export type PartnerDiscardDraftMutationVariables = Exact<{
  input: DiscardNeedsStatementDraftInput;
}>;


export type PartnerDiscardDraftMutation = { discardNeedsStatementDraft: string };

export type PartnerFileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type PartnerFileComplaintMutation = { fileComplaint: { id: string, status: ComplaintStatus, receivedOn: string, deadline: string, timely: boolean, daysLate: number } };

export type PaymentFieldsFragment = { id: string, decisionId: string, partnershipName: string, year: number, party: PaymentParty, amount: number, payeeName: string, payeeOrgnr: string, plannedOn: string, status: PaymentStatus, paidOn?: string | null, paidBy?: string | null, version: number, holds: Array<{ year: number, reason: string, dueDate: string, text: string }> };

export type RoundPaymentsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type RoundPaymentsQuery = { payments: Array<{ id: string, decisionId: string, partnershipName: string, year: number, party: PaymentParty, amount: number, payeeName: string, payeeOrgnr: string, plannedOn: string, status: PaymentStatus, paidOn?: string | null, paidBy?: string | null, version: number, holds: Array<{ year: number, reason: string, dueDate: string, text: string }> }> };

export type PlanPaymentsMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type PlanPaymentsMutation = { planPayments: { planned: number, payments: number } };

export type MarkPaymentPaidMutationVariables = Exact<{
  input: MarkPaymentPaidInput;
}>;


export type MarkPaymentPaidMutation = { markPaymentPaid: { id: string, decisionId: string, partnershipName: string, year: number, party: PaymentParty, amount: number, payeeName: string, payeeOrgnr: string, plannedOn: string, status: PaymentStatus, paidOn?: string | null, paidBy?: string | null, version: number, holds: Array<{ year: number, reason: string, dueDate: string, text: string }> } };

export type RoundDecisionLettersQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type RoundDecisionLettersQuery = { round: { id: string, status: RoundStatus, decisions: { edges: Array<{ node: { id: string, letter?: { id: string, url: string, sha256: string, frozenAt: string } | null, notices: Array<{ id: string, status: NoticeStatus, attempts: number }> } }> } } };

export type DecisionLetterPreviewQueryVariables = Exact<{
  decisionId: Scalars['ID']['input'];
}>;


export type DecisionLetterPreviewQuery = { decisionLetterPreview: { decisionId: string, title: string, date: string, recipient: Array<string>, complaintDeadline: string, reportDeadline?: string | null, pdfUrl: string, sections: Array<{ heading?: string | null, paragraphs: Array<string>, list: Array<string>, table?: { columns: Array<string>, rows: Array<Array<string>> } | null }> } };

export type SendDecisionLettersMutationVariables = Exact<{
  input: SendDecisionLettersInput;
}>;


export type SendDecisionLettersMutation = { sendDecisionLetters: Array<{ id: string, letter?: { id: string, url: string, sha256: string, frozenAt: string } | null }> };

export type ProposalFieldsFragment = { id: string, status: ProposalStatus, note: string, putAt: string, putBy: string, forumOutcome?: ForumOutcome | null, votesFor?: number | null, votesAgainst?: number | null, abstentions?: number | null, forumMinutes?: string | null, recordedAt?: string | null, recordedBy?: string | null, version: number, scenario: { id: string, name: string, method: AllocationMethod, cutRule: CutRule, marginalTier: MarginalTier, frame: number, committedEarlier: number, grantedNew: number, leftover: number, ranAt: string, ranByName: string, durationMs: number, version: number } };

export type DecisionFieldsFragment = { id: string, status: DecisionStatus, requestedThisYear: number, grantedThisYear: number, grantedTotal: number, justification: string, decidedAt: string, version: number, partnership: { id: string, name: string }, needsStatement: { id: string, title: string, sector?: Sector | null }, splitAnswers: Array<{ id: string, year: number, owner: number, institution: number, answeredAt: string }> };

export type RoundProposalQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type RoundProposalQuery = { round: { id: string, year: number, status: RoundStatus, version: number, allowedActions: Array<string>, proposals: { edges: Array<{ node: { id: string, status: ProposalStatus, note: string, putAt: string, putBy: string, forumOutcome?: ForumOutcome | null, votesFor?: number | null, votesAgainst?: number | null, abstentions?: number | null, forumMinutes?: string | null, recordedAt?: string | null, recordedBy?: string | null, version: number, scenario: { id: string, name: string, method: AllocationMethod, cutRule: CutRule, marginalTier: MarginalTier, frame: number, committedEarlier: number, grantedNew: number, leftover: number, ranAt: string, ranByName: string, durationMs: number, version: number } } }> } } };

export type RoundDecisionsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type RoundDecisionsQuery = { round: { id: string, decisions: { totalCount: number, edges: Array<{ node: { id: string, status: DecisionStatus, requestedThisYear: number, grantedThisYear: number, grantedTotal: number, justification: string, decidedAt: string, version: number, partnership: { id: string, name: string }, needsStatement: { id: string, title: string, sector?: Sector | null }, splitAnswers: Array<{ id: string, year: number, owner: number, institution: number, answeredAt: string }> } }> } } };

export type DecisionsTableQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
  filter?: InputMaybe<DecisionFilter>;
}>;


export type DecisionsTableQuery = { round: { id: string, decisions: { totalCount: number, edges: Array<{ node: { id: string, status: DecisionStatus, requestedThisYear: number, grantedThisYear: number, grantedTotal: number, justification: string, decidedAt: string, version: number, partnership: { id: string, name: string }, needsStatement: { id: string, title: string, sector?: Sector | null }, splitAnswers: Array<{ id: string, year: number, owner: number, institution: number, answeredAt: string }> } }> }, decisionTotals: { decisions: number, requestedThisYear: number, grantedThisYear: number, grantedTotal: number, grantedLaterYears: number, byStatus: Array<{ status: DecisionStatus, decisions: number, grantedThisYear: number, grantedTotal: number }> } } };

export type PutScenarioToForumMutationVariables = Exact<{
  input: PutScenarioToForumInput;
}>;


export type PutScenarioToForumMutation = { putScenarioToForum: { id: string, status: ProposalStatus, note: string, putAt: string, putBy: string, forumOutcome?: ForumOutcome | null, votesFor?: number | null, votesAgainst?: number | null, abstentions?: number | null, forumMinutes?: string | null, recordedAt?: string | null, recordedBy?: string | null, version: number, scenario: { id: string, name: string, method: AllocationMethod, cutRule: CutRule, marginalTier: MarginalTier, frame: number, committedEarlier: number, grantedNew: number, leftover: number, ranAt: string, ranByName: string, durationMs: number, version: number } } };

export type RecordForumOutcomeMutationVariables = Exact<{
  input: RecordForumOutcomeInput;
}>;


export type RecordForumOutcomeMutation = { recordForumOutcome: { id: string, status: ProposalStatus, note: string, putAt: string, putBy: string, forumOutcome?: ForumOutcome | null, votesFor?: number | null, votesAgainst?: number | null, abstentions?: number | null, forumMinutes?: string | null, recordedAt?: string | null, recordedBy?: string | null, version: number, scenario: { id: string, name: string, method: AllocationMethod, cutRule: CutRule, marginalTier: MarginalTier, frame: number, committedEarlier: number, grantedNew: number, leftover: number, ranAt: string, ranByName: string, durationMs: number, version: number } } };

export type DecideRoundMutationVariables = Exact<{
  input: DecideRoundInput;
}>;


export type DecideRoundMutation = { decideRound: Array<{ id: string, status: DecisionStatus, requestedThisYear: number, grantedThisYear: number, grantedTotal: number, justification: string, decidedAt: string, version: number, partnership: { id: string, name: string }, needsStatement: { id: string, title: string, sector?: Sector | null }, splitAnswers: Array<{ id: string, year: number, owner: number, institution: number, answeredAt: string }> }> };

export type ProposalScenarioQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProposalScenarioQuery = { proposal: { id: string, scenario: { id: string, name: string, method: AllocationMethod, cutRule: CutRule, marginalTier: MarginalTier, frame: number, committedEarlier: number, grantedNew: number, leftover: number, ranAt: string, ranByName: string, durationMs: number, version: number, lines: { totalCount: number, edges: Array<{ node: { id: string, status: AllocationStatus, rank?: number | null, score: number, requestedThisYear: number, engineGrantedThisYear: number, adjustedThisYear?: number | null, grantedThisYear: number, fundedPercent: number, adjustmentReason?: string | null, adjustedByName?: string | null, adjustedAt?: string | null, breaks: Array<string>, clauses: Array<string>, constraintOverride?: { constraintIds: Array<string>, reason: string } | null, adjustmentExplanation?: { nb: string } | null, explanation: { nb: string }, needsStatement: { id: string, title: string, sector?: Sector | null, themeId?: string | null, durationYears?: number | null, partnership: { id: string, name: string, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }>, institution: { id: string, name: string } } } } }> } } } };

export type ProposalScenarioFiguresQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProposalScenarioFiguresQuery = { proposal: { id: string, scenario: { id: string, constraintReport: { gauges: Array<{ id: string, kind: ConstraintGaugeKind, amount: number, percent: number, lower?: number | null, upper?: number | null, limitPercent?: number | null, broken: boolean, warning: boolean, informational: boolean, overridden: boolean, overrideReasons: Array<string>, clause?: string | null, label: { nb: string }, explanation: { nb: string }, notes: Array<{ nb: string }>, assumptions: Array<{ nb: string }>, clauseTitle?: { nb: string } | null }>, sectors: Array<{ sector: Sector, total: number, grantedNew: number, band: { lower: number, upper: number } }>, leftover: { amount: number, reasons: Array<{ code: string, message: { nb: string } }> }, institutionsInSeveralPartnerships: Array<{ orgnr: string, name: string, grantedThisYear: number, partnershipIds: Array<string> }> }, breaches: Array<{ constraintId: string, kind: BreachKind, excess: number, needsStatementIds: Array<string>, overridden: boolean, label: { nb: string }, description: { nb: string }, overrides: Array<{ needsStatementId: string, reason: string }> }>, totals: { bySector: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byMunicipality: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byOwner: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }> }, methodInfo: { method: AllocationMethod, source: MethodSource, status?: string | null, gap?: number | null, timeLimitReached: boolean, timeLimitSeconds?: number | null, durationMs: number, explanation: { nb: string } } } } };

export type OwnerRowFieldsFragment = { id: string, orgnr: string, name: string, ownership: Ownership, participationYears: Array<number>, unitCount: number, archivedAt?: string | null, version: number, municipality?: { number: string, name: string } | null };

export type UnitRowFieldsFragment = { id: string, name: string, kind: UnitKind, registerId?: string | null, archivedAt?: string | null, version: number };

export type InstitutionRowFieldsFragment = { id: string, orgnr: string, name: string, kind: InstitutionKind, archivedAt?: string | null, version: number };

export type PartnershipRowFieldsFragment = { id: string, name: string, otherServices: Array<string>, archivedAt?: string | null, version: number, institution: { id: string, name: string }, owners: Array<{ id: string, name: string, orgnr: string }>, contactPersons: Array<{ name: string, role: string, email: string, phone: string }> };

export type FigureRowFieldsFragment = { id: string, indicatorId: string, sector?: Sector | null, year: number, value: number, source: string, version: number, municipality?: { number: string, name: string } | null, owner?: { id: string, name: string, orgnr: string } | null };

export type EarlierCommitmentFieldsFragment = { id: string, workId: string, sector: Sector, durationYears: number, grantedYear: number, year: number, amount: number, owner: number, institution: number, coordinator: number, version: number, partnership: { id: string, name: string } };

export type ImportPreviewFieldsFragment = { rows: number, canConfirm: boolean, fingerprint: string, summary: Array<{ entity: ImportEntity, created: number, updated: number, unchanged: number }>, problems: Array<{ file?: string | null, row?: number | null, column?: string | null, code: string, message: { nb: string } }>, statements: Array<{ fileName: string, title: string, partnershipName?: string | null, sector?: Sector | null, requestedTotal: number }> };

export type RegisterOwnersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RegisterOwnersQuery = { owners: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, orgnr: string, name: string, ownership: Ownership, participationYears: Array<number>, unitCount: number, archivedAt?: string | null, version: number, municipality?: { number: string, name: string } | null } }> } };

export type RegisterOwnerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RegisterOwnerQuery = { owner: { id: string, orgnr: string, name: string, ownership: Ownership, participationYears: Array<number>, unitCount: number, archivedAt?: string | null, version: number, units: Array<{ id: string, name: string, kind: UnitKind, registerId?: string | null, archivedAt?: string | null, version: number }>, municipality?: { number: string, name: string } | null } };

export type RegisterMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterMunicipalitiesQuery = { municipalities: Array<{ id: string, number: string, name: string }> };

export type RegisterInstitutionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RegisterInstitutionsQuery = { institutions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, orgnr: string, name: string, kind: InstitutionKind, archivedAt?: string | null, version: number } }> } };

export type RegisterPartnershipsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RegisterPartnershipsQuery = { partnerships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, name: string, otherServices: Array<string>, archivedAt?: string | null, version: number, institution: { id: string, name: string }, owners: Array<{ id: string, name: string, orgnr: string }>, contactPersons: Array<{ name: string, role: string, email: string, phone: string }> } }> } };

export type RegisterOwnerOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegisterOwnerOptionsQuery = { owners: { edges: Array<{ node: { id: string, name: string, orgnr: string } }> } };

export type RegisterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterChoicesQuery = { institutions: { edges: Array<{ node: { id: string, name: string, kind: InstitutionKind } }> }, partnerships: { edges: Array<{ node: { id: string, name: string } }> }, knowledgeBaseIndicators: Array<{ id: string, kind: string, label: { nb: string } }>, municipalities: Array<{ id: string, number: string, name: string }> };

export type IndicatorFiguresQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  indicatorId?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type IndicatorFiguresQuery = { indicatorFigures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, indicatorId: string, sector?: Sector | null, year: number, value: number, source: string, version: number, municipality?: { number: string, name: string } | null, owner?: { id: string, name: string, orgnr: string } | null } }> } };

export type EarlierCommitmentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EarlierCommitmentsQuery = { earlierCommitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, workId: string, sector: Sector, durationYears: number, grantedYear: number, year: number, amount: number, owner: number, institution: number, coordinator: number, version: number, partnership: { id: string, name: string } } }> } };

export type CreateOwnerMutationVariables = Exact<{
  input: CreateOwnerInput;
}>;


export type CreateOwnerMutation = { createOwner: { id: string, orgnr: string, name: string, ownership: Ownership, participationYears: Array<number>, unitCount: number, archivedAt?: string | null, version: number, municipality?: { number: string, name: string } | null } };

export type UpdateOwnerMutationVariables = Exact<{
  input: UpdateOwnerInput;
}>;


export type UpdateOwnerMutation = { updateOwner: { id: string, orgnr: string, name: string, ownership: Ownership, participationYears: Array<number>, unitCount: number, archivedAt?: string | null, version: number, municipality?: { number: string, name: string } | null } };

export type SetOwnerArchivedMutationVariables = Exact<{
  input: SetArchivedInput;
}>;


export type SetOwnerArchivedMutation = { setOwnerArchived: { id: string, orgnr: string, name: string, ownership: Ownership, participationYears: Array<number>, unitCount: number, archivedAt?: string | null, version: number, municipality?: { number: string, name: string } | null } };

export type DeleteOwnerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOwnerMutation = { deleteOwner: string };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { id: string, name: string, kind: UnitKind, registerId?: string | null, archivedAt?: string | null, version: number } };

export type UpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type UpdateUnitMutation = { updateUnit: { id: string, name: string, kind: UnitKind, registerId?: string | null, archivedAt?: string | null, version: number } };

export type SetUnitArchivedMutationVariables = Exact<{
  input: SetArchivedInput;
}>;


export type SetUnitArchivedMutation = { setUnitArchived: { id: string, name: string, kind: UnitKind, registerId?: string | null, archivedAt?: string | null, version: number } };

export type DeleteUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUnitMutation = { deleteUnit: string };

export type CreateInstitutionMutationVariables = Exact<{
  input: CreateInstitutionInput;
}>;


export type CreateInstitutionMutation = { createInstitution: { id: string, orgnr: string, name: string, kind: InstitutionKind, archivedAt?: string | null, version: number } };

export type UpdateInstitutionMutationVariables = Exact<{
  input: UpdateInstitutionInput;
}>;


export type UpdateInstitutionMutation = { updateInstitution: { id: string, orgnr: string, name: string, kind: InstitutionKind, archivedAt?: string | null, version: number } };

export type SetInstitutionArchivedMutationVariables = Exact<{
  input: SetArchivedInput;
}>;


export type SetInstitutionArchivedMutation = { setInstitutionArchived: { id: string, orgnr: string, name: string, kind: InstitutionKind, archivedAt?: string | null, version: number } };

export type DeleteInstitutionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteInstitutionMutation = { deleteInstitution: string };

export type CreatePartnershipMutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type CreatePartnershipMutation = { createPartnership: { id: string, name: string, otherServices: Array<string>, archivedAt?: string | null, version: number, institution: { id: string, name: string }, owners: Array<{ id: string, name: string, orgnr: string }>, contactPersons: Array<{ name: string, role: string, email: string, phone: string }> } };

export type UpdatePartnershipMutationVariables = Exact<{
  input: UpdatePartnershipInput;
}>;


export type UpdatePartnershipMutation = { updatePartnership: { id: string, name: string, otherServices: Array<string>, archivedAt?: string | null, version: number, institution: { id: string, name: string }, owners: Array<{ id: string, name: string, orgnr: string }>, contactPersons: Array<{ name: string, role: string, email: string, phone: string }> } };

export type SetPartnershipArchivedMutationVariables = Exact<{
  input: SetArchivedInput;
}>;


export type SetPartnershipArchivedMutation = { setPartnershipArchived: { id: string, name: string, otherServices: Array<string>, archivedAt?: string | null, version: number, institution: { id: string, name: string }, owners: Array<{ id: string, name: string, orgnr: string }>, contactPersons: Array<{ name: string, role: string, email: string, phone: string }> } };

export type DeletePartnershipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePartnershipMutation = { deletePartnership: string };

export type CreateIndicatorFigureMutationVariables = Exact<{
  input: CreateIndicatorFigureInput;
}>;


export type CreateIndicatorFigureMutation = { createIndicatorFigure: { id: string, indicatorId: string, sector?: Sector | null, year: number, value: number, source: string, version: number, municipality?: { number: string, name: string } | null, owner?: { id: string, name: string, orgnr: string } | null } };

export type UpdateIndicatorFigureMutationVariables = Exact<{
  input: UpdateIndicatorFigureInput;
}>;


export type UpdateIndicatorFigureMutation = { updateIndicatorFigure: { id: string, indicatorId: string, sector?: Sector | null, year: number, value: number, source: string, version: number, municipality?: { number: string, name: string } | null, owner?: { id: string, name: string, orgnr: string } | null } };

export type DeleteIndicatorFigureMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteIndicatorFigureMutation = { deleteIndicatorFigure: string };

export type CreateEarlierCommitmentMutationVariables = Exact<{
  input: CreateEarlierCommitmentInput;
}>;


export type CreateEarlierCommitmentMutation = { createEarlierCommitment: { id: string, workId: string, sector: Sector, durationYears: number, grantedYear: number, year: number, amount: number, owner: number, institution: number, coordinator: number, version: number, partnership: { id: string, name: string } } };

export type UpdateEarlierCommitmentMutationVariables = Exact<{
  input: UpdateEarlierCommitmentInput;
}>;


export type UpdateEarlierCommitmentMutation = { updateEarlierCommitment: { id: string, workId: string, sector: Sector, durationYears: number, grantedYear: number, year: number, amount: number, owner: number, institution: number, coordinator: number, version: number, partnership: { id: string, name: string } } };

export type DeleteEarlierCommitmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteEarlierCommitmentMutation = { deleteEarlierCommitment: string };

export type PreviewRegisterImportMutationVariables = Exact<{
  input: PreviewRegisterImportInput;
}>;


export type PreviewRegisterImportMutation = { previewRegisterImport: { rows: number, canConfirm: boolean, fingerprint: string, summary: Array<{ entity: ImportEntity, created: number, updated: number, unchanged: number }>, problems: Array<{ file?: string | null, row?: number | null, column?: string | null, code: string, message: { nb: string } }>, statements: Array<{ fileName: string, title: string, partnershipName?: string | null, sector?: Sector | null, requestedTotal: number }> } };

export type ConfirmRegisterImportMutationVariables = Exact<{
  input: ConfirmRegisterImportInput;
}>;


export type ConfirmRegisterImportMutation = { confirmRegisterImport: { ids: Array<string>, summary: Array<{ entity: ImportEntity, created: number, updated: number, unchanged: number }> } };

export type NeedsStatementTemplateQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type NeedsStatementTemplateQuery = { needsStatementTemplate: { fileName: string, contentType: string, contentBase64: string } };

export type PreviewNeedsStatementImportMutationVariables = Exact<{
  input: PreviewNeedsStatementImportInput;
}>;


export type PreviewNeedsStatementImportMutation = { previewNeedsStatementImport: { rows: number, canConfirm: boolean, fingerprint: string, summary: Array<{ entity: ImportEntity, created: number, updated: number, unchanged: number }>, problems: Array<{ file?: string | null, row?: number | null, column?: string | null, code: string, message: { nb: string } }>, statements: Array<{ fileName: string, title: string, partnershipName?: string | null, sector?: Sector | null, requestedTotal: number }> } };

export type ConfirmNeedsStatementImportMutationVariables = Exact<{
  input: ConfirmNeedsStatementImportInput;
}>;


export type ConfirmNeedsStatementImportMutation = { confirmNeedsStatementImport: { ids: Array<string>, summary: Array<{ entity: ImportEntity, created: number, updated: number, unchanged: number }> } };

export type RegisterHistoryQueryVariables = Exact<{
  type: Scalars['String']['input'];
  id: Scalars['String']['input'];
}>;


export type RegisterHistoryQuery = { auditLog: { edges: Array<{ node: { id: string, action: string, at: string, actorName: string, actorRole: Role, reason?: string | null } }> } };

export type ReportingRoundFieldsFragment = { id: string, year: number, status: RoundStatus };

export type YearGrantFieldsFragment = { year: number, amount: number, owner: number, institution: number, coordinator: number, subjectToAppropriation: boolean };

export type ReportProblemFieldsFragment = { code: string, path: Array<string>, message: { nb: string } };

export type FollowUpRowFieldsFragment = { title: string, year: number, roundYear: number, state: FollowUpState, dueDate: string, dueDateSource: DueDateSource, owed: boolean, late: boolean, daysLate: number, spentOwner?: number | null, spentInstitution?: number | null, coordinatorSpent?: number | null, unspent?: number | null, measuresNotCarriedOut: number, goalsNotAchieved: number, grant: { year: number, amount: number, owner: number, institution: number, coordinator: number, subjectToAppropriation: boolean }, decision: { id: string }, partnership: { id: string, name: string }, report?: { id: string, status: AnnualReportStatus, submittedAt: string } | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string } }> };

export type ReminderFieldsFragment = { title: string, year: number, state: FollowUpState, dueDate: string, dueDateSource: DueDateSource, overdue: boolean, daysOverdue: number, reviewComment?: string | null, contact: { name?: string | null, email?: string | null }, decision: { id: string }, partnership: { id: string, name: string } };

export type InstitutionShareFieldsFragment = { year: number, grants: number, grantedTotal: number, grantedInstitution: number, grantedInstitutionPercent: number, reports: number, reportedGranted: number, reportedSpentTotal: number, reportedSpentInstitution: number, reportedInstitutionPercent?: number | null, falling: boolean, belowFloor: boolean, warnings: Array<{ nb: string }> };

export type PartyAccountsFieldsFragment = { party: ReportParty, received: number, spent: number, granted?: number | null, unspent?: number | null, lines: Array<{ id: string, costLine: CostLine, amount: number }> };

export type AnnualReportFieldsFragment = { id: string, year: number, status: AnnualReportStatus, version: number, submittedAt: string, submittedBy: string, reviewComment?: string | null, reviewedAt?: string | null, reviewedBy?: string | null, useOfFunds: string, coordinatorUse: string, coordinatorSpent: number, receivedOwner: number, receivedInstitution: number, spentOwner: number, spentInstitution: number, measures: Array<{ measureId: string, carriedOut: boolean, description: string }>, goals: Array<{ goalId: string, achievement: GoalAchievement, assessment: string }>, accounts: { coordinatorSpent: number, owner: { party: ReportParty, received: number, spent: number, granted?: number | null, unspent?: number | null, lines: Array<{ id: string, costLine: CostLine, amount: number }> }, institution: { party: ReportParty, received: number, spent: number, granted?: number | null, unspent?: number | null, lines: Array<{ id: string, costLine: CostLine, amount: number }> } }, grant?: { year: number, amount: number, owner: number, institution: number, coordinator: number, subjectToAppropriation: boolean } | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string } }>, round: { id: string, year: number, status: RoundStatus }, partnership: { id: string, name: string, institution: { id: string, name: string }, owners: Array<{ id: string, name: string }> }, needsStatement: { id: string, title: string, sector?: Sector | null, durationYears?: number | null, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string }>, coordinator?: { requested: boolean } | null }, decision: { id: string, status: DecisionStatus, annualReports: Array<{ id: string, year: number, status: AnnualReportStatus }> } };

export type ReportingRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingRoundsQuery = { rounds: { edges: Array<{ node: { id: string, year: number, status: RoundStatus } }> } };

export type ReportFollowUpQueryVariables = Exact<{
  roundId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportFollowUpQuery = { reportFollowUp: { asOf: string, counts: { expected: number, reported: number, awaitingReview: number, accepted: number, returned: number, missing: number, late: number, withProblems: number }, money: { grantedOwner: number, grantedInstitution: number, reportedGranted: number, spentOwner: number, spentInstitution: number, coordinatorSpent: number }, rows: Array<{ title: string, year: number, roundYear: number, state: FollowUpState, dueDate: string, dueDateSource: DueDateSource, owed: boolean, late: boolean, daysLate: number, spentOwner?: number | null, spentInstitution?: number | null, coordinatorSpent?: number | null, unspent?: number | null, measuresNotCarriedOut: number, goalsNotAchieved: number, grant: { year: number, amount: number, owner: number, institution: number, coordinator: number, subjectToAppropriation: boolean }, decision: { id: string }, partnership: { id: string, name: string }, report?: { id: string, status: AnnualReportStatus, submittedAt: string } | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string } }> }> } };

export type ReportRemindersQueryVariables = Exact<{
  roundId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  overdueOnly: Scalars['Boolean']['input'];
}>;


export type ReportRemindersQuery = { reportReminders: Array<{ title: string, year: number, state: FollowUpState, dueDate: string, dueDateSource: DueDateSource, overdue: boolean, daysOverdue: number, reviewComment?: string | null, contact: { name?: string | null, email?: string | null }, decision: { id: string }, partnership: { id: string, name: string } }> };

export type InstitutionShareByYearQueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionShareByYearQuery = { institutionShareByYear: Array<{ year: number, grants: number, grantedTotal: number, grantedInstitution: number, grantedInstitutionPercent: number, reports: number, reportedGranted: number, reportedSpentTotal: number, reportedSpentInstitution: number, reportedInstitutionPercent?: number | null, falling: boolean, belowFloor: boolean, warnings: Array<{ nb: string }> }> };

export type AnnualReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnnualReportQuery = { annualReport: { id: string, year: number, status: AnnualReportStatus, version: number, submittedAt: string, submittedBy: string, reviewComment?: string | null, reviewedAt?: string | null, reviewedBy?: string | null, useOfFunds: string, coordinatorUse: string, coordinatorSpent: number, receivedOwner: number, receivedInstitution: number, spentOwner: number, spentInstitution: number, measures: Array<{ measureId: string, carriedOut: boolean, description: string }>, goals: Array<{ goalId: string, achievement: GoalAchievement, assessment: string }>, accounts: { coordinatorSpent: number, owner: { party: ReportParty, received: number, spent: number, granted?: number | null, unspent?: number | null, lines: Array<{ id: string, costLine: CostLine, amount: number }> }, institution: { party: ReportParty, received: number, spent: number, granted?: number | null, unspent?: number | null, lines: Array<{ id: string, costLine: CostLine, amount: number }> } }, grant?: { year: number, amount: number, owner: number, institution: number, coordinator: number, subjectToAppropriation: boolean } | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string } }>, round: { id: string, year: number, status: RoundStatus }, partnership: { id: string, name: string, institution: { id: string, name: string }, owners: Array<{ id: string, name: string }> }, needsStatement: { id: string, title: string, sector?: Sector | null, durationYears?: number | null, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string }>, coordinator?: { requested: boolean } | null }, decision: { id: string, status: DecisionStatus, annualReports: Array<{ id: string, year: number, status: AnnualReportStatus }> } }, costLines: Array<{ costLine: CostLine, label: { nb: string } }> };

export type AcceptAnnualReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type AcceptAnnualReportMutation = { acceptAnnualReport: { id: string, year: number, status: AnnualReportStatus, version: number, submittedAt: string, submittedBy: string, reviewComment?: string | null, reviewedAt?: string | null, reviewedBy?: string | null, useOfFunds: string, coordinatorUse: string, coordinatorSpent: number, receivedOwner: number, receivedInstitution: number, spentOwner: number, spentInstitution: number, measures: Array<{ measureId: string, carriedOut: boolean, description: string }>, goals: Array<{ goalId: string, achievement: GoalAchievement, assessment: string }>, accounts: { coordinatorSpent: number, owner: { party: ReportParty, received: number, spent: number, granted?: number | null, unspent?: number | null, lines: Array<{ id: string, costLine: CostLine, amount: number }> }, institution: { party: ReportParty, received: number, spent: number, granted?: number | null, unspent?: number | null, lines: Array<{ id: string, costLine: CostLine, amount: number }> } }, grant?: { year: number, amount: number, owner: number, institution: number, coordinator: number, subjectToAppropriation: boolean } | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string } }>, round: { id: string, year: number, status: RoundStatus }, partnership: { id: string, name: string, institution: { id: string, name: string }, owners: Array<{ id: string, name: string }> }, needsStatement: { id: string, title: string, sector?: Sector | null, durationYears?: number | null, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string }>, coordinator?: { requested: boolean } | null }, decision: { id: string, status: DecisionStatus, annualReports: Array<{ id: string, year: number, status: AnnualReportStatus }> } } };

export type ReturnAnnualReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  comment: Scalars['String']['input'];
}>;


export type ReturnAnnualReportMutation = { returnAnnualReport: { id: string, year: number, status: AnnualReportStatus, version: number, submittedAt: string, submittedBy: string, reviewComment?: string | null, reviewedAt?: string | null, reviewedBy?: string | null, useOfFunds: string, coordinatorUse: string, coordinatorSpent: number, receivedOwner: number, receivedInstitution: number, spentOwner: number, spentInstitution: number, measures: Array<{ measureId: string, carriedOut: boolean, description: string }>, goals: Array<{ goalId: string, achievement: GoalAchievement, assessment: string }>, accounts: { coordinatorSpent: number, owner: { party: ReportParty, received: number, spent: number, granted?: number | null, unspent?: number | null, lines: Array<{ id: string, costLine: CostLine, amount: number }> }, institution: { party: ReportParty, received: number, spent: number, granted?: number | null, unspent?: number | null, lines: Array<{ id: string, costLine: CostLine, amount: number }> } }, grant?: { year: number, amount: number, owner: number, institution: number, coordinator: number, subjectToAppropriation: boolean } | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string } }>, round: { id: string, year: number, status: RoundStatus }, partnership: { id: string, name: string, institution: { id: string, name: string }, owners: Array<{ id: string, name: string }> }, needsStatement: { id: string, title: string, sector?: Sector | null, durationYears?: number | null, goals: { longTerm: Array<{ id: string, text: string }>, subGoals: Array<{ id: string, text: string }> }, measures: Array<{ id: string, kind: MeasureKind, description: string }>, coordinator?: { requested: boolean } | null }, decision: { id: string, status: DecisionStatus, annualReports: Array<{ id: string, year: number, status: AnnualReportStatus }> } } };

export type RoundSummaryFieldsFragment = { statements: number, withdrawn: number, withProblems: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byTheme: Array<{ sector?: Sector | null, themeId?: string | null, rank?: number | null, statements: number, withdrawn: number, requestedThisYear: number, title?: { nb: string } | null }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number, requestedThisYear: number }> };

export type RoundOverviewFieldsFragment = { id: string, year: number, status: RoundStatus, frame: number, version: number, allowedActions: Array<string>, submissionDeadline?: string | null, submissionDeadlineOverride?: string | null, calendar: Array<{ id: string, start: string, end: string, doneByPhase: boolean, label: { nb: string } }>, summary: { statements: number, withdrawn: number, withProblems: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byTheme: Array<{ sector?: Sector | null, themeId?: string | null, rank?: number | null, statements: number, withdrawn: number, requestedThisYear: number, title?: { nb: string } | null }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number, requestedThisYear: number }> }, commitments: { totalCount: number } };

export type RoundOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundOverviewQuery = { round: { id: string, year: number, status: RoundStatus, frame: number, version: number, allowedActions: Array<string>, submissionDeadline?: string | null, submissionDeadlineOverride?: string | null, calendar: Array<{ id: string, start: string, end: string, doneByPhase: boolean, label: { nb: string } }>, summary: { statements: number, withdrawn: number, withProblems: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byTheme: Array<{ sector?: Sector | null, themeId?: string | null, rank?: number | null, statements: number, withdrawn: number, requestedThisYear: number, title?: { nb: string } | null }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number, requestedThisYear: number }> }, commitments: { totalCount: number } } };

export type DecisionTotalsFieldsFragment = { decisions: number, requestedThisYear: number, grantedThisYear: number, grantedTotal: number, grantedLaterYears: number, byStatus: Array<{ status: DecisionStatus, decisions: number, grantedThisYear: number, grantedTotal: number }> };

export type RoundDecisionTotalsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundDecisionTotalsQuery = { round: { id: string, decisionTotals: { decisions: number, requestedThisYear: number, grantedThisYear: number, grantedTotal: number, grantedLaterYears: number, byStatus: Array<{ status: DecisionStatus, decisions: number, grantedThisYear: number, grantedTotal: number }> } } };

export type RoundPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RoundPlanQuery = { round: { id: string, planVersion: { id: string, versionId: string, plan: Record<string, unknown> } } };

export type OpenRoundMutationVariables = Exact<{
  input: RoundTransitionInput;
}>;


export type OpenRoundMutation = { openRound: { id: string, year: number, status: RoundStatus, frame: number, version: number, allowedActions: Array<string>, submissionDeadline?: string | null, submissionDeadlineOverride?: string | null, calendar: Array<{ id: string, start: string, end: string, doneByPhase: boolean, label: { nb: string } }>, summary: { statements: number, withdrawn: number, withProblems: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byTheme: Array<{ sector?: Sector | null, themeId?: string | null, rank?: number | null, statements: number, withdrawn: number, requestedThisYear: number, title?: { nb: string } | null }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number, requestedThisYear: number }> }, commitments: { totalCount: number } } };

export type CloseRoundMutationVariables = Exact<{
  input: RoundTransitionInput;
}>;


export type CloseRoundMutation = { closeRound: { id: string, year: number, status: RoundStatus, frame: number, version: number, allowedActions: Array<string>, submissionDeadline?: string | null, submissionDeadlineOverride?: string | null, calendar: Array<{ id: string, start: string, end: string, doneByPhase: boolean, label: { nb: string } }>, summary: { statements: number, withdrawn: number, withProblems: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byTheme: Array<{ sector?: Sector | null, themeId?: string | null, rank?: number | null, statements: number, withdrawn: number, requestedThisYear: number, title?: { nb: string } | null }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number, requestedThisYear: number }> }, commitments: { totalCount: number } } };

export type StartReportingMutationVariables = Exact<{
  input: RoundTransitionInput;
}>;


export type StartReportingMutation = { startReporting: { id: string, year: number, status: RoundStatus, frame: number, version: number, allowedActions: Array<string>, submissionDeadline?: string | null, submissionDeadlineOverride?: string | null, calendar: Array<{ id: string, start: string, end: string, doneByPhase: boolean, label: { nb: string } }>, summary: { statements: number, withdrawn: number, withProblems: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byTheme: Array<{ sector?: Sector | null, themeId?: string | null, rank?: number | null, statements: number, withdrawn: number, requestedThisYear: number, title?: { nb: string } | null }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number, requestedThisYear: number }> }, commitments: { totalCount: number } } };

export type CreateRoundMutationVariables = Exact<{
  input: CreateRoundInput;
}>;


export type CreateRoundMutation = { createRound: { id: string, year: number, status: RoundStatus } };

export type SetRoundFrameMutationVariables = Exact<{
  input: SetRoundFrameInput;
}>;


export type SetRoundFrameMutation = { setRoundFrame: { id: string, year: number, status: RoundStatus, frame: number, version: number, allowedActions: Array<string>, submissionDeadline?: string | null, submissionDeadlineOverride?: string | null, calendar: Array<{ id: string, start: string, end: string, doneByPhase: boolean, label: { nb: string } }>, summary: { statements: number, withdrawn: number, withProblems: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byTheme: Array<{ sector?: Sector | null, themeId?: string | null, rank?: number | null, statements: number, withdrawn: number, requestedThisYear: number, title?: { nb: string } | null }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number, requestedThisYear: number }> }, commitments: { totalCount: number } } };

export type ExtendSubmissionDeadlineMutationVariables = Exact<{
  input: ExtendSubmissionDeadlineInput;
}>;


export type ExtendSubmissionDeadlineMutation = { extendSubmissionDeadline: { id: string, year: number, status: RoundStatus, frame: number, version: number, allowedActions: Array<string>, submissionDeadline?: string | null, submissionDeadlineOverride?: string | null, calendar: Array<{ id: string, start: string, end: string, doneByPhase: boolean, label: { nb: string } }>, summary: { statements: number, withdrawn: number, withProblems: number, requestedThisYear: number, committedThisYear: number, freeThisYear: number, bySector: Array<{ sector: Sector, statements: number, requestedThisYear: number }>, byTheme: Array<{ sector?: Sector | null, themeId?: string | null, rank?: number | null, statements: number, withdrawn: number, requestedThisYear: number, title?: { nb: string } | null }>, byStatus: Array<{ status: NeedsStatementStatus, statements: number, requestedThisYear: number }> }, commitments: { totalCount: number } } };

export type RoundListItemFieldsFragment = { id: string, year: number, status: RoundStatus };

export type RoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoundsQuery = { rounds: { totalCount: number, edges: Array<{ node: { id: string, year: number, status: RoundStatus } }> } };

export type ScenarioSummaryFieldsFragment = { id: string, name: string, method: AllocationMethod, cutRule: CutRule, marginalTier: MarginalTier, frame: number, committedEarlier: number, grantedNew: number, leftover: number, ranAt: string, ranByName: string, durationMs: number, version: number };

export type ScenarioLineFieldsFragment = { id: string, status: AllocationStatus, rank?: number | null, score: number, requestedThisYear: number, engineGrantedThisYear: number, adjustedThisYear?: number | null, grantedThisYear: number, fundedPercent: number, adjustmentReason?: string | null, adjustedByName?: string | null, adjustedAt?: string | null, breaks: Array<string>, clauses: Array<string>, constraintOverride?: { constraintIds: Array<string>, reason: string } | null, adjustmentExplanation?: { nb: string } | null, explanation: { nb: string }, needsStatement: { id: string, title: string, sector?: Sector | null, themeId?: string | null, durationYears?: number | null, partnership: { id: string, name: string, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }>, institution: { id: string, name: string } } } };

export type ConstraintGaugeFieldsFragment = { id: string, kind: ConstraintGaugeKind, amount: number, percent: number, lower?: number | null, upper?: number | null, limitPercent?: number | null, broken: boolean, warning: boolean, informational: boolean, overridden: boolean, overrideReasons: Array<string>, clause?: string | null, label: { nb: string }, explanation: { nb: string }, notes: Array<{ nb: string }>, assumptions: Array<{ nb: string }>, clauseTitle?: { nb: string } | null };

export type ScenarioReportFieldsFragment = { gauges: Array<{ id: string, kind: ConstraintGaugeKind, amount: number, percent: number, lower?: number | null, upper?: number | null, limitPercent?: number | null, broken: boolean, warning: boolean, informational: boolean, overridden: boolean, overrideReasons: Array<string>, clause?: string | null, label: { nb: string }, explanation: { nb: string }, notes: Array<{ nb: string }>, assumptions: Array<{ nb: string }>, clauseTitle?: { nb: string } | null }>, sectors: Array<{ sector: Sector, total: number, grantedNew: number, band: { lower: number, upper: number } }>, leftover: { amount: number, reasons: Array<{ code: string, message: { nb: string } }> }, institutionsInSeveralPartnerships: Array<{ orgnr: string, name: string, grantedThisYear: number, partnershipIds: Array<string> }> };

export type GroupTotalFieldsFragment = { key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> };

export type ScenarioTotalsFieldsFragment = { bySector: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byMunicipality: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byOwner: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }> };

export type MethodInfoFieldsFragment = { method: AllocationMethod, source: MethodSource, status?: string | null, gap?: number | null, timeLimitReached: boolean, timeLimitSeconds?: number | null, durationMs: number, explanation: { nb: string } };

export type ConstraintBreachFieldsFragment = { constraintId: string, kind: BreachKind, excess: number, needsStatementIds: Array<string>, overridden: boolean, label: { nb: string }, description: { nb: string }, overrides: Array<{ needsStatementId: string, reason: string }> };

export type ScenarioFiguresFieldsFragment = { constraintReport: { gauges: Array<{ id: string, kind: ConstraintGaugeKind, amount: number, percent: number, lower?: number | null, upper?: number | null, limitPercent?: number | null, broken: boolean, warning: boolean, informational: boolean, overridden: boolean, overrideReasons: Array<string>, clause?: string | null, label: { nb: string }, explanation: { nb: string }, notes: Array<{ nb: string }>, assumptions: Array<{ nb: string }>, clauseTitle?: { nb: string } | null }>, sectors: Array<{ sector: Sector, total: number, grantedNew: number, band: { lower: number, upper: number } }>, leftover: { amount: number, reasons: Array<{ code: string, message: { nb: string } }> }, institutionsInSeveralPartnerships: Array<{ orgnr: string, name: string, grantedThisYear: number, partnershipIds: Array<string> }> }, breaches: Array<{ constraintId: string, kind: BreachKind, excess: number, needsStatementIds: Array<string>, overridden: boolean, label: { nb: string }, description: { nb: string }, overrides: Array<{ needsStatementId: string, reason: string }> }>, totals: { bySector: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byMunicipality: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byOwner: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }> }, methodInfo: { method: AllocationMethod, source: MethodSource, status?: string | null, gap?: number | null, timeLimitReached: boolean, timeLimitSeconds?: number | null, durationMs: number, explanation: { nb: string } } };

export type ScenarioRunFieldsFragment = { id: string, name: string, method: AllocationMethod, status: ScenarioRunStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, requestedByName: string, errorCode?: string | null, errorMessage?: string | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string, en: string } }>, scenario?: { id: string } | null };

export type RoundScenariosQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type RoundScenariosQuery = { round: { id: string, year: number, status: RoundStatus, version: number, planVersion: { id: string, plan: Record<string, unknown> }, scenarios: { totalCount: number, edges: Array<{ node: { id: string, name: string, method: AllocationMethod, cutRule: CutRule, marginalTier: MarginalTier, frame: number, committedEarlier: number, grantedNew: number, leftover: number, ranAt: string, ranByName: string, durationMs: number, version: number } }> } } };

export type ScenarioQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioQuery = { scenario: { inputHash: string, parametersJson: Record<string, unknown>, id: string, name: string, method: AllocationMethod, cutRule: CutRule, marginalTier: MarginalTier, frame: number, committedEarlier: number, grantedNew: number, leftover: number, ranAt: string, ranByName: string, durationMs: number, version: number, lines: { totalCount: number, edges: Array<{ node: { id: string, status: AllocationStatus, rank?: number | null, score: number, requestedThisYear: number, engineGrantedThisYear: number, adjustedThisYear?: number | null, grantedThisYear: number, fundedPercent: number, adjustmentReason?: string | null, adjustedByName?: string | null, adjustedAt?: string | null, breaks: Array<string>, clauses: Array<string>, constraintOverride?: { constraintIds: Array<string>, reason: string } | null, adjustmentExplanation?: { nb: string } | null, explanation: { nb: string }, needsStatement: { id: string, title: string, sector?: Sector | null, themeId?: string | null, durationYears?: number | null, partnership: { id: string, name: string, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }>, institution: { id: string, name: string } } } } }> } } };

export type ScenarioFiguresQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioFiguresQuery = { scenario: { id: string, constraintReport: { gauges: Array<{ id: string, kind: ConstraintGaugeKind, amount: number, percent: number, lower?: number | null, upper?: number | null, limitPercent?: number | null, broken: boolean, warning: boolean, informational: boolean, overridden: boolean, overrideReasons: Array<string>, clause?: string | null, label: { nb: string }, explanation: { nb: string }, notes: Array<{ nb: string }>, assumptions: Array<{ nb: string }>, clauseTitle?: { nb: string } | null }>, sectors: Array<{ sector: Sector, total: number, grantedNew: number, band: { lower: number, upper: number } }>, leftover: { amount: number, reasons: Array<{ code: string, message: { nb: string } }> }, institutionsInSeveralPartnerships: Array<{ orgnr: string, name: string, grantedThisYear: number, partnershipIds: Array<string> }> }, breaches: Array<{ constraintId: string, kind: BreachKind, excess: number, needsStatementIds: Array<string>, overridden: boolean, label: { nb: string }, description: { nb: string }, overrides: Array<{ needsStatementId: string, reason: string }> }>, totals: { bySector: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byMunicipality: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byOwner: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }> }, methodInfo: { method: AllocationMethod, source: MethodSource, status?: string | null, gap?: number | null, timeLimitReached: boolean, timeLimitSeconds?: number | null, durationMs: number, explanation: { nb: string } } } };

export type RunScenarioMutationVariables = Exact<{
  input: RunScenarioInput;
}>;


export type RunScenarioMutation = { runScenario: { id: string, name: string, method: AllocationMethod, status: ScenarioRunStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, requestedByName: string, errorCode?: string | null, errorMessage?: string | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string, en: string } }>, scenario?: { id: string } | null } };

export type AdjustScenarioLineMutationVariables = Exact<{
  input: AdjustScenarioLineInput;
}>;


export type AdjustScenarioLineMutation = { adjustScenarioLine: { id: string, name: string, method: AllocationMethod, cutRule: CutRule, marginalTier: MarginalTier, frame: number, committedEarlier: number, grantedNew: number, leftover: number, ranAt: string, ranByName: string, durationMs: number, version: number, lines: { totalCount: number, edges: Array<{ node: { id: string, status: AllocationStatus, rank?: number | null, score: number, requestedThisYear: number, engineGrantedThisYear: number, adjustedThisYear?: number | null, grantedThisYear: number, fundedPercent: number, adjustmentReason?: string | null, adjustedByName?: string | null, adjustedAt?: string | null, breaks: Array<string>, clauses: Array<string>, constraintOverride?: { constraintIds: Array<string>, reason: string } | null, adjustmentExplanation?: { nb: string } | null, explanation: { nb: string }, needsStatement: { id: string, title: string, sector?: Sector | null, themeId?: string | null, durationYears?: number | null, partnership: { id: string, name: string, owners: Array<{ id: string, name: string, ownership: Ownership, municipality?: { number: string, name: string } | null }>, institution: { id: string, name: string } } } } }> }, constraintReport: { gauges: Array<{ id: string, kind: ConstraintGaugeKind, amount: number, percent: number, lower?: number | null, upper?: number | null, limitPercent?: number | null, broken: boolean, warning: boolean, informational: boolean, overridden: boolean, overrideReasons: Array<string>, clause?: string | null, label: { nb: string }, explanation: { nb: string }, notes: Array<{ nb: string }>, assumptions: Array<{ nb: string }>, clauseTitle?: { nb: string } | null }>, sectors: Array<{ sector: Sector, total: number, grantedNew: number, band: { lower: number, upper: number } }>, leftover: { amount: number, reasons: Array<{ code: string, message: { nb: string } }> }, institutionsInSeveralPartnerships: Array<{ orgnr: string, name: string, grantedThisYear: number, partnershipIds: Array<string> }> }, breaches: Array<{ constraintId: string, kind: BreachKind, excess: number, needsStatementIds: Array<string>, overridden: boolean, label: { nb: string }, description: { nb: string }, overrides: Array<{ needsStatementId: string, reason: string }> }>, totals: { bySector: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byMunicipality: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }>, byOwner: Array<{ key: string, kind: GroupKind, sector?: Sector | null, statements: number, requestedThisYear: number, grantedThisYear: number, municipality?: { number: string, name: string } | null, owners: Array<{ id: string, name: string }> }> }, methodInfo: { method: AllocationMethod, source: MethodSource, status?: string | null, gap?: number | null, timeLimitReached: boolean, timeLimitSeconds?: number | null, durationMs: number, explanation: { nb: string } } } };

export type ScenarioAdjustmentPreviewQueryVariables = Exact<{
  input: ScenarioAdjustmentPreviewInput;
}>;


export type ScenarioAdjustmentPreviewQuery = { scenarioAdjustmentPreview: { grantedThisYear: number, grantedNew: number, leftover: number, maxWithinFrame: number, requiredOverrides: Array<string>, pastFrame: Array<{ year: number, excess: number }>, breaches: Array<{ constraintId: string, kind: BreachKind, excess: number, needsStatementIds: Array<string>, overridden: boolean, label: { nb: string }, description: { nb: string }, overrides: Array<{ needsStatementId: string, reason: string }> }>, problems: Array<{ code: string, path: Array<string>, field: string, message: { nb: string } }> } };

export type ScenarioRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioRunQuery = { scenarioRun: { id: string, name: string, method: AllocationMethod, status: ScenarioRunStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, requestedByName: string, errorCode?: string | null, errorMessage?: string | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string, en: string } }>, scenario?: { id: string } | null } };

export type ActiveScenarioRunQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type ActiveScenarioRunQuery = { round: { id: string, activeScenarioRun?: { id: string, name: string, method: AllocationMethod, status: ScenarioRunStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, requestedByName: string, errorCode?: string | null, errorMessage?: string | null, problems: Array<{ code: string, path: Array<string>, message: { nb: string, en: string } }>, scenario?: { id: string } | null } | null } };

export type SignInCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInCountiesQuery = { counties: Array<{ id: string, code: string, name: string }> };

export type SignInPartnershipsQueryVariables = Exact<{
  countyCode: Scalars['String']['input'];
}>;


export type SignInPartnershipsQuery = { devSignInPartnerships: Array<{ id: string, name: string }> };

export type DevSignInMutationVariables = Exact<{
  role: Role;
  countyCode?: InputMaybe<Scalars['String']['input']>;
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DevSignInMutation = { devSignIn: { token: string, user: { subject: string, name: string, role: Role, county?: { id: string, code: string, name: string } | null } } };

export type ViewerFieldsFragment = { subject: string, name: string, role: Role, county?: { id: string, code: string, name: string } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer?: { subject: string, name: string, role: Role, county?: { id: string, code: string, name: string } | null } | null };

export const ComparisonGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparisonGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComparisonGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"differs"}}]}}]} as unknown as DocumentNode<ComparisonGroupFieldsFragment, unknown>;
export const ComparisonRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparisonRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComparisonRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]}}]} as unknown as DocumentNode<ComparisonRowFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"timely"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"caseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"resultingVersion"}},{"kind":"Field","name":{"kind":"Name","value":"settledBy"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ComplaintFieldsFragment, unknown>;
export const CountyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"County"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<CountyFieldsFragment, unknown>;
export const NationalFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NationalFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"grants"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"grantedLaterYears"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorGranted"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"samiShare"}},{"kind":"Field","name":{"kind":"Name","value":"newcomerShare"}},{"kind":"Field","name":{"kind":"Name","value":"reportsExpected"}},{"kind":"Field","name":{"kind":"Name","value":"reportsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"reportCompleteness"}}]}}]} as unknown as DocumentNode<NationalFiguresFieldsFragment, unknown>;
export const ValidationProblemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]} as unknown as DocumentNode<ValidationProblemFieldsFragment, unknown>;
export const NeedsStatementRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]} as unknown as DocumentNode<NeedsStatementRowFieldsFragment, unknown>;
export const SamiAssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SamiAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamiAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SamiAssessmentFieldsFragment, unknown>;
export const NeedsStatementDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samiAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SamiAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"themeItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"samiPerspectives"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveLearning"}},{"kind":"Field","name":{"kind":"Name","value":"teacherEducationFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"conditionIds"}},{"kind":"Field","name":{"kind":"Name","value":"otherComplexityFactors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continuesEarlierWork"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindergartenStaff"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStaff"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SamiAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamiAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<NeedsStatementDetailFieldsFragment, unknown>;
export const HistoryEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioName"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}}]}}]} as unknown as DocumentNode<HistoryEntryFieldsFragment, unknown>;
export const PartnerReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"useOfFunds"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorUse"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOut"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerReportFieldsFragment, unknown>;
export const PaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payeeName"}},{"kind":"Field","name":{"kind":"Name","value":"payeeOrgnr"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PaymentFieldsFragment, unknown>;
export const ScenarioSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutRule"}},{"kind":"Field","name":{"kind":"Name","value":"marginalTier"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"committedEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranByName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ScenarioSummaryFieldsFragment, unknown>;
export const ProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"putAt"}},{"kind":"Field","name":{"kind":"Name","value":"putBy"}},{"kind":"Field","name":{"kind":"Name","value":"forumOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"forumMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutRule"}},{"kind":"Field","name":{"kind":"Name","value":"marginalTier"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"committedEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranByName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ProposalFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<DecisionFieldsFragment, unknown>;
export const OwnerRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnerRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationYears"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OwnerRowFieldsFragment, unknown>;
export const UnitRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerId"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UnitRowFieldsFragment, unknown>;
export const InstitutionRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<InstitutionRowFieldsFragment, unknown>;
export const PartnershipRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnershipRowFieldsFragment, unknown>;
export const FigureRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectorIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}}]}}]}}]} as unknown as DocumentNode<FigureRowFieldsFragment, unknown>;
export const EarlierCommitmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarlierCommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"grantedYear"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EarlierCommitmentFieldsFragment, unknown>;
export const ImportPreviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirm"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipName"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}}]}}]}}]} as unknown as DocumentNode<ImportPreviewFieldsFragment, unknown>;
export const YearGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"subjectToAppropriation"}}]}}]} as unknown as DocumentNode<YearGrantFieldsFragment, unknown>;
export const ReportProblemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]} as unknown as DocumentNode<ReportProblemFieldsFragment, unknown>;
export const FollowUpRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFollowUpRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"roundYear"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateSource"}},{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"spentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"spentInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"unspent"}},{"kind":"Field","name":{"kind":"Name","value":"measuresNotCarriedOut"}},{"kind":"Field","name":{"kind":"Name","value":"goalsNotAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"subjectToAppropriation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]} as unknown as DocumentNode<FollowUpRowFieldsFragment, unknown>;
export const ReminderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportReminder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateSource"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReminderFieldsFragment, unknown>;
export const InstitutionShareFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionShareYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grants"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"grantedInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"grantedInstitutionPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"reportedGranted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedSpentTotal"}},{"kind":"Field","name":{"kind":"Name","value":"reportedSpentInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"reportedInstitutionPercent"}},{"kind":"Field","name":{"kind":"Name","value":"falling"}},{"kind":"Field","name":{"kind":"Name","value":"belowFloor"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]} as unknown as DocumentNode<InstitutionShareFieldsFragment, unknown>;
export const PartyAccountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyAccountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyAccounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"unspent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<PartyAccountsFieldsFragment, unknown>;
export const ReportingRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ReportingRoundFieldsFragment, unknown>;
export const AnnualReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"useOfFunds"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorUse"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOwner"}},{"kind":"Field","name":{"kind":"Name","value":"receivedInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"spentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"spentInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOut"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyAccountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyAccountsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingRoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"annualReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyAccountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyAccounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"unspent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"subjectToAppropriation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<AnnualReportFieldsFragment, unknown>;
export const RoundSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withProblems"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"committedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"freeThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}}]}}]} as unknown as DocumentNode<RoundSummaryFieldsFragment, unknown>;
export const RoundOverviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadlineOverride"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"doneByPhase"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withProblems"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"committedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"freeThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}}]}}]} as unknown as DocumentNode<RoundOverviewFieldsFragment, unknown>;
export const DecisionTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"grantedLaterYears"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}}]}}]}}]} as unknown as DocumentNode<DecisionTotalsFieldsFragment, unknown>;
export const RoundListItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RoundListItemFieldsFragment, unknown>;
export const ScenarioLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"engineGrantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedByName"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAt"}},{"kind":"Field","name":{"kind":"Name","value":"constraintOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintIds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioLineFieldsFragment, unknown>;
export const ConstraintGaugeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintGaugeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintGauge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"limitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"broken"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"informational"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReasons"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"clauseTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]} as unknown as DocumentNode<ConstraintGaugeFieldsFragment, unknown>;
export const ScenarioReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gauges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConstraintGaugeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"band"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionsInSeveralPartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintGaugeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintGauge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"limitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"broken"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"informational"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReasons"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"clauseTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]} as unknown as DocumentNode<ScenarioReportFieldsFragment, unknown>;
export const ConstraintBreachFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintBreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintBreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"needsStatementIds"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ConstraintBreachFieldsFragment, unknown>;
export const GroupTotalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}}]} as unknown as DocumentNode<GroupTotalFieldsFragment, unknown>;
export const ScenarioTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}}]} as unknown as DocumentNode<ScenarioTotalsFieldsFragment, unknown>;
export const MethodInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitReached"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]} as unknown as DocumentNode<MethodInfoFieldsFragment, unknown>;
export const ScenarioFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConstraintBreachFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methodInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodInfoFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintGaugeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintGauge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"limitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"broken"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"informational"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReasons"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"clauseTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gauges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConstraintGaugeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"band"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionsInSeveralPartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintBreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintBreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"needsStatementIds"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitReached"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]} as unknown as DocumentNode<ScenarioFiguresFieldsFragment, unknown>;
export const ScenarioRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScenarioRunFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const CompareScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareScenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparisonGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparisonGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparisonGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparisonRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sameInputAsFirst"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutRule"}},{"kind":"Field","name":{"kind":"Name","value":"marginalTier"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"committedEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranByName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparisonGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComparisonGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"differs"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparisonRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComparisonRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"spread"}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]}}]} as unknown as DocumentNode<CompareScenariosQuery, CompareScenariosQueryVariables>;
export const RoundComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedPerYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"timely"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"caseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"resultingVersion"}},{"kind":"Field","name":{"kind":"Name","value":"settledBy"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RoundComplaintsQuery, RoundComplaintsQueryVariables>;
export const RegisterComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"timely"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"caseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"resultingVersion"}},{"kind":"Field","name":{"kind":"Name","value":"settledBy"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterComplaintMutation, RegisterComplaintMutationVariables>;
export const ForwardComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForwardComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"timely"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"caseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"resultingVersion"}},{"kind":"Field","name":{"kind":"Name","value":"settledBy"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ForwardComplaintMutation, ForwardComplaintMutationVariables>;
export const ChangeDecisionOnComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeDecisionOnComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeDecisionOnComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"timely"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"caseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"resultingVersion"}},{"kind":"Field","name":{"kind":"Name","value":"settledBy"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangeDecisionOnComplaintMutation, ChangeDecisionOnComplaintMutationVariables>;
export const RejectComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"postedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"timely"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"caseSummary"}},{"kind":"Field","name":{"kind":"Name","value":"resultingVersion"}},{"kind":"Field","name":{"kind":"Name","value":"settledBy"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RejectComplaintMutation, RejectComplaintMutationVariables>;
export const PlatformStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"County"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<PlatformStatusQuery, PlatformStatusQueryVariables>;
export const LetterTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LetterTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letterTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"appealBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<LetterTemplateQuery, LetterTemplateQueryVariables>;
export const UpdateLetterTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLetterTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLetterTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLetterTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"appealBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLetterTemplateMutation, UpdateLetterTemplateMutationVariables>;
export const LetterTemplatePreviewDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LetterTemplatePreviewDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LetterTemplatePreviewDecisionsQuery, LetterTemplatePreviewDecisionsQueryVariables>;
export const LetterTemplatePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LetterTemplatePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"template"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LetterTemplateDraftInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionLetterPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"template"},"value":{"kind":"Variable","name":{"kind":"Name","value":"template"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"complaintDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LetterTemplatePreviewQuery, LetterTemplatePreviewQueryVariables>;
export const NationalStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NationalDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NationalFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NationalFiguresFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NationalFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"grants"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"grantedLaterYears"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorGranted"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"samiShare"}},{"kind":"Field","name":{"kind":"Name","value":"newcomerShare"}},{"kind":"Field","name":{"kind":"Name","value":"reportsExpected"}},{"kind":"Field","name":{"kind":"Name","value":"reportsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"reportCompleteness"}}]}}]} as unknown as DocumentNode<NationalStatisticsQuery, NationalStatisticsQueryVariables>;
export const NationalYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<NationalYearsQuery, NationalYearsQueryVariables>;
export const NeedsStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatementOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementRowFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationProblemFields"}}]}}]}}]} as unknown as DocumentNode<NeedsStatementsQuery, NeedsStatementsQueryVariables>;
export const NeedsStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SamiAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamiAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samiAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SamiAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"themeItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"samiPerspectives"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveLearning"}},{"kind":"Field","name":{"kind":"Name","value":"teacherEducationFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"conditionIds"}},{"kind":"Field","name":{"kind":"Name","value":"otherComplexityFactors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continuesEarlierWork"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindergartenStaff"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStaff"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}}]}}]} as unknown as DocumentNode<NeedsStatementQuery, NeedsStatementQueryVariables>;
export const NeedsStatementHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsStatementHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioName"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}}]}}]} as unknown as DocumentNode<NeedsStatementHistoryQuery, NeedsStatementHistoryQueryVariables>;
export const AssessSamiPerspectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessSamiPerspective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessSamiPerspectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessSamiPerspective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"samiAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SamiAssessmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SamiAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamiAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AssessSamiPerspectiveMutation, AssessSamiPerspectiveMutationVariables>;
export const PartnerRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadlineOverride"}},{"kind":"Field","name":{"kind":"Name","value":"needsStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationProblemFields"}}]}}]}}]} as unknown as DocumentNode<PartnerRoundsQuery, PartnerRoundsQueryVariables>;
export const PartnerFormContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerFormContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatementFormContext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"roundYear"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"}},{"kind":"Field","name":{"kind":"Name","value":"history"}}]}}]}}]} as unknown as DocumentNode<PartnerFormContextQuery, PartnerFormContextQueryVariables>;
export const PartnerSubmitStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSubmitStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitNeedsStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNeedsStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SamiAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamiAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samiAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SamiAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"themeItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"samiPerspectives"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveLearning"}},{"kind":"Field","name":{"kind":"Name","value":"teacherEducationFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"conditionIds"}},{"kind":"Field","name":{"kind":"Name","value":"otherComplexityFactors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continuesEarlierWork"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindergartenStaff"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStaff"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}}]}}]} as unknown as DocumentNode<PartnerSubmitStatementMutation, PartnerSubmitStatementMutationVariables>;
export const PartnerUpdateStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerUpdateStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNeedsStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNeedsStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SamiAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamiAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samiAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SamiAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"themeItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"samiPerspectives"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveLearning"}},{"kind":"Field","name":{"kind":"Name","value":"teacherEducationFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"conditionIds"}},{"kind":"Field","name":{"kind":"Name","value":"otherComplexityFactors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continuesEarlierWork"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindergartenStaff"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStaff"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}}]}}]} as unknown as DocumentNode<PartnerUpdateStatementMutation, PartnerUpdateStatementMutationVariables>;
export const PartnerWithdrawStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerWithdrawStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawNeedsStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNeedsStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SamiAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamiAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samiAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SamiAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"themeItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"samiPerspectives"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveLearning"}},{"kind":"Field","name":{"kind":"Name","value":"teacherEducationFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"conditionIds"}},{"kind":"Field","name":{"kind":"Name","value":"otherComplexityFactors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continuesEarlierWork"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindergartenStaff"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStaff"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}}]}}]} as unknown as DocumentNode<PartnerWithdrawStatementMutation, PartnerWithdrawStatementMutationVariables>;
export const PartnerDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedPerYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"resultingVersion"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOwner"}},{"kind":"Field","name":{"kind":"Name","value":"receivedInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"spentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"spentInstitution"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerDecisionsQuery, PartnerDecisionsQueryVariables>;
export const PartnerRecordSplitAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerRecordSplitAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSplitAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSplitAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<PartnerRecordSplitAnswerMutation, PartnerRecordSplitAnswerMutationVariables>;
export const PartnerReportFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerReportForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedPerYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerReportFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"useOfFunds"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorUse"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOut"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerReportFormQuery, PartnerReportFormQueryVariables>;
export const PartnerSubmitAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSubmitAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAnnualReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"useOfFunds"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorUse"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOut"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerSubmitAnnualReportMutation, PartnerSubmitAnnualReportMutationVariables>;
export const PartnerSaveDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSaveDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveNeedsStatementDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveNeedsStatementDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SamiAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamiAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samiAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SamiAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"themeItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"samiPerspectives"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveLearning"}},{"kind":"Field","name":{"kind":"Name","value":"teacherEducationFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"conditionIds"}},{"kind":"Field","name":{"kind":"Name","value":"otherComplexityFactors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continuesEarlierWork"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindergartenStaff"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStaff"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}}]}}]} as unknown as DocumentNode<PartnerSaveDraftMutation, PartnerSaveDraftMutationVariables>;
export const PartnerSubmitDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSubmitDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNeedsStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitNeedsStatementDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newcomer"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SamiAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SamiAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedsStatementDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedsStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedsStatementRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"samiAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SamiAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"themeItemIds"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"samiPerspectives"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveLearning"}},{"kind":"Field","name":{"kind":"Name","value":"teacherEducationFeedback"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"conditionIds"}},{"kind":"Field","name":{"kind":"Name","value":"otherComplexityFactors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continuesEarlierWork"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindergartenStaff"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStaff"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}}]}}]} as unknown as DocumentNode<PartnerSubmitDraftMutation, PartnerSubmitDraftMutationVariables>;
export const PartnerDiscardDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerDiscardDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscardNeedsStatementDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardNeedsStatementDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<PartnerDiscardDraftMutation, PartnerDiscardDraftMutationVariables>;
export const PartnerFileComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerFileComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"timely"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}}]}}]} as unknown as DocumentNode<PartnerFileComplaintMutation, PartnerFileComplaintMutationVariables>;
export const RoundPaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payeeName"}},{"kind":"Field","name":{"kind":"Name","value":"payeeOrgnr"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RoundPaymentsQuery, RoundPaymentsQueryVariables>;
export const PlanPaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"payments"}}]}}]}}]} as unknown as DocumentNode<PlanPaymentsMutation, PlanPaymentsMutationVariables>;
export const MarkPaymentPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkPaymentPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkPaymentPaidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPaymentPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payeeName"}},{"kind":"Field","name":{"kind":"Name","value":"payeeOrgnr"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MarkPaymentPaidMutation, MarkPaymentPaidMutationVariables>;
export const RoundDecisionLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundDecisionLetters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundDecisionLettersQuery, RoundDecisionLettersQueryVariables>;
export const DecisionLetterPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionLetterPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionLetterPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"complaintDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecisionLetterPreviewQuery, DecisionLetterPreviewQueryVariables>;
export const SendDecisionLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendDecisionLetters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendDecisionLettersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendDecisionLetters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}}]}}]}}]}}]} as unknown as DocumentNode<SendDecisionLettersMutation, SendDecisionLettersMutationVariables>;
export const RoundProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutRule"}},{"kind":"Field","name":{"kind":"Name","value":"marginalTier"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"committedEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranByName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"putAt"}},{"kind":"Field","name":{"kind":"Name","value":"putBy"}},{"kind":"Field","name":{"kind":"Name","value":"forumOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"forumMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSummaryFields"}}]}}]}}]} as unknown as DocumentNode<RoundProposalQuery, RoundProposalQueryVariables>;
export const RoundDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<RoundDecisionsQuery, RoundDecisionsQueryVariables>;
export const DecisionsTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionsTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionTotalsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"grantedLaterYears"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}}]}}]}}]} as unknown as DocumentNode<DecisionsTableQuery, DecisionsTableQueryVariables>;
export const PutScenarioToForumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutScenarioToForum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PutScenarioToForumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"putScenarioToForum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutRule"}},{"kind":"Field","name":{"kind":"Name","value":"marginalTier"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"committedEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranByName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"putAt"}},{"kind":"Field","name":{"kind":"Name","value":"putBy"}},{"kind":"Field","name":{"kind":"Name","value":"forumOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"forumMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSummaryFields"}}]}}]}}]} as unknown as DocumentNode<PutScenarioToForumMutation, PutScenarioToForumMutationVariables>;
export const RecordForumOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForumOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordForumOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordForumOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutRule"}},{"kind":"Field","name":{"kind":"Name","value":"marginalTier"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"committedEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranByName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"putAt"}},{"kind":"Field","name":{"kind":"Name","value":"putBy"}},{"kind":"Field","name":{"kind":"Name","value":"forumOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"abstentions"}},{"kind":"Field","name":{"kind":"Name","value":"forumMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSummaryFields"}}]}}]}}]} as unknown as DocumentNode<RecordForumOutcomeMutation, RecordForumOutcomeMutationVariables>;
export const DecideRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<DecideRoundMutation, DecideRoundMutationVariables>;
export const ProposalScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RANK"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioLineFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutRule"}},{"kind":"Field","name":{"kind":"Name","value":"marginalTier"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"committedEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranByName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"engineGrantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedByName"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAt"}},{"kind":"Field","name":{"kind":"Name","value":"constraintOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintIds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalScenarioQuery, ProposalScenarioQueryVariables>;
export const ProposalScenarioFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalScenarioFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFiguresFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintGaugeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintGauge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"limitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"broken"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"informational"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReasons"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"clauseTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gauges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConstraintGaugeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"band"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionsInSeveralPartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintBreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintBreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"needsStatementIds"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitReached"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConstraintBreachFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methodInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodInfoFields"}}]}}]}}]} as unknown as DocumentNode<ProposalScenarioFiguresQuery, ProposalScenarioFiguresQueryVariables>;
export const RegisterOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterOwners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnerRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnerRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationYears"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegisterOwnersQuery, RegisterOwnersQueryVariables>;
export const RegisterOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnerRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnerRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationYears"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerId"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegisterOwnerQuery, RegisterOwnerQueryVariables>;
export const RegisterMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterMunicipalitiesQuery, RegisterMunicipalitiesQueryVariables>;
export const RegisterInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegisterInstitutionsQuery, RegisterInstitutionsQueryVariables>;
export const RegisterPartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterPartnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegisterPartnershipsQuery, RegisterPartnershipsQueryVariables>;
export const RegisterOwnerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterOwnerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterOwnerOptionsQuery, RegisterOwnerOptionsQueryVariables>;
export const RegisterChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeBaseIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterChoicesQuery, RegisterChoicesQueryVariables>;
export const IndicatorFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectorIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}}]}}]}}]} as unknown as DocumentNode<IndicatorFiguresQuery, IndicatorFiguresQueryVariables>;
export const EarlierCommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EarlierCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earlierCommitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarlierCommitmentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarlierCommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"grantedYear"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EarlierCommitmentsQuery, EarlierCommitmentsQueryVariables>;
export const CreateOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOwnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnerRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnerRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationYears"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateOwnerMutation, CreateOwnerMutationVariables>;
export const UpdateOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOwnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnerRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnerRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationYears"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateOwnerMutation, UpdateOwnerMutationVariables>;
export const SetOwnerArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOwnerArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetArchivedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOwnerArchived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnerRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnerRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Owner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationYears"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetOwnerArchivedMutation, SetOwnerArchivedMutationVariables>;
export const DeleteOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteOwnerMutation, DeleteOwnerMutationVariables>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerId"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const UpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerId"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const SetUnitArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUnitArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetArchivedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUnitArchived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerId"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetUnitArchivedMutation, SetUnitArchivedMutationVariables>;
export const DeleteUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteUnitMutation, DeleteUnitMutationVariables>;
export const CreateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateInstitutionMutation, CreateInstitutionMutationVariables>;
export const UpdateInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInstitutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateInstitutionMutation, UpdateInstitutionMutationVariables>;
export const SetInstitutionArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetInstitutionArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetArchivedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInstitutionArchived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetInstitutionArchivedMutation, SetInstitutionArchivedMutationVariables>;
export const DeleteInstitutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInstitution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInstitution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteInstitutionMutation, DeleteInstitutionMutationVariables>;
export const CreatePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreatePartnershipMutation, CreatePartnershipMutationVariables>;
export const UpdatePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdatePartnershipMutation, UpdatePartnershipMutationVariables>;
export const SetPartnershipArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPartnershipArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetArchivedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPartnershipArchived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherServices"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetPartnershipArchivedMutation, SetPartnershipArchivedMutationVariables>;
export const DeletePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePartnershipMutation, DeletePartnershipMutationVariables>;
export const CreateIndicatorFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIndicatorFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIndicatorFigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIndicatorFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectorIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}}]}}]}}]} as unknown as DocumentNode<CreateIndicatorFigureMutation, CreateIndicatorFigureMutationVariables>;
export const UpdateIndicatorFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIndicatorFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIndicatorFigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndicatorFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectorIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgnr"}}]}}]}}]} as unknown as DocumentNode<UpdateIndicatorFigureMutation, UpdateIndicatorFigureMutationVariables>;
export const DeleteIndicatorFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIndicatorFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIndicatorFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteIndicatorFigureMutation, DeleteIndicatorFigureMutationVariables>;
export const CreateEarlierCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEarlierCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEarlierCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEarlierCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarlierCommitmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarlierCommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"grantedYear"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateEarlierCommitmentMutation, CreateEarlierCommitmentMutationVariables>;
export const UpdateEarlierCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEarlierCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEarlierCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEarlierCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EarlierCommitmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EarlierCommitmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workId"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"grantedYear"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateEarlierCommitmentMutation, UpdateEarlierCommitmentMutationVariables>;
export const DeleteEarlierCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEarlierCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEarlierCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteEarlierCommitmentMutation, DeleteEarlierCommitmentMutationVariables>;
export const PreviewRegisterImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewRegisterImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewRegisterImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRegisterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportPreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirm"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipName"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}}]}}]}}]} as unknown as DocumentNode<PreviewRegisterImportMutation, PreviewRegisterImportMutationVariables>;
export const ConfirmRegisterImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmRegisterImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmRegisterImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmRegisterImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ids"}}]}}]}}]} as unknown as DocumentNode<ConfirmRegisterImportMutation, ConfirmRegisterImportMutationVariables>;
export const NeedsStatementTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsStatementTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatementTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<NeedsStatementTemplateQuery, NeedsStatementTemplateQueryVariables>;
export const PreviewNeedsStatementImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewNeedsStatementImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewNeedsStatementImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewNeedsStatementImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportPreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"canConfirm"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipName"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}}]}}]}}]} as unknown as DocumentNode<PreviewNeedsStatementImportMutation, PreviewNeedsStatementImportMutationVariables>;
export const ConfirmNeedsStatementImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmNeedsStatementImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmNeedsStatementImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmNeedsStatementImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ids"}}]}}]}}]} as unknown as DocumentNode<ConfirmNeedsStatementImportMutation, ConfirmNeedsStatementImportMutationVariables>;
export const RegisterHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterHistoryQuery, RegisterHistoryQueryVariables>;
export const ReportingRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingRoundFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ReportingRoundsQuery, ReportingRoundsQueryVariables>;
export const ReportFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"withProblems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"money"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantedOwner"}},{"kind":"Field","name":{"kind":"Name","value":"grantedInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"reportedGranted"}},{"kind":"Field","name":{"kind":"Name","value":"spentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"spentInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"subjectToAppropriation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFollowUpRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"roundYear"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateSource"}},{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"spentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"spentInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"unspent"}},{"kind":"Field","name":{"kind":"Name","value":"measuresNotCarriedOut"}},{"kind":"Field","name":{"kind":"Name","value":"goalsNotAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportProblemFields"}}]}}]}}]} as unknown as DocumentNode<ReportFollowUpQuery, ReportFollowUpQueryVariables>;
export const ReportRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReminderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReminderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportReminder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateSource"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportRemindersQuery, ReportRemindersQueryVariables>;
export const InstitutionShareByYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionShareByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutionShareByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstitutionShareFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstitutionShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionShareYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grants"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"grantedInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"grantedInstitutionPercent"}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"reportedGranted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedSpentTotal"}},{"kind":"Field","name":{"kind":"Name","value":"reportedSpentInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"reportedInstitutionPercent"}},{"kind":"Field","name":{"kind":"Name","value":"falling"}},{"kind":"Field","name":{"kind":"Name","value":"belowFloor"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]} as unknown as DocumentNode<InstitutionShareByYearQuery, InstitutionShareByYearQueryVariables>;
export const AnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyAccountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyAccounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"unspent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"subjectToAppropriation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"useOfFunds"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorUse"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOwner"}},{"kind":"Field","name":{"kind":"Name","value":"receivedInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"spentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"spentInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOut"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyAccountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyAccountsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingRoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"annualReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AnnualReportQuery, AnnualReportQueryVariables>;
export const AcceptAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyAccountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyAccounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"unspent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"subjectToAppropriation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"useOfFunds"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorUse"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOwner"}},{"kind":"Field","name":{"kind":"Name","value":"receivedInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"spentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"spentInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOut"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyAccountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyAccountsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingRoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"annualReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptAnnualReportMutation, AcceptAnnualReportMutationVariables>;
export const ReturnAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyAccountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyAccounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"unspent"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costLine"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"YearGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"subjectToAppropriation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"useOfFunds"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorUse"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOwner"}},{"kind":"Field","name":{"kind":"Name","value":"receivedInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"spentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"spentInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOut"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorSpent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyAccountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyAccountsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingRoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"longTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"annualReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnAnnualReportMutation, ReturnAnnualReportMutationVariables>;
export const RoundOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundOverviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withProblems"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"committedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"freeThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadlineOverride"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"doneByPhase"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RoundOverviewQuery, RoundOverviewQueryVariables>;
export const RoundDecisionTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundDecisionTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionTotalsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"grantedLaterYears"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}}]}}]}}]} as unknown as DocumentNode<RoundDecisionTotalsQuery, RoundDecisionTotalsQueryVariables>;
export const RoundPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}}]}}]}}]} as unknown as DocumentNode<RoundPlanQuery, RoundPlanQueryVariables>;
export const OpenRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoundTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundOverviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withProblems"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"committedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"freeThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadlineOverride"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"doneByPhase"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OpenRoundMutation, OpenRoundMutationVariables>;
export const CloseRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoundTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundOverviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withProblems"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"committedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"freeThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadlineOverride"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"doneByPhase"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CloseRoundMutation, CloseRoundMutationVariables>;
export const StartReportingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReporting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoundTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReporting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundOverviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withProblems"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"committedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"freeThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadlineOverride"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"doneByPhase"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<StartReportingMutation, StartReportingMutationVariables>;
export const CreateRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundListItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CreateRoundMutation, CreateRoundMutationVariables>;
export const SetRoundFrameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoundFrame"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRoundFrameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoundFrame"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundOverviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withProblems"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"committedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"freeThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadlineOverride"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"doneByPhase"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SetRoundFrameMutation, SetRoundFrameMutationVariables>;
export const ExtendSubmissionDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendSubmissionDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendSubmissionDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendSubmissionDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundOverviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoundSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withProblems"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"committedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"freeThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"submissionDeadlineOverride"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"doneByPhase"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ExtendSubmissionDeadlineMutation, ExtendSubmissionDeadlineMutationVariables>;
export const RoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundListItemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Round"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RoundsQuery, RoundsQueryVariables>;
export const RoundScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutRule"}},{"kind":"Field","name":{"kind":"Name","value":"marginalTier"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"committedEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranByName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RoundScenariosQuery, RoundScenariosQueryVariables>;
export const ScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"parametersJson"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RANK"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioLineFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutRule"}},{"kind":"Field","name":{"kind":"Name","value":"marginalTier"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"committedEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranByName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"engineGrantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedByName"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAt"}},{"kind":"Field","name":{"kind":"Name","value":"constraintOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintIds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioQuery, ScenarioQueryVariables>;
export const ScenarioFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFiguresFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintGaugeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintGauge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"limitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"broken"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"informational"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReasons"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"clauseTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gauges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConstraintGaugeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"band"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionsInSeveralPartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintBreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintBreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"needsStatementIds"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitReached"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConstraintBreachFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methodInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodInfoFields"}}]}}]}}]} as unknown as DocumentNode<ScenarioFiguresQuery, ScenarioFiguresQueryVariables>;
export const RunScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RunScenarioMutation, RunScenarioMutationVariables>;
export const AdjustScenarioLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustScenarioLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustScenarioLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustScenarioLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioSummaryFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFiguresFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RANK"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioLineFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintGaugeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintGauge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"limitPercent"}},{"kind":"Field","name":{"kind":"Name","value":"broken"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"informational"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReasons"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assumptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"clauseTitle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gauges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConstraintGaugeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"band"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leftover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutionsInSeveralPartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgnr"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintBreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintBreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"needsStatementIds"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupTotalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MethodInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MethodInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitReached"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"cutRule"}},{"kind":"Field","name":{"kind":"Name","value":"marginalTier"}},{"kind":"Field","name":{"kind":"Name","value":"frame"}},{"kind":"Field","name":{"kind":"Name","value":"committedEarlier"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"ranAt"}},{"kind":"Field","name":{"kind":"Name","value":"ranByName"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConstraintBreachFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methodInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MethodInfoFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"requestedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"engineGrantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentReason"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedByName"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAt"}},{"kind":"Field","name":{"kind":"Name","value":"constraintOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintIds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentExplanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaks"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsStatement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"durationYears"}},{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdjustScenarioLineMutation, AdjustScenarioLineMutationVariables>;
export const ScenarioAdjustmentPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioAdjustmentPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioAdjustmentPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioAdjustmentPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantedThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"grantedNew"}},{"kind":"Field","name":{"kind":"Name","value":"leftover"}},{"kind":"Field","name":{"kind":"Name","value":"maxWithinFrame"}},{"kind":"Field","name":{"kind":"Name","value":"requiredOverrides"}},{"kind":"Field","name":{"kind":"Name","value":"pastFrame"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"excess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breaches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConstraintBreachFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConstraintBreachFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConstraintBreach"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constraintId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excess"}},{"kind":"Field","name":{"kind":"Name","value":"needsStatementIds"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsStatementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ScenarioAdjustmentPreviewQuery, ScenarioAdjustmentPreviewQueryVariables>;
export const ScenarioRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScenarioRunQuery, ScenarioRunQueryVariables>;
export const ActiveScenarioRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveScenarioRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeScenarioRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nb"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActiveScenarioRunQuery, ActiveScenarioRunQueryVariables>;
export const SignInCountiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInCounties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"County"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<SignInCountiesQuery, SignInCountiesQueryVariables>;
export const SignInPartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInPartnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignInPartnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInPartnershipsQuery, SignInPartnershipsQueryVariables>;
export const DevSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DevSignInMutation, DevSignInMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;