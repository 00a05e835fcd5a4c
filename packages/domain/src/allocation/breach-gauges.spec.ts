import { describe, expect, it } from 'vitest';
import { adjustAllocationLine } from './adjusted-result.js';
import { allocate } from './allocate.js';
import { candidate, tromsInput } from './allocation.test-helpers.js';
import { gaugesWithBreaches } from './breach-gauges.js';
import { constraintGauges } from './constraint-gauges.js';

describe('gaugesWithBreaches', () => {
  it('shows an overridden cap as broken, with the override’s reason', async () => {
    const input = tromsInput(
      [
        candidate('k1', 'KINDERGARTEN', 3_000_000),
        candidate('s2', 'SCHOOL', 3_000_000, { duration: 2 }),
        candidate('t1', 'TEAM_AROUND_CHILD', 3_000_000),
      ],
      10_000_000,
    );
    const engine = await allocate(input);
    expect(engine.statements.find((s) => s.id === 's2')!.granted.thisYear).toBe(2_000_000);
    const outcome = adjustAllocationLine(input, engine, [], {
      needsStatementId: 's2',
      grantedThisYear: 2_100_000,
      reason: 'Prioritert av forumet',
      override: { constraintIds: ['LOCK:2:2026', 'LOCK:2:2027'], reason: 'Forumets innstilling' },
    });
    expect(outcome.problems).toEqual([]);
    const gauges = gaugesWithBreaches(
      constraintGauges(outcome.result.report, input.round.frame),
      outcome.breaches,
    );
    const lock = gauges.find((g) => g.id === 'LOCK:2:2026')!;
    expect(lock).toMatchObject({
      broken: true,
      overridden: true,
      overrideReasons: ['Forumets innstilling'],
    });
    expect(lock.notes.at(-1)!.nb).toBe(
      'Brutt etter Statsforvalterens justering: 2-årige prosjekter 2026: 2 100 000 kr bundet, 100 000 kr over taket på 2 000 000 kr. Overstyrt: Forumets innstilling',
    );
    expect(gauges.find((g) => g.id === 'SECTOR:SCHOOL')).toMatchObject({
      overridden: false,
      overrideReasons: [],
    });
  });
});
