import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { constraintGauges } from '../scenarios/constraint-gauges.js';
import type { ScenarioLine } from '../scenarios/use-scenario.js';
import { ProposalScenarioFiguresQuery, ProposalScenarioQuery } from './proposal.graphql.js';

/**
 * The scenario a proposal puts to the forum, read through the proposal (the forum may read it so):
 * its summary and lines, and the API's gauges and breaches with their overrides.
 */
export function useProposalScenario(proposalId: MaybeRefOrGetter<string | null>) {
  const variables = () => ({ id: toValue(proposalId) ?? '' });
  const pause = () => !toValue(proposalId);
  const result = useQuery({ query: ProposalScenarioQuery, variables, pause });
  const figuresResult = useQuery({ query: ProposalScenarioFiguresQuery, variables, pause });
  const figures = computed(() => {
    const found = figuresResult.data.value?.proposal ?? null;
    return found && found.id === toValue(proposalId) ? found.scenario : null;
  });
  const scenario = computed(() => {
    const found = result.data.value?.proposal ?? null;
    return found && found.id === toValue(proposalId) ? found.scenario : null;
  });
  return {
    scenario,
    lines: computed<ScenarioLine[]>(() => scenario.value?.lines.edges.map((e) => e.node) ?? []),
    constraintReport: computed(() => figures.value?.constraintReport ?? null),
    gauges: computed(() => constraintGauges(figures.value?.constraintReport.gauges ?? [])),
    breaches: computed(() => figures.value?.breaches ?? []),
  };
}
