import type { CombinedError } from '@urql/core';
import { useMutation, useQuery } from '@urql/vue';
import { computed, reactive, ref, watch, type Ref } from 'vue';
import { toApiError, type ApiError } from '../../graphql/api-error.js';
import { NeedsStatementQuery } from '../needs-statements/needs-statements.graphql.js';
import {
  PartnerDiscardDraftMutation,
  PartnerFormContextQuery,
  PartnerSaveDraftMutation,
  PartnerSubmitDraftMutation,
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
import { withServerProblems } from './report-form.js';

/**
 * The partnership's needs-statement form: a new statement for a round (roundId) or an existing
 * one (statementId). Checks every change with the domain's own rules against the context the API
 * gives (the round's plan, the partnership, its history), and shows a field's problems once the
 * field was touched (all of them after a try to submit). The API checks the same again on save.
 * A draft is kept in the API (DRAFT: the partnership's own, unseen by the office) until it is
 * submitted; it may be saved any number of times, or discarded, until the round's deadline.
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

  const form = reactive<StatementForm>(emptyForm());
  const touched = reactive(new Set<FieldKey | 'title'>());
  const showAll = ref(false);
  const serverError = ref<ApiError | null>(null);
  const savedAt = ref<Date | null>(null);

  // Fill the form from the stored statement (a draft or a submitted one).
  watch(
    stored,
    (ns) => {
      if (ns) Object.assign(form, formFromStatement(ns));
    },
    { immediate: true },
  );
  const isDraft = computed(() => stored.value?.status === 'DRAFT');

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
    const local = showAll.value || touched.has(field) ? (byField.value[field] ?? []) : [];
    return withServerProblems(local, serverByField.value[field] ?? []);
  }

  function touch(field: FieldKey | 'title') {
    touched.add(field);
  }

  const submitMutation = useMutation(PartnerSubmitStatementMutation);
  const updateMutation = useMutation(PartnerUpdateStatementMutation);
  const withdrawMutation = useMutation(PartnerWithdrawStatementMutation);
  const saveDraftMutation = useMutation(PartnerSaveDraftMutation);
  const submitDraftMutation = useMutation(PartnerSubmitDraftMutation);
  const discardDraftMutation = useMutation(PartnerDiscardDraftMutation);
  const busy = computed(() =>
    [
      submitMutation,
      updateMutation,
      withdrawMutation,
      saveDraftMutation,
      submitDraftMutation,
      discardDraftMutation,
    ].some((m) => m.fetching.value),
  );

  /**
   * Submits a new statement or a draft, or saves the changes to a submitted one; resolves its id.
   * Every rule applies first, in the browser and again in the API.
   */
  async function save(): Promise<string | null> {
    showAll.value = true;
    touch('title');
    serverError.value = null;
    if (titleMissing.value || problems.value.length > 0 || !roundId.value) return null;
    const input = toStatementInput(form);
    const ns = stored.value;
    let saved: { id: string } | null | undefined;
    let error: CombinedError | undefined;
    if (!ns) {
      const result = await submitMutation.executeMutation({
        input: { ...input, roundId: roundId.value },
      });
      ({ error } = result);
      saved = result.data?.submitNeedsStatement;
    } else if (ns.status === 'DRAFT') {
      const result = await submitDraftMutation.executeMutation({
        input: { ...input, id: ns.id, expectedVersion: ns.version },
      });
      ({ error } = result);
      saved = result.data?.submitNeedsStatementDraft;
    } else {
      const result = await updateMutation.executeMutation({
        input: { ...input, id: ns.id, expectedVersion: ns.version },
      });
      ({ error } = result);
      saved = result.data?.updateNeedsStatement;
    }
    if (error) {
      serverError.value = toApiError(error);
      return null;
    }
    if (!saved) return null;
    savedAt.value = new Date();
    if (ns) statement.executeQuery({ requestPolicy: 'network-only' });
    return saved.id;
  }

  /**
   * Saves the unfinished statement as a draft in the API (new, or the draft again): only a title
   * is needed; the plan's rules apply when it is submitted. Resolves the draft's id.
   */
  async function saveDraft(): Promise<string | null> {
    touch('title');
    serverError.value = null;
    if (titleMissing.value || !roundId.value) return null;
    const ns = stored.value;
    const input = toStatementInput(form);
    const result = await saveDraftMutation.executeMutation({
      input: ns
        ? { ...input, id: ns.id, expectedVersion: ns.version }
        : { ...input, roundId: roundId.value },
    });
    if (result.error) {
      serverError.value = toApiError(result.error);
      return null;
    }
    const saved = result.data?.saveNeedsStatementDraft;
    if (!saved) return null;
    savedAt.value = new Date();
    if (ns) statement.executeQuery({ requestPolicy: 'network-only' });
    return saved.id;
  }

  /** Deletes the draft in the API; true when it is gone. */
  async function discardDraft(): Promise<boolean> {
    const ns = stored.value;
    if (!ns || ns.status !== 'DRAFT') return false;
    serverError.value = null;
    const result = await discardDraftMutation.executeMutation({
      input: { id: ns.id, expectedVersion: ns.version },
    });
    if (result.error) {
      serverError.value = toApiError(result.error);
      return false;
    }
    return true;
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
    isDraft,
    /** A new statement or a draft may be saved as a draft (a submitted one is changed instead). */
    canKeepDraft: computed(() => !stored.value || isDraft.value),
    save,
    saveDraft,
    discardDraft,
    withdraw,
  };
}
