import { seedSmallWorld, type SmallWorld } from '../../test/fixtures.js';
import { startTestApi, type TestApi } from '../../test/test-server.js';
import type { Headers } from './common.js';

// Shared by the statement-drafts e2e files: the operations on statements, drafts and the round's
// deadline, and a small world with two partnerships in Troms.

const FIELDS = 'id status title version requestedThisYear submittedAt';
export const SAVE = `mutation($input: SaveNeedsStatementDraftInput!) { saveNeedsStatementDraft(input: $input) { ${FIELDS} } }`;
export const SUBMIT_DRAFT = `mutation($input: UpdateNeedsStatementInput!) { submitNeedsStatementDraft(input: $input) { ${FIELDS} } }`;
export const DISCARD = `mutation($input: DiscardNeedsStatementDraftInput!) { discardNeedsStatementDraft(input: $input) }`;
export const UPDATE = `mutation($input: UpdateNeedsStatementInput!) { updateNeedsStatement(input: $input) { ${FIELDS} } }`;
export const WITHDRAW = `mutation($input: WithdrawNeedsStatementInput!) { withdrawNeedsStatement(input: $input) { ${FIELDS} } }`;
export const SUBMIT = `mutation($input: SubmitNeedsStatementInput!) { submitNeedsStatement(input: $input) { ${FIELDS} } }`;
export const ONE = `query($id: ID!) { needsStatement(id: $id) { ${FIELDS} } }`;
export const LIST = `query($round: ID!) { needsStatements(roundId: $round, first: 200) {
  totalCount edges { node { id status } } } }`;
export const SUMMARY = `query($id: ID!) { round(id: $id) { id summary { byStatus { status statements } } } }`;
export const EXTEND = `mutation($input: ExtendSubmissionDeadlineInput!) {
  extendSubmissionDeadline(input: $input) { id version submissionDeadline submissionDeadlineOverride } }`;
export const ROUND = `query($id: ID!) { round(id: $id) { id version submissionDeadline submissionDeadlineOverride } }`;
export const CONTEXT = `query($round: ID!) { needsStatementFormContext(roundId: $round) { deadline open } }`;

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
