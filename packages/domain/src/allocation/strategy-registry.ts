/** A strategy picked by name, as Vendure's strategies are. */
export interface Named {
  readonly name: string;
}

export class StrategyRegistry<T extends Named> {
  private readonly entries = new Map<string, T>();

  constructor(initial: readonly T[] = []) {
    for (const entry of initial) this.register(entry);
  }

  register(entry: T): void {
    this.entries.set(entry.name, entry);
  }

  get(name: string): T | undefined {
    return this.entries.get(name);
  }

  names(): string[] {
    return [...this.entries.keys()].sort();
  }
}
