import { expect } from 'vitest';
import { seedSmallWorld, validStatementFields, type SmallWorld } from '../../test/fixtures.js';
import { startTestApi, type TestApi } from '../../test/test-server.js';
import { gql } from '../gql/index.js';
import type { Headers } from './common.js';

// Shared by the round-workflow e2e files: the operations of a whole round over HTTP, the small
// world it runs in, and the round played up to an adjusted scenario (setup for the forum and
// decisions).

export const SUBMIT = gql(`mutation RoundWorkflow1($input: SubmitNeedsStatementInput!) {
  submitNeedsStatement(input: $input) { id version status requestedThisYear budget { year owner institution total } }
}`);
export const UPDATE = gql(`mutation RoundWorkflow2($input: UpdateNeedsStatementInput!) {
  updateNeedsStatement(input: $input) { id version title }
}`);
export const WITHDRAW = gql(
  `mutation RoundWorkflow3($id: ID!) { withdrawNeedsStatement(input: { id: $id, reason: "Slått sammen" }) { status } }`,
);
export const CLOSE = gql(
  `mutation RoundWorkflow4($id: ID!) { closeRound(input: { roundId: $id }) { status } }`,
);
export const ADJUST = gql(
  `mutation RoundWorkflow7($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version grantedNew } }`,
);
/** The scenario's fields a run answers with, once stored (api.runScenario). */
export const RUN = `id version name method inputHash frame grantedNew leftover durationMs
    lines(first: 200) { totalCount edges { node { id status requestedThisYear grantedThisYear
      explanation { nb en } needsStatement { id } } } }
    constraintReport { sectors { sector } }`;

export interface ScenarioResult {
  id: string;
  version: number;
  inputHash: string;
  grantedNew: number;
  lines: {
    totalCount: number;
    edges: Array<{
      node: {
        requestedThisYear: number;
        grantedThisYear: number;
        explanation: { nb: string };
        needsStatement: { id: string };
      };
    }>;
  };
  constraintReport: { sectors: Array<{ sector: string }> };
}

export interface RoundWorld {
  api: TestApi;
  world: SmallWorld;
  admin: Headers;
  partnership: Headers;
  partnershipId: string;
}

/** Starts the API on the small world, its Troms round open (for a beforeAll; close `api` afterwards). */
export async function startRoundWorld(): Promise<RoundWorld> {
  const api = await startTestApi();
  const world = await seedSmallWorld(api.db.orm);
  const admin = await api.as('ADMIN', 'troms');
  const partnershipId = world.tromsPartnershipIds[0]!;
  const partnership = await api.as('PARTNERSHIP', 'troms', partnershipId);
  return { api, world, admin, partnership, partnershipId };
}

/** Rows of `from` (a table and its where clause, with $1… parameters) on the test database. */
export async function countRowsOn(
  api: TestApi,
  from: string,
  params: unknown[] = [],
): Promise<number> {
  const sql = `select count(*) as n from ${from.replace(/\$\d/g, '?')}`;
  const rows: Array<{ n: string }> = await api.db.orm.em.getConnection().execute(sql, params);
  return Number(rows[0]?.n);
}

/**
 * The round as round-workflow.e2e-spec plays and checks it, played here as setup: the partnership
 * submits a statement and updates it, submits another and withdraws it; the office closes the
 * round, registers a late statement with a reason, runs a ranked scenario and halves the most
 * requested line's grant. Answers the scenario's id.
 */
export async function playToAnAdjustedScenario(ctx: RoundWorld): Promise<string> {
  const { api, world, admin, partnership, partnershipId } = ctx;
  const ok = <T extends { body: { errors?: unknown } }>(answer: T): T => {
    expect(answer.body.errors).toBeUndefined();
    return answer;
  };
  const roundId = world.tromsRoundId;
  const first = ok(
    await api.graphql(SUBMIT, { input: { roundId, ...validStatementFields(0) } }, partnership),
  ).body.data!.submitNeedsStatement;
  ok(
    await api.graphql(
      UPDATE,
      {
        input: {
          id: first.id,
          expectedVersion: first.version,
          ...validStatementFields(0),
          title: 'Nytt navn',
        },
      },
      partnership,
    ),
  );
  const second = ok(
    await api.graphql(SUBMIT, { input: { roundId, ...validStatementFields(2) } }, partnership),
  ).body.data!.submitNeedsStatement;
  ok(await api.graphql(WITHDRAW, { id: second.id }, partnership));
  ok(await api.graphql(CLOSE, { id: roundId }, admin));
  ok(
    await api.graphql(
      SUBMIT,
      {
        input: {
          roundId,
          partnershipId,
          ...validStatementFields(3),
          override: { reason: 'Sendt innen fristen per e-post, registrert av rådgiver' },
        },
      },
      admin,
    ),
  );
  const ranked = ok(
    await api.runScenario<ScenarioResult>(
      { roundId, name: 'Rangert', method: 'RANKED' },
      admin,
      RUN,
    ),
  ).body.data!.runScenario;
  const line = [...ranked.lines.edges]
    .map((e) => e.node)
    .sort((a, b) => b.requestedThisYear - a.requestedThisYear)[0]!;
  ok(
    await api.graphql(
      ADJUST,
      {
        input: {
          scenarioId: ranked.id,
          needsStatementId: line.needsStatement.id,
          grantedThisYear: Math.floor(line.requestedThisYear / 2),
          reason: 'Kjent behov i kommunen',
          expectedVersion: ranked.version,
        },
      },
      admin,
    ),
  );
  return ranked.id;
}
