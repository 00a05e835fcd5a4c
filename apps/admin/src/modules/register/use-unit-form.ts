import { reactive } from 'vue';
import type { UnitKind, UnitRowFieldsFragment } from '../../gql/graphql.js';
import { CreateUnitMutation, UpdateUnitMutation } from './register.graphql.js';
import { useRegisterMutation } from './use-register-mutation.js';

export const UNIT_FIELDS = ['name', 'kind', 'registerId', 'ownerId'] as const;

/** The form of a kindergarten or school of an owner. */
export function useUnitForm(ownerId: () => string) {
  const create = useRegisterMutation(CreateUnitMutation);
  const update = useRegisterMutation(UpdateUnitMutation);
  const form = reactive({
    id: null as string | null,
    version: null as number | null,
    name: '',
    kind: 'SCHOOL' as UnitKind,
    registerId: '',
  });
  const current = () => (form.id ? update : create);
  return {
    form,
    busy: () => create.busy.value || update.busy.value,
    problems: (field: string) => current().problems(field),
    formError: () => current().formError(UNIT_FIELDS.filter((f) => f !== 'ownerId')),
    fill(row: UnitRowFieldsFragment | null) {
      create.reset();
      update.reset();
      Object.assign(form, {
        id: row?.id ?? null,
        version: row?.version ?? null,
        name: row?.name ?? '',
        kind: row?.kind ?? 'SCHOOL',
        registerId: row?.registerId ?? '',
      });
    },
    async save(): Promise<string | null> {
      const fields = { name: form.name, kind: form.kind, registerId: form.registerId || null };
      const saved = form.id
        ? (await update.run({ input: { ...fields, id: form.id, expectedVersion: form.version } }))
            ?.updateUnit
        : (await create.run({ input: { ...fields, ownerId: ownerId() } }))?.createUnit;
      return saved?.name ?? null;
    },
  };
}
