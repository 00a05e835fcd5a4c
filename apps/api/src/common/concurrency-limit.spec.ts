import { describe, expect, it } from 'vitest';
import { BusyError, ConcurrencyLimit } from './concurrency-limit.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ConcurrencyLimit', () => {
  it('runs at most `concurrency` at once, queues `queue` more in order and refuses the rest', async () => {
    const limit = new ConcurrencyLimit({ concurrency: 2, queue: 1, what: 'things' });
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, k) =>
      limit.run(async () => {
        started.push(k);
        await gate.promise;
        return k;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limit.active).toBe(2);
    expect(limit.queued).toBe(1);
    const refused = limit.run(async () => 'never');
    await expect(refused).rejects.toBeInstanceOf(BusyError);
    await expect(refused).rejects.toMatchObject({ code: 'BUSY' });
    gates[0]!.resolve();
    await runs[0];
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1, 2]);
    expect(limit.active).toBe(2);
    gates[1]!.resolve();
    gates[2]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(limit.active).toBe(0);
    expect(limit.queued).toBe(0);
  });

  it('frees the slot when the work fails', async () => {
    const limit = new ConcurrencyLimit({ concurrency: 1, queue: 0, what: 'things' });
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(limit.active).toBe(0);
    expect(await limit.run(async () => 7)).toBe(7);
  });
});
