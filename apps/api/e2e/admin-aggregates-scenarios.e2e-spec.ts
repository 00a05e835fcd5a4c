import {
  toCanonicalJson,
  TROMS_PLAN_2026_2029,
  type ScenarioParameters,
} from '@kompetansemidler/domain';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Round } from '../src/modules/round/round.entity.js';
import {
  loadAllocationRows,
  roundForAllocation,
} from '../src/modules/scenario/allocation-input.js';
import { allocationInputFromRows } from '../src/modules/scenario/solver/allocation-job.js';
import type { SmallWorld } from '../test/fixtures.js';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import {
  closeTromsRound,
  RUN,
  startAggregatesWorld,
  type AggregatesWorld,
} from './support/admin-aggregates.js';
import { codeOf, sqlOn, sum, type Headers } from './support/common.js';

// The scenario aggregates the admin reads instead of computing money itself: the stored input,
// totals per grouping, the typed constraint and method reports, and the comparison of two
// scenarios. (The round's figures: admin-aggregates-round; the runs: admin-aggregates-runs.)

const SCENARIO =
  gql(`query AdminAggregates3($id: ID!) { scenario(id: $id) { id grantedNew frame leftover
  lines(first: 200) { totalCount edges { node { requestedThisYear grantedThisYear
    needsStatement { sector } } } }
  totals {
    bySector { key kind sector statements requestedThisYear grantedThisYear }
    byMunicipality { key kind municipality { number } municipalities { number } statements requestedThisYear grantedThisYear }
    byOwner { key kind owners { id name } municipalities { number } statements requestedThisYear grantedThisYear } }
  constraintReport {
    gauges { id kind label { nb } amount percent lower upper limitPercent broken explanation { nb en } notes { nb } clause clauseTitle { nb en } sector year durationYears group }
    sectors { sector total grantedNew committed band { lower upper } withinBand requestedThisYear statements notes { nb } clause }
    leftover { amount reasons { code message { nb } } }
    institutionsInSeveralPartnerships { orgnr partnershipIds grantedThisYear } }
  methodInfo { method cutRule source objective rankedObjective status gap timeLimitSeconds timeLimitReached durationMs explanation { nb en }
    solver { status provenGap timeLimitReached } } } }`);

describe('aggregates for the admin: scenario totals and reports, comparison', () => {
  let ctx: AggregatesWorld;
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;

  beforeAll(async () => {
    ctx = await startAggregatesWorld();
    ({ api, world, admin } = ctx);
  });

  afterAll(() => api.close());

  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> =>
    sqlOn<T>(api, query, params);

  let rankedId = '';
  let optimalId = '';

  it('closes the round and runs two scenarios, polled through their runs', async () => {
    const closed = await closeTromsRound(ctx);
    expect(closed.body.errors).toBeUndefined();
    const runId = crypto.randomUUID();
    const ranked = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'Rangert', method: 'RANKED', runId },
      admin,
      RUN,
    );
    expect(ranked.body.errors).toBeUndefined();
    rankedId = ranked.body.data!.runScenario.id;
    const run = await api.graphql(
      gql(`query AdminAggregates6($id: ID!) { scenarioRun(id: $id) { id status name method queuedAt startedAt finishedAt
         durationMs requestedByName errorCode scenario { id } round { id } } }`),
      { id: runId },
      admin,
    );
    expect(run.body.errors).toBeUndefined();
    const r = run.body.data!.scenarioRun;
    expect(r).toMatchObject({
      id: runId,
      status: 'DONE',
      name: 'Rangert',
      method: 'RANKED',
      errorCode: null,
      scenario: { id: rankedId },
      round: { id: world.tromsRoundId },
    });
    expect(Date.parse(r.queuedAt)).toBeLessThanOrEqual(Date.parse(r.startedAt!));
    expect(Date.parse(r.startedAt!)).toBeLessThanOrEqual(Date.parse(r.finishedAt!));
    expect(r.durationMs).toBeGreaterThanOrEqual(0);

    const optimal = await api.runScenario(
      {
        roundId: world.tromsRoundId,
        name: 'Optimal',
        method: 'OPTIMAL',
        cutRule: 'CONSTRAINED_EQUAL_LOSSES',
        minFundedShare: 0.8,
        timeLimitSeconds: 5,
      },
      admin,
      RUN,
    );
    expect(optimal.body.errors).toBeUndefined();
    optimalId = optimal.body.data!.runScenario.id;
    const runs = await api.graphql(
      gql(`query AdminAggregates7($id: ID!) { round(id: $id) { activeScenarioRun { id }
         scenarioRuns(first: 10) { totalCount edges { node { status scenario { id } } } } } }`),
      { id: world.tromsRoundId },
      admin,
    );
    expect(runs.body.data!.round.activeScenarioRun).toBeNull();
    expect(runs.body.data!.round.scenarioRuns.edges.map((e) => e.node)).toEqual([
      { status: 'DONE', scenario: { id: optimalId } },
      { status: 'DONE', scenario: { id: rankedId } },
    ]);
  });

  it('stores the very input it solved: rebuilt from the database, it has the same hash', async () => {
    const [stored] = await sql<{
      input: unknown;
      input_hash: string;
      parameters: ScenarioParameters;
    }>('select input, input_hash, parameters from scenario where id = ?', [rankedId]);
    const em = api.db.orm.em.fork();
    const round = await em.findOneOrFail(Round, { id: world.tromsRoundId });
    // The solver thread read the rows on its own connection; the same rows read through the
    // request's EntityManager give the very same input.
    const rows = await loadAllocationRows(em, roundForAllocation(round));
    const rebuilt = allocationInputFromRows(rows, stored!.parameters);
    expect(toCanonicalJson(rebuilt)).toBe(toCanonicalJson(stored!.input));
    expect(createHash('sha256').update(toCanonicalJson(rebuilt)).digest('hex')).toBe(
      stored!.input_hash,
    );
  });

  it('totals a scenario per sector, municipality and owners: each grouping adds up to its grant', async () => {
    for (const id of [rankedId, optimalId]) {
      const { body } = await api.graphql(SCENARIO, { id }, admin);
      expect(body.errors).toBeUndefined();
      const s = body.data!.scenario;
      const lines = s.lines.edges.map((e) => e.node);
      const requested = sum(lines.map((l) => l.requestedThisYear));
      for (const grouping of [s.totals.bySector, s.totals.byMunicipality, s.totals.byOwner]) {
        expect(sum(grouping.map((g) => g.grantedThisYear))).toBe(s.grantedNew);
        expect(sum(grouping.map((g) => g.requestedThisYear))).toBe(requested);
        expect(sum(grouping.map((g) => g.statements))).toBe(s.lines.totalCount);
        expect(new Set(grouping.map((g) => g.key)).size).toBe(grouping.length);
      }
      for (const g of s.totals.bySector) {
        const mine = lines.filter((l) => l.needsStatement.sector === g.sector);
        expect(g).toMatchObject({
          kind: 'SECTOR',
          statements: mine.length,
          grantedThisYear: sum(mine.map((l) => l.grantedThisYear)),
        });
      }
      for (const g of s.totals.byMunicipality) {
        if (g.kind === 'MUNICIPALITY') expect(g.municipality?.number).toBe(g.key);
        if (g.kind === 'SEVERAL_MUNICIPALITIES') expect(g.municipalities.length).toBeGreaterThan(1);
      }
      for (const g of s.totals.byOwner) {
        expect(g.kind).toBe('OWNERS');
        expect(g.key).toBe(g.owners.map((o) => o.id).join('+'));
      }
      const byGrant = s.totals.byMunicipality.map((g) => g.grantedThisYear);
      expect(byGrant).toEqual([...byGrant].sort((a, b) => b - a));
    }
  });

  it('types the constraint report: a gauge per constraint, requests per sector, leftover', async () => {
    const { body } = await api.graphql(SCENARIO, { id: rankedId }, admin);
    const s = body.data!.scenario;
    // The typed report against the domain's own, as stored with the scenario.
    const [stored] = await sql<{ report: unknown }>(
      `select result->'report' as report from scenario where id = ?`,
      [rankedId],
    );
    const json = stored!.report as {
      sectors: Array<{ sector: string; total: number; withinBand: boolean }>;
      locks: unknown[];
      laterYears: unknown[];
      fundingRates: unknown[];
      leftover: { amount: number };
    };
    const report = s.constraintReport;
    const kinds = report.gauges.map((g) => g.kind);
    expect(kinds.filter((k) => k === 'SECTOR_BAND')).toHaveLength(json.sectors.length);
    expect(kinds.filter((k) => k === 'LOCK_CAP')).toHaveLength(json.locks.length);
    expect(kinds.filter((k) => k === 'LATER_YEAR')).toHaveLength(json.laterYears.length);
    expect(kinds.filter((k) => k === 'FUNDING_RATE')).toHaveLength(json.fundingRates.length);
    expect(kinds).toContain('COORDINATOR_CAP');
    expect(kinds).toContain('INSTITUTION_SHARE');
    for (const sector of json.sectors) {
      const gauge = report.gauges.find((g) => g.id === `SECTOR:${sector.sector}`)!;
      expect(gauge).toMatchObject({ amount: sector.total, broken: !sector.withinBand });
      expect(gauge.lower).not.toBeNull();
      expect(gauge.explanation.nb).toContain('kr');
      const typed = report.sectors.find((x) => x.sector === sector.sector)!;
      const totals = s.totals.bySector.find((x) => x.key === sector.sector);
      expect(typed.total).toBe(sector.total);
      expect(typed.requestedThisYear).toBe(totals?.requestedThisYear ?? 0);
      expect(typed.statements).toBe(totals?.statements ?? 0);
      expect(typed.total).toBe(typed.committed + typed.grantedNew);
    }
    for (const g of report.gauges.filter((x) => x.upper !== null && x.kind !== 'SECTOR_BAND')) {
      expect(g.broken).toBe(g.amount > g.upper!);
    }
    // Each gauge cites its plan clause by the title it has in the round's plan version.
    const cited = report.gauges.filter((g) => g.clause !== null);
    expect(cited.length).toBeGreaterThan(0);
    for (const g of cited) expect(g.clauseTitle?.nb).toMatch(/\S/);
    expect(report.gauges.find((g) => g.kind === 'LOCK_CAP')?.clauseTitle?.nb).toBe(
      TROMS_PLAN_2026_2029.clauses.find((c) => c.id === 'troms.locks')?.title.nb,
    );
    expect(report.leftover.amount).toBe(json.leftover.amount);
    expect(report.leftover.amount).toBe(s.leftover);
  });

  it('tells how the method ran: the ranked one and the solver’s status and gap', async () => {
    const ranked = (await api.graphql(SCENARIO, { id: rankedId }, admin)).body.data!.scenario
      .methodInfo;
    expect(ranked).toMatchObject({
      method: 'RANKED',
      cutRule: 'PROPORTIONAL',
      source: 'RANKED',
      status: null,
      gap: null,
      solver: null,
    });
    expect(ranked.explanation.nb).toContain('prioritert rekkefølge');
    const optimal = (await api.graphql(SCENARIO, { id: optimalId }, admin)).body.data!.scenario
      .methodInfo;
    expect(optimal.method).toBe('OPTIMAL');
    expect(optimal.cutRule).toBe('CONSTRAINED_EQUAL_LOSSES');
    expect(['OPTIMAL', 'RANKED_FALLBACK']).toContain(optimal.source);
    expect(optimal.status).toBe(optimal.solver!.status);
    expect(optimal.gap).toBe(optimal.solver!.provenGap);
    expect(optimal.timeLimitSeconds).toBe(5);
    expect(optimal.objective).toBeGreaterThanOrEqual(optimal.rankedObjective);
  });

  it('compares two scenarios: totals for both and the statements whose grant differs, with reasons', async () => {
    const { body } = await api.graphql(
      gql(`query AdminAggregates8($ids: [ID!]!) { compareScenarios(ids: $ids) {
         scenarios { id grantedNew }
         rows { spread needsStatement { id } }
         differences { granted spread needsStatement { id }
           lines { status grantedThisYear explanation { nb } adjustmentReason } }
         bySector { key kind sector granted requestedThisYear statements spread differs }
         byMunicipality { key kind granted spread differs }
         byOwner { key kind owners { id } granted spread differs } } }`),
      { ids: [rankedId, optimalId] },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const c = body.data!.compareScenarios;
    const granted = c.scenarios.map((s) => s.grantedNew);
    for (const grouping of [c.bySector, c.byMunicipality, c.byOwner]) {
      expect(sum(grouping.map((g) => g.granted[0]!))).toBe(granted[0]);
      expect(sum(grouping.map((g) => g.granted[1]!))).toBe(granted[1]);
      for (const g of grouping) {
        expect(g.spread).toBe(Math.abs(g.granted[0]! - g.granted[1]!));
        expect(g.differs).toBe(g.spread > 0);
      }
    }
    expect(c.differences).toHaveLength(c.rows.filter((r) => r.spread > 0).length);
    for (const d of c.differences) {
      expect(d.spread).toBeGreaterThan(0);
      expect(d.lines.map((l) => l!.grantedThisYear)).toEqual(d.granted);
      for (const line of d.lines) expect(line!.explanation.nb.length).toBeGreaterThan(0);
    }
    const same = await api.graphql(
      gql(
        `query AdminAggregates12($ids: [ID!]!) { compareScenarios(ids: $ids) { rows { spread } } }`,
      ),
      { ids: [rankedId, rankedId] },
      admin,
    );
    expect(codeOf(same.body.errors)).toBe('BAD_USER_INPUT');
  });
});
