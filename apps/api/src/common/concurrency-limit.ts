import { AppError } from '../errors/app-error.js';

/** Refused at once: every slot is taken and the queue is full. */
export class BusyError extends AppError {
  constructor(what: string, retryAfterSeconds: number) {
    super('BUSY', `Too many ${what} are being computed just now. Try again in a few seconds.`, {
      retryAfterSeconds,
    });
  }
}

export interface ConcurrencyLimitOptions {
  /** Work running at once. */
  concurrency: number;
  /** Work waiting for a slot; more is refused with BusyError. */
  queue: number;
  /** What the work is, for the error's message (plural). */
  what: string;
  retryAfterSeconds?: number;
}

/**
 * A semaphore with a bounded queue: at most `concurrency` pieces of work at once, `queue` more
 * waiting in order, the rest refused at once (BUSY). National statistics run behind one, so a
 * national client cannot take more than its share of the database's pooled connections from
 * the advisers.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly options: ConcurrencyLimitOptions) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new RangeError('concurrency must be a positive integer');
    }
  }

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrency) {
      if (this.waiting.length >= this.options.queue) {
        throw new BusyError(this.options.what, this.options.retryAfterSeconds ?? 1);
      }
      // The slot is handed over by the finishing work (running stays counted).
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
