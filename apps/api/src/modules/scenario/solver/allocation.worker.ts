import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { AllocationInputError, sharedHighsSolver } from '@kompetansemidler/domain';
import { runAllocationJob, type AllocationJob, type AllocationOutcome } from './allocation-job.js';

/** The solver thread: builds the engine's input from plain rows and runs it on a warm HiGHS. */
export interface WorkerRequest {
  id: number;
  job: AllocationJob;
}

export type WorkerResponse =
  | { id: number; ok: true; outcome: AllocationOutcome }
  | { id: number; ok: false; kind: 'input'; problems: unknown[]; message: string }
  | { id: number; ok: false; kind: 'error'; message: string };

export interface WorkerOptions {
  /** Niceness of this thread (Linux: per thread), so requests on the main thread come first. */
  nice: number;
}

const port = parentPort;
if (!port) throw new Error('allocation.worker must run in a worker thread');

const options = (workerData ?? { nice: 0 }) as WorkerOptions;
if (options.nice > 0 && process.platform === 'linux') {
  // On Linux a thread's nice value is its own: this lowers the solver thread only.
  try {
    setPriority(options.nice);
  } catch {
    // not allowed here: run at normal priority
  }
}

// Load HiGHS now, so the first scenario does not pay for it.
void sharedHighsSolver().catch(() => undefined);

port.on('message', (request: WorkerRequest) => {
  void handle(request).then((response) => port.postMessage(response));
});

async function handle({ id, job }: WorkerRequest): Promise<WorkerResponse> {
  try {
    const solver = job.parameters.method === 'optimal' ? await sharedHighsSolver() : undefined;
    return { id, ok: true, outcome: await runAllocationJob(job, solver) };
  } catch (error) {
    if (error instanceof AllocationInputError) {
      return { id, ok: false, kind: 'input', problems: error.problems, message: error.message };
    }
    return { id, ok: false, kind: 'error', message: (error as Error).message ?? String(error) };
  }
}
