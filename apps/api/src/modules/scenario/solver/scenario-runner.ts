import { Worker } from 'node:worker_threads';
import type { AllocationInput, AllocationResult } from '@kompetansemidler/domain';
import { AppError, ValidationFailedError, type Problem } from '../../../errors/app-error.js';
import type { Logger } from '../../../logger.js';
import type { WorkerRequest, WorkerResponse } from './allocation.worker.js';

export interface RunOutcome {
  result: AllocationResult;
  /** Milliseconds the engine took inside the worker. */
  ms: number;
}

/**
 * Runs the allocation engine in a worker thread (one warm HiGHS per thread) with a wall-clock
 * limit, so requests on the main thread stay fast while a scenario solves. A run that exceeds the
 * limit terminates its thread; the next run starts a fresh one.
 */
export class ScenarioRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    {
      resolve: (outcome: RunOutcome) => void;
      reject: (error: Error) => void;
      timer: NodeJS.Timeout;
    }
  >();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {}

  /** Runs one scenario; runs queue up behind each other on the one solver thread. */
  run(input: AllocationInput): Promise<RunOutcome> {
    const next = this.queue.then(
      () => this.runNow(input),
      () => this.runNow(input),
    );
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Starts the solver thread ahead of the first run. */
  warm(): void {
    this.ensureWorker();
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

  private runNow(input: AllocationInput): Promise<RunOutcome> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<RunOutcome>((resolve, reject) => {
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
      const request: WorkerRequest = { id, input };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const here = import.meta.url;
    // Built output runs the compiled .js worker. From source (vitest, tsx) the worker is .ts: a
    // small bootstrap registers tsx's loader in the thread first, then imports it.
    const fromSource = here.endsWith('.ts');
    const file = new URL(fromSource ? './allocation.worker.ts' : './allocation.worker.js', here);
    const worker = fromSource
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); });`,
          { eval: true },
        )
      : new Worker(file);
    worker.unref();
    worker.on('message', (response: WorkerResponse) => this.settle(response));
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
      entry.resolve({ result: response.result as AllocationResult, ms: response.ms });
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
