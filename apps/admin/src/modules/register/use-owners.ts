import { ref } from 'vue';
import { RegisterOwnersQuery } from './register.graphql.js';
import { archivedArg, type ArchiveFilter } from './use-pager.js';
import { useRegisterList } from './use-register-list.js';

/** The county's owners by name: searched, filtered by archive state, paged by the API. */
export function useOwners() {
  const search = ref('');
  const archived = ref<ArchiveFilter>('active');
  const list = useRegisterList({
    query: RegisterOwnersQuery,
    variables: (page) => ({
      ...page,
      search: search.value || null,
      archived: archivedArg(archived.value),
    }),
    connection: (data) => data.owners,
    filters: () => [search.value, archived.value],
  });
  return { ...list, search, archived };
}
