/**
 * The one source of a scenario's defaults: the domain applies them to a parameter left out, the
 * API's inputs default to them and the admin's form starts from them.
 */
export const SCENARIO_DEFAULTS = {
  method: 'ranked',
  cutRule: 'proportional',
  /** The smallest share of a request worth funding. */
  minFundedShare: 0.5,
  /** Weight of the theme's rank in the score. */
  themeWeight: 1,
  optimal: {
    /** HiGHS' time limit for the optimal method, in seconds. */
    timeLimitSeconds: 10,
    relativeGap: 1e-4,
  },
} as const;
