import { useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import type { ReminderFieldsFragment } from '../../gql/graphql.js';
import { toApiError } from '../../graphql/api-error.js';
import type { FollowUpVariables } from './use-report-follow-up.js';
import { ReportRemindersQuery } from './reporting.graphql.js';

export type Reminder = ReminderFieldsFragment;

/**
 * Who still owes a report (missing, or returned for resubmission), most overdue first, with the
 * contact person the API gives the office; optionally only those already past their due date.
 */
export function useReportReminders(variables: MaybeRefOrGetter<FollowUpVariables | null>) {
  const overdueOnly = ref(false);
  const result = useQuery({
    query: ReportRemindersQuery,
    variables: () => ({
      ...(toValue(variables) ?? { roundId: null, year: null, asOf: null }),
      overdueOnly: overdueOnly.value,
    }),
    pause: () => toValue(variables) === null,
    requestPolicy: 'cache-and-network',
  });
  const reminders = computed<Reminder[]>(() => result.data.value?.reportReminders ?? []);
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    overdueOnly,
    reminders,
    /** The e-mail addresses to remind, once each (for a mail to all of them). */
    emails: computed(() => [
      ...new Set(reminders.value.map((r) => r.contact.email).filter((e): e is string => !!e)),
    ]),
  };
}
