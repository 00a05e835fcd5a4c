import { Worker } from 'node:worker_threads';
import { AppError, ValidationFailedError, type Problem } from '../../../errors/app-error.js';
import type { Logger } from '../../../logger.js';
import type { AllocationJob, SolvedJob } from './allocation-job.js';
import type {
  WorkerOptions,
  WorkerRequest,
  WorkerResponse,
  WorkerStarted,
} from './allocation.worker.js';
import type { AppliedPriority, ThreadPriority } from './thread-priority.js';

/**
 * The solver thread's young generation: 192 MB, that is two 64 MB semi-spaces and the new large
 * object space, as `node --max-semi-space-size=64` gives (V8 sizes the young generation at three
 * semi-spaces). Set on the thread itself, so the engine runs with it however the API is started,
 * also without the flag (docs/internals.md#node-flags); the thread's collections do not pause
 * requests on the main thread. A ranked run at 10 000 statements allocates about 22 MB, which
 * with the default 16 MB semi-space the scavenger copies several times per run. The domain's
 * benchmark (`npm run bench -w @kompetansemidler/domain`) runs the engine with the same setting.
 */
export const SOLVER_YOUNG_GENERATION_MB = 192;

/** A solved job as the thread answers it, with the milliseconds it took there. */
export interface Solved extends SolvedJob {
  durationMs: number;
}

/**
 * Runs the allocation engine in a worker thread (one warm HiGHS per thread) with a wall-clock
 * limit, so requests on the main thread stay fast while a scenario solves. The thread is pure
 * computation: rows in, the engine's input and result out (no database). On Linux it runs at the
 * lowest priority (SCHED_IDLE, or a nice value). A run that exceeds the limit terminates its
 * thread; the next run starts a fresh one.
 */
export class ScenarioRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    {
      resolve: (solved: Solved) => void;
      reject: (error: Error) => void;
      timer: NodeJS.Timeout;
    }
  >();
  private queue: Promise<unknown> = Promise.resolve();

  private readonly workerOptions: WorkerOptions;
  private startedThread: Promise<AppliedPriority> | undefined;

  readonly timeoutMs: number;
  private readonly logger: Logger;

  constructor(options: {
    timeoutMs: number;
    logger: Logger;
    /** The solver thread's CPU priority (Linux); default: SCHED_IDLE, else nice 10. */
    priority?: ThreadPriority;
  }) {
    this.timeoutMs = options.timeoutMs;
    this.logger = options.logger;
    this.workerOptions = {
      priority: options.priority ?? { scheduling: 'idle', nice: 10 },
    };
  }

  /** Solves one job; jobs queue up behind each other on the one solver thread. */
  run(job: AllocationJob): Promise<Solved> {
    const next = this.queue.then(
      () => this.runNow(job),
      () => this.runNow(job),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Starts the solver thread ahead of the first run; resolves to the priority it runs at. */
  warm(): Promise<AppliedPriority> {
    this.ensureWorker();
    return this.startedThread!;
  }

  /** The running solver thread's heap limits, as V8 applied them; undefined without a thread. */
  get threadResourceLimits(): Worker['resourceLimits'] {
    return this.worker?.resourceLimits;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(new AppError('SOLVER_FAILED', 'The solver was stopped.'));
      this.pending.delete(id);
    }
    if (worker) await worker.terminate();
  }

  private runNow(job: AllocationJob): Promise<Solved> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Solved>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.logger.warn(
          { timeoutMs: this.timeoutMs },
          'scenario run timed out; restarting the solver',
        );
        void this.restart();
        reject(
          new AppError(
            'SOLVER_TIMEOUT',
            `The scenario did not finish within ${Math.round(this.timeoutMs / 1000)} s. Try the ranked method or a shorter solver time limit.`,
          ),
        );
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      const request: WorkerRequest = { id, job };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const here = import.meta.url;
    // Built output runs the compiled .js worker. From source (vitest, tsx) the worker is .ts: a
    // small bootstrap registers tsx's loader in the thread first, then imports it.
    const fromSource = here.endsWith('.ts');
    const resourceLimits = { maxYoungGenerationSizeMb: SOLVER_YOUNG_GENERATION_MB };
    const file = new URL(fromSource ? './allocation.worker.ts' : './allocation.worker.js', here);
    const worker = fromSource
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); });`,
          { eval: true, workerData: this.workerOptions, resourceLimits },
        )
      : new Worker(file, { workerData: this.workerOptions, resourceLimits });
    worker.unref();
    this.startedThread = new Promise<AppliedPriority>((resolve) => {
      worker.on('message', (message: WorkerResponse | WorkerStarted) => {
        if ('started' in message) {
          this.logger.info({ priority: message.priority }, 'the solver thread started');
          resolve(message.priority);
        } else {
          this.settle(message);
        }
      });
      worker.on('exit', () => resolve('normal'));
    });
    worker.on('error', (error) => {
      this.logger.error({ err: error }, 'the solver thread failed');
      this.failAll(new AppError('SOLVER_FAILED', 'The solver failed. Try again.'));
      if (this.worker === worker) this.worker = undefined;
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    this.worker = worker;
    return worker;
  }

  private settle(response: WorkerResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return;
    this.pending.delete(response.id);
    clearTimeout(entry.timer);
    if (response.ok) {
      entry.resolve({ ...response.solved, durationMs: response.durationMs });
    } else if (response.kind === 'input') {
      entry.reject(
        new ValidationFailedError(
          'The scenario’s input cannot be allocated.',
          response.problems as Problem[],
        ),
      );
    } else {
      this.logger.error({ message: response.message }, 'the allocation engine failed');
      entry.reject(new AppError('SOLVER_FAILED', 'The allocation engine failed on this input.'));
    }
  }

  private failAll(error: Error): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(error);
      this.pending.delete(id);
    }
  }

  private async restart(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new AppError('SOLVER_FAILED', 'The solver was restarted.'));
    if (worker) await worker.terminate();
  }
}
