import {
  TROMS_MUNICIPALITIES,
  TROMS_PLAN_2026_2029,
  resolvePlanVersion,
} from '@kompetansemidler/domain';
import { expect } from 'vitest';
import { RoundStatus } from '../../src/modules/round/round-status.js';
import { seedDemoCounty } from '../../src/seeders/demo-county.js';
import { startTestMailServer, type TestMailServer } from '../../test/test-mail-server.js';
import { startTestApi, type TestApi } from '../../test/test-server.js';
import { gql } from '../gql/index.js';
import { sqlOn, type Headers } from './common.js';

// Shared by decision-letters and decision-letters-follow-up: a closed Troms round of six
// statements, an API whose notices go to a real local SMTP server, and the decided round with its
// letters sent, played through the API for the later file.

export const YEAR = 2026;
export const REFUSED_ONCE = 'avvist-en-gang@example.invalid';
export const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, TROMS_PLAN_2026_2029.versions[0]!.id);

export interface DecisionRow {
  id: string;
  status: string;
  grantedThisYear: number;
  grantedTotal: number;
  clauses: string[];
  partnership: { id: string; name: string };
  letter: { url: string; sha256: string; frozenAt: string; kind: string } | null;
}

export const DECISIONS = `query($roundId: ID!) { round(id: $roundId) { decisions(first: 100) { edges { node {
  id status grantedThisYear grantedTotal clauses partnership { id name }
  letter { url sha256 frozenAt kind } } } } } }`;
export const SEND = `mutation($input: SendDecisionLettersInput!) { sendDecisionLetters(input: $input) {
  id letter { url sha256 frozenAt } } }`;

export interface LettersWorld {
  api: TestApi;
  mail: TestMailServer;
  admin: Headers;
  roundId: string;
}

export async function startLettersWorld(): Promise<LettersWorld> {
  // The SMTP server refuses the first mail to one address (a failure the queue must retry).
  let refused = false;
  const mail = await startTestMailServer({
    beforeAccept: async (m) => {
      if (m.to.includes(REFUSED_ONCE) && !refused) {
        refused = true;
        throw new Error('451 try again later');
      }
    },
  });
  const api = await startTestApi({ notices: { smtpUrl: mail.url } });
  const em = api.db.orm.em.fork();
  await seedDemoCounty(em, {
    code: 'troms',
    name: 'Statsforvalteren i Troms (test)',
    plan: TROMS_PLAN_2026_2029,
    municipalities: TROMS_MUNICIPALITIES,
    seed: 17,
    rounds: [{ year: YEAR, statements: 6, status: RoundStatus.CLOSED }],
  });
  const roundId = (
    await sqlOn<{ id: string }>(
      api,
      `select r.id from round r join county c on c.id = r.county_id where c.code = 'troms'`,
    )
  )[0]!.id;
  return { api, mail, admin: await api.as('ADMIN', 'troms'), roundId };
}

export async function listDecisionsOf(world: LettersWorld): Promise<DecisionRow[]> {
  const { body } = await world.api.graphql<{
    round: { decisions: { edges: { node: DecisionRow }[] } };
  }>(DECISIONS, { roundId: world.roundId }, world.admin);
  expect(body.errors).toBeUndefined();
  return body.data!.round.decisions.edges.map((e) => e.node);
}

/**
 * decision-letters' story, for a later file: the round decided (ranked scenario, forum
 * consensus, decideRound), the first granted partnership given two more contact persons, the
 * letters sent, and their notices delivered.
 */
export async function decidedAndSent(world: LettersWorld): Promise<DecisionRow[]> {
  const { api, mail, admin, roundId } = world;
  const run = await api.runScenario({ roundId, name: 'Rangert', method: 'RANKED' }, admin);
  expect(run.body.errors).toBeUndefined();
  const put = await api.graphql(
    gql(
      `mutation LettersToForum($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: "Til drøfting" }) { id } }`,
    ),
    { id: run.body.data!.runScenario.id },
    admin,
  );
  expect(put.body.errors).toBeUndefined();
  const proposalId = put.body.data!.putScenarioToForum.id;
  const recorded = await api.graphql(
    gql(
      `mutation LettersConsensus($id: ID!) { recordForumOutcome(input: { proposalId: $id, outcome: CONSENSUS }) { status } }`,
    ),
    { id: proposalId },
    admin,
  );
  expect(recorded.body.errors).toBeUndefined();
  const decided = await api.graphql(
    gql(`mutation LettersDecide($id: ID!) { decideRound(input: { proposalId: $id }) { id } }`),
    { id: proposalId },
    admin,
  );
  expect(decided.body.errors).toBeUndefined();
  const first = (
    await sqlOn<{ partnership_id: string }>(
      api,
      `select partnership_id from decision where round_id = ? and granted_total > 0 order by id limit 1`,
      [roundId],
    )
  )[0]!.partnership_id;
  await sqlOn(api, `update partnership set contact_persons = ?::jsonb where id = ?`, [
    JSON.stringify([
      { name: 'Kari Nordmann', role: 'Koordinator', email: 'kari@example.invalid', phone: '' },
      { name: 'Kontakt', role: 'Eier', email: 'KONTAKT@example.invalid', phone: '' },
    ]),
    first,
  ]);
  const sent = await api.graphql(SEND, { input: { roundId } }, admin);
  expect(sent.body.errors).toBeUndefined();
  // The letters' notices arrive before the later file counts its own mails.
  const [queued] = await sqlOn<{ n: string }>(
    api,
    `select count(*) n from notice_delivery where kind = 'DECISION'`,
  );
  await mail.waitFor(Number(queued!.n));
  return listDecisionsOf(world);
}
