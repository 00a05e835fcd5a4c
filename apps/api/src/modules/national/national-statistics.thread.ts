import type { FieldNode, FragmentDefinitionNode, GraphQLSchema } from 'graphql';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../logger.js';
import type { AppliedPriority, ThreadPriority } from '../scenario/solver/thread-priority.js';
import { serializerTypes, type SerializerTypes } from './national-statistics.serializer.js';
import type {
  NationalJob,
  NationalWorkerOptions,
  NationalWorkerRequest,
  NationalWorkerResponse,
  NationalWorkerStarted,
} from './national-statistics.worker.js';
import type { NationalRowsJson } from './national.service.js';

const ROOT = 'NationalStatistics';

/**
 * The national statistics thread, seen from the main thread: the statement's JSON text and the
 * field's selection go in, the field's JSON comes out (national-statistics.worker.ts). One thread,
 * started at the first answer, at a lower CPU priority (nice 10 by default) so the main thread's
 * requests come first when the CPUs are busy. A thread that fails or takes longer than `timeoutMs`
 * is replaced; its answers fail (internal errors).
 */
export class NationalStatisticsThread {
  private worker: Worker | undefined;
  private started: Promise<AppliedPriority> | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (json: string) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }
  >();
  private readonly options: NationalWorkerOptions;

  constructor(
    schema: GraphQLSchema,
    private readonly logger: Logger,
    private readonly settings: { priority?: ThreadPriority; timeoutMs?: number } = {},
  ) {
    this.options = {
      priority: settings.priority ?? { scheduling: 'nice', nice: 10 },
      types: serializerTypes(schema, ROOT),
      root: ROOT,
    };
  }

  /** The national types, as the serializer reads them (for the measures a selection needs). */
  get types(): SerializerTypes {
    return this.options.types;
  }

  /** Starts the thread ahead of the first answer; resolves to the priority it runs at. */
  warm(): Promise<AppliedPriority> {
    this.ensureWorker();
    return this.started!;
  }

  /**
   * The `nationalStatistics` field's JSON for `fieldNodes` (the request's `fragments` and coerced
   * `variables` for what they refer to), from the rows the service read.
   */
  serialize(
    rows: NationalRowsJson,
    selection: {
      fieldNodes: readonly FieldNode[];
      fragments: Record<string, FragmentDefinitionNode>;
      variables: Record<string, unknown>;
    },
  ): Promise<string> {
    const job: NationalJob = {
      columns: rows.columns,
      rowsJson: rows.rowsJson,
      query: rows.query,
      // Without their locations, which point into the whole document's token list.
      fieldNodes: withoutLocations([...selection.fieldNodes]),
      context: {
        fragments: withoutLocations(selection.fragments),
        variables: selection.variables,
      },
    };
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const timeoutMs = this.settings.timeoutMs ?? 30_000;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.logger.warn({ timeoutMs }, 'a national answer took too long; restarting its thread');
        void this.restart(new Error('the national statistics thread took too long'));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, job } satisfies NationalWorkerRequest);
    });
  }

  async close(): Promise<void> {
    await this.restart(new Error('the server is stopping'));
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const here = import.meta.url;
    // As the solver's thread (scenario-runner.ts): the compiled .js when built, from source via tsx.
    const fromSource = here.endsWith('.ts');
    const file = new URL(
      fromSource ? './national-statistics.worker.ts' : './national-statistics.worker.js',
      here,
    );
    const worker = fromSource
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); });`,
          { eval: true, workerData: this.options },
        )
      : new Worker(file, { workerData: this.options });
    worker.unref();
    this.started = new Promise<AppliedPriority>((resolve) => {
      worker.on('message', (message: NationalWorkerResponse | NationalWorkerStarted) => {
        if ('started' in message) {
          this.logger.info(
            { priority: message.priority },
            'the national statistics thread started',
          );
          resolve(message.priority);
        } else {
          this.settle(message);
        }
      });
      worker.on('exit', () => resolve('normal'));
    });
    worker.on('error', (error) => {
      this.logger.error({ err: error }, 'the national statistics thread failed');
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error('the national statistics thread failed'));
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error('the national statistics thread failed'));
    });
    this.worker = worker;
    return worker;
  }

  private settle(response: NationalWorkerResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return;
    this.pending.delete(response.id);
    clearTimeout(entry.timer);
    if (response.ok) {
      entry.resolve(response.json);
    } else {
      // As the same error thrown on this thread would be (e.g. a count beyond GraphQL's Int).
      const error =
        response.name === 'RangeError'
          ? new RangeError(response.message)
          : new Error(response.message);
      entry.reject(error);
    }
  }

  private failAll(error: Error): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(error);
      this.pending.delete(id);
    }
  }

  private async restart(error: Error): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(error);
    if (worker) await worker.terminate();
  }
}

function withoutLocations<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key === 'loc' ? undefined : v)),
  ) as T;
}
