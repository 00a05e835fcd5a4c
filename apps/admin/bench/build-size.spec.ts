import { describe, expect, it } from 'vitest';
import type { BundleReport } from './bundle-report.js';
import { brokenBudgets } from './build-size.js';

const report = (initial: number, lazy: { file: string; gzip: number }[]): BundleReport => ({
  initialJsGzip: initial * 1024,
  initialJsRaw: 0,
  initialCssGzip: 0,
  initialFiles: ['assets/index.js'],
  heavy: [],
  lazyChunks: lazy.map((c) => ({ ...c, gzip: c.gzip * 1024 })),
  routes: [],
});

describe('brokenBudgets', () => {
  it('passes a build within budget, the xlsx writer exempt', () => {
    expect(
      brokenBudgets(
        report(79, [
          { file: 'assets/exceljs.min-x.js', gzip: 254 },
          { file: 'assets/BarChart-x.js', gzip: 149 },
        ]),
      ),
    ).toEqual([]);
  });

  it('names the initial load and the lazy chunks over budget', () => {
    const broken = brokenBudgets(report(113, [{ file: 'assets/BarChart-x.js', gzip: 180 }]));
    expect(broken).toHaveLength(2);
    expect(broken[0]).toContain('initial JS 113.0 kB');
    expect(broken[1]).toContain('BarChart-x.js 180.0 kB');
  });
});
