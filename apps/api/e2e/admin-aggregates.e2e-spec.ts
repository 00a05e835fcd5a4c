import {
  resolvePlanVersion,
  toCanonicalJson,
  TROMS_PLAN_2026_2029,
  type CountyPlan,
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
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

// The aggregates the admin reads instead of computing money itself: the round summary, the
// statements' problems, scenario totals, the typed constraint and method reports, the comparison
// of scenarios, and the runs of the engine (one at a time per round).

type Headers = Record<string, string>;
type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

const codeOf = (errors: Errors): unknown => errors?.[0]?.extensions?.['code'];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const SUMMARY = gql(`query AdminAggregates1($id: ID!) { round(id: $id) { frame
  summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems
    bySector { sector statements requestedThisYear }
    byTheme { sector themeId title { nb en } rank statements withdrawn requestedThisYear }
    byStatus { status statements requestedThisYear } }
  commitments(first: 2) { totalCount pageInfo { hasNextPage endCursor } }
  allCommitments: commitments(first: 200) { totalCount edges { node { amount } } } } }`);

const PROBLEMS =
  gql(`query AdminAggregates2($id: ID!) { needsStatements(roundId: $id, first: 200) { edges { node {
  id status problems { code path field message { nb en } } } } } }`);

/** The scenario's fields a run answers with, once stored (api.runScenario). */
const RUN = 'id grantedNew frame committedEarlier leftover durationMs';

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

describe('aggregates for the admin: summary, problems, scenario totals and reports, comparison, runs', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;
  let forum: Headers;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 16, earlier: 10, nordland: 2 });
    admin = await api.as('ADMIN', 'troms');
    forum = await api.as('FORUM', 'troms');
  });

  afterAll(() => api.close());

  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> =>
    api.db.orm.em.getConnection().execute(query, params);

  it('totals the round per sector, theme and status, with free funds, exactly as SQL does', async () => {
    // One withdrawn statement, so every status has a row.
    const [victim] = await sql<{ id: string }>(
      `select id from needs_statement where round_id = ? order by id limit 1`,
      [world.tromsRoundId],
    );
    await sql(
      `update needs_statement set status = 'WITHDRAWN', version = version + 1 where id = ?`,
      [victim!.id],
    );
    const { body } = await api.graphql(SUMMARY, { id: world.tromsRoundId }, admin);
    expect(body.errors).toBeUndefined();
    const { summary, frame, commitments, allCommitments } = body.data!.round;
    const rows = await sql<{ status: string; sector: string; n: string; requested: string }>(
      `select status, sector, count(*) as n, sum(requested_this_year) as requested
         from needs_statement where round_id = ? group by status, sector`,
      [world.tromsRoundId],
    );
    const submitted = rows.filter((r) => r.status === 'SUBMITTED');
    expect(summary.statements).toBe(sum(submitted.map((r) => Number(r.n))));
    expect(summary.withdrawn).toBe(1);
    expect(summary.requestedThisYear).toBe(sum(submitted.map((r) => Number(r.requested))));
    for (const s of summary.bySector) {
      const row = submitted.find((r) => r.sector === s.sector)!;
      expect(s).toEqual({
        sector: s.sector,
        statements: Number(row.n),
        requestedThisYear: Number(row.requested),
      });
    }
    expect(summary.byStatus.map((s) => s.status)).toEqual(['SUBMITTED', 'WITHDRAWN']);
    expect(summary.byStatus[0]!.requestedThisYear).toBe(summary.requestedThisYear);
    expect(summary.byStatus[1]).toMatchObject({ statements: 1 });
    // Themes: every statement counted once, requests add up, titles and ranks from the plan.
    expect(sum(summary.byTheme.map((t) => t.statements))).toBe(summary.statements);
    expect(sum(summary.byTheme.map((t) => t.withdrawn))).toBe(1);
    expect(sum(summary.byTheme.map((t) => t.requestedThisYear))).toBe(summary.requestedThisYear);
    for (const t of summary.byTheme) {
      expect(t.title?.nb.length).toBeGreaterThan(0);
      expect(t.rank).toBeGreaterThanOrEqual(1);
    }
    const order = ['KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD'];
    for (let k = 1; k < summary.byTheme.length; k++) {
      const [a, b] = [summary.byTheme[k - 1]!, summary.byTheme[k]!];
      const bySector = order.indexOf(a.sector!) - order.indexOf(b.sector!);
      expect(bySector < 0 || (bySector === 0 && a.rank! <= b.rank!)).toBe(true);
    }
    // Free funds: the frame less what earlier grants bind in the round's year.
    expect(summary.committedThisYear).toBe(sum(allCommitments.edges.map((e) => e.node.amount)));
    expect(summary.committedThisYear).toBeGreaterThan(0);
    expect(summary.freeThisYear).toBe(frame - summary.committedThisYear);
    // The commitments' count without edges comes from the same aggregate as with them.
    expect(commitments.totalCount).toBe(allCommitments.totalCount);
    expect(commitments.pageInfo.hasNextPage).toBe(allCommitments.totalCount > 2);
  });

  it('reads the overview’s round and figures in one statement, the same as the list gives them, and only in the county', async () => {
    const fields = `id year status frame version createdAt calendar { id start end }
      allowedActions
      summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems
        bySector { sector statements requestedThisYear } byStatus { status statements } }
      commitments(first: 1) { totalCount }`;
    const overview = `fragment Overview on Round { ${fields} }
      query($id: ID!) { round(id: $id) { ...Overview } }`;
    await api.graphql(overview, { id: world.tromsRoundId }, admin); // warms the problems' cache
    const one = await api.graphql<{ round: Record<string, unknown> }>(
      overview,
      { id: world.tromsRoundId },
      admin,
    );
    expect(one.body.errors).toBeUndefined();
    expect(one.sqlStatements).toBe(1);
    // The list reads rounds through the ORM and their figures in a batch: the same answer.
    const list = await api.graphql<{ rounds: { edges: Array<{ node: Record<string, unknown> }> } }>(
      `query { rounds(first: 50) { edges { node { ${fields} } } } }`,
      {},
      admin,
    );
    expect(list.body.errors).toBeUndefined();
    const listed = list.body.data!.rounds.edges.find((e) => e.node['id'] === world.tromsRoundId);
    expect(one.body.data!.round).toEqual(listed!.node);
    // Another county's round is not found, as without the figures.
    const nordlandAdmin = await api.as('ADMIN', 'nordland');
    for (const query of [overview, `query($id: ID!) { round(id: $id) { id year } }`]) {
      const other = await api.graphql(query, { id: world.tromsRoundId }, nordlandAdmin);
      expect(codeOf(other.body.errors)).toBe('NOT_FOUND');
    }
  });

  it('lists the plan’s problems of stored statements and counts them in the summary', async () => {
    const before = await problemsOf(world.tromsRoundId);
    const count = async () =>
      (await api.graphql(SUMMARY, { id: world.tromsRoundId }, admin)).body.data!.round.summary
        .withProblems;
    const submittedWithProblems = (list: typeof before) =>
      list.filter((s) => s.status === 'SUBMITTED' && s.problems.length > 0).length;
    expect(await count()).toBe(submittedWithProblems(before));

    // A statement stored without Sámi perspectives (as an import might leave it): rule 11.
    const clean = before.find((s) => s.status === 'SUBMITTED' && s.problems.length === 0)!;
    await sql(
      `update needs_statement set sami_perspectives = '', version = version + 1 where id = ?`,
      [clean.id],
    );
    const after = await problemsOf(world.tromsRoundId);
    const problems = after.find((s) => s.id === clean.id)!.problems;
    expect(problems).toContainEqual({
      code: 'NS_REQUIRED_PART_MISSING',
      path: ['samiPerspectives'],
      field: 'samiPerspectives',
      message: { nb: expect.any(String), en: expect.any(String) },
    });
    expect(await count()).toBe(submittedWithProblems(before) + 1);

    // The list filters on the same problems, paged by the API.
    const filtered = async (hasProblems: boolean) =>
      (
        await api.graphql(
          gql(`query AdminAggregates4($round: ID!, $has: Boolean) {
            needsStatements(roundId: $round, first: 200, filter: { hasProblems: $has }) {
              totalCount edges { node { id } } } }`),
          { round: world.tromsRoundId, has: hasProblems },
          admin,
        )
      ).body.data!.needsStatements;
    const flagged = await filtered(true);
    const ids = (list: Array<{ id: string; problems: unknown[] }>) => list.map((s) => s.id).sort();
    expect(flagged.edges.map((e) => e.node.id).sort()).toEqual(
      ids(after.filter((s) => s.problems.length > 0)),
    );
    expect(flagged.edges.map((e) => e.node.id)).toContain(clean.id);
    const sound = await filtered(false);
    expect(sound.edges.map((e) => e.node.id).sort()).toEqual(
      ids(after.filter((s) => s.problems.length === 0)),
    );
    expect(flagged.totalCount + sound.totalCount).toBe(after.length);

    // The partnership sees its own statement's problems.
    const [owner] = await sql<{ partnership_id: string }>(
      'select partnership_id from needs_statement where id = ?',
      [clean.id],
    );
    const partnership = await api.as('PARTNERSHIP', 'troms', owner!.partnership_id);
    const own = await api.graphql(
      gql(`query AdminAggregates5($id: ID!) { needsStatement(id: $id) { problems { code } } }`),
      { id: clean.id },
      partnership,
    );
    expect(own.body.data?.needsStatement.problems.map((p) => p.code)).toContain(
      'NS_REQUIRED_PART_MISSING',
    );
    await sql(
      `update needs_statement set sami_perspectives = 'Samisk språk og kultur i arbeidet.', version = version + 1 where id = ?`,
      [clean.id],
    );
    expect(await count()).toBe(submittedWithProblems(before));
  });

  it('flags statements whose partnership has a newcomer owner, by the plan’s rule, and notices a changed owner', async () => {
    type Row = {
      id: string;
      newcomer: boolean;
      partnership: { owners: Array<{ id: string; participationYears: number[] }> };
    };
    const list = async () =>
      (
        await api.graphql<{ needsStatements: { edges: Array<{ node: Row }> } }>(
          `query($id: ID!) { needsStatements(roundId: $id, first: 200) { edges { node {
            id newcomer partnership { owners { id participationYears } } } } } }`,
          { id: world.tromsRoundId },
          admin,
        )
      ).body.data!.needsStatements.edges.map((e) => e.node);
    const [round] = await sql<{ year: number; plan: CountyPlan; version_id: string }>(
      `select r.year, pv.plan, pv.version_id from round r
         join plan_version pv on pv.id = r.plan_version_id where r.id = ?`,
      [world.tromsRoundId],
    );
    const year = round!.year;
    const longWhile = resolvePlanVersion(round!.plan, round!.version_id).rules.newcomers
      .yearsAwayCountsAsLongWhile;
    // The domain's rule, from the years the API reports: never, or not for a long while.
    const isNew = (years: number[]) => {
      const earlier = years.filter((y) => y < year);
      return earlier.length === 0 || year - Math.max(...earlier) - 1 >= longWhile;
    };
    const before = await list();
    expect(before.length).toBeGreaterThan(0);
    for (const s of before) {
      expect(s.newcomer, s.id).toBe(s.partnership.owners.some((o) => isNew(o.participationYears)));
    }

    // Every owner of one statement's partnership took part last year: no newcomer; then one
    // owner's years are cleared (as the register may do): a newcomer.
    const target = before[0]!;
    const owners = target.partnership.owners.map((o) => o.id);
    const setYears = (ids: string[], years: number[]) =>
      sql(
        `update owner set participation_years = ?::jsonb, version = version + 1 where id in (${ids.map(() => '?').join(', ')})`,
        [JSON.stringify(years), ...ids],
      );
    await setYears(owners, [year - 1]);
    expect((await list()).find((s) => s.id === target.id)!.newcomer).toBe(false);
    await setYears(owners.slice(0, 1), []);
    expect((await list()).find((s) => s.id === target.id)!.newcomer).toBe(true);

    // Back as they were, for the tests after this one.
    for (const o of target.partnership.owners) await setYears([o.id], o.participationYears);
  });

  let rankedId = '';
  let optimalId = '';

  it('closes the round and runs two scenarios, polled through their runs', async () => {
    const closed = await api.graphql(
      gql(
        `mutation AdminAggregates11($id: ID!) { closeRound(input: { roundId: $id }) { status } }`,
      ),
      { id: world.tromsRoundId },
      admin,
    );
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

  it('refuses a second run of a round while one is in progress, and frees the round after a crash', async () => {
    const [round] = await sql<{ county_id: string }>('select county_id from round where id = ?', [
      world.tromsRoundId,
    ]);
    const activeId = crypto.randomUUID();
    // A run in progress (as another server instance would have recorded it).
    await sql(
      `insert into scenario_run (id, county_id, round_id, name, method, cut_rule, status, requested_by,
         requested_by_name, started_at, lease_until)
       values (?, ?, ?, 'Pågår', 'OPTIMAL', 'PROPORTIONAL', 'RUNNING', 'someone', 'Kari Rådgiver', now(),
         now() + interval '1 hour')`,
      [activeId, round!.county_id, world.tromsRoundId],
    );
    const before = await sql<{ n: string }>(
      'select count(*) as n from scenario where round_id = ?',
      [world.tromsRoundId],
    );
    const refused = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'For tidlig', method: 'RANKED' },
      admin,
      RUN,
    );
    expect(codeOf(refused.body.errors)).toBe('SCENARIO_RUN_IN_PROGRESS');
    const extensions = refused.body.errors![0]!.extensions!;
    expect(extensions).toMatchObject({
      runId: activeId,
      runName: 'Pågår',
      status: 'RUNNING',
      requestedByName: 'Kari Rådgiver',
    });
    expect(extensions['problems']).toEqual([
      {
        code: 'SCENARIO_RUN_IN_PROGRESS',
        path: ['roundId'],
        message: { nb: expect.stringContaining('Pågår'), en: expect.stringContaining('Pågår') },
      },
    ]);
    const after = await sql<{ n: string }>(
      'select count(*) as n from scenario where round_id = ?',
      [world.tromsRoundId],
    );
    expect(after[0]!.n).toBe(before[0]!.n);
    const active = await api.graphql(
      gql(
        `query AdminAggregates9($id: ID!) { round(id: $id) { activeScenarioRun { id status } } }`,
      ),
      { id: world.tromsRoundId },
      admin,
    );
    expect(active.body.data!.round.activeScenarioRun).toEqual({ id: activeId, status: 'RUNNING' });

    // The server that ran it stopped renewing its lease: the next run marks it INTERRUPTED and
    // goes ahead.
    await sql(`update scenario_run set lease_until = now() - interval '1 second' where id = ?`, [
      activeId,
    ]);
    const next = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'Etter krasj', method: 'RANKED' },
      admin,
      RUN,
    );
    expect(next.body.errors).toBeUndefined();
    const [stale] = await sql<{ status: string; error_code: string }>(
      'select status, error_code from scenario_run where id = ?',
      [activeId],
    );
    expect(stale).toEqual({ status: 'FAILED', error_code: 'INTERRUPTED' });
  });

  it('never lets two runs of a round overlap, however many are asked for at once', async () => {
    const results = await Promise.all(
      ['A', 'B', 'C'].map((name) =>
        api.runScenario(
          { roundId: world.tromsRoundId, name: `Samtidig ${name}`, method: 'OPTIMAL' },
          admin,
          RUN,
        ),
      ),
    );
    const done = results.filter((r) => !r.body.errors);
    const refused = results.filter((r) => r.body.errors);
    expect(done.length).toBeGreaterThanOrEqual(1);
    for (const r of refused) expect(codeOf(r.body.errors)).toBe('SCENARIO_RUN_IN_PROGRESS');
    const runs = await sql<{ created_at: Date; finished_at: Date }>(
      `select created_at, finished_at from scenario_run
        where round_id = ? and name like 'Samtidig %' and status = 'DONE' order by created_at`,
      [world.tromsRoundId],
    );
    expect(runs).toHaveLength(done.length);
    for (let k = 1; k < runs.length; k++) {
      expect(runs[k]!.created_at.getTime()).toBeGreaterThanOrEqual(
        runs[k - 1]!.finished_at.getTime(),
      );
    }
  });

  it('refuses a run with invalid parameters before recording it, and leaves the round free', async () => {
    const runId = crypto.randomUUID();
    const failed = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'Ugyldig', minFundedShare: 2, runId },
      admin,
      RUN,
    );
    expect(codeOf(failed.body.errors)).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(failed.body.errors)).toContain('minFundedShare');
    const stored = await sql<{ n: number }>(
      'select count(*)::int as n from scenario_run where id = ?',
      [runId],
    );
    expect(stored[0]!.n).toBe(0);
    const round = await api.graphql(
      gql(`query AdminAggregates10($id: ID!) { round(id: $id) { activeScenarioRun { id } } }`),
      { id: world.tromsRoundId },
      admin,
    );
    expect(round.body.errors).toBeUndefined();
    expect(round.body.data!.round.activeScenarioRun).toBeNull();
  });

  it('keeps runs to the office: the forum, partnerships, anonymous callers and other counties see none', async () => {
    const [any] = await sql<{ id: string }>('select id from scenario_run limit 1');
    const asForum = await api.graphql(
      gql(`query AdminAggregates13($id: ID!) { scenarioRun(id: $id) { id } }`),
      { id: any!.id },
      forum,
    );
    expect(codeOf(asForum.body.errors)).toBe('FORBIDDEN');
    const partnership = await api.as('PARTNERSHIP', 'troms', world.tromsPartnershipIds[0]);
    const asPartnership = await api.graphql(
      gql(`query AdminAggregates14($id: ID!) { scenarioRun(id: $id) { id } }`),
      { id: any!.id },
      partnership,
    );
    expect(codeOf(asPartnership.body.errors)).toBe('FORBIDDEN');
    const anonymous = await api.graphql(
      gql(`query AdminAggregates15($id: ID!) { scenarioRun(id: $id) { id } }`),
      {
        id: any!.id,
      },
    );
    expect(codeOf(anonymous.body.errors)).toBe('UNAUTHENTICATED');
    const nordland = await api.as('ADMIN', 'nordland');
    const other = await api.graphql(
      gql(`query AdminAggregates16($id: ID!) { scenarioRun(id: $id) { id } }`),
      { id: any!.id },
      nordland,
    );
    expect(codeOf(other.body.errors)).toBe('NOT_FOUND');
  });

  async function problemsOf(roundId: string) {
    const { body } = await api.graphql(PROBLEMS, { id: roundId }, admin);
    expect(body.errors).toBeUndefined();
    return body.data!.needsStatements.edges.map((e) => e.node);
  }
});
