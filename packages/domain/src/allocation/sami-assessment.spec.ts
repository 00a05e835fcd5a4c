import { describe, expect, it } from 'vitest';
import { samiAssessmentForEngine, samiAssessmentProblems } from './sami-assessment.js';

describe('the office’s assessment of Sámi perspectives', () => {
  it('takes each level with a reason, and NOT_ASSESSED to take one back', () => {
    for (const level of ['NONE', 'SOME', 'STRONG', 'NOT_ASSESSED']) {
      expect(samiAssessmentProblems(level, 'Samisk fagmiljø er partner.')).toEqual([]);
    }
  });

  it('refuses an unknown level and a reason too short or too long, each at its field', () => {
    expect(samiAssessmentProblems('MUCH', '  ok ').map((p) => [p.code, p.path])).toEqual([
      ['SAMI_LEVEL_INVALID', ['level']],
      ['SAMI_REASON_TOO_SHORT', ['reason']],
    ]);
    expect(samiAssessmentProblems('SOME', 'x'.repeat(2001))[0]?.code).toBe('SAMI_REASON_TOO_LONG');
    expect(samiAssessmentProblems('SOME', 'kort')[0]?.message.nb).toBe(
      'Begrunn vurderingen med minst 5 tegn.',
    );
  });

  it('gives the engine the level and the trimmed reason, and nothing when not assessed', () => {
    expect(samiAssessmentForEngine({ level: 'STRONG', reason: ' Bærer tiltakene. ' })).toEqual({
      level: 'STRONG',
      reason: 'Bærer tiltakene.',
    });
    expect(samiAssessmentForEngine({ level: 'NOT_ASSESSED', reason: 'Tatt tilbake.' })).toBe(
      undefined,
    );
    expect(samiAssessmentForEngine(null)).toBe(undefined);
  });
});
