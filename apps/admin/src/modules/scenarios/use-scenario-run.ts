import type { IndicatorDefinition } from '@kompetansemidler/domain';
import { useMutation } from '@urql/vue';
import {
  computed,
  onScopeDispose,
  reactive,
  ref,
  watch,
  toValue,
  type MaybeRefOrGetter,
} from 'vue';
import type { AllocationMethod, CutRule } from '../../gql/graphql.js';
import { fieldProblems, toApiError, type ApiError } from '../../graphql/api-error.js';
import { RunScenarioMutation } from './scenarios.graphql.js';

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

/**
 * The scenario builder's form and its run: the method and its parameters go to the API's
 * `runScenario`; a run can't be started twice, and the elapsed time shows while it works.
 */
export function useScenarioRun(options: {
  roundId: MaybeRefOrGetter<string | null>;
  indicators: MaybeRefOrGetter<readonly IndicatorDefinition[]>;
  defaultTolerance: MaybeRefOrGetter<number | null>;
  onDone?: (scenarioId: string) => void;
  now?: () => number;
}) {
  const now = options.now ?? (() => Date.now());
  const form = reactive<ScenarioParametersForm>({
    name: '',
    method: 'RANKED',
    cutRule: 'PROPORTIONAL',
    minFundedSharePercent: 50,
    tolerancePercentagePoints: null,
    themeWeight: 1,
    timeLimitSeconds: 10,
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
  const startedAt = ref<number | null>(null);
  const elapsedSeconds = ref(0);
  const error = ref<ApiError | null>(null);
  let timer: ReturnType<typeof setInterval> | null = null;

  function stopTimer() {
    if (timer) clearInterval(timer);
    timer = null;
  }
  onScopeDispose(stopTimer);

  /** Runs the scenario; returns its id, or null (already running, or an error). */
  async function run(): Promise<string | null> {
    const roundId = toValue(options.roundId);
    if (running.value || !roundId) return null;
    running.value = true;
    error.value = null;
    startedAt.value = now();
    elapsedSeconds.value = 0;
    timer = setInterval(() => {
      elapsedSeconds.value = Math.floor((now() - (startedAt.value ?? now())) / 1000);
    }, 500);
    try {
      const result = await mutation.executeMutation({
        input: {
          roundId,
          name: form.name.trim(),
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
        error.value = toApiError(result.error);
        return null;
      }
      const id = result.data.runScenario.id;
      options.onDone?.(id);
      return id;
    } finally {
      stopTimer();
      running.value = false;
    }
  }

  return {
    form,
    run,
    running,
    elapsedSeconds,
    error,
    problems: (field: (typeof RUN_FIELDS)[number]) => fieldProblems(error.value, field),
    canRun: computed(() => !running.value && form.name.trim().length > 0),
  };
}
