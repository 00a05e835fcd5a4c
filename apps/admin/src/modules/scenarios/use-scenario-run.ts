import { SCENARIO_DEFAULTS, type IndicatorDefinition } from '@kompetansemidler/domain';
import { useMutation, useQuery } from '@urql/vue';
import {
  computed,
  onScopeDispose,
  reactive,
  ref,
  watch,
  toValue,
  type MaybeRefOrGetter,
} from 'vue';
import type {
  AllocationMethod,
  CutRule,
  ScenarioRunFieldsFragment,
  ScenarioRunStatus,
} from '../../gql/graphql.js';
import { fieldProblems, toApiError, type ApiError } from '../../graphql/api-error.js';
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

export interface ScenarioParametersForm {
  name: string;
  method: AllocationMethod;
  cutRule: CutRule;
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

/**
 * The scenario builder's form and its run. The method and its parameters go to the API's
 * `runScenario` with a run id picked here; while the mutation works, `scenarioRun(id)` is polled
 * for its status. The round's active run (`activeScenarioRun`) is watched too, so a run started
 * by another adviser or tab blocks this one, and SCENARIO_RUN_IN_PROGRESS is told in words.
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
  /** How often to ask for this run's status while it works, ms. */
  pollMs?: number;
  /** How often to look for a run of the round started elsewhere, ms. */
  activePollMs?: number;
}) {
  const now = options.now ?? (() => Date.now());
  const newRunId = options.newRunId ?? (() => crypto.randomUUID());
  const pollMs = options.pollMs ?? 1000;
  const activePollMs = options.activePollMs ?? 4000;
  const form = reactive<ScenarioParametersForm>({
    name: '',
    method: 'RANKED',
    cutRule: 'PROPORTIONAL',
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
  const runId = ref<string | null>(null);
  const runName = ref('');
  const startedAt = ref<number | null>(null);
  const elapsedSeconds = ref(0);
  const error = ref<ApiError | null>(null);
  const inProgress = ref<RunInProgress | null>(null);
  /** How this tab's last run ended, for the live region. */
  const outcome = ref<{ status: 'DONE' | 'FAILED'; name: string } | null>(null);

  // This run's status, asked for while the mutation works (NOT_FOUND until the API records it).
  const ownRun = useQuery({
    query: ScenarioRunQuery,
    variables: () => ({ id: runId.value ?? '' }),
    pause: () => !running.value || !runId.value,
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

  let ticker: ReturnType<typeof setInterval> | null = null;
  let poller: ReturnType<typeof setInterval> | null = null;
  const activePoller = setInterval(() => {
    if (!running.value && toValue(options.roundId)) {
      active.executeQuery({ requestPolicy: 'network-only' });
    }
  }, activePollMs);

  function stopTimers() {
    if (ticker) clearInterval(ticker);
    if (poller) clearInterval(poller);
    ticker = poller = null;
  }
  onScopeDispose(() => {
    stopTimers();
    clearInterval(activePoller);
  });

  /** Runs the scenario; returns its id, or null (a run is active, or an error). */
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
    ticker = setInterval(() => {
      elapsedSeconds.value = Math.floor((now() - (startedAt.value ?? now())) / 1000);
    }, 500);
    poller = setInterval(() => {
      ownRun.executeQuery({ requestPolicy: 'network-only' });
    }, pollMs);
    try {
      const result = await mutation.executeMutation({
        input: {
          roundId,
          runId: runId.value,
          name: runName.value,
          method: form.method,
          cutRule: form.cutRule,
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
        return null;
      }
      const id = result.data.runScenario.id;
      outcome.value = { status: 'DONE', name: runName.value };
      options.onDone?.(id);
      return id;
    } finally {
      stopTimers();
      running.value = false;
      active.executeQuery({ requestPolicy: 'network-only' });
    }
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
