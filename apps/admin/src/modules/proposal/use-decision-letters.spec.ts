import { CombinedError } from '@urql/core';
import { flushPromises } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeToken } from '../../auth/session-store.js';
import { connection, mockClient, withSetup } from '../../test/mock-client.js';
import { useDecisionLetters } from './use-decision-letters.js';

const letter = {
  id: 'l1',
  url: '/letters/l1.pdf',
  sha256: 'ab'.repeat(32),
  frozenAt: '2026-04-15T08:00:00Z',
};

function setup(
  status = 'DECIDED',
  mutations: Record<string, () => { data?: unknown; error?: unknown }> = {},
) {
  let sent = false;
  const { client, calls } = mockClient({
    RoundDecisionLetters: () => ({
      data: {
        round: {
          id: 'r',
          status,
          decisions: connection([
            { id: 'd1', letter, notices: [{ id: 'n1', status: 'SENT', attempts: 1 }] },
            { id: 'd2', letter: sent ? letter : null, notices: [] },
            { id: 'd3', letter: sent ? letter : null, notices: [] },
          ]),
        },
      },
    }),
    SendDecisionLetters: () => {
      sent = true;
      return { data: { sendDecisionLetters: [] } };
    },
    ...mutations,
  });
  return { ...withSetup(() => useDecisionLetters('r'), client), calls };
}

afterEach(() => {
  vi.unstubAllGlobals();
  writeToken(null);
});

describe('useDecisionLetters', () => {
  it('counts the letters not yet sent, and offers to send them only in a decided round', async () => {
    const { result } = setup();
    await flushPromises();
    expect(result.unsent.value).toBe(2);
    expect(result.canSend.value).toBe(true);
    expect(result.byDecision.value.get('d1')?.letter?.sha256).toBe(letter.sha256);
    const open = setup('PROPOSAL');
    await flushPromises();
    expect(open.result.canSend.value).toBe(false);
  });

  it('sends the round’s letters and reads them again', async () => {
    const { result, calls } = setup();
    await flushPromises();
    expect(await result.sendAll()).toBe(true);
    await flushPromises();
    expect(calls.find((c) => c.name === 'SendDecisionLetters')?.variables).toEqual({
      input: { roundId: 'r' },
    });
    expect(calls.filter((c) => c.name === 'RoundDecisionLetters').length).toBeGreaterThanOrEqual(2);
    expect(result.unsent.value).toBe(0);
    expect(result.canSend.value).toBe(false);
  });

  it('keeps the API’s refusal for the screen', async () => {
    const { result } = setup('DECIDED', {
      SendDecisionLetters: () => ({
        error: new CombinedError({
          graphQLErrors: [new GraphQLError('no', { extensions: { code: 'WRONG_PHASE' } })],
        }),
      }),
    });
    await flushPromises();
    expect(await result.sendAll()).toBe(false);
    expect(result.sendError.value?.code).toBe('WRONG_PHASE');
  });

  it('asks for a preview only when one is opened', async () => {
    const { result, calls } = setup('DECIDED', {
      DecisionLetterPreview: () => ({
        data: {
          decisionLetterPreview: {
            decisionId: 'd2',
            title: 'Vedtak om tilskudd til kollektiv kompetanseutvikling 2026',
            date: '15. april 2026',
            recipient: ['Partnerskap'],
            complaintDeadline: '2026-05-06',
            reportDeadline: '2027-06-01',
            pdfUrl: '/letters/preview/d2.pdf',
            sections: [
              { heading: 'Klagerett', paragraphs: ['Dere kan klage.'], list: [], table: null },
            ],
          },
        },
      }),
    });
    await flushPromises();
    expect(calls.some((c) => c.name === 'DecisionLetterPreview')).toBe(false);
    result.previewId.value = 'd2';
    await flushPromises();
    expect(calls.find((c) => c.name === 'DecisionLetterPreview')?.variables).toEqual({
      decisionId: 'd2',
    });
    expect(result.preview.value?.sections[0]?.heading).toBe('Klagerett');
  });

  it('fetches a PDF with the session’s token, and says so when it cannot', async () => {
    writeToken('token-1');
    const fetchMock = vi.fn(async () => new Response(new Blob(['%PDF-1.7']), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const createObjectURL = vi.fn(() => 'blob:x');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const { result } = setup();
    await flushPromises();
    expect(await result.downloadPdf('/letters/l1.pdf', 'brev.pdf')).toBe(true);
    expect(fetchMock).toHaveBeenCalledWith('/letters/l1.pdf', {
      headers: { authorization: 'Bearer token-1' },
    });
    expect(createObjectURL).toHaveBeenCalled();
    fetchMock.mockResolvedValueOnce(new Response('nei', { status: 404 }));
    expect(await result.downloadPdf('/letters/l1.pdf', 'brev.pdf')).toBe(false);
    expect(result.pdfError.value).toBe(true);
  });
});
