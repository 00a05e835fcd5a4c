import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  casesOf,
  checkCase,
  startRoleMatrixWorld,
  type Operation,
  type RoleMatrixWorld,
  type Where,
} from './support/role-matrix.js';

// The role matrix for reports, payments, complaints and the partnership's split answers. (Rounds,
// statements, scenarios and decisions: role-matrix.)

const OPERATIONS: Operation[] = [
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

describe('the role matrix: every operation of reports, payments, complaints and split answers × every role × own county and another county', () => {
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
});
