/**
 * A minimal per-request batching loader (the DataLoader idea): every `load(key)` in the same tick
 * becomes one `batch(keys)` call. For relations MikroORM's own dataloader does not cover (inverse
 * sides, grouped lists).
 */
export class BatchLoader<K, V> {
  private keys: K[] = [];
  private waiting = new Map<K, Array<(value: V) => void>>();
  private failing = new Map<K, Array<(error: unknown) => void>>();
  private scheduled = false;
  private readonly cache = new Map<K, Promise<V>>();

  constructor(
    private readonly batch: (keys: readonly K[]) => Promise<Map<K, V>>,
    private readonly fallback: V,
  ) {}

  load(key: K): Promise<V> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      if (!this.waiting.has(key)) this.keys.push(key);
      this.waiting.set(key, [...(this.waiting.get(key) ?? []), resolve]);
      this.failing.set(key, [...(this.failing.get(key) ?? []), reject]);
    });
    this.cache.set(key, promise);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.dispatch());
    }
    return promise;
  }

  /** Gives `value` for `key` without a batch (a value already read with something else). */
  prime(key: K, value: V): void {
    if (!this.cache.has(key)) this.cache.set(key, Promise.resolve(value));
  }

  private async dispatch(): Promise<void> {
    const keys = this.keys;
    const waiting = this.waiting;
    const failing = this.failing;
    this.keys = [];
    this.waiting = new Map();
    this.failing = new Map();
    this.scheduled = false;
    try {
      const values = await this.batch(keys);
      for (const key of keys) {
        for (const resolve of waiting.get(key) ?? []) resolve(values.get(key) ?? this.fallback);
      }
    } catch (error) {
      for (const key of keys) for (const reject of failing.get(key) ?? []) reject(error);
    }
  }
}

/** One loader per request and name, created on first use. */
export class Loaders {
  private readonly loaders = new Map<string, BatchLoader<unknown, unknown>>();

  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<Map<K, V>>,
    fallback: V,
  ): BatchLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new BatchLoader<K, V>(batch, fallback) as BatchLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as BatchLoader<K, V>;
  }
}
