import { reactive, ref } from 'vue';
import type { InstitutionKind, InstitutionRowFieldsFragment } from '../../gql/graphql.js';
import {
  CreateInstitutionMutation,
  RegisterInstitutionsQuery,
  UpdateInstitutionMutation,
} from './register.graphql.js';
import { archivedArg, type ArchiveFilter } from './use-pager.js';
import { useRegisterList } from './use-register-list.js';
import { useRegisterMutation } from './use-register-mutation.js';

export const INSTITUTION_KINDS: InstitutionKind[] = [
  'UNIVERSITY',
  'UNIVERSITY_COLLEGE',
  'VOCATIONAL_COLLEGE',
  'OTHER_COMPETENCE_ENVIRONMENT',
];

/** The county's competence partners, searched and paged by the API. */
export function useInstitutions() {
  const search = ref('');
  const archived = ref<ArchiveFilter>('active');
  const list = useRegisterList({
    query: RegisterInstitutionsQuery,
    variables: (page) => ({
      ...page,
      search: search.value || null,
      archived: archivedArg(archived.value),
    }),
    connection: (data) => data.institutions,
    filters: () => [search.value, archived.value],
  });
  return { ...list, search, archived };
}

/** The form of a competence partner. */
export function useInstitutionForm() {
  const create = useRegisterMutation(CreateInstitutionMutation);
  const update = useRegisterMutation(UpdateInstitutionMutation);
  const form = reactive({
    id: null as string | null,
    version: null as number | null,
    orgnr: '',
    name: '',
    kind: 'UNIVERSITY' as InstitutionKind,
  });
  const current = () => (form.id ? update : create);
  return {
    form,
    busy: () => create.busy.value || update.busy.value,
    problems: (field: string) => current().problems(field),
    formError: () => current().formError(['orgnr', 'name', 'kind']),
    fill(row: InstitutionRowFieldsFragment | null) {
      create.reset();
      update.reset();
      Object.assign(form, {
        id: row?.id ?? null,
        version: row?.version ?? null,
        orgnr: row?.orgnr ?? '',
        name: row?.name ?? '',
        kind: row?.kind ?? 'UNIVERSITY',
      });
    },
    async save(): Promise<string | null> {
      const fields = { orgnr: form.orgnr, name: form.name, kind: form.kind };
      const saved = form.id
        ? (await update.run({ input: { ...fields, id: form.id, expectedVersion: form.version } }))
            ?.updateInstitution
        : (await create.run({ input: fields }))?.createInstitution;
      return saved?.name ?? null;
    },
  };
}
