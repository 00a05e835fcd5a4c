import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface BundleReport {
  initialJsGzip: number;
  initialJsRaw: number;
  initialCssGzip: number;
  initialFiles: string[];
  /** Lazy chunks that hold a heavy library, and whether the first load avoids them. */
  heavy: { name: string; file: string; gzip: number; inInitial: boolean }[];
  lazyChunks: { file: string; gzip: number }[];
  /** Per screen: the JavaScript its route adds to the initial load (static imports only). */
  routes: { src: string; gzip: number }[];
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** What the first page load fetches: the entry chunk and its static imports, from Vite's manifest. */
export function bundleReport(distDir: string): BundleReport {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('No entry in the Vite manifest.');
  const initial = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  const file = (f: string) => path.join(distDir, f);
  const allJs = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) =>
    f.endsWith('.js'),
  );
  const heavyPatterns = [
    {
      name: 'echarts (charts)',
      test: (c: ManifestChunk) => /BarChart|echarts/i.test(c.src ?? c.file),
    },
    { name: 'exceljs (xlsx)', test: (c: ManifestChunk) => /exceljs/i.test(c.src ?? c.file) },
  ];
  const heavy = heavyPatterns.flatMap((p) =>
    Object.values(manifest)
      .filter(p.test)
      .map((c) => ({
        name: p.name,
        file: c.file,
        gzip: gzipSize(file(c.file)),
        inInitial: initial.has(c.file),
      })),
  );
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file) || initial.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, seen);
    return seen;
  };
  const routes = Object.entries(manifest)
    .filter(([key, c]) => c.isDynamicEntry && /Page\.vue$/.test(key))
    .map(([key]) => ({
      src: key,
      gzip: [...closure(key)].reduce((sum, f) => sum + gzipSize(file(f)), 0),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    routes,
    initialJsGzip: [...initial].reduce((sum, f) => sum + gzipSize(file(f)), 0),
    initialJsRaw: [...initial].reduce((sum, f) => sum + statSync(file(f)).size, 0),
    initialCssGzip: [...css].reduce((sum, f) => sum + gzipSize(file(f)), 0),
    initialFiles: [...initial],
    heavy,
    lazyChunks: allJs
      .filter((f) => !initial.has(f))
      .map((f) => ({ file: f, gzip: gzipSize(file(f)) }))
      .sort((a, b) => b.gzip - a.gzip),
  };
}
