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
};
const documents: Documents = {
    "mutation SetFrame($input: SetRoundFrameInput!) {\n  setRoundFrame(input: $input) { id frame version summary { committedThisYear freeThisYear } } }": types.SetFrameDocument,
    "query RoundVersion($id: ID!) { round(id: $id) { version frame } }": types.RoundVersionDocument,
    "query RoundActions($id: ID!) { round(id: $id) { status allowedActions } }": types.RoundActionsDocument,
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


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
