import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './gql/index.js';
import {
  casesOf,
  checkCase,
  startRoleMatrixWorld,
  type Operation,
  type RoleMatrixWorld,
  type Where,
} from './support/role-matrix.js';

// The role matrix for the rounds, statements, scenarios, decisions and the national view. (Reports,
// payments, complaints and split answers: role-matrix-reporting.)

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
];

describe('the role matrix: every operation of rounds, statements, scenarios and decisions × every role × own county and another county', () => {
  let ctx: RoleMatrixWorld;

  beforeAll(async () => {
    ctx = await startRoleMatrixWorld();
  });

  afterAll(() => ctx.api.close());

  it.each(casesOf(OPERATIONS))('%s as %s in the %s county', async (name, caller, where) => {
    await checkCase(
      ctx,
      OPERATIONS.find((o) => o.name === name)!,
      caller,
      where as Where,
    );
  });

  it('a partnership sees only its own statements in its county', async () => {
    const other = await ctx.api.as(
      'PARTNERSHIP',
      'troms',
      ctx.world.tromsPartnershipIds.find((p) => p !== ctx.ids.partnership),
    );
    const { body } = await ctx.api.graphql(
      gql(`query RoleMatrix3($r: ID!) { needsStatements(roundId: $r) { edges { node { id } } } }`),
      { r: ctx.ids.round },
      other,
    );
    expect(JSON.stringify(body.data)).not.toContain(ctx.ids.statement);
  });

  it('the national view carries no personal data', async () => {
    const { body } = await ctx.api.graphql(
      gql(
        `query RoleMatrix4 { nationalStatistics(groupBy: [COUNTY, SECTOR], years: [2026]) { groups { county { code name } sector figures { statements requested granted } } } }`,
      ),
      {},
      await ctx.api.as('NATIONAL'),
    );
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/Kontaktperson|example\.invalid/);
  });
});
