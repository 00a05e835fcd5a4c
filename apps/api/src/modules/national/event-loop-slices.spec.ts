import { describe, expect, it } from 'vitest';
import { EventLoopSlices } from './event-loop-slices.js';

describe('EventLoopSlices', () => {
  it('maps in slices, one per turn of the event loop, with other work between them', async () => {
    const slices = new EventLoopSlices();
    const log: string[] = [];
    const mapped = slices.map([1, 2, 3, 4, 5], 2, (n) => {
      log.push(`item ${n}`);
      return n * 10;
    });
    // Other work that goes on a turn at a time (as a request waiting for I/O would).
    let turn = 0;
    const other = () => {
      log.push(`other ${turn}`);
      if (++turn < 4) setImmediate(other);
    };
    setImmediate(other);
    expect(await Promise.all(mapped)).toEqual([10, 20, 30, 40, 50]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).toEqual([
      'item 1',
      'item 2',
      'other 0',
      'item 3',
      'item 4',
      'other 1',
      'item 5',
      'other 2',
      'other 3',
    ]);
  });

  it('serves its callers first come, first served: one slice per turn across all of them', async () => {
    const slices = new EventLoopSlices();
    const log: string[] = [];
    const a = slices.map(['a1', 'a2'], 1, (x) => log.push(x));
    const b = slices.map(['b1', 'b2'], 1, (x) => log.push(x));
    const turns: number[] = [];
    let turn = 0;
    const tick = () => {
      turns.push(log.length);
      if (++turn < 5) setImmediate(tick);
    };
    setImmediate(tick);
    await Promise.all([...a, ...b]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(log).toEqual(['a1', 'a2', 'b1', 'b2']);
    // After each turn one more item, never two.
    expect(turns.slice(0, 4)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a slice size below 1', () => {
    expect(() => new EventLoopSlices().map([1], 0, (n) => n)).toThrow(RangeError);
  });
});
