import highsImport, { type Highs, type InitOptions } from 'highs';

/** A loaded HiGHS (WebAssembly) runtime. Loading takes ~60–90 ms; keep one per worker. */
export type HighsSolver = Highs;

type Loader = (options?: InitOptions) => Promise<Highs>;
// highs ships an ESM build but CommonJS-flavoured types: under NodeNext, TypeScript sees the default
// import as the module object, while Node gives the loader itself.
const imported = highsImport as unknown as Loader | { default: Loader };
const loadHighs: Loader = typeof imported === 'function' ? imported : imported.default;

let shared: Promise<HighsSolver> | undefined;

/** Loads a new HiGHS runtime. */
export function loadHighsSolver(): Promise<HighsSolver> {
  return loadHighs();
}

/** The process-wide (per worker thread) HiGHS runtime, loaded on first use and then kept warm. */
export function sharedHighsSolver(): Promise<HighsSolver> {
  if (!shared) {
    shared = loadHighs().catch((error: unknown) => {
      shared = undefined;
      throw error;
    });
  }
  return shared;
}
