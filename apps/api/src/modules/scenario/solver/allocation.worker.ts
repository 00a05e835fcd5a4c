import { parentPort, workerData } from 'node:worker_threads';
import { AllocationInputError, sharedHighsSolver } from '@kompetansemidler/domain';
import { solveJob, type AllocationJob, type SolvedJob } from './allocation-job.js';
import {
  lowerThreadPriority,
  type AppliedPriority,
  type ThreadPriority,
} from './thread-priority.js';

/**
 * The solver thread: pure computation. It takes a round's rows (read by the main thread through
 * the ORM), builds the engine's input, runs the engine (HiGHS for the optimal method) and answers
 * with the input, its hash and the result. It opens no connection and sends no SQL.
 */
export interface WorkerRequest {
  id: number;
  job: AllocationJob;
}

export type WorkerResponse =
  | { id: number; ok: true; solved: SolvedJob; durationMs: number }
  | { id: number; ok: false; kind: 'input'; problems: unknown[]; message: string }
  | { id: number; ok: false; kind: 'error'; message: string };

/** The thread's first message: how it yields the CPU to requests on the main thread. */
export interface WorkerStarted {
  started: true;
  priority: AppliedPriority;
}

export interface WorkerOptions {
  /** This thread's CPU priority, so requests on the main thread come first. */
  priority: ThreadPriority;
}

const port = parentPort;
if (!port) throw new Error('allocation.worker must run in a worker thread');

const options = workerData as WorkerOptions;
port.postMessage({
  started: true,
  priority: lowerThreadPriority(options.priority),
} satisfies WorkerStarted);

// Load HiGHS now, so the first scenario does not pay for it.
void sharedHighsSolver().catch(() => undefined);

port.on('message', (request: WorkerRequest) => {
  void handle(request).then((response) => port.postMessage(response));
});

async function handle({ id, job }: WorkerRequest): Promise<WorkerResponse> {
  const started = performance.now();
  try {
    const solver = job.parameters.method === 'optimal' ? await sharedHighsSolver() : undefined;
    const solved = await solveJob(job, solver);
    return { id, ok: true, solved, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof AllocationInputError) {
      return { id, ok: false, kind: 'input', problems: error.problems, message: error.message };
    }
    return { id, ok: false, kind: 'error', message: (error as Error).message ?? String(error) };
  }
}
