// ECharts ships no types for its per-feature installers under `echarts/lib/`; each one is an
// extension that `use()` from `echarts/core` accepts.
declare module 'echarts/lib/*.js' {
  import type { use } from 'echarts/core';
  export const install: Extract<Parameters<typeof use>[0], (...args: never[]) => unknown>;
}
