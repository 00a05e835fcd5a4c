import { expect } from 'vitest';
import { County } from '../../src/modules/county/county.entity.js';
import { Decision } from '../../src/modules/decision/decision.entity.js';
import { AccountsLine } from '../../src/modules/reporting/accounts-line.entity.js';
import { AnnualReport } from '../../src/modules/reporting/annual-report.entity.js';
import { buildDemoReport } from '../../src/modules/reporting/demo-report.js';
import { seedSmallWorld, type SmallWorld } from '../../test/fixtures.js';
import { startTestApi, type TestApi } from '../../test/test-server.js';
import { gql } from '../gql/index.js';

// Shared by the role-matrix e2e files: every operation is tried by every role, in its own county
// and in another; the world it runs in (a decided earlier round with a report, an open round with
// a finished scenario run), and the check of one case.

export type Caller = 'ADMIN' | 'FORUM' | 'PARTNERSHIP' | 'NATIONAL' | 'ANONYMOUS';
export type Where = 'own' | 'other';

export interface Ids {
  round: string;
  openRound: string;
  statement: string;
  scenario: string;
  proposal: string;
  decision: string;
  partnership: string;
  report: string;
  scenarioRun: string;
  /** The scenario the run in the open round stored. */
  runScenario: string;
}

export interface Operation {
  name: string;
  roles: Caller[];
  query: string;
  variables: (ids: Ids) => Record<string, unknown>;
  /** List operations: rows of the own county must not appear for another county. */
  leaks?: (data: unknown, ids: Ids) => boolean;
  /** Not tied to a county's rows (the other county acts in its own). */
  countyless?: boolean;
  /** A field of a row other roles may read: in another county that row is not found first. */
  fieldOfReadableRow?: boolean;
}

/** Codes that mean: the caller got past authorization and saw the row (a business refusal). */
export const REACHED = new Set(['WRONG_PHASE', 'VALIDATION_FAILED', 'BAD_USER_INPUT', 'CONFLICT']);

export interface RoleMatrixWorld {
  api: TestApi;
  world: SmallWorld;
  ids: Ids;
}

/** Starts the API on the role matrix's world (for a beforeAll; close `api` afterwards). */
export async function startRoleMatrixWorld(): Promise<RoleMatrixWorld> {
  const api = await startTestApi();
  const world = await seedSmallWorld(api.db.orm, { troms: 4, earlier: 8, nordland: 3 });
  const conn = api.db.orm.em.getConnection();
  const [row]: Array<Record<string, string>> = await conn.execute(
    `select d.id as decision, d.needs_statement_id as statement, d.partnership_id as partnership,
            d.proposal_id as proposal, p.scenario_id as scenario, d.round_id as round
       from decision d join proposal p on p.id = d.proposal_id where d.round_id = ?
      order by (d.status = 'REJECTED'), d.id limit 1`,
    [world.tromsEarlierRoundId],
  );
  const ids: Ids = {
    ...(row as unknown as Ids),
    openRound: world.tromsRoundId,
    report: await reportOf(api, row!['decision']!),
    ...(await scenarioRunIn(api, world.tromsRoundId)),
  };
  return { api, world, ids };
}

/** A finished scenario run in the county's open round, started as its adviser would. */
async function scenarioRunIn(
  api: TestApi,
  roundId: string,
): Promise<{ scenarioRun: string; runScenario: string }> {
  const runId = crypto.randomUUID();
  const { body } = await api.graphql(
    gql(`mutation RoleMatrix1($input: RunScenarioInput!) { runScenario(input: $input) { id } }`),
    {
      input: {
        roundId,
        name: 'Rollematrise',
        runId,
        override: { reason: 'Rollematrisen trenger en kjøring' },
      },
    },
    await api.as('ADMIN', 'troms'),
  );
  expect(body.errors).toBeUndefined();
  await api.server.scenarioRuns.idle();
  // The run stored its scenario: the second one to compare with.
  const run = await api.graphql(
    gql(`query RoleMatrix2($id: ID!) { scenarioRun(id: $id) { scenario { id } } }`),
    { id: body.data!.runScenario.id },
    await api.as('ADMIN', 'troms'),
  );
  expect(run.body.data?.scenarioRun.scenario).not.toBeNull();
  return { scenarioRun: runId, runScenario: run.body.data!.scenarioRun.scenario!.id };
}

/** The decision's 2026 annual report: the seeded one, or a demo report made here. */
async function reportOf(api: TestApi, decisionId: string): Promise<string> {
  const em = api.db.orm.em.fork();
  const existing = await em.findOne(AnnualReport, { decision: decisionId, year: 2026 });
  if (existing) return existing.id;
  const decision = await em.findOneOrFail(
    Decision,
    { id: decisionId },
    { populate: ['needsStatement'] },
  );
  const ns = decision.needsStatement.getEntity();
  const { lines, ...fields } = buildDemoReport(decision.grantedPerYear, ns, 2026, 1)!;
  const county = em.getReference(County, ns.county.id);
  const report = em.create(AnnualReport, {
    ...fields,
    county,
    decision,
    needsStatement: ns,
    partnership: decision.partnership,
    round: decision.round,
    submittedAt: new Date(),
  });
  for (const line of lines) em.create(AccountsLine, { ...line, county, annualReport: report });
  await em.flush();
  return report.id;
}

/** The headers of a caller, in the own county (Troms) or the other (Nordland). */
export async function headersFor(
  { api, world, ids }: RoleMatrixWorld,
  caller: Caller,
  where: Where,
): Promise<Record<string, string>> {
  if (caller === 'ANONYMOUS') return {};
  if (caller === 'NATIONAL') return api.as('NATIONAL');
  const county = where === 'own' ? 'troms' : 'nordland';
  const partnership = where === 'own' ? ids.partnership : world.nordlandPartnershipIds[0];
  return api.as(caller, county, caller === 'PARTNERSHIP' ? partnership : undefined);
}

/** Every role, in the own county and (but NATIONAL and anonymous callers) in the other. */
export function casesOf(operations: Operation[]) {
  return operations.flatMap((op) =>
    (['ADMIN', 'FORUM', 'PARTNERSHIP', 'NATIONAL', 'ANONYMOUS'] as Caller[]).flatMap((caller) =>
      (caller === 'NATIONAL' || caller === 'ANONYMOUS' ? ['own'] : ['own', 'other']).map(
        (where) => [op.name, caller, where] as const,
      ),
    ),
  );
}

/** One case: refused by role, reached in the own county, not found (or no leak) in the other. */
export async function checkCase(
  ctx: RoleMatrixWorld,
  op: Operation,
  caller: Caller,
  where: Where,
): Promise<void> {
  const { api, ids } = ctx;
  const { body } = await api.graphql(
    op.query,
    op.variables(ids),
    await headersFor(ctx, caller, where),
  );
  const code = body.errors?.[0]?.extensions?.['code'] as string | undefined;
  const allowedRole = op.roles.includes(caller);
  if (!allowedRole) {
    if (op.fieldOfReadableRow && where === 'other' && caller !== 'ANONYMOUS') {
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code);
    } else {
      expect(code).toBe(caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
    return;
  }
  const reached = code === undefined || REACHED.has(code);
  if (where === 'own' || op.countyless) {
    expect(code === undefined ? 'reached' : code).toSatisfy(
      (c: string) => c === 'reached' || REACHED.has(c),
    );
    expect(reached).toBe(true);
    return;
  }
  // Another county: the row does not exist for the caller, and lists never show it.
  if (op.leaks) {
    expect(code).toBeUndefined();
    expect(op.leaks(body.data, ids)).toBe(false);
  } else {
    // Not found (the tenant filter hides it), or refused outright (acting for another party).
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code);
  }
}
