import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import type { OwnerRowFieldsFragment, Ownership } from '../../gql/graphql.js';
import { CreateOwnerMutation, UpdateOwnerMutation } from './register.graphql.js';
import { clientProblem, useRegisterMutation } from './use-register-mutation.js';

export const OWNER_FIELDS = [
  'orgnr',
  'name',
  'ownership',
  'municipalityNumber',
  'participationYears',
] as const;

/** Years as an adviser types them (`2022, 2024`); null when something else is written. */
export function parseYears(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  if (!parts.every((p) => /^\d{4}$/.test(p))) return null;
  return parts.map(Number);
}

/**
 * The owner form: its fields as typed, filled from a row to edit it; on save the API (the
 * domain's register rules) decides, and each refusal lands beside its field.
 */
export function useOwnerForm() {
  const { t } = useI18n();
  const create = useRegisterMutation(CreateOwnerMutation);
  const update = useRegisterMutation(UpdateOwnerMutation);
  const form = reactive({
    id: null as string | null,
    version: null as number | null,
    orgnr: '',
    name: '',
    ownership: 'PUBLIC' as Ownership,
    municipalityNumber: '',
    participationYears: '',
  });
  const current = () => (form.id ? update : create);

  return {
    form,
    busy: () => create.busy.value || update.busy.value,
    problems: (field: string) => current().problems(field),
    formError: () => current().formError(OWNER_FIELDS),
    fill(row: OwnerRowFieldsFragment | null) {
      create.reset();
      update.reset();
      Object.assign(form, {
        id: row?.id ?? null,
        version: row?.version ?? null,
        orgnr: row?.orgnr ?? '',
        name: row?.name ?? '',
        ownership: row?.ownership ?? 'PUBLIC',
        municipalityNumber: row?.municipality?.number ?? '',
        participationYears: row?.participationYears.join(', ') ?? '',
      });
    },
    /** Saves the owner; its name when saved, null when refused. */
    async save(): Promise<string | null> {
      const years = parseYears(form.participationYears);
      if (years === null) {
        current().refuse([
          clientProblem('participationYears', t('register.owners.participationUnreadable')),
        ]);
        return null;
      }
      const fields = {
        orgnr: form.orgnr,
        name: form.name,
        ownership: form.ownership,
        municipalityNumber: form.municipalityNumber || null,
        participationYears: years,
      };
      const saved = form.id
        ? (await update.run({ input: { ...fields, id: form.id, expectedVersion: form.version } }))
            ?.updateOwner
        : (await create.run({ input: fields }))?.createOwner;
      return saved?.name ?? null;
    },
  };
}
