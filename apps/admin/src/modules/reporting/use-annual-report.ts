import type { CombinedError } from '@urql/core';
import { useMutation, useQuery } from '@urql/vue';
import { computed, reactive, ref, toValue, type MaybeRefOrGetter } from 'vue';
import type {
  AnnualReportFieldsFragment,
  CostLine,
  GoalAchievement,
  MeasureKind,
  ReportParty,
} from '../../gql/graphql.js';
import { fieldProblems, toApiError, type ApiError } from '../../graphql/api-error.js';
import {
  AcceptAnnualReportMutation,
  AnnualReportQuery,
  ReturnAnnualReportMutation,
} from './reporting.graphql.js';

export type AnnualReport = AnnualReportFieldsFragment;
type Problem = AnnualReport['problems'][number];

export interface GoalRow {
  goalId: string;
  /** Where the statement has the goal; null when the report names a goal the statement lacks. */
  kind: 'longTerm' | 'subGoal' | null;
  text: string | null;
  /** Null when the report does not assess this goal of the statement. */
  achievement: GoalAchievement | null;
  assessment: string | null;
}

export interface MeasureRow {
  measureId: string;
  kind: MeasureKind | null;
  planned: string | null;
  /** Null when the report says nothing of this measure of the statement. */
  carriedOut: boolean | null;
  description: string | null;
}

export interface PartyRow {
  party: ReportParty;
  /** The decision's grant to the party for the year (null when the year has no grant). */
  granted: number | null;
  received: number;
  spent: number;
  /** Granted minus spent (negative when overspent); null without a grant. */
  unspent: number | null;
  lines: { id: string; costLine: CostLine; label: string; amount: number }[];
}

export type ProblemSection = 'measures' | 'goals' | 'accounts' | 'coordinator' | 'other';

/** Which part of the report a problem's path points into (the paths follow the submit input). */
export function problemSection(problem: Pick<Problem, 'path'>): ProblemSection {
  const head = problem.path[0] ?? '';
  if (head === 'measures') return 'measures';
  if (head === 'goals') return 'goals';
  if (head === 'accounts') return 'accounts';
  if (head === 'coordinatorUse' || head === 'coordinator') return 'coordinator';
  return 'other';
}

/** The statement's goals (long-term, then sub-goals) with the report's assessment of each. */
export function goalRows(report: AnnualReport): GoalRow[] {
  const reported = new Map(report.goals.map((g) => [g.goalId, g]));
  const known = [
    ...report.needsStatement.goals.longTerm.map((g) => ({ ...g, kind: 'longTerm' as const })),
    ...report.needsStatement.goals.subGoals.map((g) => ({ ...g, kind: 'subGoal' as const })),
  ];
  const ids = new Set(known.map((g) => g.id));
  return [
    ...known.map((g) => ({
      goalId: g.id,
      kind: g.kind,
      text: g.text,
      achievement: reported.get(g.id)?.achievement ?? null,
      assessment: reported.get(g.id)?.assessment ?? null,
    })),
    ...report.goals
      .filter((g) => !ids.has(g.goalId))
      .map((g) => ({ ...g, kind: null, text: null })),
  ];
}

/** The statement's measures with what the report says became of each. */
export function measureRows(report: AnnualReport): MeasureRow[] {
  const reported = new Map(report.measures.map((m) => [m.measureId, m]));
  const ids = new Set(report.needsStatement.measures.map((m) => m.id));
  return [
    ...report.needsStatement.measures.map((m) => ({
      measureId: m.id,
      kind: m.kind,
      planned: m.description,
      carriedOut: reported.get(m.id)?.carriedOut ?? null,
      description: reported.get(m.id)?.description ?? null,
    })),
    ...report.measures
      .filter((m) => !ids.has(m.measureId))
      .map((m) => ({ ...m, kind: null, planned: null })),
  ];
}

/** Each party's accounts set against its grant for the year, as the API sums them. */
export function partyRows(report: AnnualReport, label: (line: CostLine) => string): PartyRow[] {
  return [report.accounts.owner, report.accounts.institution].map((accounts) => ({
    party: accounts.party,
    granted: accounts.granted ?? null,
    received: accounts.received,
    spent: accounts.spent,
    unspent: accounts.unspent ?? null,
    lines: accounts.lines.map((l) => ({ ...l, label: label(l.costLine) })),
  }));
}

type Action = 'accept' | 'return';

function conflictReason(error: CombinedError | undefined): string | null {
  const reason = error?.graphQLErrors[0]?.extensions?.['reason'];
  return typeof reason === 'string' ? reason : null;
}

/**
 * One annual report for the office's review: the report against its needs statement (goals and
 * measures) and its grant (accounts per party and cost line), the problems the reporting rules find,
 * and the two review actions. The API decides whether an action is allowed; its errors come back
 * typed, a missing return comment beside the comment field.
 */
export function useAnnualReport(id: MaybeRefOrGetter<string>) {
  const result = useQuery({
    query: AnnualReportQuery,
    variables: () => ({ id: toValue(id) }),
    pause: () => !toValue(id),
    requestPolicy: 'cache-and-network',
  });
  const report = computed(() => result.data.value?.annualReport ?? null);
  const labels = computed(
    () => new Map((result.data.value?.costLines ?? []).map((c) => [c.costLine, c.label.nb])),
  );
  const costLineLabel = (line: CostLine) => labels.value.get(line) ?? line;

  const problems = computed<Problem[]>(() => report.value?.problems ?? []);
  const accept = useMutation(AcceptAnnualReportMutation);
  const ret = useMutation(ReturnAnnualReportMutation);
  const busy = ref<Action | null>(null);
  const errors = reactive<Record<Action, ApiError | null>>({ accept: null, return: null });
  const reasons = reactive<Record<Action, string | null>>({ accept: null, return: null });
  /** The action that last succeeded, for the page's status message. */
  const done = ref<Action | null>(null);

  async function run(
    action: Action,
    execute: () => Promise<{ error?: CombinedError; data?: unknown }>,
  ): Promise<boolean> {
    if (busy.value) return false;
    busy.value = action;
    errors[action] = null;
    reasons[action] = null;
    done.value = null;
    try {
      const response = await execute();
      if (response.error || !response.data) {
        errors[action] = toApiError(response.error);
        reasons[action] = conflictReason(response.error);
        return false;
      }
      done.value = action;
      result.executeQuery({ requestPolicy: 'network-only' });
      return true;
    } finally {
      busy.value = null;
    }
  }

  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    report,
    costLineLabel,
    goals: computed(() => (report.value ? goalRows(report.value) : [])),
    measures: computed(() => (report.value ? measureRows(report.value) : [])),
    parties: computed(() => (report.value ? partyRows(report.value, costLineLabel) : [])),
    coordinator: computed(() =>
      report.value
        ? {
            requested: report.value.needsStatement.coordinator?.requested ?? false,
            granted: report.value.grant?.coordinator ?? null,
            spent: report.value.accounts.coordinatorSpent,
            use: report.value.coordinatorUse,
          }
        : null,
    ),
    problems,
    /** The problems by the part of the report they concern, to show beside that part. */
    problemsBySection: computed(() => {
      const by: Record<ProblemSection, Problem[]> = {
        measures: [],
        goals: [],
        accounts: [],
        coordinator: [],
        other: [],
      };
      for (const p of problems.value) by[problemSection(p)].push(p);
      return by;
    }),
    /** The decision's reports for its other grant years. */
    otherYears: computed(
      () => report.value?.decision.annualReports.filter((r) => r.id !== report.value?.id) ?? [],
    ),
    busy,
    errors,
    /** The API's reason for a CONFLICT (REPORT_ACCEPTED, REPORT_RETURNED), when it gives one. */
    reasons,
    done,
    commentProblems: computed(() => fieldProblems(errors.return, 'comment')),
    clearErrors(action: Action) {
      errors[action] = null;
      reasons[action] = null;
    },
    accept: () => {
      const current = report.value;
      if (!current) return Promise.resolve(false);
      return run('accept', () =>
        accept.executeMutation({ id: current.id, version: current.version }),
      );
    },
    returnReport: (comment: string) => {
      const current = report.value;
      if (!current) return Promise.resolve(false);
      return run('return', () =>
        ret.executeMutation({ id: current.id, version: current.version, comment }),
      );
    },
  };
}
