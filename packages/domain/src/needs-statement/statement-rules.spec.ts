import { describe, expect, it } from 'vitest';
import { allocate } from '../allocation/allocate.js';
import type { AllocationInput } from '../allocation/allocation.types.js';
import { candidateFromNeedsStatement } from '../allocation/candidate-from-needs-statement.js';
import { generateDemoRound } from '../demo/demo-round.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import type { FundingHistory, NeedsStatement } from './needs-statement.schema.js';
import { validateNeedsStatement } from './validate-needs-statement.js';

// The rules prepareRound applies again to each candidate, by code.
const SHARED = new Set([
  'NS_SECTOR_NOT_IN_PLAN',
  'NS_DURATION_OUT_OF_RANGE',
  'NS_BUDGET_YEARS',
  'NS_BUDGET_SPLIT_SUM',
  'NS_BUDGET_COORDINATOR_EXCEEDS_TOTAL',
  'NS_WORK_YEAR_LIMIT',
]);

const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1');
const demo = generateDemoRound({ seed: 7, statements: 40 });
const base = demo.needsStatements.find(
  (ns) =>
    ns.sector === 'KINDERGARTEN' &&
    ns.durationYears === 2 &&
    validateNeedsStatement(ns, { plan, history: demo.input.history }).length === 0,
)!;
const edit = (change: (ns: NeedsStatement) => void): NeedsStatement => {
  const ns = structuredClone(base);
  change(ns);
  return ns;
};

/** The statement's own validation, restricted to the shared rules, as code and message. */
function validated(ns: NeedsStatement, history: FundingHistory) {
  return validateNeedsStatement(ns, { plan, history })
    .filter((p) => SHARED.has(p.code))
    .map((p) => ({ code: p.code, message: p.message }));
}

/** The same statement as a candidate of the round: why the allocation leaves it out. */
async function allocated(ns: NeedsStatement, history: FundingHistory) {
  const input: AllocationInput = {
    ...demo.input,
    history,
    candidates: [candidateFromNeedsStatement(ns)],
    commitments: [],
  };
  const result = await allocate(input);
  return result.statements[0]!.ineligibleReasons.filter((r) => SHARED.has(r.code));
}

describe('the statement rules, in validation and in the allocation alike', () => {
  const history = demo.input.history;
  const cases: [string, NeedsStatement, FundingHistory, string[]][] = [
    ['a valid statement', base, history, []],
    [
      'a duration past the plan',
      edit((x) => {
        x.durationYears = 4;
      }),
      history,
      ['NS_DURATION_OUT_OF_RANGE'],
    ],
    [
      'a budget missing a year',
      edit((x) => {
        x.budget = x.budget.slice(0, 1);
      }),
      history,
      ['NS_BUDGET_YEARS'],
    ],
    [
      'a budget with a year twice',
      edit((x) => {
        x.budget = [x.budget[0]!, { ...x.budget[0]! }];
      }),
      history,
      ['NS_BUDGET_YEARS'],
    ],
    [
      "a year whose owner/institution split does not add up, and a coordinator part above a year's total",
      edit((x) => {
        x.budget[0] = { ...x.budget[0]!, owner: x.budget[0]!.owner + 1 };
        x.budget[1] = { ...x.budget[1]!, coordinator: x.budget[1]!.total + 1 };
      }),
      history,
      ['NS_BUDGET_SPLIT_SUM', 'NS_BUDGET_COORDINATOR_EXCEEDS_TOTAL'],
    ],
    [
      'a continued work past its limit of years',
      edit((x) => {
        x.continuation = { continuesEarlierWork: true, workId: 'w-old' };
      }),
      {
        works: [
          { workId: 'w-old', partnershipId: base.partnership.id, fundedYears: [2023, 2024, 2025] },
        ],
        owners: history.owners,
      },
      ['NS_WORK_YEAR_LIMIT'],
    ],
  ];

  it.each(cases)('%s: the same codes and messages', async (_name, ns, h, codes) => {
    const fromValidation = validated(ns, h);
    expect(fromValidation.map((p) => p.code)).toEqual(codes);
    expect(await allocated(ns, h)).toEqual(fromValidation);
  });
});
