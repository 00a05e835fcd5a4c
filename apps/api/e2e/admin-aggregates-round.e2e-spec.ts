import { resolvePlanVersion, type CountyPlan } from '@kompetansemidler/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmallWorld } from '../test/fixtures.js';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import { startAggregatesWorld } from './support/admin-aggregates.js';
import { codeOf, sqlOn, sum, type Headers } from './support/common.js';

// The round's aggregates the admin reads instead of computing money itself: the round summary
// and overview, the statements' problems, and the newcomer flag. (Scenarios and runs:
// admin-aggregates-scenarios and admin-aggregates-runs.)

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

describe('aggregates for the admin: the round summary, overview, problems and newcomers', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;

  beforeAll(async () => {
    ({ api, world, admin } = await startAggregatesWorld());
  });

  afterAll(() => api.close());

  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> =>
    sqlOn<T>(api, query, params);

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
    const overview = gql(
      `query AdminAggregates17($id: ID!) { round(id: $id) { ...AdminAggregatesOverview } }`,
    );
    await api.graphql(overview, { id: world.tromsRoundId }, admin); // warms the problems' cache
    const one = await api.graphql(overview, { id: world.tromsRoundId }, admin);
    expect(one.body.errors).toBeUndefined();
    expect(one.sqlStatements).toBe(1);
    // The list reads rounds through the ORM and their figures in a batch: the same answer.
    const list = await api.graphql(
      gql(
        `query AdminAggregates18 { rounds(first: 50) { edges { node { ...AdminAggregatesOverview } } } }`,
      ),
      {},
      admin,
    );
    expect(list.body.errors).toBeUndefined();
    const listed = list.body.data!.rounds.edges.find((e) => e.node.id === world.tromsRoundId);
    expect(one.body.data!.round).toEqual(listed!.node);
    // Another county's round is not found, as without the figures.
    const nordlandAdmin = await api.as('ADMIN', 'nordland');
    const without = gql(`query AdminAggregates19($id: ID!) { round(id: $id) { id year } }`);
    for (const other of [
      await api.graphql(overview, { id: world.tromsRoundId }, nordlandAdmin),
      await api.graphql(without, { id: world.tromsRoundId }, nordlandAdmin),
    ]) {
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
    const list = async () =>
      (
        await api.graphql(
          gql(`query AdminAggregates20($id: ID!) { needsStatements(roundId: $id, first: 200) { edges { node {
            id newcomer partnership { owners { id participationYears } } } } } }`),
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
  async function problemsOf(roundId: string) {
    const { body } = await api.graphql(PROBLEMS, { id: roundId }, admin);
    expect(body.errors).toBeUndefined();
    return body.data!.needsStatements.edges.map((e) => e.node);
  }
});
