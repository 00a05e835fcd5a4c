import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { SOLVER_YOUNG_GENERATION_MB, ScenarioRunner } from './scenario-runner.js';

const logger = pino({ level: 'silent' });

let runner: ScenarioRunner | undefined;
afterEach(async () => {
  await runner?.close();
  runner = undefined;
});

describe.runIf(process.platform === 'linux')('ScenarioRunner’s solver thread', () => {
  it('runs as SCHED_IDLE by default', async () => {
    runner = new ScenarioRunner({ timeoutMs: 10_000, logger });
    expect(await runner.warm()).toBe('SCHED_IDLE');
  });

  it('runs at the configured nice value under nice', async () => {
    runner = new ScenarioRunner({
      timeoutMs: 10_000,
      logger,
      priority: { scheduling: 'nice', nice: 5 },
    });
    expect(await runner.warm()).toBe('nice 5');
  });

  it('gives the thread the young generation of --max-semi-space-size=64, with or without the flag', async () => {
    runner = new ScenarioRunner({ timeoutMs: 10_000, logger });
    await runner.warm();
    expect(SOLVER_YOUNG_GENERATION_MB).toBe(3 * 64);
    expect(runner.threadResourceLimits?.maxYoungGenerationSizeMb).toBe(SOLVER_YOUNG_GENERATION_MB);
  });
});
