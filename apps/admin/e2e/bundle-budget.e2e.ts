import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenBudgets, BUDGETS } from '../bench/build-size.js';
import { bundleReport } from '../bench/bundle-report.js';
import { workspaceRoot } from './support/api-server.js';

/**
 * The weight of the built admin the other e2e files use (issue 20): the first page load at most
 * 80 kB of gzipped JavaScript, every lazy chunk but the xlsx writer at most 150 kB. Sizes come
 * from the Vite manifest and gzip (level 9) of each file; `npm run size -w
 * @kompetansemidler/admin` prints the whole table.
 */
describe('the built admin keeps its weight budgets', () => {
  const report = bundleReport(path.join(workspaceRoot, 'apps/admin/dist'));

  it('loads at most 80 kB gzip of JavaScript first, and no lazy chunk but the xlsx writer is over 150 kB', () => {
    console.info(
      `initial JS ${(report.initialJsGzip / 1024).toFixed(1)} kB gzip; largest lazy chunks: ${report.lazyChunks
        .slice(0, 3)
        .map((c) => `${c.file} ${(c.gzip / 1024).toFixed(1)} kB`)
        .join(', ')}`,
    );
    expect(brokenBudgets(report)).toEqual([]);
    expect(report.initialJsGzip).toBeLessThanOrEqual(BUDGETS.initialJsGzip);
  });

  it('keeps the chart library and the xlsx writer out of the first load', () => {
    expect(report.heavy.map((h) => h.name)).toEqual(
      expect.arrayContaining(['echarts (charts)', 'exceljs (xlsx)']),
    );
    expect(report.heavy.filter((h) => h.inInitial)).toEqual([]);
  });
});
