import { describe, expect, it } from 'vitest';
import {
  actionsInPhase,
  checkPhaseOverrideReason,
  isActionAllowed,
  nextPhase,
  ROUND_ACTION_PHASES,
  ROUND_STATUSES,
} from './round-phases.js';

describe('round phases (årshjul)', () => {
  it('takes needs statements only while the round is open', () => {
    expect(isActionAllowed('submitNeedsStatement', 'OPEN')).toBe(true);
    for (const status of ROUND_STATUSES.filter((s) => s !== 'OPEN')) {
      expect(isActionAllowed('submitNeedsStatement', status)).toBe(false);
    }
  });

  it('runs scenarios after the round closes and while the forum has the proposal', () => {
    expect(ROUND_STATUSES.filter((s) => isActionAllowed('runScenario', s))).toEqual([
      'CLOSED',
      'PROPOSAL',
    ]);
  });

  it('takes the office’s Sámi assessment from the opening until the round is decided', () => {
    expect(ROUND_STATUSES.filter((s) => isActionAllowed('assessSamiPerspective', s))).toEqual([
      'OPEN',
      'CLOSED',
      'PROPOSAL',
    ]);
  });

  it('lets the frame change until the round is decided', () => {
    expect(ROUND_STATUSES.filter((s) => isActionAllowed('setRoundFrame', s))).toEqual([
      'DRAFT',
      'OPEN',
      'CLOSED',
      'PROPOSAL',
    ]);
  });

  it('lists the actions of a phase in the table’s order', () => {
    expect(actionsInPhase('DRAFT')).toEqual(['openRound', 'setRoundFrame']);
    expect(actionsInPhase('PROPOSAL')).toEqual([
      'setRoundFrame',
      'assessSamiPerspective',
      'runScenario',
      'adjustScenarioLine',
      'putScenarioToForum',
      'recordForumOutcome',
      'decideRound',
    ]);
  });

  it('gives every action at least one phase, each a known one', () => {
    for (const phases of Object.values(ROUND_ACTION_PHASES)) {
      expect(phases.length).toBeGreaterThan(0);
      for (const phase of phases) expect(ROUND_STATUSES).toContain(phase);
    }
  });

  it('walks the phases in order and stops after reporting', () => {
    expect(nextPhase('DRAFT')).toBe('OPEN');
    expect(nextPhase('DECIDED')).toBe('REPORTING');
    expect(nextPhase('REPORTING')).toBeNull();
  });

  it('wants a reason of at least five characters for an override', () => {
    expect(checkPhaseOverrideReason('  ok  ')).toHaveLength(1);
    expect(checkPhaseOverrideReason('  ok  ')[0]).toMatchObject({
      code: 'PHASE_OVERRIDE_REASON_TOO_SHORT',
      path: ['override', 'reason'],
    });
    expect(checkPhaseOverrideReason('Sendt per e-post')).toEqual([]);
  });
});
