// ECharts ships no types for its per-feature installers under `echarts/lib/`; each one is an
// extension that `use()` from `echarts/core` accepts.
declare module 'echarts/lib/*.js' {
  export const install: Extract<
    Parameters<typeof import('echarts/core').use>[0],
    (...args: never[]) => unknown
  >;
}
