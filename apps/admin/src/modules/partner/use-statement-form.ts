import { useMutation, useQuery } from '@urql/vue';
import { computed, reactive, ref, watch, type Ref } from 'vue';
import { toApiError, type ApiError } from '../../graphql/api-error.js';
import { NeedsStatementQuery } from '../needs-statements/needs-statements.graphql.js';
import {
  PartnerFormContextQuery,
  PartnerSubmitStatementMutation,
  PartnerUpdateStatementMutation,
  PartnerWithdrawStatementMutation,
} from './partner.graphql.js';
import {
  budgetForDuration,
  emptyForm,
  formFromStatement,
  problemsByField,
  toStatementInput,
  validateStatementForm,
  type FieldKey,
  type FormProblem,
  type StatementForm,
  type StatementFormContext,
} from './statement-form.js';

const DRAFT_PREFIX = 'kompetansemidler.statement-draft';

function draftStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The partnership's needs-statement form: a new statement for a round (roundId) or an existing
 * one (statementId). Checks every change with the domain's own rules against the context the API
 * gives (the round's plan, the partnership, its history), and shows a field's problems once the
 * field was touched (all of them after a try to submit). The API checks the same again on save.
 */
export function useStatementForm(options: {
  statementId: Ref<string | null>;
  roundId: Ref<string | null>;
}) {
  const statement = useQuery({
    query: NeedsStatementQuery,
    variables: computed(() => ({ id: options.statementId.value ?? '' })),
    pause: computed(() => !options.statementId.value),
    requestPolicy: 'network-only',
  });
  const stored = computed(() => statement.data.value?.needsStatement ?? null);
  const roundId = computed(() => stored.value?.round.id ?? options.roundId.value);

  const contextQuery = useQuery({
    query: PartnerFormContextQuery,
    variables: computed(() => ({
      roundId: roundId.value ?? '',
      workId: stored.value?.workId ?? null,
    })),
    pause: computed(() => !roundId.value || (!!options.statementId.value && !stored.value)),
  });
  const context = computed<StatementFormContext | null>(() => {
    const c = contextQuery.data.value?.needsStatementFormContext;
    if (!c) return null;
    return {
      roundYear: c.roundYear,
      plan: c.plan as unknown as StatementFormContext['plan'],
      partnership: c.partnership as unknown as StatementFormContext['partnership'],
      history: c.history as unknown as StatementFormContext['history'],
    };
  });
  const deadline = computed(() => contextQuery.data.value?.needsStatementFormContext.deadline);
  const open = computed(() => contextQuery.data.value?.needsStatementFormContext.open ?? false);
  const partnershipId = computed(
    () => contextQuery.data.value?.needsStatementFormContext.partnershipId ?? null,
  );

  const form = reactive<StatementForm>(emptyForm());
  const touched = reactive(new Set<FieldKey | 'title'>());
  const showAll = ref(false);
  const serverError = ref<ApiError | null>(null);
  const savedAt = ref<Date | null>(null);
  const draftSavedAt = ref<string | null>(null);

  const draftKey = computed(() =>
    partnershipId.value && roundId.value && !options.statementId.value
      ? `${DRAFT_PREFIX}:${partnershipId.value}:${roundId.value}`
      : null,
  );

  // Fill the form from the stored statement, or from a draft kept in this browser.
  watch(
    stored,
    (ns) => {
      if (ns) Object.assign(form, formFromStatement(ns));
    },
    { immediate: true },
  );
  watch(draftKey, (key) => {
    if (!key) return;
    const raw = draftStorage()?.getItem(key);
    if (!raw) return;
    try {
      const draft = JSON.parse(raw) as { form: StatementForm; savedAt: string };
      Object.assign(form, { ...emptyForm(), ...draft.form });
      draftSavedAt.value = draft.savedAt;
    } catch {
      draftStorage()?.removeItem(key);
    }
  });

  // The budget has a row per year of the duration.
  watch(
    () => [form.durationYears, context.value?.roundYear] as const,
    ([duration, year]) => {
      if (year !== undefined) form.budget = budgetForDuration(form.budget, year, duration);
    },
  );

  const problems = computed<FormProblem[]>(() =>
    context.value ? validateStatementForm(form, context.value) : [],
  );
  const byField = computed(() => problemsByField(problems.value));
  const serverByField = computed(() => problemsByField(serverError.value?.problems ?? []));
  const titleMissing = computed(() => form.title.trim() === '');

  /** The problems to show beside a field now. */
  function shown(field: FieldKey): FormProblem[] {
    const server = serverByField.value[field] ?? [];
    const local = showAll.value || touched.has(field) ? (byField.value[field] ?? []) : [];
    const seen = new Set(local.map((p) => `${p.code}:${p.path.join('.')}`));
    return [...local, ...server.filter((p) => !seen.has(`${p.code}:${p.path.join('.')}`))];
  }

  function touch(field: FieldKey | 'title') {
    touched.add(field);
  }

  const submitMutation = useMutation(PartnerSubmitStatementMutation);
  const updateMutation = useMutation(PartnerUpdateStatementMutation);
  const withdrawMutation = useMutation(PartnerWithdrawStatementMutation);
  const busy = computed(
    () =>
      submitMutation.fetching.value ||
      updateMutation.fetching.value ||
      withdrawMutation.fetching.value,
  );

  /** Submits a new statement, or saves the changes to a submitted one; resolves its id. */
  async function save(): Promise<string | null> {
    showAll.value = true;
    touch('title');
    serverError.value = null;
    if (titleMissing.value || problems.value.length > 0 || !roundId.value) return null;
    const input = toStatementInput(form);
    const ns = stored.value;
    const result = ns
      ? await updateMutation.executeMutation({
          input: { ...input, id: ns.id, expectedVersion: ns.version },
        })
      : await submitMutation.executeMutation({ input: { ...input, roundId: roundId.value } });
    if (result.error) {
      serverError.value = toApiError(result.error);
      return null;
    }
    const saved =
      result.data && 'submitNeedsStatement' in result.data
        ? result.data.submitNeedsStatement
        : result.data && 'updateNeedsStatement' in result.data
          ? result.data.updateNeedsStatement
          : null;
    if (!saved) return null;
    if (draftKey.value) draftStorage()?.removeItem(draftKey.value);
    savedAt.value = new Date();
    return saved.id;
  }

  /** Keeps the unfinished form in this browser (it is not sent to the office). */
  function saveDraft(): boolean {
    const key = draftKey.value;
    const store = draftStorage();
    if (!key || !store) return false;
    const at = new Date().toISOString();
    store.setItem(key, JSON.stringify({ form, savedAt: at }));
    draftSavedAt.value = at;
    return true;
  }

  function discardDraft() {
    if (draftKey.value) draftStorage()?.removeItem(draftKey.value);
    draftSavedAt.value = null;
    Object.assign(form, emptyForm());
    touched.clear();
    showAll.value = false;
  }

  async function withdraw(reason: string): Promise<boolean> {
    const ns = stored.value;
    if (!ns) return false;
    serverError.value = null;
    const result = await withdrawMutation.executeMutation({
      input: { id: ns.id, expectedVersion: ns.version, reason: reason.trim() || null },
    });
    if (result.error) {
      serverError.value = toApiError(result.error);
      return false;
    }
    statement.executeQuery({ requestPolicy: 'network-only' });
    return true;
  }

  return {
    form,
    stored,
    context,
    deadline,
    open,
    fetching: computed(() => statement.fetching.value || contextQuery.fetching.value),
    loadError: computed(
      () => toApiError(statement.error.value) ?? toApiError(contextQuery.error.value),
    ),
    problems,
    shown,
    touch,
    showAll,
    titleMissing: computed(() => (showAll.value || touched.has('title')) && titleMissing.value),
    serverError,
    busy,
    savedAt,
    draftSavedAt,
    canKeepDraft: computed(() => draftKey.value !== null),
    save,
    saveDraft,
    discardDraft,
    withdraw,
  };
}
