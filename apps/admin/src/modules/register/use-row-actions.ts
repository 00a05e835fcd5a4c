import type { TypedDocumentNode } from '@urql/core';
import { ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRegisterMutation } from './use-register-mutation.js';

type ArchiveVariables = {
  input: { id: string; archived: boolean; expectedVersion?: number | null };
};
type DeleteVariables = { id: string };

interface Row {
  id: string;
  version?: number;
}

/**
 * Archiving, restoring and deleting rows of a register list: archive and delete ask first (a
 * dialog), restore does not; the API's refusal (e.g. why a row cannot be deleted) and the outcome
 * are kept for the page to show.
 */
export function useRowActions<T extends Row>(options: {
  archive?: TypedDocumentNode<unknown, ArchiveVariables>;
  remove: TypedDocumentNode<unknown, DeleteVariables>;
  name: (row: T) => string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const archive = options.archive ? useRegisterMutation(options.archive) : null;
  const remove = useRegisterMutation(options.remove);
  const pending = shallowRef<{ kind: 'archive' | 'delete'; row: T } | null>(null);
  const message = ref('');

  async function setArchived(row: T, archived: boolean): Promise<void> {
    if (!archive) return;
    const done = await archive.run({
      input: { id: row.id, archived, expectedVersion: row.version ?? null },
    });
    pending.value = null;
    if (done) {
      message.value = t(archived ? 'register.list.archivedDone' : 'register.list.restored', {
        name: options.name(row),
      });
      options.onDone();
    }
  }

  return {
    pending,
    message,
    /** The refusal of the last archive, restore or delete. */
    error: () => remove.error.value ?? archive?.error.value ?? null,
    busy: () => remove.busy.value || (archive?.busy.value ?? false),
    ask(kind: 'archive' | 'delete', row: T) {
      remove.reset();
      archive?.reset();
      message.value = '';
      pending.value = { kind, row };
    },
    cancel() {
      pending.value = null;
    },
    async confirm(): Promise<void> {
      const asked = pending.value;
      if (!asked) return;
      if (asked.kind === 'archive') return setArchived(asked.row, true);
      const done = await remove.run({ id: asked.row.id });
      pending.value = null;
      if (done) {
        message.value = t('register.list.deleted', { name: options.name(asked.row) });
        options.onDone();
      }
    },
    restore(row: T) {
      remove.reset();
      archive?.reset();
      return setArchived(row, false);
    },
  };
}
