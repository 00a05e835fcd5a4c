import { parentPort } from 'node:worker_threads';
import {
  allocate,
  AllocationInputError,
  sharedHighsSolver,
  type AllocationInput,
} from '@kompetansemidler/domain';

/** The solver thread: runs the domain's allocation engine on a warm HiGHS instance. */
export interface WorkerRequest {
  id: number;
  input: AllocationInput;
}

export type WorkerResponse =
  | { id: number; ok: true; result: unknown; ms: number }
  | { id: number; ok: false; kind: 'input'; problems: unknown[]; message: string }
  | { id: number; ok: false; kind: 'error'; message: string };

const port = parentPort;
if (!port) throw new Error('allocation.worker must run in a worker thread');

// Load HiGHS now, so the first scenario does not pay for it.
void sharedHighsSolver().catch(() => undefined);

port.on('message', (request: WorkerRequest) => {
  void handle(request).then((response) => port.postMessage(response));
});

async function handle({ id, input }: WorkerRequest): Promise<WorkerResponse> {
  const started = performance.now();
  try {
    const solver = input.scenario.method === 'optimal' ? await sharedHighsSolver() : undefined;
    const result = await allocate(input, { solver });
    return { id, ok: true, result, ms: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof AllocationInputError) {
      return { id, ok: false, kind: 'input', problems: error.problems, message: error.message };
    }
    return { id, ok: false, kind: 'error', message: (error as Error).message ?? String(error) };
  }
}
