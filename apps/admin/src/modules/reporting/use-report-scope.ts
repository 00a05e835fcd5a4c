import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import type { RoundStatus } from '../../gql/graphql.js';
import { toApiError } from '../../graphql/api-error.js';
import { ReportingRoundsQuery } from './reporting.graphql.js';

export type ScopeMode = 'round' | 'year';

/** The follow-up's selection as the page's URL keeps it: `?runde=<id>` or `?aar=<year>`, `&per=<date>`. */
export interface ScopeQuery {
  runde?: string;
  aar?: string;
  per?: string;
}

/** Rounds whose grants owe reports: decided, or in reporting. */
const REPORTABLE: readonly RoundStatus[] = ['DECIDED', 'REPORTING'];

function single(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first : undefined;
}

/**
 * Which reports the follow-up shows: a round's decisions (all their grant years) or every grant of
 * one grant year, evaluated as of a date (default: today, the API's choice). The selection lives in
 * the URL, so going back from a report keeps it; without one, the newest round that reports.
 */
export function useReportScope(options: {
  query: MaybeRefOrGetter<Record<string, unknown>>;
  navigate: (query: ScopeQuery) => void;
}) {
  const result = useQuery({ query: ReportingRoundsQuery });
  const rounds = computed(
    () =>
      result.data.value?.rounds.edges
        .map((e) => e.node)
        .filter((r) => REPORTABLE.includes(r.status)) ?? [],
  );
  /** Grant years of the rounds that report, newest first. */
  const years = computed(() => [...new Set(rounds.value.map((r) => r.year))].sort((a, b) => b - a));

  const asked = computed<ScopeQuery>(() => {
    const query = toValue(options.query);
    const runde = single(query['runde']);
    const aar = single(query['aar']);
    const per = single(query['per']);
    return {
      ...(runde ? { runde } : {}),
      ...(aar ? { aar } : {}),
      ...(per ? { per } : {}),
    };
  });

  const mode = computed<ScopeMode>(() =>
    asked.value.aar && !asked.value.runde ? 'year' : 'round',
  );
  const roundId = computed(() =>
    mode.value === 'round' ? (asked.value.runde ?? rounds.value[0]?.id ?? null) : null,
  );
  const year = computed(() => {
    if (mode.value !== 'year') return null;
    const parsed = Number(asked.value.aar);
    return Number.isInteger(parsed) ? parsed : null;
  });
  const asOf = computed(() => asked.value.per ?? null);
  const round = computed(() => rounds.value.find((r) => r.id === roundId.value) ?? null);

  /** Variables for reportFollowUp and reportReminders; null until there is something to ask for. */
  const variables = computed(() => {
    if (mode.value === 'round' && roundId.value) {
      return { roundId: roundId.value, year: null, asOf: asOf.value };
    }
    if (mode.value === 'year' && year.value !== null) {
      return { roundId: null, year: year.value, asOf: asOf.value };
    }
    return null;
  });

  const keepDate = (): ScopeQuery => (asOf.value ? { per: asOf.value } : {});

  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    rounds,
    years,
    mode,
    roundId,
    round,
    year,
    asOf,
    variables,
    setMode(next: ScopeMode) {
      if (next === mode.value) return;
      if (next === 'year') {
        const y = round.value?.year ?? years.value[0];
        options.navigate({ ...(y !== undefined ? { aar: String(y) } : {}), ...keepDate() });
      } else {
        const match = rounds.value.find((r) => r.year === year.value) ?? rounds.value[0];
        options.navigate({ ...(match ? { runde: match.id } : {}), ...keepDate() });
      }
    },
    setRound(id: string) {
      options.navigate({ runde: id, ...keepDate() });
    },
    setYear(next: number) {
      options.navigate({ aar: String(next), ...keepDate() });
    },
    /** An ISO date (YYYY-MM-DD) or empty for today; the API checks it. */
    setAsOf(date: string) {
      const base: ScopeQuery =
        mode.value === 'year'
          ? year.value !== null
            ? { aar: String(year.value) }
            : {}
          : roundId.value
            ? { runde: roundId.value }
            : {};
      options.navigate({ ...base, ...(date ? { per: date } : {}) });
    },
  };
}
