import { describe, expect, it } from 'vitest';
import { resolvePlanVersion } from '../plan/plan-version.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import { decisionJustification } from './justification.js';

const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, TROMS_PLAN_2026_2029.versions[0]!.id);
const someClause = Object.keys(plan.clauses)[0]!;

describe('decisionJustification', () => {
  it('gives the engine’s explanation and cites each plan clause with its section and words', () => {
    const text = decisionJustification(
      {
        explanation: { nb: 'Innvilget fullt.', en: 'Granted in full.' },
        clauses: [someClause, 'unknown'],
      },
      plan.clauses,
    );
    const clause = plan.clauses[someClause]!;
    expect(text).toBe(
      `Innvilget fullt.\n\nGrunnlag i planen:\n– ${clause.section}: «${clause.text}»`,
    );
  });

  it('adds the office’s reason when it adjusted the grant', () => {
    const text = decisionJustification(
      {
        explanation: { nb: 'Redusert.', en: 'Reduced.' },
        adjustmentReason: '  Kjent behov i kommunen ',
        clauses: [],
      },
      plan.clauses,
    );
    expect(text).toBe('Redusert.\n\nStatsforvalterens justering: Kjent behov i kommunen');
  });

  it('gives the adjustment in words, with the limits it overrode, when the domain made them', () => {
    const text = decisionJustification(
      {
        explanation: { nb: 'Redusert.', en: 'Reduced.' },
        adjustmentReason: 'Prioritert av forumet',
        adjustment: {
          nb: 'Statsforvalteren har justert tildelingen. Justeringen bryter taket for 2-årige prosjekter i 2027. Statsforvalteren har overstyrt grensen med denne begrunnelsen: Forumets innstilling.',
          en: '',
        },
        clauses: ['troms.locks'],
      },
      plan.clauses,
    );
    const locks = plan.clauses['troms.locks']!;
    expect(text).toBe(
      `Redusert.\n\nStatsforvalteren har justert tildelingen. Justeringen bryter taket for 2-årige prosjekter i 2027. Statsforvalteren har overstyrt grensen med denne begrunnelsen: Forumets innstilling.\n\nGrunnlag i planen:\n– ${locks.section}: «${locks.text}»`,
    );
  });
});
