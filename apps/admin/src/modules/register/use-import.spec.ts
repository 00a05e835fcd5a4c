import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { nextTick } from 'vue';
import { describe, expect, it } from 'vitest';
import { mockClient, withSetup } from '../../test/mock-client.js';
import { IMPORT_URL, useImport } from './use-import.js';

const file = (name: string, text: string) =>
  Object.assign(new Blob([text], { type: 'text/csv' }), { name });

const preview = (problems: unknown[] = []) => ({
  rows: 2,
  canConfirm: problems.length === 0,
  fingerprint: 'fp-1',
  summary: [{ entity: 'OWNER', created: 2, updated: 0, unchanged: 0 }],
  problems,
  statements: [],
});

describe('useImport', () => {
  it('previews the file on the import route, and confirms exactly what was previewed', async () => {
    const { client, calls } = mockClient({
      PreviewRegisterImport: () => ({ data: { previewRegisterImport: preview() } }),
      ConfirmRegisterImport: () => ({
        data: {
          confirmRegisterImport: {
            summary: [{ entity: 'OWNER', created: 2, updated: 0, unchanged: 0 }],
            ids: ['a', 'b'],
          },
        },
      }),
    });
    const { result } = withSetup(() => useImport(() => null), client);
    result.files.value = [file('eiere.csv', 'Orgnr;Navn\n986105174;Senja')];
    await result.runPreview();
    const sent = calls.find((c) => c.name === 'PreviewRegisterImport')!;
    expect(sent.url).toBe(IMPORT_URL);
    const input = sent.variables['input'] as {
      kind: string;
      file: { fileName: string; contentBase64: string };
    };
    expect(input.kind).toBe('REGISTER');
    expect(input.file.fileName).toBe('eiere.csv');
    expect(atob(input.file.contentBase64)).toBe('Orgnr;Navn\n986105174;Senja');
    expect(result.preview.value?.canConfirm).toBe(true);

    expect(await result.confirm()).toBe(true);
    expect(calls.at(-1)).toMatchObject({
      name: 'ConfirmRegisterImport',
      url: IMPORT_URL,
      variables: { input: { kind: 'REGISTER', fingerprint: 'fp-1', file: input.file } },
    });
    expect(result.written.value).toEqual([
      { entity: 'OWNER', created: 2, updated: 0, unchanged: 0 },
    ]);
    expect(result.preview.value).toBeNull();
  });

  it('cannot confirm a preview with problems, and forgets a preview when the file changes', async () => {
    const { client, calls } = mockClient({
      PreviewRegisterImport: () => ({
        data: {
          previewRegisterImport: preview([
            {
              file: null,
              row: 3,
              column: 'Eiers organisasjonsnummer',
              code: 'REG_ORGNR_INVALID',
              message: { nb: 'Feil.' },
            },
          ]),
        },
      }),
    });
    const { result } = withSetup(() => useImport(() => null), client);
    result.files.value = [file('eiere.csv', 'x')];
    await result.runPreview();
    expect(result.problemCount.value).toBe(1);
    expect(await result.confirm()).toBe(false);
    expect(calls.filter((c) => c.name === 'ConfirmRegisterImport')).toHaveLength(0);
    result.files.value = [file('andre.csv', 'y')];
    await nextTick();
    expect(result.preview.value).toBeNull();
  });

  it('says so when the register changed since the preview', async () => {
    const { client } = mockClient({
      PreviewRegisterImport: () => ({ data: { previewRegisterImport: preview() } }),
      ConfirmRegisterImport: () => ({
        error: new CombinedError({
          graphQLErrors: [
            new GraphQLError('changed', {
              extensions: { code: 'CONFLICT', reason: 'IMPORT_CHANGED' },
            }),
          ],
        }),
      }),
    });
    const { result } = withSetup(() => useImport(() => null), client);
    result.files.value = [file('eiere.csv', 'x')];
    await result.runPreview();
    expect(await result.confirm()).toBe(false);
    expect(result.changed.value).toBe(true);
    expect(result.written.value).toBeNull();
  });

  it('sends filled templates with the round for needs statements, and the office’s reason when it gives one', async () => {
    const { client, calls } = mockClient({
      PreviewNeedsStatementImport: () => ({ data: { previewNeedsStatementImport: preview() } }),
      ConfirmNeedsStatementImport: () => ({
        data: {
          confirmNeedsStatementImport: {
            summary: [{ entity: 'NEEDS_STATEMENT', created: 2, updated: 0, unchanged: 0 }],
            ids: ['s1', 's2'],
          },
        },
      }),
    });
    const { result } = withSetup(() => useImport(() => 'round-2027'), client);
    result.kind.value = 'STATEMENTS';
    result.files.value = [file('a.xlsx', 'a'), file('b.xlsx', 'b')];
    await result.runPreview();
    const input = calls.at(-1)!.variables['input'] as {
      roundId: string;
      files: { fileName: string }[];
    };
    expect(input.roundId).toBe('round-2027');
    expect(input.files.map((f) => f.fileName)).toEqual(['a.xlsx', 'b.xlsx']);
    result.overrideReason.value = '  Kom i posten før fristen  ';
    expect(await result.confirm()).toBe(true);
    expect(calls.at(-1)?.variables).toMatchObject({
      input: {
        roundId: 'round-2027',
        fingerprint: 'fp-1',
        override: { reason: 'Kom i posten før fristen' },
      },
    });
  });
});
