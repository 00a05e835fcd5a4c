import { useQuery } from '@urql/vue';
import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { FigureRowFieldsFragment, Sector } from '../../gql/graphql.js';
import {
  CreateIndicatorFigureMutation,
  IndicatorFiguresQuery,
  RegisterOwnerOptionsQuery,
  UpdateIndicatorFigureMutation,
} from './register.graphql.js';
import { useRegisterList } from './use-register-list.js';
import { clientProblem, useRegisterMutation } from './use-register-mutation.js';

/** A number as a person types it in Norwegian (`12,5`, `1 234,5`); null when it is none. */
export function parseDecimal(text: string): number | null {
  const bare = text.replace(/[\s\u00a0\u202f]/g, '');
  const normal = bare.includes(',') ? bare.replace(/\./g, '').replace(',', '.') : bare;
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/** `12.5` → `12,5` (as the figure was registered, without rounding it). */
export function formatDecimal(value: number): string {
  return String(value).replace('.', ',');
}

/** The knowledge base's figures, filtered by indicator, year and municipality. */
export function useIndicatorFigures() {
  const filter = reactive({ indicatorId: '', year: '', municipalityNumber: '' });
  const list = useRegisterList({
    query: IndicatorFiguresQuery,
    variables: (page) => ({
      ...page,
      indicatorId: filter.indicatorId || null,
      year: filter.year ? Number(filter.year) : null,
      municipalityNumber: filter.municipalityNumber || null,
    }),
    connection: (data) => data.indicatorFigures,
    filters: () => [filter.indicatorId, filter.year, filter.municipalityNumber],
  });
  return { ...list, filter };
}

export const FIGURE_FIELDS = [
  'indicatorId',
  'municipalityNumber',
  'ownerId',
  'sector',
  'year',
  'value',
  'source',
] as const;

/** The form of one figure: for a municipality or an owner, a sector or all, a year. */
export function useFigureForm() {
  const { t } = useI18n();
  const create = useRegisterMutation(CreateIndicatorFigureMutation);
  const update = useRegisterMutation(UpdateIndicatorFigureMutation);
  const form = reactive({
    id: null as string | null,
    version: null as number | null,
    indicatorId: '',
    place: 'municipality' as 'municipality' | 'owner',
    municipalityNumber: '',
    owner: null as { id: string; name: string } | null,
    sector: '' as Sector | '',
    year: String(new Date().getFullYear()),
    value: '',
    source: '',
  });
  const ownerSearch = ref('');
  const options = useQuery({
    query: RegisterOwnerOptionsQuery,
    variables: () => ({ search: ownerSearch.value }),
    pause: () => ownerSearch.value.trim() === '',
  });
  const current = () => (form.id ? update : create);
  return {
    form,
    ownerSearch,
    ownerOptions: computed(() => options.data.value?.owners.edges.map((e) => e.node) ?? []),
    busy: () => create.busy.value || update.busy.value,
    problems: (field: string) => current().problems(field),
    formError: () => current().formError(FIGURE_FIELDS),
    fill(row: FigureRowFieldsFragment | null) {
      create.reset();
      update.reset();
      ownerSearch.value = '';
      Object.assign(form, {
        id: row?.id ?? null,
        version: row?.version ?? null,
        indicatorId: row?.indicatorId ?? '',
        place: row?.owner ? 'owner' : 'municipality',
        municipalityNumber: row?.municipality?.number ?? '',
        owner: row?.owner ? { id: row.owner.id, name: row.owner.name } : null,
        sector: row?.sector ?? '',
        year: String(row?.year ?? new Date().getFullYear()),
        value: row ? formatDecimal(row.value) : '',
        source: row?.source ?? '',
      });
    },
    /** Saves the figure; true when saved. */
    async save(): Promise<boolean> {
      const value = parseDecimal(form.value);
      const year = /^\d{4}$/.test(form.year.trim()) ? Number(form.year) : null;
      const unreadable = [
        ...(value === null ? [clientProblem('value', t('register.figures.valueUnreadable'))] : []),
        ...(year === null ? [clientProblem('year', t('register.figures.valueUnreadable'))] : []),
      ];
      if (value === null || year === null) {
        current().refuse(unreadable);
        return false;
      }
      const fields = {
        indicatorId: form.indicatorId,
        municipalityNumber: form.place === 'municipality' ? form.municipalityNumber || null : null,
        ownerId: form.place === 'owner' ? (form.owner?.id ?? null) : null,
        sector: form.sector || null,
        year,
        value,
        source: form.source,
      };
      const saved = form.id
        ? await update.run({ input: { ...fields, id: form.id, expectedVersion: form.version } })
        : await create.run({ input: fields });
      return saved !== null;
    },
  };
}
