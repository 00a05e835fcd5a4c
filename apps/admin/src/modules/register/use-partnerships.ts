import { useQuery } from '@urql/vue';
import { computed, reactive, ref } from 'vue';
import type { PartnershipRowFieldsFragment } from '../../gql/graphql.js';
import {
  CreatePartnershipMutation,
  RegisterOwnerOptionsQuery,
  RegisterPartnershipsQuery,
  UpdatePartnershipMutation,
} from './register.graphql.js';
import { archivedArg, type ArchiveFilter } from './use-pager.js';
import { useRegisterList } from './use-register-list.js';
import { useRegisterMutation } from './use-register-mutation.js';

/** The county's partnerships, searched and paged by the API. */
export function usePartnerships() {
  const search = ref('');
  const archived = ref<ArchiveFilter>('active');
  const list = useRegisterList({
    query: RegisterPartnershipsQuery,
    variables: (page) => ({
      ...page,
      search: search.value || null,
      archived: archivedArg(archived.value),
    }),
    connection: (data) => data.partnerships,
    filters: () => [search.value, archived.value],
  });
  return { ...list, search, archived };
}

export interface ContactRow {
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** Other services as typed (`PPT, helsestasjon`): each named once, in order. */
export function splitServices(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The partnership form: owners picked from the register by search, the institution, other
 * services and contact persons; the API (the register's and the plan's rules) decides.
 */
export function usePartnershipForm() {
  const create = useRegisterMutation(CreatePartnershipMutation);
  const update = useRegisterMutation(UpdatePartnershipMutation);
  const form = reactive({
    id: null as string | null,
    version: null as number | null,
    name: '',
    owners: [] as { id: string; name: string; orgnr: string }[],
    institutionId: '',
    otherServices: '',
    contactPersons: [] as ContactRow[],
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
    /** Owners found by the search that are not chosen yet. */
    ownerOptions: computed(() =>
      (options.data.value?.owners.edges.map((e) => e.node) ?? []).filter(
        (o) => !form.owners.some((c) => c.id === o.id),
      ),
    ),
    searching: options.fetching,
    busy: () => create.busy.value || update.busy.value,
    problems: (field: string) => current().problems(field),
    formError: () =>
      current().formError(['name', 'ownerIds', 'institutionId', 'otherServices', 'contactPersons']),
    fill(row: PartnershipRowFieldsFragment | null) {
      create.reset();
      update.reset();
      ownerSearch.value = '';
      Object.assign(form, {
        id: row?.id ?? null,
        version: row?.version ?? null,
        name: row?.name ?? '',
        owners: row ? row.owners.map((o) => ({ ...o })) : [],
        institutionId: row?.institution.id ?? '',
        otherServices: row?.otherServices.join(', ') ?? '',
        contactPersons: row ? row.contactPersons.map((c) => ({ ...c })) : [],
      });
    },
    addOwner(owner: { id: string; name: string; orgnr: string }) {
      if (!form.owners.some((o) => o.id === owner.id)) form.owners.push(owner);
    },
    removeOwner(id: string) {
      form.owners = form.owners.filter((o) => o.id !== id);
    },
    addContact() {
      form.contactPersons.push({ name: '', role: '', email: '', phone: '' });
    },
    removeContact(index: number) {
      form.contactPersons.splice(index, 1);
    },
    async save(): Promise<string | null> {
      const fields = {
        name: form.name,
        ownerIds: form.owners.map((o) => o.id),
        institutionId: form.institutionId,
        otherServices: splitServices(form.otherServices),
        contactPersons: form.contactPersons.map((c) => ({ ...c })),
      };
      const saved = form.id
        ? (await update.run({ input: { ...fields, id: form.id, expectedVersion: form.version } }))
            ?.updatePartnership
        : (await create.run({ input: fields }))?.createPartnership;
      return saved?.name ?? null;
    },
  };
}
