import { SECTORS } from '@kompetansemidler/domain';
import type {
  ConstraintGaugeKind,
  ScenarioReportFieldsFragment,
  ScenarioSummaryFieldsFragment,
  Sector,
} from '../../gql/graphql.js';
import { gaugeVerdict } from '../scenarios/constraint-gauges.js';
import type { ScenarioLine } from '../scenarios/use-scenario.js';
import type { ProposalWorkbookData, WorkbookConstraint } from './proposal-workbook.js';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The domain's sector order. */
const SECTOR_ORDER: readonly Sector[] = SECTORS;

/** The constraint sheet's group of each kind of gauge (i18n keys). */
const GROUP_OF: Record<ConstraintGaugeKind, string> = {
  SECTOR_BAND: 'export.groupSector',
  LOCK_CAP: 'export.groupLock',
  LATER_YEAR: 'export.groupLaterYears',
  COORDINATOR_CAP: 'export.groupCoordinator',
  FUNDING_RATE: 'export.groupFunding',
  INSTITUTION_SHARE: 'export.groupInstitution',
  ONE_YEAR_SHARE: 'export.groupOneYear',
};

/** The workbook's content from a scenario as the API gave it: no amount is computed here. */
export function proposalWorkbookData(input: {
  scenario: ScenarioSummaryFieldsFragment;
  lines: readonly ScenarioLine[];
  /** The API's typed constraint report (`Scenario.constraintReport`). */
  report: ScenarioReportFieldsFragment | null;
  roundYear: number;
  themeLabel: (id: string | null | undefined) => string;
  t: Translate;
  createdAt?: Date;
}): ProposalWorkbookData {
  const { scenario, lines, report, t } = input;
  const sectors = SECTOR_ORDER.filter(
    (sector) =>
      lines.some((l) => l.needsStatement.sector === sector) ||
      report?.sectors.some((s) => s.sector === sector),
  ).map((sector) => {
    const sectorReport = report?.sectors.find((s) => s.sector === sector);
    return {
      name: t(`sectors.${sector}`),
      lines: lines
        .filter((l) => l.needsStatement.sector === sector)
        .map((l) => ({
          title: l.needsStatement.title,
          partnership: l.needsStatement.partnership.name,
          owners: l.needsStatement.partnership.owners.map((o) => o.name).join(', '),
          institution: l.needsStatement.partnership.institution.name,
          theme: input.themeLabel(l.needsStatement.themeId),
          durationYears: l.needsStatement.durationYears ?? null,
          requestedThisYear: l.requestedThisYear,
          grantedThisYear: l.grantedThisYear,
          fundedPercent: l.fundedPercent,
          status: t(`allocationStatus.${l.status}`),
          explanation: l.explanation.nb,
          // The adjustment in the API's words: the reason, the limits it breaks and why.
          adjustmentReason: l.adjustmentExplanation?.nb ?? l.adjustmentReason ?? null,
        })),
      requestedThisYear: null,
      grantedThisYear: sectorReport ? sectorReport.grantedNew : null,
    };
  });

  // One row per gauge, in the API's order, with its verdict, notes and plan clause.
  const constraints: WorkbookConstraint[] = (report?.gauges ?? []).map((g) => ({
    group: t(GROUP_OF[g.kind]),
    label: g.label.nb,
    amount: g.amount,
    lower: g.lower ?? null,
    limit: g.upper ?? null,
    percent: g.percent,
    ok: !g.broken,
    verdict: t(`gauges.verdict.${gaugeVerdict(g)}`),
    note: [
      ...g.notes.map((n) => n.nb),
      ...g.assumptions.map((a) => a.nb),
      ...(g.clauseTitle || g.clause
        ? [t('gauges.clause', { clause: g.clauseTitle?.nb ?? g.clause })]
        : []),
    ].join(' '),
  }));

  return {
    title: t('export.title', { year: input.roundYear, name: scenario.name }),
    roundYear: input.roundYear,
    scenarioName: scenario.name,
    method: `${t(`methodShort.${scenario.method}`)}, ${t(`cutRule.${scenario.cutRule}`)}`,
    createdAt: input.createdAt ?? new Date(),
    totals: [
      { key: 'frame', label: t('scenario.frame'), amount: scenario.frame },
      { key: 'committed', label: t('scenario.committed'), amount: scenario.committedEarlier },
      { key: 'grantedNew', label: t('scenario.grantedNew'), amount: scenario.grantedNew },
      { key: 'leftover', label: t('scenario.leftover'), amount: scenario.leftover },
    ],
    sectors,
    constraints,
    labels: {
      overviewSheet: t('export.overviewSheet'),
      constraintSheet: t('export.constraintSheet'),
      title: t('statements.titleColumn'),
      partnership: t('statements.partnership'),
      owners: t('statement.owners'),
      institution: t('export.institution'),
      theme: t('statements.theme'),
      durationYears: t('statements.duration'),
      requested: t('scenario.requested'),
      granted: t('scenario.granted'),
      fundedPercent: t('scenario.fundedPercent'),
      status: t('statements.status'),
      explanation: t('scenario.explanation'),
      adjustmentReason: t('scenario.adjustmentReason'),
      total: t('common.total'),
      group: t('export.group'),
      constraint: t('export.constraint'),
      amount: t('export.amount'),
      lower: t('export.lower'),
      limit: t('export.limit'),
      percent: t('export.percent'),
      ok: t('export.ok'),
      note: t('export.note'),
      yes: t('common.yes'),
      no: t('common.no'),
      scenario: t('export.scenario'),
      method: t('export.method'),
      round: t('export.round'),
      createdAt: t('export.createdAt'),
    },
  };
}

/** `forslag-2026-hovedforslag.xlsx` */
export function workbookFileName(roundYear: number, scenarioName: string): string {
  const slug = scenarioName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `forslag-${roundYear}${slug ? `-${slug}` : ''}.xlsx`;
}
