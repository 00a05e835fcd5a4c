/**
 * The admin's weight after `vite build`: prints every JavaScript chunk's gzip size and checks the
 * budgets (issue 20): the first page load ≤ 80 kB gzip; every lazy chunk except the xlsx writer
 * (exceljs) ≤ 150 kB gzip. Exits 1 when a budget is broken.
 *
 *   npm run size -w @kompetansemidler/admin   (after npm run build)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleReport, type BundleReport } from './bundle-report.js';

export const BUDGETS = { initialJsGzip: 80 * 1024, lazyChunkGzip: 150 * 1024 };
/** Chunks exempt from the lazy budget: the xlsx writer, loaded only on export. */
const EXEMPT = /exceljs/i;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The budgets a build breaks, in words (empty: within budget). */
export function brokenBudgets(report: BundleReport): string[] {
  const broken: string[] = [];
  if (report.initialJsGzip > BUDGETS.initialJsGzip) {
    broken.push(
      `initial JS ${kb(report.initialJsGzip)} gzip > ${kb(BUDGETS.initialJsGzip)} (${report.initialFiles.join(', ')})`,
    );
  }
  for (const chunk of report.lazyChunks) {
    if (!EXEMPT.test(chunk.file) && chunk.gzip > BUDGETS.lazyChunkGzip) {
      broken.push(`lazy chunk ${chunk.file} ${kb(chunk.gzip)} gzip > ${kb(BUDGETS.lazyChunkGzip)}`);
    }
  }
  return broken;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const distDir =
    process.env['ADMIN_DIST'] ??
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const report = bundleReport(distDir);
  console.table([
    ...report.initialFiles
      .filter((f) => f.endsWith('.js'))
      .map((file) => ({ chunk: file, load: 'initial', gzip: '' })),
    { chunk: '(initial JS, all)', load: 'initial', gzip: kb(report.initialJsGzip) },
    { chunk: '(initial CSS)', load: 'initial', gzip: kb(report.initialCssGzip) },
    ...report.lazyChunks.map((c) => ({
      chunk: c.file,
      load: EXEMPT.test(c.file) ? 'lazy (exempt)' : 'lazy',
      gzip: kb(c.gzip),
    })),
  ]);
  const broken = brokenBudgets(report);
  if (broken.length > 0) {
    console.error(`Over budget:\n  ${broken.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Within budget.');
}
