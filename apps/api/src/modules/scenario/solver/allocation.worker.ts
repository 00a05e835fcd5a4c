import { parentPort, workerData } from 'node:worker_threads';
import { AllocationInputError, sharedHighsSolver } from '@kompetansemidler/domain';
import { loadAllocationRows } from '../allocation-input.js';
import { runRunningSql } from '../scenario-sql.js';
import { solveJob, storableOutcome, type AllocationJob } from './allocation-job.js';
import { ScenarioStore, scenarioStoreStatements, type StoredScenario } from './scenario-store.js';
import {
  lowerThreadPriority,
  type AppliedPriority,
  type ThreadPriority,
} from './thread-priority.js';

/** The solver thread: reads the round's rows, runs the engine on them, stores the scenario. */
export interface WorkerRequest {
  id: number;
  job: AllocationJob;
}

export type WorkerResponse =
  | { id: number; ok: true; stored: StoredScenario }
  | { id: number; ok: false; kind: 'input'; problems: unknown[]; message: string }
  | { id: number; ok: false; kind: 'error' | 'database'; message: string };

/** The thread's first message: how it yields the CPU to requests on the main thread. */
export interface WorkerStarted {
  started: true;
  priority: AppliedPriority;
}

export interface WorkerOptions {
  /** This thread's CPU priority, so requests on the main thread come first. */
  priority: ThreadPriority;
  /** Where scenarios are stored, on the thread's own connection. */
  databaseUrl: string;
}

const port = parentPort;
if (!port) throw new Error('allocation.worker must run in a worker thread');

const options = workerData as WorkerOptions;
port.postMessage({
  started: true,
  priority: lowerThreadPriority(options.priority),
} satisfies WorkerStarted);
const store = new ScenarioStore(options.databaseUrl);

// Load HiGHS now, so the first scenario does not pay for it.
void sharedHighsSolver().catch(() => undefined);

port.on('message', (request: WorkerRequest) => {
  void handle(request).then((response) => port.postMessage(response));
});

async function handle({ id, job }: WorkerRequest): Promise<WorkerResponse> {
  const started = performance.now();
  store.takeStatementCount();
  try {
    const solver = job.parameters.method === 'optimal' ? await sharedHighsSolver() : undefined;
    // The run is RUNNING from here (committed with the round's reads, before the engine starts).
    const rows = await store
      .read(job.round.countyId, (sql) => loadAllocationRows(sql, job.round), [
        runRunningSql(job.store.runId),
      ])
      .catch(asDatabaseError);
    const outcome = storableOutcome(await solveJob({ ...job, rows }, solver), job.store.scenario);
    const durationMs = Math.round(performance.now() - started);
    await store
      .store(job.round.countyId, scenarioStoreStatements(job.store, outcome, durationMs))
      .catch(asDatabaseError);
    const statements = store.takeStatementCount();
    return { id, ok: true, stored: { scenarioId: job.store.scenario.id, durationMs, statements } };
  } catch (error) {
    if (error instanceof DatabaseError) {
      return { id, ok: false, kind: 'database', message: error.message };
    }
    if (error instanceof AllocationInputError) {
      return { id, ok: false, kind: 'input', problems: error.problems, message: error.message };
    }
    return { id, ok: false, kind: 'error', message: (error as Error).message ?? String(error) };
  }
}

/** Reading the round or storing the scenario failed (not the engine). */
class DatabaseError extends Error {}

function asDatabaseError(error: Error): never {
  throw new DatabaseError(error.message);
}
