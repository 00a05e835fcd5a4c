import { seedSmallWorld, type SmallWorld } from '../../test/fixtures.js';
import { startTestApi, type TestApi } from '../../test/test-server.js';
import { gql } from '../gql/index.js';
import type { Headers } from './common.js';

// Shared by the statement-drafts e2e files: the operations on statements, drafts and the round's
// deadline, and a small world with two partnerships in Troms.

export const SAVE = gql(
  `mutation StatementDrafts1($input: SaveNeedsStatementDraftInput!) { saveNeedsStatementDraft(input: $input) { id status title version requestedThisYear submittedAt } }`,
);
export const SUBMIT_DRAFT = gql(
  `mutation StatementDrafts2($input: UpdateNeedsStatementInput!) { submitNeedsStatementDraft(input: $input) { id status title version requestedThisYear submittedAt } }`,
);
export const DISCARD = gql(
  `mutation StatementDrafts3($input: DiscardNeedsStatementDraftInput!) { discardNeedsStatementDraft(input: $input) }`,
);
export const UPDATE = gql(
  `mutation StatementDrafts4($input: UpdateNeedsStatementInput!) { updateNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }`,
);
export const WITHDRAW = gql(
  `mutation StatementDrafts5($input: WithdrawNeedsStatementInput!) { withdrawNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }`,
);
export const SUBMIT = gql(
  `mutation StatementDrafts6($input: SubmitNeedsStatementInput!) { submitNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }`,
);
export const ONE = gql(
  `query StatementDrafts7($id: ID!) { needsStatement(id: $id) { id status title version requestedThisYear submittedAt } }`,
);
export const LIST =
  gql(`query StatementDrafts8($round: ID!) { needsStatements(roundId: $round, first: 200) {
  totalCount edges { node { id status } } } }`);
export const SUMMARY = gql(
  `query StatementDrafts9($id: ID!) { round(id: $id) { id summary { byStatus { status statements } } } }`,
);
export const EXTEND = gql(`mutation StatementDrafts10($input: ExtendSubmissionDeadlineInput!) {
  extendSubmissionDeadline(input: $input) { id version submissionDeadline submissionDeadlineOverride } }`);
export const ROUND = gql(
  `query StatementDrafts11($id: ID!) { round(id: $id) { id version submissionDeadline submissionDeadlineOverride } }`,
);
export const CONTEXT = gql(
  `query StatementDrafts12($round: ID!) { needsStatementFormContext(roundId: $round) { deadline open } }`,
);

export interface DraftsWorld {
  api: TestApi;
  world: SmallWorld;
  /** The partnership whose drafts these are. */
  own: string;
  partnership: Headers;
  /** Another partnership of the county. */
  other: Headers;
  admin: Headers;
  forum: Headers;
}

/** Starts the API on a small world (for a beforeAll; close `api` afterwards). */
export async function startDraftsWorld(): Promise<DraftsWorld> {
  const api = await startTestApi();
  const world = await seedSmallWorld(api.db.orm, { troms: 3, earlier: 3, nordland: 2 });
  const own = world.tromsPartnershipIds[0]!;
  return {
    api,
    world,
    own,
    partnership: await api.as('PARTNERSHIP', 'troms', own),
    other: await api.as('PARTNERSHIP', 'troms', world.tromsPartnershipIds[1]!),
    admin: await api.as('ADMIN', 'troms'),
    forum: await api.as('FORUM', 'troms'),
  };
}
