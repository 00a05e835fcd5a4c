import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioRunner } from './scenario-runner.js';

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
});
