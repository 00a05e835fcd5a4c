import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppliedPriority, ThreadPriority } from './thread-priority.js';

/** Scheduling policy and nice value of a thread of this process (default: the caller), from /proc. */
function schedulingOf(threadId?: string): { policy: number; nice: number } {
  const stat = readFileSync(
    threadId ? `/proc/self/task/${threadId}/stat` : '/proc/thread-self/stat',
    'utf8',
  );
  // Fields after the command name (which may hold spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { nice: Number(fields[19 - 3]), policy: Number(fields[41 - 3]) };
}

const SCHED_OTHER = 0;
const SCHED_IDLE = 5;

const threads: Worker[] = [];
afterEach(async () => {
  await Promise.all(threads.splice(0).map((worker) => worker.terminate()));
});

/** Lowers a new thread's priority and keeps the thread alive, so its scheduling can be read. */
async function lowerInThread(
  priority: ThreadPriority,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ applied: AppliedPriority; threadId: string }> {
  const module = new URL('./thread-priority.ts', import.meta.url).href;
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { readlinkSync } = require('node:fs');
     import('tsx/esm/api')
       .then(({ register }) => { register(); return import(${JSON.stringify(module)}); })
       .then(({ lowerThreadPriority }) => {
         const applied = lowerThreadPriority(workerData);
         const threadId = readlinkSync('/proc/thread-self').split('/').pop();
         parentPort.postMessage({ applied, threadId });
         setInterval(() => undefined, 60_000);
       });`,
    { eval: true, workerData: priority, env },
  );
  threads.push(worker);
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe.runIf(process.platform === 'linux')('lowerThreadPriority', () => {
  it('makes the calling thread SCHED_IDLE and leaves the others alone', async () => {
    const before = schedulingOf();
    const { applied, threadId } = await lowerInThread({ scheduling: 'idle', nice: 10 });
    expect(applied).toBe('SCHED_IDLE');
    expect(schedulingOf(threadId).policy).toBe(SCHED_IDLE);
    expect(schedulingOf()).toEqual(before);
    expect(schedulingOf(String(process.pid)).policy).toBe(SCHED_OTHER);
  });

  it('sets only the nice value under nice', async () => {
    const before = schedulingOf();
    const { applied, threadId } = await lowerInThread({ scheduling: 'nice', nice: 7 });
    expect(applied).toBe('nice 7');
    expect(schedulingOf(threadId)).toEqual({ policy: SCHED_OTHER, nice: 7 });
    expect(schedulingOf()).toEqual(before);
  });

  it('falls back to the nice value where chrt cannot be run', async () => {
    const { applied, threadId } = await lowerInThread(
      { scheduling: 'idle', nice: 12 },
      { ...process.env, PATH: '/nonexistent' },
    );
    expect(applied).toBe('nice 12');
    expect(schedulingOf(threadId)).toEqual({ policy: SCHED_OTHER, nice: 12 });
  });

  it('changes nothing with nice 0', async () => {
    const { applied, threadId } = await lowerInThread({ scheduling: 'nice', nice: 0 });
    expect(applied).toBe('normal');
    expect(schedulingOf(threadId)).toEqual(schedulingOf());
  });
});
