import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, one per name, created on first use: every `load(key)` in the same tick
 * becomes one `batch(keys)` call (for relations MikroORM's own dataloader does not cover: grouped
 * lists, counts, computed figures). `batch` answers with a map; a key it leaves out gets
 * `fallback`.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<Map<K, V>>,
    fallback: V,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(async (keys) => {
        const values = await batch(keys);
        return keys.map((key) => (values.has(key) ? (values.get(key) as V) : fallback));
      });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
