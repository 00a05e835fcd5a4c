import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { authHeaders } from '../../auth/session-store.js';
import { toApiError, type ApiError } from '../../graphql/api-error.js';
import {
  DecisionLetterPreviewQuery,
  RoundDecisionLettersQuery,
  SendDecisionLettersMutation,
} from './letters.graphql.js';

/** Rounds whose letters may be sent (the API refuses the others with WRONG_PHASE). */
const SENDABLE = ['DECIDED', 'REPORTING'];

/**
 * The decision letters of a round for the office: which decisions have a sent (frozen) letter and
 * how their notices went, a preview of one letter, sending the rest, and the PDFs (fetched with
 * the session's token, saved as files).
 */
export function useDecisionLetters(roundId: MaybeRefOrGetter<string | null>) {
  const letters = useQuery({
    query: RoundDecisionLettersQuery,
    variables: () => ({ roundId: toValue(roundId) ?? '' }),
    pause: () => !toValue(roundId),
    requestPolicy: 'cache-and-network',
  });
  const previewId = ref<string | null>(null);
  const preview = useQuery({
    query: DecisionLetterPreviewQuery,
    variables: () => ({ decisionId: previewId.value ?? '' }),
    pause: () => !previewId.value,
    requestPolicy: 'network-only',
  });
  const sendMutation = useMutation(SendDecisionLettersMutation);
  const sendError = ref<ApiError | null>(null);
  const pdfError = ref(false);

  const rows = computed(() => letters.data.value?.round?.decisions.edges.map((e) => e.node) ?? []);
  const byDecision = computed(() => new Map(rows.value.map((r) => [r.id, r])));
  const unsent = computed(() => rows.value.filter((r) => !r.letter).length);
  const canSend = computed(
    () => SENDABLE.includes(letters.data.value?.round?.status ?? '') && unsent.value > 0,
  );

  /** Sends every letter not yet sent; true when the API took them. */
  async function sendAll(): Promise<boolean> {
    const id = toValue(roundId);
    if (!id) return false;
    sendError.value = null;
    const result = await sendMutation.executeMutation({ input: { roundId: id } });
    if (result.error) {
      sendError.value = toApiError(result.error);
      return false;
    }
    await letters.executeQuery({ requestPolicy: 'network-only' });
    return true;
  }

  /** Fetches a PDF with the session's token and saves it (the browser's download). */
  async function downloadPdf(url: string, fileName: string): Promise<boolean> {
    pdfError.value = false;
    const response = await fetch(url, { headers: authHeaders() });
    if (!response.ok) {
      pdfError.value = true;
      return false;
    }
    const blob = await response.blob();
    const objectUrl = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = objectUrl;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
    return true;
  }

  return {
    fetching: letters.fetching,
    error: computed(() => toApiError(letters.error.value)),
    byDecision,
    unsent,
    canSend,
    sending: sendMutation.fetching,
    sendError,
    sendAll,
    previewId,
    preview: computed(() => preview.data.value?.decisionLetterPreview ?? null),
    previewFetching: preview.fetching,
    previewError: computed(() => toApiError(preview.error.value)),
    pdfError,
    downloadPdf,
    refresh: () => letters.executeQuery({ requestPolicy: 'network-only' }),
  };
}
