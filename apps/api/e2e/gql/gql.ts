/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation SetFrame($input: SetRoundFrameInput!) {\n  setRoundFrame(input: $input) { id frame version summary { committedThisYear freeThisYear } } }": typeof types.SetFrameDocument,
    "query RoundVersion($id: ID!) { round(id: $id) { version frame } }": typeof types.RoundVersionDocument,
    "query RoundActions($id: ID!) { round(id: $id) { status allowedActions } }": typeof types.RoundActionsDocument,
    "mutation RoundWorkflow1($input: SubmitNeedsStatementInput!) {\n  submitNeedsStatement(input: $input) { id version status requestedThisYear budget { year owner institution total } }\n}": typeof types.RoundWorkflow1Document,
    "mutation RoundWorkflow2($input: UpdateNeedsStatementInput!) {\n  updateNeedsStatement(input: $input) { id version title }\n}": typeof types.RoundWorkflow2Document,
    "mutation RoundWorkflow3($id: ID!) { withdrawNeedsStatement(input: { id: $id, reason: \"Slått sammen\" }) { status } }": typeof types.RoundWorkflow3Document,
    "mutation RoundWorkflow4($id: ID!) { closeRound(input: { roundId: $id }) { status } }": typeof types.RoundWorkflow4Document,
    "query RoundWorkflow5($ids: [ID!]!) { compareScenarios(ids: $ids) { sameInputAsFirst rows { granted spread needsStatement { id } } } }": typeof types.RoundWorkflow5Document,
    "query RoundWorkflow6($id: ID!) { scenario(id: $id) { lines(first: 50, orderBy: { field: REQUESTED, direction: DESC }) { edges { node { requestedThisYear grantedThisYear needsStatement { id } } } } } }": typeof types.RoundWorkflow6Document,
    "mutation RoundWorkflow7($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version grantedNew } }": typeof types.RoundWorkflow7Document,
    "mutation RoundWorkflow13($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version } }": typeof types.RoundWorkflow13Document,
    "mutation RoundWorkflow8($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: \"Til drøfting\" }) { id status round { status } } }": typeof types.RoundWorkflow8Document,
    "mutation RoundWorkflow14($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": typeof types.RoundWorkflow14Document,
    "mutation RoundWorkflow9($input: RecordForumOutcomeInput!) { recordForumOutcome(input: $input) { status forumOutcome votesFor } }": typeof types.RoundWorkflow9Document,
    "mutation RoundWorkflow15($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": typeof types.RoundWorkflow15Document,
    "mutation RoundWorkflow10($id: ID!) { decideRound(input: { proposalId: $id }) { id version status grantedThisYear justification\n         partnership { id } grantedPerYear { year amount } } }": typeof types.RoundWorkflow10Document,
    "query RoundWorkflow11($id: ID!) { round(id: $id) { status } }": typeof types.RoundWorkflow11Document,
    "mutation RoundWorkflow16($input: UpdateDecisionInput!) { updateDecision(input: $input) { version justification } }": typeof types.RoundWorkflow16Document,
    "mutation RoundWorkflow12($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner institution } }": typeof types.RoundWorkflow12Document,
    "mutation RoundWorkflow17($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner } }": typeof types.RoundWorkflow17Document,
};
const documents: Documents = {
    "mutation SetFrame($input: SetRoundFrameInput!) {\n  setRoundFrame(input: $input) { id frame version summary { committedThisYear freeThisYear } } }": types.SetFrameDocument,
    "query RoundVersion($id: ID!) { round(id: $id) { version frame } }": types.RoundVersionDocument,
    "query RoundActions($id: ID!) { round(id: $id) { status allowedActions } }": types.RoundActionsDocument,
    "mutation RoundWorkflow1($input: SubmitNeedsStatementInput!) {\n  submitNeedsStatement(input: $input) { id version status requestedThisYear budget { year owner institution total } }\n}": types.RoundWorkflow1Document,
    "mutation RoundWorkflow2($input: UpdateNeedsStatementInput!) {\n  updateNeedsStatement(input: $input) { id version title }\n}": types.RoundWorkflow2Document,
    "mutation RoundWorkflow3($id: ID!) { withdrawNeedsStatement(input: { id: $id, reason: \"Slått sammen\" }) { status } }": types.RoundWorkflow3Document,
    "mutation RoundWorkflow4($id: ID!) { closeRound(input: { roundId: $id }) { status } }": types.RoundWorkflow4Document,
    "query RoundWorkflow5($ids: [ID!]!) { compareScenarios(ids: $ids) { sameInputAsFirst rows { granted spread needsStatement { id } } } }": types.RoundWorkflow5Document,
    "query RoundWorkflow6($id: ID!) { scenario(id: $id) { lines(first: 50, orderBy: { field: REQUESTED, direction: DESC }) { edges { node { requestedThisYear grantedThisYear needsStatement { id } } } } } }": types.RoundWorkflow6Document,
    "mutation RoundWorkflow7($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version grantedNew } }": types.RoundWorkflow7Document,
    "mutation RoundWorkflow13($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version } }": types.RoundWorkflow13Document,
    "mutation RoundWorkflow8($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: \"Til drøfting\" }) { id status round { status } } }": types.RoundWorkflow8Document,
    "mutation RoundWorkflow14($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": types.RoundWorkflow14Document,
    "mutation RoundWorkflow9($input: RecordForumOutcomeInput!) { recordForumOutcome(input: $input) { status forumOutcome votesFor } }": types.RoundWorkflow9Document,
    "mutation RoundWorkflow15($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": types.RoundWorkflow15Document,
    "mutation RoundWorkflow10($id: ID!) { decideRound(input: { proposalId: $id }) { id version status grantedThisYear justification\n         partnership { id } grantedPerYear { year amount } } }": types.RoundWorkflow10Document,
    "query RoundWorkflow11($id: ID!) { round(id: $id) { status } }": types.RoundWorkflow11Document,
    "mutation RoundWorkflow16($input: UpdateDecisionInput!) { updateDecision(input: $input) { version justification } }": types.RoundWorkflow16Document,
    "mutation RoundWorkflow12($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner institution } }": types.RoundWorkflow12Document,
    "mutation RoundWorkflow17($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner } }": types.RoundWorkflow17Document,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SetFrame($input: SetRoundFrameInput!) {\n  setRoundFrame(input: $input) { id frame version summary { committedThisYear freeThisYear } } }"): typeof import('./graphql.js').SetFrameDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RoundVersion($id: ID!) { round(id: $id) { version frame } }"): typeof import('./graphql.js').RoundVersionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RoundActions($id: ID!) { round(id: $id) { status allowedActions } }"): typeof import('./graphql.js').RoundActionsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow1($input: SubmitNeedsStatementInput!) {\n  submitNeedsStatement(input: $input) { id version status requestedThisYear budget { year owner institution total } }\n}"): typeof import('./graphql.js').RoundWorkflow1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow2($input: UpdateNeedsStatementInput!) {\n  updateNeedsStatement(input: $input) { id version title }\n}"): typeof import('./graphql.js').RoundWorkflow2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow3($id: ID!) { withdrawNeedsStatement(input: { id: $id, reason: \"Slått sammen\" }) { status } }"): typeof import('./graphql.js').RoundWorkflow3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow4($id: ID!) { closeRound(input: { roundId: $id }) { status } }"): typeof import('./graphql.js').RoundWorkflow4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RoundWorkflow5($ids: [ID!]!) { compareScenarios(ids: $ids) { sameInputAsFirst rows { granted spread needsStatement { id } } } }"): typeof import('./graphql.js').RoundWorkflow5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RoundWorkflow6($id: ID!) { scenario(id: $id) { lines(first: 50, orderBy: { field: REQUESTED, direction: DESC }) { edges { node { requestedThisYear grantedThisYear needsStatement { id } } } } } }"): typeof import('./graphql.js').RoundWorkflow6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow7($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version grantedNew } }"): typeof import('./graphql.js').RoundWorkflow7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow13($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version } }"): typeof import('./graphql.js').RoundWorkflow13Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow8($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: \"Til drøfting\" }) { id status round { status } } }"): typeof import('./graphql.js').RoundWorkflow8Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow14($id: ID!) { decideRound(input: { proposalId: $id }) { id } }"): typeof import('./graphql.js').RoundWorkflow14Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow9($input: RecordForumOutcomeInput!) { recordForumOutcome(input: $input) { status forumOutcome votesFor } }"): typeof import('./graphql.js').RoundWorkflow9Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow15($id: ID!) { decideRound(input: { proposalId: $id }) { id } }"): typeof import('./graphql.js').RoundWorkflow15Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow10($id: ID!) { decideRound(input: { proposalId: $id }) { id version status grantedThisYear justification\n         partnership { id } grantedPerYear { year amount } } }"): typeof import('./graphql.js').RoundWorkflow10Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RoundWorkflow11($id: ID!) { round(id: $id) { status } }"): typeof import('./graphql.js').RoundWorkflow11Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow16($input: UpdateDecisionInput!) { updateDecision(input: $input) { version justification } }"): typeof import('./graphql.js').RoundWorkflow16Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow12($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner institution } }"): typeof import('./graphql.js').RoundWorkflow12Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoundWorkflow17($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner } }"): typeof import('./graphql.js').RoundWorkflow17Document;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
