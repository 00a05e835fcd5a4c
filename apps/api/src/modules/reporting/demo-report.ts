import { apportion, createPrng, type GoalAchievement } from '@kompetansemidler/domain';
import type { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import type { PerYearGrant } from '../scenario/scenario-line.entity.js';
import { CostLine, ReportParty } from './accounts-line.entity.js';
import {
  AnnualReportStatus,
  type ReportedGoalData,
  type ReportedMeasureData,
} from './annual-report.entity.js';
import { coordinatorOf, sumOf } from './reporting.mapper.js';

/** A demo report's columns (without its relations) and its accounts lines. */
export interface DemoReport {
  year: number;
  status: AnnualReportStatus;
  measures: ReportedMeasureData[];
  goals: ReportedGoalData[];
  useOfFunds: string;
  coordinatorUse: string;
  receivedOwner: number;
  receivedInstitution: number;
  spentOwner: number;
  spentInstitution: number;
  coordinatorSpent: number;
  submittedBy: string;
  lines: Array<{ party: ReportParty; costLine: CostLine; amount: number }>;
}

const ACHIEVEMENTS: ReadonlyArray<readonly [GoalAchievement, number]> = [
  ['ACHIEVED', 3],
  ['PARTLY_ACHIEVED', 5],
  ['NOT_ACHIEVED', 1],
  ['TOO_EARLY', 1],
];

/**
 * DEMO DATA: a valid annual report for one grant year of a decision, made up from a seed. It
 * covers every goal and measure of the statement, receives exactly the grant per party, spends
 * 85–100 % of it spread over cost lines that add up, and books coordinator funds (where granted)
 * on the owner side. Returns null for a year without a grant. Pure: the same input gives the
 * same report; the caller creates the entities (see ReportingService.submit for the shape).
 */
export function buildDemoReport(
  grantedPerYear: readonly PerYearGrant[],
  statement: Pick<NeedsStatement, 'longTermGoals' | 'subGoals' | 'measures'>,
  year: number,
  seed: number,
): DemoReport | null {
  const grant = grantedPerYear.find((y) => y.year === year && y.amount > 0);
  if (!grant) return null;
  const prng = createPrng(seed);
  const spend = (received: number) => received - Math.floor((received * prng.int(0, 15)) / 100);
  const spentOwner = spend(grant.owner);
  const spentInstitution = spend(grant.institution);
  const coordinator = Math.min(grant.coordinator, spentOwner);
  const ownerRest = apportion(spentOwner - coordinator, [
    prng.int(4, 8),
    prng.int(1, 3),
    prng.int(0, 2),
    prng.int(0, 2),
    prng.int(0, 1),
  ]);
  const [teaching = 0, travel = 0, materials = 0] = apportion(spentInstitution, [
    prng.int(6, 9),
    prng.int(1, 2),
    prng.int(0, 1),
  ]);
  const ownerLines: Array<[CostLine, number]> = [
    [CostLine.RELEASED_TIME, ownerRest[0] ?? 0],
    [CostLine.COURSES_AND_TEACHING, ownerRest[1] ?? 0],
    [CostLine.TRAVEL, ownerRest[2] ?? 0],
    [CostLine.MATERIALS, ownerRest[3] ?? 0],
    [CostLine.OTHER, ownerRest[4] ?? 0],
    [CostLine.COORDINATOR, coordinator],
  ];
  const institutionLines: Array<[CostLine, number]> = [
    [CostLine.COURSES_AND_TEACHING, teaching],
    [CostLine.TRAVEL, travel],
    [CostLine.MATERIALS, materials],
  ];
  const lines = [
    ...ownerLines.map(([costLine, amount]) => ({ party: ReportParty.OWNER, costLine, amount })),
    ...institutionLines.map(([costLine, amount]) => ({
      party: ReportParty.INSTITUTION,
      costLine,
      amount,
    })),
  ].filter((l) => l.amount > 0);
  const measures = statement.measures.map((m) => {
    const carriedOut = prng.chance(0.9);
    return {
      measureId: m.id,
      carriedOut,
      description: carriedOut
        ? `Gjennomført (demo): ${m.description}`
        : 'Utsatt til neste år på grunn av sykefravær i personalet (demo).',
    };
  });
  const goals = [...statement.longTermGoals, ...statement.subGoals].map((g) => ({
    goalId: g.id,
    achievement: prng.weighted(ACHIEVEMENTS),
    assessment: `Vurdering av «${g.text}» (demo): arbeidet er i rute, og personalet rapporterer økt felles forståelse.`,
  }));
  return {
    year,
    status: AnnualReportStatus.SUBMITTED,
    measures,
    goals,
    useOfFunds:
      'Midlene er brukt til frikjøp av ansatte til fellesmøter, kurs og veiledning fra UH, og reise til samlinger (demo).',
    coordinatorUse:
      grant.coordinator > 0
        ? 'Koordinator i delstilling hos eier har ledet nettverket (demo).'
        : '',
    receivedOwner: grant.owner,
    receivedInstitution: grant.institution,
    spentOwner: sumOf(lines.filter((l) => l.party === ReportParty.OWNER)),
    spentInstitution: sumOf(lines.filter((l) => l.party === ReportParty.INSTITUTION)),
    coordinatorSpent: coordinatorOf(lines),
    submittedBy: 'Demo Kontaktperson',
    lines,
  };
}
