import { CombinedError } from '@urql/core';
import { flushPromises, mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mockClient, mountOptions, withSetup } from '../../test/mock-client.js';
import SamiAssessmentForm from './SamiAssessmentForm.vue';
import { useSamiAssessment } from './use-sami-assessment.js';

const recorded = {
  id: 'a1',
  level: 'SOME' as const,
  reason: 'Samisk språk nevnes i tiltakene.',
  assessedByName: 'Rådgiver Rå',
  assessedAt: '2027-02-03T10:15:00Z',
  version: 2,
};

function statementWith(
  overrides: Partial<{
    status: string;
    allowedActions: string[];
    samiAssessment: typeof recorded | null;
  }> = {},
) {
  return {
    id: 'ns1',
    status: overrides.status ?? 'SUBMITTED',
    round: { allowedActions: overrides.allowedActions ?? ['assessSamiPerspective'] },
    samiAssessment: overrides.samiAssessment === undefined ? recorded : overrides.samiAssessment,
  };
}

const refusal = (extensions: Record<string, unknown>) => ({
  error: new CombinedError({ graphQLErrors: [new GraphQLError('no', { extensions })] }),
});

describe('useSamiAssessment', () => {
  it('is offered while the API allows it in the round’s phase, never for a withdrawn statement', () => {
    const { client } = mockClient({});
    const allowed = (s: ReturnType<typeof statementWith>) =>
      withSetup(() => useSamiAssessment(s), client).result.allowed.value;
    expect(allowed(statementWith())).toBe(true);
    expect(allowed(statementWith({ allowedActions: ['startReporting'] }))).toBe(false);
    expect(allowed(statementWith({ status: 'WITHDRAWN' }))).toBe(false);
  });

  it('starts from the recorded assessment and sends the change with the version seen', async () => {
    const { client, calls } = mockClient({
      AssessSamiPerspective: () => ({
        data: {
          assessSamiPerspective: {
            id: 'ns1',
            samiAssessment: { ...recorded, level: 'STRONG', version: 3 },
          },
        },
      }),
    });
    const { result } = withSetup(() => useSamiAssessment(statementWith()), client);
    expect(result.level.value).toBe('SOME');
    expect(result.reason.value).toBe('Samisk språk nevnes i tiltakene.');
    result.level.value = 'STRONG';
    result.reason.value = 'Samisk fagmiljø er partner.';
    expect(await result.save()).toBe(true);
    expect(result.saved.value).toBe(true);
    expect(calls.find((c) => c.name === 'AssessSamiPerspective')?.variables).toEqual({
      input: {
        needsStatementId: 'ns1',
        level: 'STRONG',
        reason: 'Samisk fagmiljø er partner.',
        expectedVersion: 2,
      },
    });
  });

  it('sends a first assessment without a version', async () => {
    const { client, calls } = mockClient({
      AssessSamiPerspective: () => ({
        data: { assessSamiPerspective: { id: 'ns1', samiAssessment: recorded } },
      }),
    });
    const { result } = withSetup(
      () => useSamiAssessment(statementWith({ samiAssessment: null })),
      client,
    );
    expect(result.level.value).toBe('NOT_ASSESSED');
    result.level.value = 'NONE';
    result.reason.value = 'Ikke omtalt i behovsmeldingen.';
    await result.save();
    expect(calls[0]?.variables).toEqual({
      input: { needsStatementId: 'ns1', level: 'NONE', reason: 'Ikke omtalt i behovsmeldingen.' },
    });
  });

  it('shows a refused reason beside its field, and another adviser’s change above the form', async () => {
    let answer = refusal({
      code: 'VALIDATION_FAILED',
      problems: [
        {
          code: 'SAMI_REASON_TOO_SHORT',
          path: ['reason'],
          message: { nb: 'Begrunn vurderingen med minst 5 tegn.', en: '' },
        },
      ],
    });
    const { client } = mockClient({ AssessSamiPerspective: () => answer });
    const { result } = withSetup(() => useSamiAssessment(statementWith()), client);
    expect(await result.save()).toBe(false);
    expect(result.reasonProblems.value.map((p) => p.message.nb)).toEqual([
      'Begrunn vurderingen med minst 5 tegn.',
    ]);
    expect(result.formError.value).toBeNull();
    answer = refusal({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    await result.save();
    expect(result.reasonProblems.value).toEqual([]);
    expect(result.formError.value?.code).toBe('CONFLICT');
  });
});

describe('SamiAssessmentForm', () => {
  function render(statement: ReturnType<typeof statementWith>) {
    const { client, calls } = mockClient({
      AssessSamiPerspective: () =>
        refusal({
          code: 'VALIDATION_FAILED',
          problems: [
            {
              code: 'SAMI_REASON_TOO_SHORT',
              path: ['reason'],
              message: { nb: 'Begrunn vurderingen med minst 5 tegn.', en: '' },
            },
          ],
        }),
    });
    return {
      wrapper: mount(SamiAssessmentForm, { props: { statement }, ...mountOptions(client) }),
      calls,
    };
  }

  it('shows the recorded assessment in Norwegian, with who, when and why', () => {
    const { wrapper } = render(statementWith());
    const current = wrapper.get('[data-testid="sami-assessment-current"]').text();
    expect(current).toContain('Ivaretar samiske perspektiver delvis. Vurdert av Rådgiver Rå');
    expect(current).toContain('Samisk språk nevnes i tiltakene.');
    expect(wrapper.findAll('input[type="radio"]').map((r) => r.attributes('id'))).toEqual([
      'sami-level-STRONG',
      'sami-level-SOME',
      'sami-level-NONE',
      'sami-level-NOT_ASSESSED',
    ]);
    expect((wrapper.get('#sami-level-SOME').element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.get('label[for="sami-reason"]').text()).toBe('Begrunnelse');
  });

  it('records the choice and puts the API’s refusal beside the reason, linked for screen readers', async () => {
    const { wrapper, calls } = render(statementWith({ samiAssessment: null }));
    expect(wrapper.get('[data-testid="sami-assessment-current"]').text()).toBe(
      'Behovsmeldingen er ikke vurdert ennå. I fordelingen regnes den likt med en som ikke ivaretar samiske perspektiver (antakelse).',
    );
    await wrapper.get('#sami-level-STRONG').setValue(true);
    await wrapper.get('#sami-reason').setValue('kort');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(calls[0]?.variables).toEqual({
      input: { needsStatementId: 'ns1', level: 'STRONG', reason: 'kort' },
    });
    const reason = wrapper.get('#sami-reason');
    expect(reason.attributes('aria-invalid')).toBe('true');
    expect(reason.attributes('aria-describedby')).toBe('sami-reason-hint sami-reason-error');
    expect(wrapper.get('#sami-reason-error').text()).toBe('Begrunn vurderingen med minst 5 tegn.');
  });

  it('says when the round’s phase no longer takes an assessment', () => {
    const { wrapper } = render(statementWith({ allowedActions: [] }));
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.get('[data-testid="sami-assessment-closed"]').text()).toBe(
      'Vurderingen kan endres fra runden åpner til vedtaket er fattet.',
    );
  });
});
