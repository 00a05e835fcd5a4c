import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import type { EarlierCommitmentFieldsFragment, Sector } from '../../gql/graphql.js';
import { parseKroner } from '../../i18n/format.js';
import {
  CreateEarlierCommitmentMutation,
  EarlierCommitmentsQuery,
  UpdateEarlierCommitmentMutation,
} from './register.graphql.js';
import { useRegisterList } from './use-register-list.js';
import { clientProblem, useRegisterMutation } from './use-register-mutation.js';

/** Years of grants made before the county's rounds here, latest grant first. */
export function useEarlierCommitments() {
  return useRegisterList({
    query: EarlierCommitmentsQuery,
    variables: (page) => page,
    connection: (data) => data.earlierCommitments,
    filters: () => null,
  });
}

export const COMMITMENT_FIELDS = [
  'partnershipId',
  'workId',
  'sector',
  'durationYears',
  'grantedYear',
  'year',
  'owner',
  'institution',
  'coordinator',
  'amount',
] as const;

const YEAR = /^\d{4}$/;

/** The form of one year of an earlier grant; the API holds it to the year's frame. */
export function useCommitmentForm() {
  const { t } = useI18n();
  const create = useRegisterMutation(CreateEarlierCommitmentMutation);
  const update = useRegisterMutation(UpdateEarlierCommitmentMutation);
  const thisYear = new Date().getFullYear();
  const form = reactive({
    id: null as string | null,
    version: null as number | null,
    partnershipId: '',
    workId: '',
    sector: 'SCHOOL' as Sector,
    durationYears: '1',
    grantedYear: String(thisYear - 1),
    year: String(thisYear),
    owner: '',
    institution: '',
    coordinator: '0',
  });
  const current = () => (form.id ? update : create);
  return {
    form,
    busy: () => create.busy.value || update.busy.value,
    problems: (field: string) => current().problems(field),
    formError: () => current().formError(COMMITMENT_FIELDS),
    fill(row: EarlierCommitmentFieldsFragment | null) {
      create.reset();
      update.reset();
      Object.assign(form, {
        id: row?.id ?? null,
        version: row?.version ?? null,
        partnershipId: row?.partnership.id ?? '',
        workId: row?.workId ?? '',
        sector: row?.sector ?? 'SCHOOL',
        durationYears: String(row?.durationYears ?? 1),
        grantedYear: String(row?.grantedYear ?? thisYear - 1),
        year: String(row?.year ?? thisYear),
        owner: row ? String(row.owner) : '',
        institution: row ? String(row.institution) : '',
        coordinator: String(row?.coordinator ?? 0),
      });
    },
    async save(): Promise<boolean> {
      const amounts = {
        owner: parseKroner(form.owner),
        institution: parseKroner(form.institution),
        coordinator: form.coordinator.trim() === '' ? 0 : parseKroner(form.coordinator),
      };
      const unreadable = [
        ...Object.entries(amounts)
          .filter(([, v]) => v === null)
          .map(([field]) => clientProblem(field, t('fieldErrors.frame'))),
        ...(['grantedYear', 'year'] as const)
          .filter((field) => !YEAR.test(form[field].trim()))
          .map((field) => clientProblem(field, t('register.figures.valueUnreadable'))),
      ];
      if (unreadable.length > 0) {
        current().refuse(unreadable);
        return false;
      }
      const fields = {
        partnershipId: form.partnershipId,
        workId: form.workId.trim() || null,
        sector: form.sector,
        durationYears: Number(form.durationYears),
        grantedYear: Number(form.grantedYear),
        year: Number(form.year),
        owner: amounts.owner!,
        institution: amounts.institution!,
        coordinator: amounts.coordinator!,
      };
      const saved = form.id
        ? await update.run({ input: { ...fields, id: form.id, expectedVersion: form.version } })
        : await create.run({ input: fields });
      return saved !== null;
    },
  };
}
