import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * How the solver thread yields the CPU to the main thread's requests:
 * - `idle`: Linux's SCHED_IDLE policy. The thread runs on time no other thread wants, and a request
 *   waking up on the main thread takes its core at once;
 * - `nice`: a lower priority (the nice value), shared out with the main thread by weight. A waking
 *   request may wait for the solver's time slice to end.
 */
export type SolverScheduling = 'idle' | 'nice';

export interface ThreadPriority {
  scheduling: SolverScheduling;
  /** Niceness under `nice`, and where SCHED_IDLE cannot be set (0–19). */
  nice: number;
}

/** What the calling thread got: SCHED_IDLE, a nice value, or nothing (not Linux, or refused). */
export type AppliedPriority = 'SCHED_IDLE' | `nice ${number}` | 'normal';

/**
 * Lowers the calling thread's CPU priority, never the process's: on Linux, both the nice value and
 * the scheduling policy belong to a thread. Elsewhere `setPriority` would lower the whole process,
 * so it is left alone.
 */
export function lowerThreadPriority({ scheduling, nice }: ThreadPriority): AppliedPriority {
  if (process.platform !== 'linux') return 'normal';
  if (scheduling === 'idle') {
    try {
      // Node has no call for sched_setscheduler; util-linux's chrt (in every Debian-based image)
      // sets it on this thread's id, which is where /proc/thread-self points from this thread.
      const threadId = readlinkSync('/proc/thread-self').split('/').pop() ?? '';
      execFileSync('chrt', ['--idle', '--pid', '0', threadId], { stdio: 'ignore', timeout: 5000 });
      return 'SCHED_IDLE';
    } catch {
      // no chrt, or not allowed: fall back to the nice value
    }
  }
  if (nice <= 0) return 'normal';
  try {
    setPriority(nice);
    return `nice ${nice}`;
  } catch {
    return 'normal';
  }
}
