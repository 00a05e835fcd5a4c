/**
 * Work taken in slices, one slice per turn of Node's event loop, first come first served across
 * every caller of the same `EventLoopSlices`. A large national answer (thousands of groups, each
 * mapped from its row and then completed field by field by GraphQL) is CPU work on the one main
 * thread; done in one go it holds every other request for its whole length, and ten of them in a
 * row stall everyone. In slices, the requests waiting for I/O (an adviser's overview) run between
 * two slices: each turn of the loop does at most one slice of this work, however many national
 * answers are being made.
 */
export class EventLoopSlices {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;

  /** Resolves in a later turn of the event loop, after every slice asked for before. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  /**
   * `items` mapped by `map`, `size` at a time: a promise per item, each settled in its slice's
   * turn (what awaits it, GraphQL completing the item, runs right after, in the same turn).
   */
  map<T, U>(items: readonly T[], size: number, map: (item: T) => U): Array<Promise<U>> {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('size must be 1 or more');
    const mapped: Array<Promise<U>> = [];
    for (let i = 0; i < items.length; i += size) {
      const turn = this.next();
      for (const item of items.slice(i, i + size)) mapped.push(turn.then(() => map(item)));
    }
    return mapped;
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    // An immediate queued while the immediates run waits for the loop's next turn: I/O first.
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()?.();
      this.schedule();
    });
  }
}
