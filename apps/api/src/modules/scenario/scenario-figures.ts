import type { EntityManager } from '@mikro-orm/postgresql';
import {
  constraintGauges,
  gaugesWithBreaches,
  methodExplanation,
  type ConstraintBreach,
  SECTORS,
  type AllocationResult,
  type ConstraintReport,
  type Assumption,
  type PlanClause,
} from '@kompetansemidler/domain';
import type { Sector } from '../../common/enums.js';
import { Municipality } from '../county/municipality.entity.js';
import { Owner } from '../partnership/owner.entity.js';
import {
  GroupKind,
  type ConstraintGaugeType,
  type FundingGroup,
  type GroupTotal,
  type MethodInfo,
  type MethodSource,
  type ScenarioReportType,
  type ScenarioTotals,
} from './dto/scenario-report.types.js';
import type { BreachKind, ConstraintBreachType } from './dto/adjustment.types.js';
import type { Scenario } from './scenario.entity.js';

/** What a scenario's figures are read from: its report (adjusted when adjusted), method, breaches. */
export interface ResultParts {
  report: ConstraintReport;
  method: AllocationResult['method'];
  breaches: ConstraintBreach[];
}

/**
 * The report and method parts of stored results, without reading the statements' part: the
 * adjusted report once advisers adjusted a scenario (the domain's, with their breaches), else the
 * engine's.
 */
export async function resultParts(
  em: EntityManager,
  scenarioIds: readonly string[],
): Promise<Map<string, ResultParts>> {
  if (scenarioIds.length === 0) return new Map();
  const rows = await em.execute<
    {
      id: string;
      report: ConstraintReport;
      method: AllocationResult['method'];
      breaches: ConstraintBreach[] | null;
    }[]
  >(
    `select id, coalesce(adjusted->'report', result->'report') as report,
            result->'method' as method, adjusted->'breaches' as breaches
       from scenario where id in (?)`,
    [scenarioIds],
  );
  return new Map(
    rows.map((r) => [r.id, { report: r.report, method: r.method, breaches: r.breaches ?? [] }]),
  );
}

interface GroupRow {
  scenario_id: string;
  sector: Sector | null;
  owner_ids: string[] | null;
  municipality_ids: string[] | null;
  statements: string;
  requested: string;
  granted: string;
}

/**
 * Every scenario's lines totalled per sector, per municipality of the partnership's owners and per
 * set of owners, in three queries for any number of scenarios. Sums are SQL's exact integers; a
 * statement counts whole in one group of each kind (a partnership in several municipalities is its
 * own group), so each grouping adds up to the scenario's grant.
 */
export async function scenarioTotals(
  em: EntityManager,
  scenarioIds: readonly string[],
): Promise<Map<string, ScenarioTotals>> {
  if (scenarioIds.length === 0) return new Map();
  const rows = await em.execute<GroupRow[]>(
    `with lines as (
       select l.scenario_id, ns.sector, ns.partnership_id, l.requested_this_year as requested,
              coalesce(l.adjusted_this_year, l.engine_granted_this_year) as granted
         from scenario_line l join needs_statement ns on ns.id = l.needs_statement_id
        where l.scenario_id in (?)
     ), owners as (
       select po.partnership_id,
              array_agg(o.id::text order by o.id) as owner_ids,
              array_agg(distinct o.municipality_id::text)
                filter (where o.municipality_id is not null) as municipality_ids
         from partnership_owner po join owner o on o.id = po.owner_id
        where po.partnership_id in (select partnership_id from lines)
        group by po.partnership_id
     )
     select l.scenario_id, l.sector, o.owner_ids, o.municipality_ids, count(*) as statements,
            sum(l.requested) as requested, sum(l.granted) as granted
       from lines l left join owners o on o.partnership_id = l.partnership_id
      group by l.scenario_id, l.sector, o.owner_ids, o.municipality_ids`,
    [scenarioIds],
  );
  const municipalityIds = [...new Set(rows.flatMap((r) => r.municipality_ids ?? []))];
  const ownerIds = [...new Set(rows.flatMap((r) => r.owner_ids ?? []))];
  const [municipalities, owners] = await Promise.all([
    municipalityIds.length > 0
      ? em.find(Municipality, { id: { $in: municipalityIds } })
      : Promise.resolve([]),
    ownerIds.length > 0 ? em.find(Owner, { id: { $in: ownerIds } }) : Promise.resolve([]),
  ]);
  const municipalityById = new Map(municipalities.map((m) => [m.id, m]));
  const ownerById = new Map(owners.map((o) => [o.id, o]));
  const result = new Map<string, ScenarioTotals>();
  for (const id of scenarioIds) {
    const mine = rows.filter((r) => r.scenario_id === id);
    result.set(id, totalsOf(mine, municipalityById, ownerById));
  }
  return result;
}

function totalsOf(
  rows: readonly GroupRow[],
  municipalityById: ReadonlyMap<string, Municipality>,
  ownerById: ReadonlyMap<string, Owner>,
): ScenarioTotals {
  const bySector = new Map<string, GroupTotal>();
  const byMunicipality = new Map<string, GroupTotal>();
  const byOwner = new Map<string, GroupTotal>();
  const add = (
    map: Map<string, GroupTotal>,
    make: () => GroupTotal,
    key: string,
    row: GroupRow,
  ) => {
    const group = map.get(key) ?? make();
    group.statements += Number(row.statements);
    group.requestedThisYear += Number(row.requested);
    group.grantedThisYear += Number(row.granted);
    map.set(key, group);
  };
  for (const row of rows) {
    const sectorKey = row.sector ?? 'NONE';
    add(
      bySector,
      () => ({ ...empty(sectorKey, GroupKind.SECTOR), sector: row.sector }),
      sectorKey,
      row,
    );

    const here = (row.municipality_ids ?? [])
      .map((m) => municipalityById.get(m))
      .filter((m): m is Municipality => m !== undefined)
      .sort((a, b) => (a.number < b.number ? -1 : 1));
    const municipalityKey =
      here.length === 1 ? here[0]!.number : here.length === 0 ? 'NONE' : 'SEVERAL';
    add(
      byMunicipality,
      () => ({
        ...empty(
          municipalityKey,
          here.length === 1
            ? GroupKind.MUNICIPALITY
            : here.length === 0
              ? GroupKind.NO_MUNICIPALITY
              : GroupKind.SEVERAL_MUNICIPALITIES,
        ),
        municipality: here.length === 1 ? here[0]! : null,
      }),
      municipalityKey,
      row,
    );
    const group = byMunicipality.get(municipalityKey)!;
    for (const m of here) if (!group.municipalities.includes(m)) group.municipalities.push(m);
    group.municipalities.sort((a, b) => (a.number < b.number ? -1 : 1));

    const ownerIds = row.owner_ids ?? [];
    const ownerKey = ownerIds.length > 0 ? ownerIds.join('+') : 'NONE';
    add(
      byOwner,
      () => ({
        ...empty(ownerKey, GroupKind.OWNERS),
        owners: ownerIds.map((o) => ownerById.get(o)).filter((o): o is Owner => o !== undefined),
        municipalities: here,
      }),
      ownerKey,
      row,
    );
  }
  const byGrant = (a: GroupTotal, b: GroupTotal) =>
    b.grantedThisYear - a.grantedThisYear || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const sectorOrder = (key: string) => {
    const k = (SECTORS as readonly string[]).indexOf(key);
    return k < 0 ? SECTORS.length : k;
  };
  return {
    bySector: [...bySector.values()].sort((a, b) => sectorOrder(a.key) - sectorOrder(b.key)),
    byMunicipality: [...byMunicipality.values()].sort(byGrant),
    byOwner: [...byOwner.values()].sort(byGrant),
  };
}

function empty(key: string, kind: GroupKind): GroupTotal {
  return {
    key,
    kind,
    sector: null,
    municipality: null,
    municipalities: [],
    owners: [],
    statements: 0,
    requestedThisYear: 0,
    grantedThisYear: 0,
  };
}

/**
 * The typed constraint report: the domain's gauges (breached ones broken, with their overrides)
 * and the sectors with their requests.
 */
export function typedReport(
  report: ConstraintReport,
  frame: number,
  totals: ScenarioTotals | undefined,
  clauses: Readonly<Record<string, PlanClause>> = {},
  breaches: readonly ConstraintBreach[] = [],
  assumptions: readonly Assumption[] = [],
): ScenarioReportType {
  const demand = new Map(
    (totals?.bySector ?? []).map((s) => [
      s.key,
      { requested: s.requestedThisYear, statements: s.statements },
    ]),
  );
  const gauges: ConstraintGaugeType[] = gaugesWithBreaches(
    constraintGauges(report, frame, Object.fromEntries(demand), assumptions),
    breaches,
  ).map((g) => ({
    ...g,
    clauseTitle: (g.clause && clauses[g.clause]?.title) || null,
    kind: g.kind as ConstraintGaugeType['kind'],
    sector: g.sector as Sector | null,
    group: g.group as FundingGroup | null,
  }));
  return {
    gauges,
    sectors: report.sectors.map((s) => ({
      sector: s.sector as Sector,
      targetPercent: s.targetPercent,
      target: s.target,
      band: { ...s.band },
      effectiveBand: { ...s.effectiveBand },
      committed: s.committed,
      grantedNew: s.grantedNew,
      total: s.total,
      sharePercent: s.sharePercent,
      withinBand: s.withinBand,
      // Reports stored before the effective band was judged lack these: the nominal band then.
      withinNominalBand: s.withinNominalBand ?? s.withinBand,
      bandMoved: s.bandMoved ?? false,
      requestedThisYear: demand.get(s.sector)?.requested ?? 0,
      statements: demand.get(s.sector)?.statements ?? 0,
      notes: s.notes,
      clause: s.clause,
    })),
    leftover: { amount: report.leftover.amount, reasons: report.leftover.reasons },
    institutionsInSeveralPartnerships: report.institutionsInSeveralPartnerships,
  };
}

/** The breaches as the GraphQL type. */
export function typedBreaches(breaches: readonly ConstraintBreach[]): ConstraintBreachType[] {
  return breaches.map((b) => ({
    ...b,
    kind: b.kind as BreachKind,
    overrides: b.overrides.map((o) => ({ ...o })),
    overridden: b.overrides.length > 0,
  }));
}

/** The typed method report of a scenario. */
export function methodInfo(scenario: Scenario, method: AllocationResult['method']): MethodInfo {
  const solver = method.solver;
  return {
    method: scenario.method,
    cutRule: scenario.cutRule,
    source: method.source as MethodSource,
    objective: method.objective,
    rankedObjective: method.rankedObjective,
    status: solver?.status ?? null,
    gap: solver?.provenGap ?? null,
    timeLimitSeconds: solver?.timeLimitSeconds ?? null,
    timeLimitReached: solver?.timeLimitReached ?? false,
    durationMs: scenario.durationMs,
    solver: solver ? { ...solver } : null,
    explanation: methodExplanation(method),
  };
}
