import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { County } from '../src/modules/county/county.entity.js';
import { Decision } from '../src/modules/decision/decision.entity.js';
import { AccountsLine } from '../src/modules/reporting/accounts-line.entity.js';
import { AnnualReport } from '../src/modules/reporting/annual-report.entity.js';
import { buildDemoReport } from '../src/modules/reporting/demo-report.js';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

type Caller = 'ADMIN' | 'FORUM' | 'PARTNERSHIP' | 'NATIONAL' | 'ANONYMOUS';
type Where = 'own' | 'other';

interface Ids {
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

interface Operation {
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

const OPERATIONS: Operation[] = [
  {
    name: 'viewer',
    roles: ['ADMIN', 'FORUM', 'PARTNERSHIP', 'NATIONAL', 'ANONYMOUS'],
    countyless: true,
    query: '{ viewer { role } }',
    variables: () => ({}),
  },
  {
    name: 'rounds',
    roles: ['ADMIN', 'FORUM', 'PARTNERSHIP'],
    query: '{ rounds { edges { node { id } } } }',
    variables: () => ({}),
    leaks: (data, ids) => JSON.stringify(data).includes(ids.round),
  },
  {
    name: 'round',
    roles: ['ADMIN', 'FORUM', 'PARTNERSHIP'],
    query: 'query($round: ID!) { round(id: $round) { id } }',
    variables: (ids) => ({ round: ids.round }),
  },
  {
    name: 'needsStatements',
    roles: ['ADMIN', 'PARTNERSHIP'],
    query: 'query($round: ID!) { needsStatements(roundId: $round) { edges { node { id } } } }',
    variables: (ids) => ({ round: ids.round }),
    leaks: (data, ids) => JSON.stringify(data).includes(ids.statement),
  },
  {
    name: 'needsStatement',
    roles: ['ADMIN', 'PARTNERSHIP'],
    query: 'query($s: ID!) { needsStatement(id: $s) { id contact { name } } }',
    variables: (ids) => ({ s: ids.statement }),
  },
  {
    name: 'partnerships',
    roles: ['ADMIN', 'PARTNERSHIP'],
    query: '{ partnerships(first: 200) { edges { node { id } } } }',
    variables: () => ({}),
    leaks: (data, ids) => JSON.stringify(data).includes(ids.partnership),
  },
  {
    name: 'owners',
    roles: ['ADMIN'],
    query: '{ owners { totalCount edges { node { id name } } } }',
    variables: () => ({}),
    leaks: (data) => JSON.stringify(data).includes('Tromsø'),
  },
  {
    name: 'auditLog',
    roles: ['ADMIN'],
    query: '{ auditLog { totalCount } }',
    variables: () => ({}),
    countyless: true,
  },
  {
    name: 'scenario',
    roles: ['ADMIN', 'FORUM'],
    query: 'query($id: ID!) { scenario(id: $id) { id } }',
    variables: (ids) => ({ id: ids.scenario }),
  },
  {
    name: 'compareScenarios',
    roles: ['ADMIN', 'FORUM'],
    query: 'query($a: ID!, $b: ID!) { compareScenarios(ids: [$a, $b]) { bySector { key } } }',
    variables: (ids) => ({ a: ids.scenario, b: ids.runScenario }),
  },
  {
    name: 'round.scenarios',
    roles: ['ADMIN', 'FORUM'],
    fieldOfReadableRow: true,
    query: 'query($round: ID!) { round(id: $round) { scenarios { totalCount } } }',
    variables: (ids) => ({ round: ids.round }),
  },
  {
    name: 'round.decisions',
    roles: ['ADMIN', 'FORUM', 'PARTNERSHIP'],
    fieldOfReadableRow: true,
    query: 'query($round: ID!) { round(id: $round) { decisions { totalCount } } }',
    variables: (ids) => ({ round: ids.round }),
  },
  {
    name: 'proposal',
    roles: ['ADMIN', 'FORUM'],
    query:
      'query($id: ID!) { proposal(id: $id) { id scenario { lines(first: 5) { totalCount } } } }',
    variables: (ids) => ({ id: ids.proposal }),
  },
  {
    name: 'decision',
    roles: ['ADMIN', 'PARTNERSHIP'],
    query: 'query($id: ID!) { decision(id: $id) { id } }',
    variables: (ids) => ({ id: ids.decision }),
  },
  {
    name: 'nationalStatistics',
    roles: ['NATIONAL'],
    countyless: true,
    query:
      '{ nationalStatistics(groupBy: [COUNTY, YEAR]) { totals { granted } groups { county { code } } } }',
    variables: () => ({}),
  },
  {
    name: 'scenarioRun',
    roles: ['ADMIN'],
    query: 'query($id: ID!) { scenarioRun(id: $id) { id status } }',
    variables: (ids) => ({ id: ids.scenarioRun }),
  },
  {
    name: 'round.scenarioRuns',
    roles: ['ADMIN'],
    fieldOfReadableRow: true,
    query:
      'query($round: ID!) { round(id: $round) { scenarioRuns { totalCount } activeScenarioRun { id } } }',
    variables: (ids) => ({ round: ids.openRound }),
  },
  {
    name: 'createRound',
    roles: ['ADMIN'],
    countyless: true,
    query: 'mutation { createRound(input: { year: 2026, frame: 1000000 }) { id } }',
    variables: () => ({}),
  },
  {
    name: 'setRoundFrame',
    roles: ['ADMIN'],
    query: 'mutation($id: ID!) { setRoundFrame(input: { roundId: $id, frame: 1000000 }) { id } }',
    variables: (ids) => ({ id: ids.openRound }),
  },
  {
    name: 'assessSamiPerspective',
    roles: ['ADMIN'],
    query:
      'mutation($s: ID!) { assessSamiPerspective(input: { needsStatementId: $s, level: SOME, reason: "Rollematrisen" }) { id } }',
    variables: (ids) => ({ s: ids.statement }),
  },
  {
    name: 'openRound',
    roles: ['ADMIN'],
    query: 'mutation($id: ID!) { openRound(input: { roundId: $id }) { id } }',
    variables: (ids) => ({ id: ids.openRound }),
  },
  {
    name: 'submitNeedsStatement',
    roles: ['ADMIN', 'PARTNERSHIP'],
    query:
      'mutation($id: ID!, $p: ID) { submitNeedsStatement(input: { roundId: $id, partnershipId: $p, title: "x" }) { id } }',
    variables: (ids) => ({ id: ids.openRound, p: ids.partnership }),
  },
  {
    name: 'saveNeedsStatementDraft',
    roles: ['PARTNERSHIP'],
    query:
      'mutation($id: ID!) { saveNeedsStatementDraft(input: { roundId: $id, title: "Rollematrise" }) { id } }',
    variables: (ids) => ({ id: ids.openRound }),
  },
  {
    name: 'extendSubmissionDeadline',
    roles: ['ADMIN'],
    query:
      'mutation($id: ID!) { extendSubmissionDeadline(input: { roundId: $id, deadline: null, reason: "Rollematrisen" }) { id } }',
    variables: (ids) => ({ id: ids.openRound }),
  },
  {
    name: 'runScenario',
    roles: ['ADMIN'],
    query: 'mutation($id: ID!) { runScenario(input: { roundId: $id, name: "x" }) { id } }',
    variables: (ids) => ({ id: ids.openRound }),
  },
  {
    name: 'decideRound',
    roles: ['ADMIN'],
    query: 'mutation($id: ID!) { decideRound(input: { proposalId: $id }) { id } }',
    variables: (ids) => ({ id: ids.proposal }),
  },
  {
    name: 'annualReport',
    roles: ['ADMIN', 'PARTNERSHIP'],
    query:
      'query($id: ID!) { annualReport(id: $id) { id useOfFunds accounts { coordinatorSpent } } }',
    variables: (ids) => ({ id: ids.report }),
  },
  {
    name: 'costLines',
    roles: ['ADMIN', 'PARTNERSHIP'],
    countyless: true,
    query: '{ costLines { costLine label { nb } } }',
    variables: () => ({}),
  },
  {
    name: 'reportFollowUp',
    roles: ['ADMIN'],
    query: 'query($round: ID!) { reportFollowUp(roundId: $round) { counts { expected } } }',
    variables: (ids) => ({ round: ids.round }),
  },
  {
    name: 'reportFollowUp(year)',
    roles: ['ADMIN'],
    query: '{ reportFollowUp(year: 2026) { rows { decision { id } } } }',
    variables: () => ({}),
    leaks: (data, ids) => JSON.stringify(data).includes(ids.decision),
  },
  {
    name: 'reportReminders',
    roles: ['ADMIN'],
    query: 'query($round: ID!) { reportReminders(roundId: $round) { contact { email } } }',
    variables: (ids) => ({ round: ids.round }),
  },
  {
    name: 'institutionShareByYear',
    roles: ['ADMIN'],
    countyless: true,
    query: '{ institutionShareByYear { year grantedTotal } }',
    variables: () => ({}),
  },
  {
    name: 'submitAnnualReport',
    roles: ['ADMIN', 'PARTNERSHIP'],
    query: `mutation($d: ID!) { submitAnnualReport(input: { decisionId: $d, year: 2026, measures: [], goals: [],
      useOfFunds: "x", accounts: {} }) { id } }`,
    variables: (ids) => ({ d: ids.decision }),
  },
  {
    name: 'acceptAnnualReport',
    roles: ['ADMIN'],
    query: 'mutation($id: ID!) { acceptAnnualReport(id: $id, version: 999) { id } }',
    variables: (ids) => ({ id: ids.report }),
  },
  {
    name: 'returnAnnualReport',
    roles: ['ADMIN'],
    query:
      'mutation($id: ID!) { returnAnnualReport(id: $id, version: 999, comment: "Rett opp") { id } }',
    variables: (ids) => ({ id: ids.report }),
  },
  {
    name: 'payments',
    roles: ['ADMIN'],
    query: 'query($round: ID!) { payments(roundId: $round) { id decisionId } }',
    variables: (ids) => ({ round: ids.round }),
    leaks: (data, ids) => JSON.stringify(data).includes(ids.decision),
  },
  {
    name: 'planPayments',
    roles: ['ADMIN'],
    query: 'mutation($round: ID!) { planPayments(roundId: $round) { planned } }',
    variables: (ids) => ({ round: ids.round }),
  },
  {
    name: 'complaints',
    roles: ['ADMIN', 'PARTNERSHIP'],
    query: 'query($round: ID!) { complaints(roundId: $round) { id decision { id } } }',
    variables: (ids) => ({ round: ids.round }),
    leaks: (data, ids) => JSON.stringify(data).includes(ids.decision),
  },
  {
    name: 'registerComplaint',
    roles: ['ADMIN'],
    query: `mutation($d: ID!) { registerComplaint(input: { decisionId: $d, complainant: "Rollematrisen",
      grounds: "Rollematrisen klager.", receivedOn: "2026-05-01", notifiedOn: "2026-04-15" }) { id } }`,
    variables: (ids) => ({ d: ids.decision }),
  },
  {
    name: 'fileComplaint',
    roles: ['PARTNERSHIP'],
    query: `mutation($d: ID!) { fileComplaint(input: { decisionId: $d, complainant: "Rollematrisen",
      grounds: "Rollematrisen klager." }) { id } }`,
    variables: (ids) => ({ d: ids.decision }),
  },
  {
    name: 'issueRepaymentClaim',
    roles: ['ADMIN'],
    query: 'mutation($id: ID!) { issueRepaymentClaim(annualReportId: $id) { id } }',
    variables: (ids) => ({ id: ids.report }),
  },
  {
    name: 'recordSplitAnswer',
    roles: ['ADMIN', 'PARTNERSHIP'],
    query:
      'mutation($id: ID!) { recordSplitAnswer(input: { decisionId: $id, year: 2026, owner: 1, institution: 1 }) { id } }',
    variables: (ids) => ({ id: ids.decision }),
  },
];

/** Codes that mean: the caller got past authorization and saw the row (a business refusal). */
const REACHED = new Set(['WRONG_PHASE', 'VALIDATION_FAILED', 'BAD_USER_INPUT', 'CONFLICT']);

describe('the role matrix: every operation × every role × own county and another county', () => {
  let api: TestApi;
  let world: SmallWorld;
  let ids: Ids;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 4, earlier: 8, nordland: 3 });
    const conn = api.db.orm.em.getConnection();
    const [row]: Array<Record<string, string>> = await conn.execute(
      `select d.id as decision, d.needs_statement_id as statement, d.partnership_id as partnership,
              d.proposal_id as proposal, p.scenario_id as scenario, d.round_id as round
         from decision d join proposal p on p.id = d.proposal_id where d.round_id = ?
        order by (d.status = 'REJECTED'), d.id limit 1`,
      [world.tromsEarlierRoundId],
    );
    ids = {
      ...(row as unknown as Ids),
      openRound: world.tromsRoundId,
      report: await reportOf(row!['decision']!),
      ...(await scenarioRunIn(world.tromsRoundId)),
    };
  });

  afterAll(() => api.close());

  /** A finished scenario run in the county's open round, started as its adviser would. */
  async function scenarioRunIn(
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
  async function reportOf(decisionId: string): Promise<string> {
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

  async function headersFor(caller: Caller, where: Where): Promise<Record<string, string>> {
    if (caller === 'ANONYMOUS') return {};
    if (caller === 'NATIONAL') return api.as('NATIONAL');
    const county = where === 'own' ? 'troms' : 'nordland';
    const partnership = where === 'own' ? ids.partnership : world.nordlandPartnershipIds[0];
    return api.as(caller, county, caller === 'PARTNERSHIP' ? partnership : undefined);
  }

  const cases = OPERATIONS.flatMap((op) =>
    (['ADMIN', 'FORUM', 'PARTNERSHIP', 'NATIONAL', 'ANONYMOUS'] as Caller[]).flatMap((caller) =>
      (caller === 'NATIONAL' || caller === 'ANONYMOUS' ? ['own'] : ['own', 'other']).map(
        (where) => [op.name, caller, where] as const,
      ),
    ),
  );

  it.each(cases)('%s as %s in the %s county', async (name, caller, where) => {
    const op = OPERATIONS.find((o) => o.name === name)!;
    const { body } = await api.graphql(
      op.query,
      op.variables(ids),
      await headersFor(caller, where as Where),
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
  });

  it('a partnership sees only its own statements in its county', async () => {
    const other = await api.as(
      'PARTNERSHIP',
      'troms',
      world.tromsPartnershipIds.find((p) => p !== ids.partnership),
    );
    const { body } = await api.graphql(
      gql(`query RoleMatrix3($r: ID!) { needsStatements(roundId: $r) { edges { node { id } } } }`),
      { r: ids.round },
      other,
    );
    expect(JSON.stringify(body.data)).not.toContain(ids.statement);
  });

  it('the national view carries no personal data', async () => {
    const { body } = await api.graphql(
      '{ nationalStatistics(groupBy: [COUNTY, SECTOR], years: [2026]) { groups { county { code name } sector figures { statements requested granted } } } }',
      {},
      await api.as('NATIONAL'),
    );
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/Kontaktperson|example\.invalid/);
  });
});
