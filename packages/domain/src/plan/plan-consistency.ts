import { problem, type ValidationProblem } from '../common/validation-problem.js';
import type { CountyPlan, PlanRules, ThemeItem } from './plan.schema.js';
import type { Sector } from './sector.js';

export type PlanProblemCode =
  | 'PLAN_SCHEMA_INVALID'
  | 'PLAN_SHARES_SUM'
  | 'PLAN_PERCENT_ABOVE_100'
  | 'PLAN_PERCENT_PRECISION'
  | 'PLAN_LOCK_CAPS_SUM'
  | 'PLAN_LOCK_DURATION_ABOVE_MAX'
  | 'PLAN_DURATION_ABOVE_WORK_LIMIT'
  | 'PLAN_DUPLICATE_THEME_RANK'
  | 'PLAN_DUPLICATE_ID'
  | 'PLAN_UNKNOWN_CLAUSE'
  | 'PLAN_SECTOR_NOT_DECLARED'
  | 'PLAN_SECTOR_WITHOUT_SHARE'
  | 'PLAN_SECTOR_WITHOUT_THEMES'
  | 'PLAN_FORUM_SEATS_SUM'
  | 'PLAN_VERSION_DATES'
  | 'PLAN_VERSION_OVERLAP'
  | 'PLAN_VERSION_OUTSIDE_PERIOD'
  | 'PLAN_PERIOD';

type Problems = ValidationProblem<PlanProblemCode>[];
type Path = (string | number)[];

/** Every way a well-formed plan can contradict itself. Empty when the plan is coherent. */
export function checkPlanConsistency(plan: CountyPlan): Problems {
  const problems: Problems = [];
  if (plan.period.toYear < plan.period.fromYear) {
    problems.push(
      problem(
        'PLAN_PERIOD',
        ['period'],
        'Planperioden slutter før den begynner.',
        'The plan period ends before it starts.',
      ),
    );
  }
  checkUnique(
    plan.clauses.map((c) => c.id),
    ['clauses'],
    problems,
  );
  checkUnique(
    plan.versions.map((v) => v.id),
    ['versions'],
    problems,
  );
  checkVersions(plan, problems);
  const clauseIds = new Set(plan.clauses.map((c) => c.id));
  plan.versions.forEach((version, v) => {
    const base: Path = ['versions', v, 'rules'];
    checkRules(version.rules, base, problems);
    checkClauseRefs(version.rules, base, clauseIds, problems);
  });
  return problems;
}

function checkVersions(plan: CountyPlan, problems: Problems): void {
  const periodStart = `${plan.period.fromYear}-01-01`;
  const periodEnd = `${plan.period.toYear}-12-31`;
  const spans = plan.versions.map((version, index) => ({
    index,
    from: version.validFrom,
    to: version.validTo ?? periodEnd,
  }));
  for (const span of spans) {
    if (span.to < span.from) {
      problems.push(
        problem(
          'PLAN_VERSION_DATES',
          ['versions', span.index, 'validTo'],
          'Versjonen slutter å gjelde før den begynner å gjelde.',
          'The version stops being valid before it starts.',
        ),
      );
    }
    if (span.from < periodStart || span.to > periodEnd) {
      problems.push(
        problem(
          'PLAN_VERSION_OUTSIDE_PERIOD',
          ['versions', span.index, 'validFrom'],
          `Versjonen gjelder utenfor planperioden ${plan.period.fromYear}–${plan.period.toYear}.`,
          `The version is valid outside the plan period ${plan.period.fromYear}–${plan.period.toYear}.`,
        ),
      );
    }
  }
  const sorted = [...spans].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let k = 1; k < sorted.length; k++) {
    const previous = sorted[k - 1];
    const current = sorted[k];
    if (previous && current && current.from <= previous.to) {
      problems.push(
        problem(
          'PLAN_VERSION_OVERLAP',
          ['versions', current.index, 'validFrom'],
          'Versjonen overlapper en annen versjon; sett validTo på den forrige.',
          'The version overlaps another version; set validTo on the previous one.',
        ),
      );
    }
  }
}

function checkRules(rules: PlanRules, base: Path, problems: Problems): void {
  const declared = new Set<Sector>(rules.sectors);
  checkUnique(rules.sectors, [...base, 'sectors'], problems);
  const split = rules.sectorSplit;
  if (split.kind === 'FIXED_SHARES') {
    const at: Path = [...base, 'sectorSplit'];
    const total = split.shares.reduce((sum, s) => sum + toBasisPoints(s.targetPercent), 0);
    if (total !== 10_000) {
      problems.push(
        problem(
          'PLAN_SHARES_SUM',
          [...at, 'shares'],
          `Sektorandelene summerer til ${total / 100} %, ikke 100 %.`,
          `The sector shares sum to ${total / 100} %, not 100 %.`,
        ),
      );
    }
    split.shares.forEach((share, k) => {
      checkPercent(share.targetPercent, [...at, 'shares', k, 'targetPercent'], problems);
      checkSectorDeclared(share.sector, declared, [...at, 'shares', k, 'sector'], problems);
    });
    checkUnique(
      split.shares.map((s) => s.sector),
      [...at, 'shares'],
      problems,
    );
    checkPercent(split.tolerancePercentagePoints, [...at, 'tolerancePercentagePoints'], problems);
    for (const sector of rules.sectors) {
      if (!split.shares.some((s) => s.sector === sector)) {
        problems.push(
          problem(
            'PLAN_SECTOR_WITHOUT_SHARE',
            [...at, 'shares'],
            `Sektoren ${sector} har ingen andel.`,
            `The sector ${sector} has no share.`,
          ),
        );
      }
    }
  } else if (split.kind === 'PRO_RATA') {
    const at: Path = [...base, 'sectorSplit'];
    split.sectors.forEach((sector, k) =>
      checkSectorDeclared(sector, declared, [...at, 'sectors', k], problems),
    );
    checkPercent(split.tolerancePercentagePoints, [...at, 'tolerancePercentagePoints'], problems);
  }

  const { durations, lockCaps } = rules;
  if (durations.maxYears > durations.maxYearsPerWork) {
    problems.push(
      problem(
        'PLAN_DURATION_ABOVE_WORK_LIMIT',
        [...base, 'durations', 'maxYears'],
        `Lengste varighet (${durations.maxYears} år) er over grensen per utviklingsarbeid (${durations.maxYearsPerWork} år).`,
        `The longest duration (${durations.maxYears} years) exceeds the limit per development work (${durations.maxYearsPerWork} years).`,
      ),
    );
  }
  let capTotal = 0;
  lockCaps.caps.forEach((cap, k) => {
    const at: Path = [...base, 'lockCaps', 'caps', k];
    checkPercent(cap.maxPercent, [...at, 'maxPercent'], problems);
    capTotal += toBasisPoints(cap.maxPercent);
    if (cap.durationYears > durations.maxYears) {
      problems.push(
        problem(
          'PLAN_LOCK_DURATION_ABOVE_MAX',
          [...at, 'durationYears'],
          `Taket gjelder ${cap.durationYears}-årige prosjekter, men lengste varighet er ${durations.maxYears} år.`,
          `The cap is for ${cap.durationYears}-year projects, but the longest duration is ${durations.maxYears} years.`,
        ),
      );
    }
  });
  checkUnique(
    lockCaps.caps.map((c) => String(c.durationYears)),
    [...base, 'lockCaps', 'caps'],
    problems,
  );
  if (capTotal > 10_000) {
    problems.push(
      problem(
        'PLAN_LOCK_CAPS_SUM',
        [...base, 'lockCaps', 'caps'],
        `Takene for låste midler summerer til ${capTotal / 100} %, over 100 %.`,
        `The lock caps sum to ${capTotal / 100} %, above 100 %.`,
      ),
    );
  }
  if (lockCaps.oneYearTargetPercent !== undefined) {
    checkPercent(
      lockCaps.oneYearTargetPercent,
      [...base, 'lockCaps', 'oneYearTargetPercent'],
      problems,
    );
  }
  checkPercent(
    rules.coordinator.maxSharePercent,
    [...base, 'coordinator', 'maxSharePercent'],
    problems,
  );
  checkUnique(
    rules.coordinator.conditions.map((c) => c.id),
    [...base, 'coordinator', 'conditions'],
    problems,
  );
  if (rules.ownShare.kind === 'PERCENT_OF_GRANT') {
    checkPercent(rules.ownShare.percent, [...base, 'ownShare', 'percent'], problems);
  }
  if (rules.institutionSplit.minInstitutionSharePercent !== undefined) {
    checkPercent(
      rules.institutionSplit.minInstitutionSharePercent,
      [...base, 'institutionSplit', 'minInstitutionSharePercent'],
      problems,
    );
  }
  checkUnique(
    rules.indicators.map((i) => i.id),
    [...base, 'indicators'],
    problems,
  );
  checkUnique(
    rules.calendar.milestones.map((m) => m.id),
    [...base, 'calendar', 'milestones'],
    problems,
  );
  checkThemes(rules, declared, base, problems);

  const seats = rules.forum.seats.reduce((sum, seat) => sum + seat.count, 0);
  if (seats !== rules.forum.totalSeats) {
    problems.push(
      problem(
        'PLAN_FORUM_SEATS_SUM',
        [...base, 'forum', 'seats'],
        `Samarbeidsforumets plasser summerer til ${seats}, ikke ${rules.forum.totalSeats}.`,
        `The forum's seats sum to ${seats}, not ${rules.forum.totalSeats}.`,
      ),
    );
  }
  rules.forum.seats.forEach((seat, k) => {
    if (!seat.members) return;
    const members = seat.members.reduce((sum, m) => sum + m.count, 0);
    if (members !== seat.count) {
      problems.push(
        problem(
          'PLAN_FORUM_SEATS_SUM',
          [...base, 'forum', 'seats', k, 'members'],
          `Medlemmene summerer til ${members}, ikke ${seat.count}.`,
          `The members sum to ${members}, not ${seat.count}.`,
        ),
      );
    }
  });
}

function checkThemes(rules: PlanRules, declared: Set<Sector>, base: Path, problems: Problems) {
  checkUnique(
    rules.themes.map((t) => t.sector),
    [...base, 'themes'],
    problems,
  );
  const themeIds: string[] = [];
  rules.themes.forEach((sectorThemes, s) => {
    const at: Path = [...base, 'themes', s];
    checkSectorDeclared(sectorThemes.sector, declared, [...at, 'sector'], problems);
    const ranks = new Map<number, number>();
    sectorThemes.themes.forEach((theme, t) => {
      themeIds.push(theme.id);
      const seen = ranks.get(theme.rank);
      if (seen !== undefined) {
        problems.push(
          problem(
            'PLAN_DUPLICATE_THEME_RANK',
            [...at, 'themes', t, 'rank'],
            `To temaer i ${sectorThemes.sector} har rang ${theme.rank}.`,
            `Two themes in ${sectorThemes.sector} have rank ${theme.rank}.`,
          ),
        );
      } else ranks.set(theme.rank, t);
      const itemIds: string[] = [];
      collectItemIds(theme.items, itemIds);
      checkUnique(itemIds, [...at, 'themes', t, 'items'], problems);
    });
  });
  checkUnique(themeIds, [...base, 'themes'], problems);
  for (const sector of rules.sectors) {
    if (!rules.themes.some((t) => t.sector === sector && t.themes.length > 0)) {
      problems.push(
        problem(
          'PLAN_SECTOR_WITHOUT_THEMES',
          [...base, 'themes'],
          `Sektoren ${sector} har ingen prioriterte temaer.`,
          `The sector ${sector} has no ranked themes.`,
        ),
      );
    }
  }
}

function collectItemIds(items: readonly ThemeItem[] | undefined, into: string[]): void {
  for (const item of items ?? []) {
    into.push(item.id);
    collectItemIds(item.items, into);
  }
}

function checkClauseRefs(
  rules: PlanRules,
  base: Path,
  clauseIds: Set<string>,
  problems: Problems,
): void {
  const visit = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) {
      value.forEach((child, k) => visit(child, [...path, k]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'clause' || key.endsWith('Clause')) && typeof child === 'string') {
        if (!clauseIds.has(child)) {
          problems.push(
            problem(
              'PLAN_UNKNOWN_CLAUSE',
              [...path, key],
              `Regelen viser til et ukjent planpunkt «${child}».`,
              `The rule refers to an unknown plan clause "${child}".`,
            ),
          );
        }
      } else visit(child, [...path, key]);
    }
  };
  visit(rules, base);
}

function checkPercent(value: number, path: Path, problems: Problems): void {
  if (value > 100) {
    problems.push(
      problem(
        'PLAN_PERCENT_ABOVE_100',
        path,
        `${value} % er over 100 %.`,
        `${value} % is above 100 %.`,
      ),
    );
  }
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-9) {
    problems.push(
      problem(
        'PLAN_PERCENT_PRECISION',
        path,
        'Prosentsatser kan ha høyst to desimaler.',
        'Percentages may have at most two decimals.',
      ),
    );
  }
}

function checkSectorDeclared(
  sector: Sector,
  declared: Set<Sector>,
  path: Path,
  problems: Problems,
) {
  if (!declared.has(sector)) {
    problems.push(
      problem(
        'PLAN_SECTOR_NOT_DECLARED',
        path,
        `Sektoren ${sector} er ikke med i planens sektorer.`,
        `The sector ${sector} is not among the plan's sectors.`,
      ),
    );
  }
}

function checkUnique(values: readonly string[], path: Path, problems: Problems): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) {
      problems.push(
        problem(
          'PLAN_DUPLICATE_ID',
          path,
          `«${value}» forekommer mer enn én gang.`,
          `"${value}" occurs more than once.`,
        ),
      );
    }
    seen.add(value);
  }
}

/** Percent with at most two decimals → integer basis points (35 % → 3500). */
export function toBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}
