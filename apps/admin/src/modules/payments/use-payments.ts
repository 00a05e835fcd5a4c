import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import type { PaymentFieldsFragment } from '../../gql/graphql.js';
import { toApiError, type ApiError } from '../../graphql/api-error.js';
import {
  MarkPaymentPaidMutation,
  PlanPaymentsMutation,
  RoundPaymentsQuery,
} from './payments.graphql.js';

export type PaymentRowData = PaymentFieldsFragment;

/** Sums of the payments per status, whole kroner. */
export function paymentSums(rows: readonly Pick<PaymentRowData, 'status' | 'amount'>[]) {
  const sums = { PLANNED: 0, HELD: 0, PAID: 0 };
  for (const r of rows) sums[r.status] += r.amount;
  return sums;
}

/** A round's payments, with planning and marking paid; every result checked for errors. */
export function usePayments(roundId: MaybeRefOrGetter<string>) {
  const result = useQuery({
    query: RoundPaymentsQuery,
    variables: () => ({ roundId: toValue(roundId) }),
    requestPolicy: 'cache-and-network',
  });
  const plan = useMutation(PlanPaymentsMutation);
  const markPaid = useMutation(MarkPaymentPaidMutation);
  const actionError = ref<ApiError | null>(null);
  const rows = computed(() => result.data.value?.payments ?? []);

  async function planRound(): Promise<{ planned: number; payments: number } | null> {
    actionError.value = null;
    const res = await plan.executeMutation({ roundId: toValue(roundId) });
    if (res.error) {
      actionError.value = toApiError(res.error);
      return null;
    }
    result.executeQuery({ requestPolicy: 'network-only' });
    return res.data?.planPayments ?? null;
  }

  async function pay(row: PaymentRowData): Promise<boolean> {
    actionError.value = null;
    const res = await markPaid.executeMutation({
      input: { paymentId: row.id, expectedVersion: row.version },
    });
    if (res.error) {
      actionError.value = toApiError(res.error);
      return false;
    }
    result.executeQuery({ requestPolicy: 'network-only' });
    return true;
  }

  return {
    rows,
    sums: computed(() => paymentSums(rows.value)),
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    busy: computed(() => plan.fetching.value || markPaid.fetching.value),
    actionError,
    planRound,
    pay,
  };
}
