import type { ResolvedPlan } from '@kompetansemidler/domain';
import { useMutation, useQuery } from '@urql/vue';
import { computed, reactive, ref, watch, type Ref } from 'vue';
import { toApiError, type ApiError, type ApiProblem } from '../../graphql/api-error.js';
import {
  PartnerFormContextQuery,
  PartnerReportFormQuery,
  PartnerSubmitAnnualReportMutation,
} from './partner.graphql.js';
import {
  emptyReportForm,
  problemsAt,
  reportFormFromStored,
  spentOf,
  toReportInput,
  validateReportForm,
  withServerProblems,
  type ReportForm,
  type ReportFormContext,
} from './report-form.js';

/** Today in Norway, as an ISO date. */
function todayInNorway(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}

/**
 * The partnership's annual report for one grant year of a decision, on the office's template: the
 * statement's measures and goals, and accounts per party by cost line. Checked while typing with
 * the domain's reporting rules (the round's plan) exactly as the API checks it on submit. A
 * returned report comes back filled in, with the office's comment, to correct and resubmit.
 */
export function useReportForm(options: { decisionId: Ref<string>; year: Ref<number> }) {
  const query = useQuery({
    query: PartnerReportFormQuery,
    variables: computed(() => ({ decisionId: options.decisionId.value })),
    requestPolicy: 'cache-and-network',
  });
  const decision = computed(() => query.data.value?.decision ?? null);
  const costLines = computed(() => query.data.value?.costLines ?? []);
  const planQuery = useQuery({
    query: PartnerFormContextQuery,
    variables: computed(() => ({ roundId: decision.value?.round.id ?? '', workId: null })),
    pause: computed(() => !decision.value),
  });
  const plan = computed(
    () =>
      (planQuery.data.value?.needsStatementFormContext.plan as unknown as
        ResolvedPlan | undefined) ?? null,
  );

  const grant = computed(() => {
    const y = decision.value?.grantedPerYear.find(
      (g) => g.year === options.year.value && g.amount > 0,
    );
    return y
      ? { year: y.year, owner: y.owner, institution: y.institution, coordinator: y.coordinator }
      : undefined;
  });
  const report = computed(() => {
    const reports = decision.value?.annualReports ?? [];
    return reports.find((r) => r.year === options.year.value) ?? null;
  });
  const statement = computed(() => {
    const ns = decision.value?.needsStatement;
    if (!ns) return null;
    return {
      id: ns.id,
      goals: { longTerm: ns.goals.longTerm, subGoals: ns.goals.subGoals },
      measures: ns.measures.map((m) => ({ ...m, goalIds: [...m.goalIds] })),
    };
  });
  const context = computed<ReportFormContext | null>(() =>
    statement.value && plan.value
      ? { plan: plan.value, statement: statement.value, grant: grant.value, today: todayInNorway() }
      : null,
  );

  /** A returned report (or none yet) may be filled in; a submitted or accepted one is read. */
  const editable = computed(() => !report.value || report.value.status === 'RETURNED');

  const form = reactive<ReportForm>(
    emptyReportForm({
      statement: { id: '', goals: { longTerm: [], subGoals: [] }, measures: [] },
      grant: undefined,
    }),
  );
  const filledFor = ref<string | null>(null);
  watch(
    [statement, report, grant],
    ([s, r, g]) => {
      if (!s) return;
      // Fill once per report (or fresh form), not on every refetch while typing.
      const key = `${s.id}:${options.year.value}:${r?.id ?? 'new'}:${r?.version ?? 0}`;
      if (filledFor.value === key) return;
      filledFor.value = key;
      Object.assign(
        form,
        r
          ? reportFormFromStored(r, { statement: s, grant: g })
          : emptyReportForm({ statement: s, grant: g }),
      );
    },
    { immediate: true },
  );

  const touched = reactive(new Set<string>());
  const showAll = ref(false);
  const serverError = ref<ApiError | null>(null);
  const problems = computed<ApiProblem[]>(() =>
    context.value ? validateReportForm(form, context.value) : [],
  );

  /** The problems to show at a path now: once touched (all after a try to submit), and the API's. */
  function shown(path: readonly string[]): ApiProblem[] {
    const local =
      showAll.value || touched.has(path.join('.')) ? problemsAt(problems.value, path) : [];
    return withServerProblems(local, problemsAt(serverError.value?.problems ?? [], path));
  }

  function touch(path: readonly string[]) {
    touched.add(path.join('.'));
  }

  const submitMutation = useMutation(PartnerSubmitAnnualReportMutation);

  /** Submits the report (or resubmits the returned one); true when the API took it. */
  async function submit(): Promise<boolean> {
    showAll.value = true;
    serverError.value = null;
    if (problems.value.length > 0 || !decision.value) return false;
    const result = await submitMutation.executeMutation({
      input: {
        decisionId: decision.value.id,
        year: options.year.value,
        ...toReportInput(form),
        expectedVersion: report.value?.status === 'RETURNED' ? report.value.version : null,
      },
    });
    if (result.error) {
      serverError.value = toApiError(result.error);
      return false;
    }
    query.executeQuery({ requestPolicy: 'network-only' });
    return true;
  }

  return {
    decision,
    costLines,
    grant,
    report,
    form,
    editable,
    problems,
    shown,
    touch,
    showAll,
    serverError,
    submit,
    busy: computed(() => submitMutation.fetching.value),
    spent: computed(() => ({
      owner: spentOf(form.accounts.owner),
      institution: spentOf(form.accounts.institution),
    })),
    fetching: computed(() => query.fetching.value || planQuery.fetching.value),
    ready: computed(() => context.value !== null),
    loadError: computed(() => toApiError(query.error.value) ?? toApiError(planQuery.error.value)),
  };
}
