import type { TypedDocumentNode } from '@urql/core';
import { useMutation, type OperationContext } from '@urql/vue';
import { ref } from 'vue';
import {
  fieldProblems,
  isFormLevel,
  toApiError,
  type ApiError,
  type ApiProblem,
} from '../../graphql/api-error.js';

/**
 * One register mutation: runs it, keeps the API's refusal, and gives each field its problems (the
 * domain's messages in Norwegian, by the field's path in the input) and what belongs to no field.
 */
export function useRegisterMutation<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  context: Partial<OperationContext> = {},
) {
  const mutation = useMutation(document);
  const error = ref<ApiError | null>(null);
  /** Problems found before asking the API (a value the client cannot read). */
  const local = ref<ApiProblem[]>([]);

  async function run(variables: TVariables): Promise<TData | null> {
    error.value = null;
    local.value = [];
    const result = await mutation.executeMutation(variables, context);
    if (result.error || !result.data) {
      error.value = toApiError(result.error);
      return null;
    }
    return result.data;
  }

  return {
    run,
    busy: mutation.fetching,
    error,
    /** Marks fields the client could not read; the API is not asked. */
    refuse(problems: ApiProblem[]) {
      error.value = null;
      local.value = problems;
    },
    reset() {
      error.value = null;
      local.value = [];
    },
    /** The problems of one input field (its path, e.g. `contactPersons.0.email`). */
    problems(field: string): ApiProblem[] {
      return [
        ...local.value.filter((p) => p.path.join('.') === field),
        ...fieldProblems(error.value, field),
      ];
    },
    /** The refusal when it concerns none of the form's fields (shown above the form). */
    formError(fields: readonly string[]): ApiError | null {
      return isFormLevel(error.value, fields) ? error.value : null;
    },
  };
}

/** A problem the client found in a field, in the domain's shape. */
export function clientProblem(field: string, nb: string): ApiProblem {
  return { code: 'UNREADABLE', path: field.split('.'), message: { nb, en: nb } };
}
