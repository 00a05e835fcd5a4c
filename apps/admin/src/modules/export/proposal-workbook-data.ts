import type { ConstraintReport } from '@kompetansemidler/domain';
import type { ScenarioSummaryFieldsFragment, Sector } from '../../gql/graphql.js';
import type { ScenarioLine } from '../scenarios/use-scenario.js';
import type { ProposalWorkbookData, WorkbookConstraint } from './proposal-workbook.js';

type Translate = (key: string, values?: Record<string, unknown>) => string;

const SECTOR_ORDER: Sector[] = ['KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD'];

/** The workbook's content from a scenario as the API gave it: no amount is computed here. */
export function proposalWorkbookData(input: {
  scenario: ScenarioSummaryFieldsFragment;
  lines: readonly ScenarioLine[];
  report: ConstraintReport | null;
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
          adjustmentReason: l.adjustmentReason ?? null,
        })),
      requestedThisYear: null,
      grantedThisYear: sectorReport ? sectorReport.grantedNew : null,
    };
  });

  const constraints: WorkbookConstraint[] = [];
  for (const s of report?.sectors ?? []) {
    constraints.push({
      group: t('export.groupSector'),
      label: t(`sectors.${s.sector}`),
      amount: s.total,
      lower: s.band.lower,
      limit: s.band.upper,
      percent: s.sharePercent,
      ok: s.withinBand,
      note: s.notes.map((n) => n.nb).join(' '),
    });
  }
  for (const lock of report?.locks ?? []) {
    constraints.push({
      group: t('export.groupLock'),
      label: t('gauges.lockLabel', { years: lock.durationYears, year: lock.year }),
      amount: lock.total,
      lower: null,
      limit: lock.cap,
      percent: lock.capPercent,
      ok: lock.withinCap,
      note: '',
    });
  }
  if (report?.coordinator) {
    const c = report.coordinator;
    constraints.push({
      group: t('export.groupCoordinator'),
      label: t('gauges.coordinator'),
      amount: c.total,
      lower: null,
      limit: c.cap,
      percent: c.capPercent,
      ok: c.withinCap,
      note: c.capIsAssumption ? t('gauges.assumption') : '',
    });
  }
  for (const rate of report?.fundingRates ?? []) {
    constraints.push({
      group: t('export.groupFunding'),
      label: t(`gauges.fundingRate.${rate.group}`),
      amount: rate.granted,
      lower: null,
      limit: rate.requested,
      percent: rate.ratePercent,
      ok: true,
      note: '',
    });
  }
  if (report?.institutionShare) {
    const share = report.institutionShare;
    constraints.push({
      group: t('export.groupInstitution'),
      label: t('gauges.institutionShare'),
      amount: share.institution,
      lower: null,
      limit: null,
      percent: share.institutionSharePercent,
      ok: !share.falling && !share.belowMinimum,
      note: share.warnings.map((w) => w.nb).join(' '),
    });
  }

  return {
    title: t('export.title', { year: input.roundYear, name: scenario.name }),
    roundYear: input.roundYear,
    scenarioName: scenario.name,
    method: `${t(`methodShort.${scenario.method}`)}, ${t(`cutRule.${scenario.cutRule}`)}`,
    createdAt: input.createdAt ?? new Date(),
    totals: [
      { label: t('scenario.frame'), amount: scenario.frame },
      { label: t('scenario.committed'), amount: scenario.committedEarlier },
      { label: t('scenario.grantedNew'), amount: scenario.grantedNew },
      { label: t('scenario.leftover'), amount: scenario.leftover },
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
