import { SCENARIO_DEFAULTS, type IndicatorDefinition } from '@kompetansemidler/domain';
import { useMutation, useQuery } from '@urql/vue';
import { useDocumentVisibility, useIntervalFn } from '@vueuse/core';
import { computed, reactive, ref, watch, toValue, type MaybeRefOrGetter } from 'vue';
import type {
  AllocationMethod,
  CutRule,
  MarginalTier,
  ScenarioRunFieldsFragment,
  ScenarioRunStatus,
} from '../../gql/graphql.js';
import {
  isApiErrorCode,
  fieldProblems,
  toApiError,
  type ApiError,
  type ApiErrorCode,
} from '../../graphql/api-error.js';
import {
  ActiveScenarioRunQuery,
  RunScenarioMutation,
  ScenarioRunQuery,
} from './scenarios.graphql.js';

export const METHODS: readonly AllocationMethod[] = ['RANKED', 'OPTIMAL'];
export const CUT_RULES: readonly CutRule[] = [
  'PROPORTIONAL',
  'CONSTRAINED_EQUAL_AWARDS',
  'CONSTRAINED_EQUAL_LOSSES',
];

/** What the ranked method does when the priority class at the budget line does not fit. */
export const MARGINAL_TIERS: readonly MarginalTier[] = ['CUT_RULE', 'INDICATORS'];

export interface ScenarioParametersForm {
  name: string;
  method: AllocationMethod;
  cutRule: CutRule;
  /** RANKED only: share the shortfall by the cut rule, or order the class by the indicators. */
  marginalTier: MarginalTier;
  /** The smallest share of a request worth funding, in percent (0–100) as the adviser types it. */
  minFundedSharePercent: number;
  tolerancePercentagePoints: number | null;
  themeWeight: number;
  timeLimitSeconds: number;
  weights: Record<string, number>;
}

export const RUN_FIELDS = [
  'name',
  'method',
  'cutRule',
  'marginalTier',
  'minFundedShare',
  'tolerancePercentagePoints',
  'themeWeight',
  'timeLimitSeconds',
  'indicatorWeights',
] as const;

/** The run another adviser (or tab) has going when this one tried to start: from the error. */
export interface RunInProgress {
  requestedByName: string | null;
  status: ScenarioRunStatus | null;
  /** The API's own words in bokmål, when it sent them. */
  message: string | null;
}

function runInProgress(
  error: { graphQLErrors: readonly { extensions?: unknown }[] } | undefined,
): RunInProgress | null {
  for (const e of error?.graphQLErrors ?? []) {
    const ext = (e.extensions ?? {}) as Record<string, unknown>;
    if (ext['code'] !== 'SCENARIO_RUN_IN_PROGRESS') continue;
    const text = (key: string) => (typeof ext[key] === 'string' ? (ext[key] as string) : null);
    const problems = Array.isArray(ext['problems']) ? (ext['problems'] as unknown[]) : [];
    const first = problems[0] as { message?: { nb?: unknown } } | undefined;
    return {
      requestedByName: text('requestedByName'),
      status: text('status') as ScenarioRunStatus | null,
      message: typeof first?.message?.nb === 'string' ? first.message.nb : null,
    };
  }
  return null;
}

/** How a FAILED run's code, words and problems show: as the API error the mutation would give. */
function runError(run: ScenarioRunFieldsFragment): ApiError {
  const code: ApiErrorCode = isApiErrorCode(run.errorCode) ? run.errorCode : 'UNKNOWN';
  return {
    code,
    message: run.errorMessage ?? '',
    problems: run.problems.map((p) => ({ code: p.code, path: p.path, message: p.message })),
    field: null,
  };
}

/**
 * The scenario builder's form and its run. The method and its parameters go to the API's
 * `runScenario` with a run id picked here; it answers at once with the queued run, and
 * `scenarioRun(id)` is then polled (VueUse's `useIntervalFn`) right away and at growing intervals
 * (from `firstPollMs` up to `pollMs`) until the run is DONE or FAILED, so a run that takes 100 ms
 * shows its result in about that time. Polling pauses while the tab is hidden and asks again as it
 * comes back. The round's active run (`activeScenarioRun`) is watched too, so a run started by
 * another adviser or tab blocks this one, and SCENARIO_RUN_IN_PROGRESS is told in words.
 */
export function useScenarioRun(options: {
  roundId: MaybeRefOrGetter<string | null>;
  indicators: MaybeRefOrGetter<readonly IndicatorDefinition[]>;
  defaultTolerance: MaybeRefOrGetter<number | null>;
  onDone?: (scenarioId: string) => void;
  /** Another adviser's (or tab's) run of the round finished: the list may have grown. */
  onOtherRunFinished?: () => void;
  now?: () => number;
  newRunId?: () => string;
  /** The first wait before asking for this run's status again, ms (doubling up to `pollMs`). */
  firstPollMs?: number;
  /** The longest wait between two questions for this run's status, ms. */
  pollMs?: number;
  /** How often to look for a run of the round started elsewhere, ms. */
  activePollMs?: number;
}) {
  const now = options.now ?? (() => Date.now());
  const newRunId = options.newRunId ?? (() => crypto.randomUUID());
  const pollMs = options.pollMs ?? 1000;
  const firstPollMs = Math.min(options.firstPollMs ?? 100, pollMs);
  const activePollMs = options.activePollMs ?? 4000;
  const form = reactive<ScenarioParametersForm>({
    name: '',
    method: 'RANKED',
    cutRule: 'PROPORTIONAL',
    marginalTier: 'CUT_RULE',
    minFundedSharePercent: Math.round(SCENARIO_DEFAULTS.minFundedShare * 100),
    tolerancePercentagePoints: null,
    themeWeight: SCENARIO_DEFAULTS.themeWeight,
    timeLimitSeconds: SCENARIO_DEFAULTS.optimal.timeLimitSeconds,
    weights: {},
  });
  // The plan's defaults, once the plan is known (the adviser's own values win).
  watch(
    () => toValue(options.indicators),
    (indicators) => {
      for (const indicator of indicators) {
        if (!(indicator.id in form.weights)) form.weights[indicator.id] = indicator.defaultWeight;
      }
    },
    { immediate: true },
  );
  watch(
    () => toValue(options.defaultTolerance),
    (tolerance) => {
      if (form.tolerancePercentagePoints === null) form.tolerancePercentagePoints = tolerance;
    },
    { immediate: true },
  );

  const mutation = useMutation(RunScenarioMutation);
  const running = ref(false);
  /** The mutation has answered: the run is recorded, and its status is polled. */
  const waiting = ref(false);
  const runId = ref<string | null>(null);
  const runName = ref('');
  const startedAt = ref<number | null>(null);
  const elapsedSeconds = ref(0);
  const error = ref<ApiError | null>(null);
  const inProgress = ref<RunInProgress | null>(null);
  /** How this tab's last run ended, for the live region. */
  const outcome = ref<{ status: 'DONE' | 'FAILED'; name: string } | null>(null);
  const visibility = useDocumentVisibility();
  const visible = computed(() => visibility.value !== 'hidden');

  // This run's status, asked for once the mutation has answered.
  const ownRun = useQuery({
    query: ScenarioRunQuery,
    variables: () => ({ id: runId.value ?? '' }),
    pause: () => !waiting.value || !runId.value,
    requestPolicy: 'network-only',
  });
  // A run of the round in progress anywhere: this tab's, another tab's or another adviser's.
  const active = useQuery({
    query: ActiveScenarioRunQuery,
    variables: () => ({ roundId: toValue(options.roundId) ?? '' }),
    pause: () => !toValue(options.roundId),
    requestPolicy: 'network-only',
  });
  const activeRun = computed<ScenarioRunFieldsFragment | null>(
    () => active.data.value?.round.activeScenarioRun ?? null,
  );
  const otherRun = computed(() =>
    activeRun.value && !(running.value && activeRun.value.id === runId.value)
      ? activeRun.value
      : null,
  );
  const ownStatus = computed<ScenarioRunStatus>(() => {
    const polled = ownRun.data.value?.scenarioRun;
    return polled && polled.id === runId.value ? polled.status : 'QUEUED';
  });

  watch(otherRun, (current, previous) => {
    if (previous && !current) options.onOtherRunFinished?.();
  });

  const pollInterval = ref(firstPollMs);
  const pollOwn = () => ownRun.executeQuery({ requestPolicy: 'network-only' });
  const ownPoller = useIntervalFn(
    () => {
      pollOwn();
      pollInterval.value = Math.min(pollInterval.value * 2, pollMs);
    },
    pollInterval,
    { immediate: false },
  );
  const ticker = useIntervalFn(
    () => {
      elapsedSeconds.value = Math.floor((now() - (startedAt.value ?? now())) / 1000);
    },
    500,
    { immediate: false },
  );
  useIntervalFn(() => {
    if (visible.value && !running.value && toValue(options.roundId)) {
      active.executeQuery({ requestPolicy: 'network-only' });
    }
  }, activePollMs);
  // A hidden tab asks nothing; back in view, it asks at once.
  watch(visible, (isVisible) => {
    if (!waiting.value) return;
    if (isVisible) {
      pollOwn();
      ownPoller.resume();
    } else {
      ownPoller.pause();
    }
  });

  let settle: ((scenarioId: string | null) => void) | null = null;

  function finish(scenarioId: string | null): void {
    ownPoller.pause();
    ticker.pause();
    waiting.value = false;
    running.value = false;
    active.executeQuery({ requestPolicy: 'network-only' });
    const done = settle;
    settle = null;
    done?.(scenarioId);
  }

  watch(
    () => ownRun.data.value?.scenarioRun,
    (polled) => {
      if (!waiting.value || !polled || polled.id !== runId.value) return;
      if (polled.status === 'DONE' && polled.scenario) {
        outcome.value = { status: 'DONE', name: runName.value };
        options.onDone?.(polled.scenario.id);
        finish(polled.scenario.id);
      } else if (polled.status === 'FAILED') {
        error.value = runError(polled);
        outcome.value = { status: 'FAILED', name: runName.value };
        finish(null);
      }
    },
  );

  /**
   * Runs the scenario; resolves, once the run has ended, to its scenario's id, or null (a run is
   * active, the API refused it, or it failed).
   */
  async function run(): Promise<string | null> {
    const roundId = toValue(options.roundId);
    if (running.value || otherRun.value || !roundId) return null;
    running.value = true;
    error.value = null;
    inProgress.value = null;
    outcome.value = null;
    runId.value = newRunId();
    runName.value = form.name.trim();
    startedAt.value = now();
    elapsedSeconds.value = 0;
    ticker.resume();
    const result = await mutation.executeMutation({
      input: {
        roundId,
        runId: runId.value,
        name: runName.value,
        method: form.method,
        cutRule: form.cutRule,
        ...(form.method === 'RANKED' ? { marginalTier: form.marginalTier } : {}),
        minFundedShare: form.minFundedSharePercent / 100,
        tolerancePercentagePoints: form.tolerancePercentagePoints,
        themeWeight: form.themeWeight,
        ...(form.method === 'OPTIMAL' ? { timeLimitSeconds: form.timeLimitSeconds } : {}),
        indicatorWeights: Object.entries(form.weights).map(([indicatorId, weight]) => ({
          indicatorId,
          weight,
        })),
      },
    });
    if (result.error || !result.data) {
      inProgress.value = runInProgress(result.error);
      error.value = inProgress.value ? null : toApiError(result.error);
      if (!inProgress.value) outcome.value = { status: 'FAILED', name: runName.value };
      ticker.pause();
      running.value = false;
      active.executeQuery({ requestPolicy: 'network-only' });
      return null;
    }
    const ended = new Promise<string | null>((resolve) => {
      settle = resolve;
    });
    // Unpausing the status query asks at once; then again after 100 ms, 200 ms, … up to pollMs.
    pollInterval.value = firstPollMs;
    waiting.value = true;
    if (visible.value) ownPoller.resume();
    return ended;
  }

  return {
    form,
    run,
    running,
    runId,
    /** This tab's run while it works: its name and status as the API last reported it. */
    progress: computed(() =>
      running.value ? { name: runName.value, status: ownStatus.value } : null,
    ),
    /** A run of the round that another adviser or tab started, while it works. */
    otherRun,
    inProgress,
    outcome,
    elapsedSeconds,
    error,
    problems: (field: (typeof RUN_FIELDS)[number]) => fieldProblems(error.value, field),
    /** Whether a run is active for the round, here or elsewhere. */
    blocked: computed(() => running.value || !!otherRun.value),
    canRun: computed(() => !running.value && !otherRun.value && form.name.trim().length > 0),
  };
}
