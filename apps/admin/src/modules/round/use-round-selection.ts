import { useQuery } from '@urql/vue';
import { computed, ref } from 'vue';
import { readToken } from '../../auth/session-store.js';
import { toApiError } from '../../graphql/api-error.js';
import { RoundsQuery } from './rounds.graphql.js';

const ROUND_KEY = 'kompetansemidler.round';

function stored(): string | null {
  try {
    return sessionStorage.getItem(ROUND_KEY);
  } catch {
    return null;
  }
}

const selectedId = ref<string | null>(stored());

/** Remembers which round the adviser works on (for this tab). */
export function selectRound(id: string | null): void {
  selectedId.value = id;
  try {
    if (id) sessionStorage.setItem(ROUND_KEY, id);
    else sessionStorage.removeItem(ROUND_KEY);
  } catch {
    // private mode: keep it in memory only
  }
}

/**
 * The county's rounds and the one the adviser works on: the chosen one, or else the newest.
 * Every round screen starts here.
 */
export function useRoundSelection() {
  const result = useQuery({ query: RoundsQuery, pause: () => readToken() === null });
  const rounds = computed(() => result.data.value?.rounds.edges.map((e) => e.node) ?? []);
  const current = computed(
    () => rounds.value.find((r) => r.id === selectedId.value) ?? rounds.value[0] ?? null,
  );
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    rounds,
    current,
    roundId: computed(() => current.value?.id ?? null),
    select: selectRound,
  };
}
