import { candidateFromNeedsStatement } from '../allocation/candidate-from-needs-statement.js';
import type {
  AllocationCandidate,
  AllocationInput,
  Commitment,
  SamiAssessment,
  SamiLevel,
  ScenarioParameters,
} from '../allocation/allocation.types.js';
import { organisationNumberCheckDigit } from '../needs-statement/organisation-number.js';
import type {
  FundingHistory,
  Institution,
  NeedsStatement,
  Owner,
} from '../needs-statement/needs-statement.schema.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import type { CountyPlan } from '../plan/plan.schema.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import type { Sector } from '../plan/sector.js';
import { flattenThemeItems, themesOfSector } from '../themes/theme-lookup.js';
import { createPrng, type Prng } from './prng.js';
import { TROMS_MUNICIPALITIES } from './troms-municipalities.js';

/**
 * DEMO DATA. Everything this module makes is invented: owners, organisation numbers, amounts and
 * statements. Only the municipalities' names and numbers are real.
 */
export interface DemoRoundOptions {
  seed: number;
  /** How many needs statements this round. */
  statements: number;
  plan?: CountyPlan | undefined;
  planVersion?: string | undefined;
  /** The round's year; the two years before it are the earlier rounds. Default: period start + 2. */
  year?: number | undefined;
  /** Default: about 420 000 kr per statement, so demand exceeds the frame by about a third. */
  frame?: number | undefined;
  municipalities?: readonly { number: string; name: string }[] | undefined;
  scenario?: Partial<ScenarioParameters> | undefined;
}

export interface DemoRound {
  /** Marks the data as invented wherever it travels. */
  demo: true;
  input: AllocationInput;
  needsStatements: NeedsStatement[];
}

const DEFAULT_SCENARIO: ScenarioParameters = {
  method: 'ranked',
  cutRule: 'proportional',
  minFundedShare: 0.5,
};

/** A realistic, deterministic round of made-up needs statements with two earlier rounds behind it. */
export function generateDemoRound(options: DemoRoundOptions): DemoRound {
  const plan = options.plan ?? TROMS_PLAN_2026_2029;
  const resolved = resolvePlanVersion(plan, options.planVersion ?? plan.versions[0]?.id ?? '');
  const rules = resolved.rules;
  const year = options.year ?? plan.period.fromYear + 2;
  const prng = createPrng(options.seed);
  const municipalities = options.municipalities ?? TROMS_MUNICIPALITIES;
  const n = options.statements;
  const frame = options.frame ?? Math.round((n * 420_000) / 1000) * 1000;

  const municipalOwners: Owner[] = municipalities.map((m, k) => ({
    orgnr: demoOrgnr(options.seed * 7919 + k, '9'),
    name: `${m.name} kommune`,
    ownership: 'PUBLIC',
    municipalityNumber: m.number,
    units: 0,
  }));
  const privateOwners: Owner[] = Array.from(
    { length: Math.max(3, Math.ceil(municipalities.length / 2)) },
    (_, k) => {
      const m = municipalities[k % municipalities.length];
      return {
        orgnr: demoOrgnr(options.seed * 104_729 + k, '9'),
        name: `Demo private barnehager ${k + 1} AS`,
        ownership: 'PRIVATE',
        municipalityNumber: m?.number,
        units: 0,
      };
    },
  );
  const institutions: Institution[] = [
    { orgnr: demoOrgnr(options.seed + 11, '9'), name: 'Universitetet (demo)', kind: 'UNIVERSITY' },
    {
      orgnr: demoOrgnr(options.seed + 12, '9'),
      name: 'Samisk høgskole (demo)',
      kind: 'UNIVERSITY_COLLEGE',
    },
    {
      orgnr: demoOrgnr(options.seed + 13, '9'),
      name: 'Regionhøgskolen (demo)',
      kind: 'UNIVERSITY_COLLEGE',
    },
    {
      orgnr: demoOrgnr(options.seed + 14, '9'),
      name: 'Fagskolen (demo)',
      kind: 'VOCATIONAL_COLLEGE',
    },
  ].filter((i) =>
    rules.partnership.institutionKinds.includes(i.kind as Institution['kind']),
  ) as Institution[];

  const history: FundingHistory = { works: [], owners: [] };
  const participation = new Map<string, Set<number>>();
  const participate = (orgnr: string, y: number) => {
    const years = participation.get(orgnr) ?? new Set<number>();
    years.add(y);
    participation.set(orgnr, years);
  };
  for (const owner of [...municipalOwners, ...privateOwners]) {
    if (prng.chance(0.35)) participate(owner.orgnr, year - prng.int(3, 6));
  }

  const sectorWeights: [Sector, number][] = rules.sectors.map((s) => [
    s,
    s === 'TEAM_AROUND_CHILD' ? 28 : 36,
  ]);
  const commitments: Commitment[] = [];
  const pastWorks: {
    workId: string;
    partnershipId: string;
    owners: Owner[];
    sector: Sector;
    years: number[];
  }[] = [];
  let pastSeq = 0;
  for (const pastYear of [year - 2, year - 1]) {
    const count = Math.max(2, Math.round(n * 0.3));
    for (let k = 0; k < count; k++) {
      const sector = prng.weighted(sectorWeights);
      const owners = pickOwners(prng, sector, municipalOwners, privateOwners);
      const institution = prng.pick(institutions);
      const duration = Math.min(
        rules.durations.maxYears,
        prng.weighted([
          [1, 2],
          [2, 1],
          [3, 1.2],
        ]),
      );
      const partnershipId = `demo-partnership-${pastYear}-${++pastSeq}`;
      const workId = `demo-work-${pastYear}-${pastSeq}`;
      const priorYears = prng.chance(0.2) ? [pastYear - 1] : [];
      const years = [...priorYears, ...Array.from({ length: duration }, (_, d) => pastYear + d)];
      pastWorks.push({ workId, partnershipId, owners, sector, years });
      history.works.push({ workId, partnershipId, fundedYears: years.filter((y) => y < year) });
      for (const owner of owners) for (const y of years) if (y < year) participate(owner.orgnr, y);
      const amount = roundTo(prng.int(150_000, 900_000), 1000);
      const institutionShare = prng.int(30, 60);
      for (let d = 0; d < duration; d++) {
        const y = pastYear + d;
        if (y < year) continue;
        const institutionAmount = roundTo((amount * institutionShare) / 100, 1000);
        commitments.push({
          needsStatementId: `demo-${pastYear}-${String(pastSeq).padStart(5, '0')}`,
          partnershipId,
          workId,
          sector,
          durationYears: duration,
          year: y,
          amount,
          owner: amount - institutionAmount,
          institution: institutionAmount,
          coordinator: 0,
          institutionOrgnr: institution.orgnr,
        });
      }
    }
  }
  for (const [orgnr, years] of [...participation.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    history.owners.push({ orgnr, participationYears: [...years].sort((a, b) => a - b) });
  }

  const needsStatements: NeedsStatement[] = [];
  const candidates: AllocationCandidate[] = [];
  const statistic = rules.indicators.filter((i) => i.kind === 'STATISTIC' || i.kind === 'DISTANCE');
  const finishedWorks = pastWorks.filter((w) => Math.max(...w.years) < year);
  const samiPrng = createPrng(options.seed * 7919 + 17);
  for (let k = 0; k < n; k++) {
    const id = `demo-${year}-${String(k + 1).padStart(5, '0')}`;
    const continuing =
      finishedWorks.length > 0 && prng.chance(0.2) ? prng.pick(finishedWorks) : undefined;
    const sector = continuing?.sector ?? prng.weighted(sectorWeights);
    const owners = continuing?.owners ?? pickOwners(prng, sector, municipalOwners, privateOwners);
    const institution = prng.pick(institutions);
    const themes = themesOfSector(rules, sector);
    const theme = prng.weighted(themes.map((t, r) => [t, themes.length - r + 1] as const));
    const items = flattenThemeItems(theme.items);
    const themeItemIds =
      items.length > 0 ? [...new Set([prng.pick(items).id, prng.pick(items).id])] : [];
    const duration = prng.weighted(
      Array.from({ length: rules.durations.maxYears }, (_, d) => [d + 1, d === 0 ? 2 : 1] as const),
    );
    const coordinatorRequested = owners.length >= 2 && prng.chance(0.5);
    const base = prng.int(120, 1300) * 1000;
    const institutionShare = prng.int(25, 65);
    const budget = Array.from({ length: duration }, (_, d) => {
      const total = roundTo(base * (1 - 0.1 * d), 1000);
      const institutionAmount = roundTo((total * institutionShare) / 100, 1000);
      return {
        year: year + d,
        owner: total - institutionAmount,
        institution: institutionAmount,
        total,
        coordinator: coordinatorRequested ? roundTo(total * 0.1, 1000) : 0,
      };
    });
    const partnershipId = continuing?.partnershipId ?? `demo-partnership-${year}-${k + 1}`;
    const unitsPerOwner = owners.map(() => prng.int(1, 6));
    const statement: NeedsStatement = {
      id,
      roundYear: year,
      partnership: {
        id: partnershipId,
        name: `Demo-partnerskap ${owners.map((o) => o.name).join(' / ')}`,
        owners: owners.map((o, j) => ({ ...o, units: unitsPerOwner[j] ?? 1 })),
        institution,
      },
      sector,
      themeId: theme.id,
      themeItemIds,
      localNeeds: `Demo: ansatte har kartlagt behov innen «${theme.title.nb}».`,
      goals: {
        longTerm: [{ id: `${id}-g1`, text: 'Demo: en felles praksis som varer etter prosjektet.' }],
        subGoals: [
          {
            id: `${id}-g2`,
            text: 'Demo: alle enheter har gjennomført kartlegging innen første år.',
          },
        ],
      },
      measures: [
        {
          id: `${id}-m1`,
          kind: 'ANALYSE',
          description: 'Demo: analyse av eget kompetansebehov.',
          goalIds: [`${id}-g2`],
        },
        {
          id: `${id}-m2`,
          kind: 'CARRY_OUT',
          description: 'Demo: samlinger og veiledning i profesjonsfellesskap.',
          goalIds: [`${id}-g1`],
        },
      ],
      durationYears: duration,
      budget,
      ownContribution: {
        description: 'Demo: frikjøp av tid og interne fagsamlinger.',
        amount: roundTo(base * duration * 0.3, 1000),
      },
      samiPerspectives: 'Demo: samiske perspektiver inngår i alle samlinger.',
      collectiveLearning: 'Demo: hele personalet deltar i faste læringsmøter.',
      teacherEducationFeedback: 'Demo: UH bruker erfaringene i lærerutdanningen.',
      coordinator: coordinatorRequested
        ? {
            requested: true,
            justification: 'Demo: mange enheter og flere eiere.',
            conditionIds: [rules.coordinator.conditions[0]?.id ?? 'high-complexity'],
            otherComplexityFactors: '',
          }
        : { requested: false, justification: '', conditionIds: [], otherComplexityFactors: '' },
      continuation: {
        workId: continuing?.workId ?? `demo-work-${year}-${k + 1}`,
        continuesEarlierWork: continuing !== undefined,
      },
      participants: {
        kindergartenStaff: sector !== 'SCHOOL',
        schoolStaff: sector !== 'KINDERGARTEN',
        otherServices: sector === 'TEAM_AROUND_CHILD' ? ['PPT', 'Helsestasjon'] : [],
      },
    };
    needsStatements.push(statement);
    const indicators: Record<string, number> = {};
    for (const indicator of statistic) {
      indicators[indicator.id] =
        indicator.kind === 'DISTANCE' ? prng.int(0, 450) : prng.int(0, 100);
    }
    const officeKnowledge = prng.chance(0.2)
      ? { score: prng.int(0, 10) / 10, reason: 'Demo: kjent ustabilitet i personalgruppen.' }
      : undefined;
    // Its own stream, so adding the assessments moved none of the figures drawn above.
    const samiAssessment = demoSamiAssessment(samiPrng);
    candidates.push(
      candidateFromNeedsStatement(statement, { indicators, officeKnowledge, samiAssessment }),
    );
  }

  const sectorBasis =
    rules.sectorSplit.kind === 'PRO_RATA'
      ? Object.fromEntries(rules.sectorSplit.sectors.map((s) => [s, prng.int(2000, 6000)]))
      : undefined;
  const institutionShareHistory = [
    { year: year - 2, owner: 600_000 * n, institution: 420_000 * n },
    { year: year - 1, owner: 610_000 * n, institution: 400_000 * n },
  ];
  return {
    demo: true,
    needsStatements,
    input: {
      plan,
      planVersion: resolved.versionId,
      round: sectorBasis ? { year, frame, sectorBasis } : { year, frame },
      commitments,
      candidates,
      history,
      institutionShareHistory,
      scenario: { ...DEFAULT_SCENARIO, ...options.scenario },
    },
  };
}

const SAMI_REASONS: Record<SamiLevel, string> = {
  NONE: 'Demo: samiske perspektiver er nevnt, men ikke knyttet til tiltakene.',
  SOME: 'Demo: samiske perspektiver inngår i noen av tiltakene.',
  STRONG: 'Demo: samiske perspektiver bærer tiltakene, med samisk fagmiljø som partner.',
};

/** DEMO DATA: the office's assessment of Sámi perspectives, most often SOME. */
function demoSamiAssessment(prng: Prng): SamiAssessment {
  const level = prng.weighted<SamiLevel>([
    ['NONE', 3],
    ['SOME', 5],
    ['STRONG', 2],
  ]);
  return { level, reason: SAMI_REASONS[level] };
}

function pickOwners(prng: Prng, sector: Sector, municipal: Owner[], privates: Owner[]): Owner[] {
  const privateChance = sector === 'KINDERGARTEN' ? 0.3 : sector === 'SCHOOL' ? 0.08 : 0.05;
  const count = prng.weighted([
    [1, 7],
    [2, 2],
    [3, 1],
  ]);
  const owners = new Map<string, Owner>();
  for (let k = 0; k < count; k++) {
    const owner = prng.chance(privateChance) ? prng.pick(privates) : prng.pick(municipal);
    owners.set(owner.orgnr, owner);
  }
  return [...owners.values()];
}

/** A valid, invented organisation number starting with `first`. */
export function demoOrgnr(seed: number, first = '9'): string {
  const prng = createPrng(seed);
  for (;;) {
    const body = first + String(prng.int(0, 9_999_999)).padStart(7, '0');
    const check = organisationNumberCheckDigit(body);
    if (check !== undefined) return body + String(check);
  }
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
