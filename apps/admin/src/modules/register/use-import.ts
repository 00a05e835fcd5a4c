import { useClientHandle, useMutation } from '@urql/vue';
import { computed, ref, watch } from 'vue';
import type { ImportPreviewFieldsFragment, RegisterImportKind } from '../../gql/graphql.js';
import { hasCode, toApiError, type ApiError } from '../../graphql/api-error.js';
import {
  ConfirmNeedsStatementImportMutation,
  ConfirmRegisterImportMutation,
  NeedsStatementTemplateQuery,
  PreviewNeedsStatementImportMutation,
  PreviewRegisterImportMutation,
} from './register.graphql.js';
import { downloadBase64, toUpload, type Upload } from './upload-file.js';

export type ImportKind = RegisterImportKind | 'STATEMENTS';
export const IMPORT_KINDS: ImportKind[] = ['REGISTER', 'INDICATORS', 'COMMITMENTS', 'STATEMENTS'];

/** Files go to the API's import route (a larger body limit, for the import mutations only). */
export const IMPORT_URL = '/graphql/import';

export interface ImportSummaryLine {
  entity: string;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * An import as the adviser does it: choose what and the file(s), see the API's preview (what it
 * would change, every problem by row and column; nothing written), then confirm: the API plans it
 * again and writes all of it, or nothing. A new kind or file forgets the preview.
 */
export function useImport(roundId: () => string | null) {
  const handle = useClientHandle();
  const kind = ref<ImportKind>('REGISTER');
  const files = ref<(Blob & { name: string })[]>([]);
  const uploads = ref<Upload[]>([]);
  const preview = ref<ImportPreviewFieldsFragment | null>(null);
  const written = ref<ImportSummaryLine[] | null>(null);
  const error = ref<ApiError | null>(null);
  const changed = ref(false);
  const busy = ref(false);
  const downloading = ref(false);
  /** Why the office submits templates outside the round's open phase (audited with each one). */
  const overrideReason = ref('');
  const context = { url: IMPORT_URL };
  const previewRegister = useMutation(PreviewRegisterImportMutation);
  const confirmRegister = useMutation(ConfirmRegisterImportMutation);
  const previewStatements = useMutation(PreviewNeedsStatementImportMutation);
  const confirmStatements = useMutation(ConfirmNeedsStatementImportMutation);

  watch([kind, files, roundId], () => {
    preview.value = null;
    error.value = null;
    changed.value = false;
  });

  async function runPreview(): Promise<void> {
    if (files.value.length === 0 || busy.value) return;
    busy.value = true;
    error.value = null;
    changed.value = false;
    written.value = null;
    preview.value = null;
    try {
      uploads.value = await Promise.all(files.value.map(toUpload));
      const result =
        kind.value === 'STATEMENTS'
          ? await previewStatements.executeMutation(
              { input: { roundId: roundId() ?? '', files: uploads.value } },
              context,
            )
          : await previewRegister.executeMutation(
              { input: { kind: kind.value, file: uploads.value[0]! } },
              context,
            );
      if (result.error || !result.data) {
        error.value = toApiError(result.error);
        return;
      }
      preview.value =
        'previewNeedsStatementImport' in result.data
          ? result.data.previewNeedsStatementImport
          : result.data.previewRegisterImport;
    } finally {
      busy.value = false;
    }
  }

  async function confirm(): Promise<boolean> {
    const shown = preview.value;
    if (!shown?.canConfirm || busy.value) return false;
    busy.value = true;
    error.value = null;
    try {
      const result =
        kind.value === 'STATEMENTS'
          ? await confirmStatements.executeMutation(
              {
                input: {
                  roundId: roundId() ?? '',
                  files: uploads.value,
                  fingerprint: shown.fingerprint,
                  override: overrideReason.value.trim()
                    ? { reason: overrideReason.value.trim() }
                    : null,
                },
              },
              context,
            )
          : await confirmRegister.executeMutation(
              {
                input: {
                  kind: kind.value,
                  file: uploads.value[0]!,
                  fingerprint: shown.fingerprint,
                },
              },
              context,
            );
      if (result.error || !result.data) {
        changed.value = hasCode(result.error, 'CONFLICT');
        error.value = toApiError(result.error);
        return false;
      }
      const outcome =
        'confirmNeedsStatementImport' in result.data
          ? result.data.confirmNeedsStatementImport
          : result.data.confirmRegisterImport;
      written.value = outcome.summary;
      preview.value = null;
      return true;
    } finally {
      busy.value = false;
    }
  }

  async function downloadTemplate(): Promise<boolean> {
    const id = roundId();
    if (!id) return false;
    downloading.value = true;
    error.value = null;
    try {
      const result = await handle.client
        .query(NeedsStatementTemplateQuery, { roundId: id }, { requestPolicy: 'network-only' })
        .toPromise();
      const file = result.data?.needsStatementTemplate;
      if (result.error || !file) {
        error.value = toApiError(result.error);
        return false;
      }
      downloadBase64(file.fileName, file.contentType, file.contentBase64);
      return true;
    } finally {
      downloading.value = false;
    }
  }

  return {
    kind,
    files,
    preview,
    written,
    error,
    /** The register or the file changed since the preview: preview again. */
    changed,
    busy,
    downloading,
    overrideReason,
    problemCount: computed(() => preview.value?.problems.length ?? 0),
    runPreview,
    confirm,
    downloadTemplate,
  };
}
