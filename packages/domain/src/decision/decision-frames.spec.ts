import { describe, expect, it } from 'vitest';
import { checkDecisionFrames } from './decision-frames.js';

const round = { year: 2027, frame: 1_000_000 };
const grant = (id: string, ...amounts: number[]) => ({
  needsStatementId: id,
  perYear: amounts.map((amount, k) => ({ year: 2027 + k, amount })),
});

describe('checkDecisionFrames', () => {
  it('accepts decisions that fill the frame exactly, earlier commitments counted', () => {
    expect(
      checkDecisionFrames(
        round,
        [{ year: 2027, amount: 400_000 }],
        [grant('a', 300_000, 300_000), grant('b', 300_000)],
      ),
    ).toEqual([]);
  });

  it('refuses decisions that take the round’s year past its frame by one krone', () => {
    const problems = checkDecisionFrames(
      round,
      [{ year: 2027, amount: 400_000 }],
      [grant('a', 300_001), grant('b', 300_000)],
    );
    expect(problems).toEqual([
      {
        code: 'DECISION_PAST_FRAME',
        path: ['grants', 2027],
        message: {
          nb: 'Vedtakene ville gitt 2027 1 000 001 kr (400 000 kr bundet fra før og 600 001 kr nå), 1 kr over rammen på 1 000 000 kr. Ingen tildeling kan gå forbi rammen.',
          en: 'The decisions would give 2027 1 000 001 kr (400 000 kr bound earlier and 600 001 kr now), 1 kr over its frame of 1 000 000 kr. No grant may pass the frame.',
        },
      },
    ]);
  });

  it('holds later years to a frame assumed equal to this year’s', () => {
    const problems = checkDecisionFrames(
      round,
      [{ year: 2028, amount: 900_000 }],
      [grant('a', 100_000, 100_001)],
    );
    expect(problems.map((p) => p.path)).toEqual([['grants', 2028]]);
    expect(problems[0]!.message.nb).toContain('(antatt lik årets ramme)');
  });

  it('never blames the decisions for what earlier rounds bound alone', () => {
    expect(
      checkDecisionFrames(round, [{ year: 2027, amount: 1_200_000 }], [grant('a', 0)]),
    ).toEqual([]);
  });
});
