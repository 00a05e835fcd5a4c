import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { toApiError, type ApiError } from '../../graphql/api-error.js';
import {
  draftOf,
  formLevelProblems,
  isChanged,
  problemsOf,
  templateInput,
  type ContactField,
  type LetterTemplateDraft,
} from './letter-template-form.js';
import {
  LetterTemplateQuery,
  PreviewDecisionsQuery,
  TemplatePreviewQuery,
  UpdateLetterTemplateMutation,
} from './letter-template.graphql.js';

/**
 * The county's letter template for the office: the draft being edited, saving it (optimistic, with
 * the version the API gave), and a preview of one of the round's decisions' letters as it would
 * read with the draft. Problems the API finds are kept per field (`blocks.<id>`, `contact.<field>`).
 */
export function useLetterTemplate(roundId: MaybeRefOrGetter<string | null>) {
  const template = useQuery({ query: LetterTemplateQuery, requestPolicy: 'cache-and-network' });
  const update = useMutation(UpdateLetterTemplateMutation);
  const current = computed(() => template.data.value?.letterTemplate ?? null);
  const draft = ref<LetterTemplateDraft | null>(null);
  const error = ref<ApiError | null>(null);
  const saved = ref(false);
  /** What the error came from: saving, or the preview (which checks the draft too). */
  const errorFrom = ref<'save' | 'preview'>('save');

  watch(
    current,
    (value) => {
      if (value && !draft.value) draft.value = draftOf(value);
    },
    { immediate: true },
  );

  const decisionsQuery = useQuery({
    query: PreviewDecisionsQuery,
    variables: () => ({ roundId: toValue(roundId) ?? '' }),
    pause: () => !toValue(roundId),
  });
  const decisions = computed(
    () =>
      decisionsQuery.data.value?.round?.decisions.edges.map((e) => ({
        id: e.node.id,
        status: e.node.status,
        partnership: e.node.partnership.name,
      })) ?? [],
  );
  const decisionId = ref<string>('');
  watch(
    decisions,
    (list) => {
      if (!list.some((d) => d.id === decisionId.value)) decisionId.value = list[0]?.id ?? '';
    },
    { immediate: true },
  );

  // The preview asked for: the decision and the draft as it was when asked.
  const asked = ref<{ decisionId: string; template: ReturnType<typeof templateInput> } | null>(
    null,
  );
  const preview = useQuery({
    query: TemplatePreviewQuery,
    variables: () => ({
      decisionId: asked.value?.decisionId ?? '',
      template: asked.value?.template ?? null,
    }),
    pause: () => !asked.value,
    requestPolicy: 'network-only',
  });
  watch(preview.error, (e) => {
    if (e) {
      error.value = toApiError(e);
      errorFrom.value = 'preview';
    }
  });

  async function save(): Promise<boolean> {
    if (!draft.value || !current.value) return false;
    error.value = null;
    saved.value = false;
    const result = await update.executeMutation({
      input: { ...templateInput(draft.value), expectedVersion: current.value.version },
    });
    if (result.error || !result.data) {
      error.value = toApiError(result.error ?? null);
      errorFrom.value = 'save';
      return false;
    }
    draft.value = draftOf(result.data.updateLetterTemplate);
    await template.executeQuery({ requestPolicy: 'network-only' });
    saved.value = true;
    return true;
  }

  /** Shows the chosen decision's letter as it would read with the draft. */
  function showPreview(): void {
    if (!draft.value || !decisionId.value) return;
    error.value = null;
    saved.value = false;
    asked.value = { decisionId: decisionId.value, template: templateInput(draft.value) };
  }

  /** Starts over from the saved template. */
  function reset(): void {
    if (current.value) draft.value = draftOf(current.value);
    error.value = null;
    saved.value = false;
  }

  const problems = computed(() => error.value?.problems ?? []);
  return {
    fetching: template.fetching,
    loadError: computed(() => toApiError(template.error.value)),
    template: current,
    draft,
    changed: computed(() =>
      draft.value && current.value ? isChanged(draft.value, current.value) : false,
    ),
    saving: update.fetching,
    saved,
    error,
    errorFrom,
    blockProblems: (id: string) => problemsOf(problems.value, `blocks.${id}`),
    contactProblems: (field: ContactField) => problemsOf(problems.value, `contact.${field}`),
    formProblems: computed(() =>
      draft.value ? formLevelProblems(problems.value, draft.value) : [],
    ),
    save,
    reset,
    decisions,
    decisionId,
    showPreview,
    preview: computed(() =>
      asked.value ? (preview.data.value?.decisionLetterPreview ?? null) : null,
    ),
    previewFetching: preview.fetching,
  };
}
