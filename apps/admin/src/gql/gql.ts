/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment ComparisonRowFields on ComparisonRow {\n    requestedThisYear\n    granted\n    spread\n    needsStatement {\n      id\n      title\n      sector\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          municipality {\n            number\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ComparisonRowFieldsFragmentDoc,
    "\n  query CompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      scenarios {\n        ...ScenarioSummaryFields\n        report\n      }\n      rows {\n        ...ComparisonRowFields\n      }\n      sameInputAsFirst\n    }\n  }\n": typeof types.CompareScenariosDocument,
    "\n  fragment CountyFields on County {\n    id\n    code\n    name\n  }\n": typeof types.CountyFieldsFragmentDoc,
    "\n  query PlatformStatus {\n    health {\n      status\n      version\n    }\n    counties {\n      ...CountyFields\n    }\n  }\n": typeof types.PlatformStatusDocument,
    "\n  fragment NeedsStatementRowFields on NeedsStatement {\n    id\n    title\n    sector\n    themeId\n    status\n    durationYears\n    requestedThisYear\n    submittedAt\n    partnership {\n      id\n      name\n    }\n  }\n": typeof types.NeedsStatementRowFieldsFragmentDoc,
    "\n  fragment NeedsStatementDetailFields on NeedsStatement {\n    ...NeedsStatementRowFields\n    round {\n      id\n    }\n    workId\n    themeItemIds\n    localNeeds\n    requestedTotal\n    updatedAt\n    withdrawReason\n    version\n    samiPerspectives\n    collectiveLearning\n    teacherEducationFeedback\n    goals {\n      longTerm {\n        id\n        text\n      }\n      subGoals {\n        id\n        text\n      }\n    }\n    measures {\n      id\n      kind\n      description\n      goalIds\n    }\n    budget {\n      year\n      owner\n      institution\n      coordinator\n      total\n    }\n    ownContribution {\n      description\n      amount\n    }\n    coordinator {\n      requested\n      justification\n      conditionIds\n      otherComplexityFactors\n    }\n    continuation {\n      continuesEarlierWork\n    }\n    participants {\n      kindergartenStaff\n      schoolStaff\n      otherServices\n    }\n    contact {\n      name\n      email\n    }\n    partnership {\n      id\n      name\n      otherServices\n      institution {\n        id\n        name\n        kind\n      }\n      owners {\n        id\n        name\n        ownership\n        municipality {\n          number\n          name\n        }\n      }\n    }\n    decision {\n      id\n      status\n      grantedThisYear\n    }\n  }\n": typeof types.NeedsStatementDetailFieldsFragmentDoc,
    "\n  query NeedsStatements(\n    $roundId: ID!\n    $first: Int!\n    $after: String\n    $filter: NeedsStatementFilter\n    $orderBy: NeedsStatementOrder\n  ) {\n    needsStatements(\n      roundId: $roundId\n      first: $first\n      after: $after\n      filter: $filter\n      orderBy: $orderBy\n    ) {\n      edges {\n        cursor\n        node {\n          ...NeedsStatementRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.NeedsStatementsDocument,
    "\n  query NeedsStatement($id: ID!) {\n    needsStatement(id: $id) {\n      ...NeedsStatementDetailFields\n    }\n  }\n": typeof types.NeedsStatementDocument,
    "\n  fragment HistoryEntryFields on AuditLogEntry {\n    id\n    action\n    at\n    actorName\n    actorRole\n    reason\n  }\n": typeof types.HistoryEntryFieldsFragmentDoc,
    "\n  query NeedsStatementHistory($id: String!) {\n    auditLog(entityType: \"NeedsStatement\", entityId: $id, first: 50) {\n      edges {\n        node {\n          ...HistoryEntryFields\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.NeedsStatementHistoryDocument,
    "\n  fragment ProposalFields on Proposal {\n    id\n    status\n    note\n    putAt\n    putBy\n    forumOutcome\n    votesFor\n    votesAgainst\n    abstentions\n    forumMinutes\n    recordedAt\n    recordedBy\n    version\n    scenario {\n      ...ScenarioSummaryFields\n    }\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    id\n    status\n    requestedThisYear\n    grantedThisYear\n    grantedTotal\n    justification\n    decidedAt\n    version\n    partnership {\n      id\n      name\n    }\n    needsStatement {\n      id\n      title\n      sector\n    }\n    splitAnswers {\n      id\n      year\n      owner\n      institution\n      answeredAt\n    }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query RoundProposal($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      proposals(first: 20) {\n        edges {\n          node {\n            ...ProposalFields\n          }\n        }\n      }\n      decisions(first: 200) {\n        edges {\n          node {\n            ...DecisionFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.RoundProposalDocument,
    "\n  mutation PutScenarioToForum($input: PutScenarioToForumInput!) {\n    putScenarioToForum(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.PutScenarioToForumDocument,
    "\n  mutation RecordForumOutcome($input: RecordForumOutcomeInput!) {\n    recordForumOutcome(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.RecordForumOutcomeDocument,
    "\n  mutation DecideRound($input: DecideRoundInput!) {\n    decideRound(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.DecideRoundDocument,
    "\n  fragment RoundListItemFields on Round {\n    id\n    year\n    status\n  }\n": typeof types.RoundListItemFieldsFragmentDoc,
    "\n  fragment RoundOverviewFields on Round {\n    id\n    year\n    status\n    frame\n    version\n    calendar {\n      id\n      start\n      end\n      label {\n        nb\n      }\n    }\n    summary {\n      statements\n      withdrawn\n      requestedThisYear\n      committedThisYear\n      bySector {\n        sector\n        statements\n        requestedThisYear\n      }\n    }\n    commitments(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.RoundOverviewFieldsFragmentDoc,
    "\n  query Rounds {\n    rounds(first: 20, orderBy: { field: YEAR, direction: DESC }) {\n      edges {\n        node {\n          ...RoundListItemFields\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.RoundsDocument,
    "\n  query RoundOverview($id: ID!) {\n    round(id: $id) {\n      ...RoundOverviewFields\n    }\n  }\n": typeof types.RoundOverviewDocument,
    "\n  query RoundPlan($id: ID!) {\n    round(id: $id) {\n      id\n      planVersion {\n        id\n        versionId\n        plan\n      }\n    }\n  }\n": typeof types.RoundPlanDocument,
    "\n  mutation OpenRound($input: RoundTransitionInput!) {\n    openRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": typeof types.OpenRoundDocument,
    "\n  mutation CloseRound($input: RoundTransitionInput!) {\n    closeRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": typeof types.CloseRoundDocument,
    "\n  mutation StartReporting($input: RoundTransitionInput!) {\n    startReporting(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": typeof types.StartReportingDocument,
    "\n  query RoundStatementMix($roundId: ID!) {\n    needsStatements(roundId: $roundId, first: 200) {\n      edges {\n        node {\n          id\n          sector\n          themeId\n          status\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.RoundStatementMixDocument,
    "\n  fragment ScenarioSummaryFields on Scenario {\n    id\n    name\n    method\n    cutRule\n    frame\n    committedEarlier\n    grantedNew\n    leftover\n    ranAt\n    ranByName\n    durationMs\n    version\n  }\n": typeof types.ScenarioSummaryFieldsFragmentDoc,
    "\n  fragment ScenarioLineFields on ScenarioLine {\n    id\n    status\n    rank\n    score\n    requestedThisYear\n    engineGrantedThisYear\n    adjustedThisYear\n    grantedThisYear\n    fundedPercent\n    adjustmentReason\n    adjustedBy\n    adjustedAt\n    clauses\n    explanation {\n      nb\n    }\n    needsStatement {\n      id\n      title\n      sector\n      themeId\n      durationYears\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          ownership\n          municipality {\n            number\n            name\n          }\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ScenarioLineFieldsFragmentDoc,
    "\n  query RoundScenarios($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      planVersion {\n        id\n        plan\n      }\n      scenarios(first: 50) {\n        edges {\n          node {\n            ...ScenarioSummaryFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.RoundScenariosDocument,
    "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioSummaryFields\n      inputHash\n      parametersJson\n      methodReport\n      report\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ScenarioDocument,
    "\n  mutation RunScenario($input: RunScenarioInput!) {\n    runScenario(input: $input) {\n      ...ScenarioSummaryFields\n    }\n  }\n": typeof types.RunScenarioDocument,
    "\n  mutation AdjustScenarioLine($input: AdjustScenarioLineInput!) {\n    adjustScenarioLine(input: $input) {\n      ...ScenarioSummaryFields\n      report\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.AdjustScenarioLineDocument,
    "\n  query SignInCounties {\n    counties {\n      ...CountyFields\n    }\n  }\n": typeof types.SignInCountiesDocument,
    "\n  mutation DevSignIn($role: Role!, $countyCode: String) {\n    devSignIn(role: $role, countyCode: $countyCode) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.DevSignInDocument,
    "\n  fragment ViewerFields on Viewer {\n    subject\n    name\n    role\n    county {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment ComparisonRowFields on ComparisonRow {\n    requestedThisYear\n    granted\n    spread\n    needsStatement {\n      id\n      title\n      sector\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          municipality {\n            number\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ComparisonRowFieldsFragmentDoc,
    "\n  query CompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      scenarios {\n        ...ScenarioSummaryFields\n        report\n      }\n      rows {\n        ...ComparisonRowFields\n      }\n      sameInputAsFirst\n    }\n  }\n": types.CompareScenariosDocument,
    "\n  fragment CountyFields on County {\n    id\n    code\n    name\n  }\n": types.CountyFieldsFragmentDoc,
    "\n  query PlatformStatus {\n    health {\n      status\n      version\n    }\n    counties {\n      ...CountyFields\n    }\n  }\n": types.PlatformStatusDocument,
    "\n  fragment NeedsStatementRowFields on NeedsStatement {\n    id\n    title\n    sector\n    themeId\n    status\n    durationYears\n    requestedThisYear\n    submittedAt\n    partnership {\n      id\n      name\n    }\n  }\n": types.NeedsStatementRowFieldsFragmentDoc,
    "\n  fragment NeedsStatementDetailFields on NeedsStatement {\n    ...NeedsStatementRowFields\n    round {\n      id\n    }\n    workId\n    themeItemIds\n    localNeeds\n    requestedTotal\n    updatedAt\n    withdrawReason\n    version\n    samiPerspectives\n    collectiveLearning\n    teacherEducationFeedback\n    goals {\n      longTerm {\n        id\n        text\n      }\n      subGoals {\n        id\n        text\n      }\n    }\n    measures {\n      id\n      kind\n      description\n      goalIds\n    }\n    budget {\n      year\n      owner\n      institution\n      coordinator\n      total\n    }\n    ownContribution {\n      description\n      amount\n    }\n    coordinator {\n      requested\n      justification\n      conditionIds\n      otherComplexityFactors\n    }\n    continuation {\n      continuesEarlierWork\n    }\n    participants {\n      kindergartenStaff\n      schoolStaff\n      otherServices\n    }\n    contact {\n      name\n      email\n    }\n    partnership {\n      id\n      name\n      otherServices\n      institution {\n        id\n        name\n        kind\n      }\n      owners {\n        id\n        name\n        ownership\n        municipality {\n          number\n          name\n        }\n      }\n    }\n    decision {\n      id\n      status\n      grantedThisYear\n    }\n  }\n": types.NeedsStatementDetailFieldsFragmentDoc,
    "\n  query NeedsStatements(\n    $roundId: ID!\n    $first: Int!\n    $after: String\n    $filter: NeedsStatementFilter\n    $orderBy: NeedsStatementOrder\n  ) {\n    needsStatements(\n      roundId: $roundId\n      first: $first\n      after: $after\n      filter: $filter\n      orderBy: $orderBy\n    ) {\n      edges {\n        cursor\n        node {\n          ...NeedsStatementRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.NeedsStatementsDocument,
    "\n  query NeedsStatement($id: ID!) {\n    needsStatement(id: $id) {\n      ...NeedsStatementDetailFields\n    }\n  }\n": types.NeedsStatementDocument,
    "\n  fragment HistoryEntryFields on AuditLogEntry {\n    id\n    action\n    at\n    actorName\n    actorRole\n    reason\n  }\n": types.HistoryEntryFieldsFragmentDoc,
    "\n  query NeedsStatementHistory($id: String!) {\n    auditLog(entityType: \"NeedsStatement\", entityId: $id, first: 50) {\n      edges {\n        node {\n          ...HistoryEntryFields\n        }\n      }\n      totalCount\n    }\n  }\n": types.NeedsStatementHistoryDocument,
    "\n  fragment ProposalFields on Proposal {\n    id\n    status\n    note\n    putAt\n    putBy\n    forumOutcome\n    votesFor\n    votesAgainst\n    abstentions\n    forumMinutes\n    recordedAt\n    recordedBy\n    version\n    scenario {\n      ...ScenarioSummaryFields\n    }\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    id\n    status\n    requestedThisYear\n    grantedThisYear\n    grantedTotal\n    justification\n    decidedAt\n    version\n    partnership {\n      id\n      name\n    }\n    needsStatement {\n      id\n      title\n      sector\n    }\n    splitAnswers {\n      id\n      year\n      owner\n      institution\n      answeredAt\n    }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query RoundProposal($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      proposals(first: 20) {\n        edges {\n          node {\n            ...ProposalFields\n          }\n        }\n      }\n      decisions(first: 200) {\n        edges {\n          node {\n            ...DecisionFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": types.RoundProposalDocument,
    "\n  mutation PutScenarioToForum($input: PutScenarioToForumInput!) {\n    putScenarioToForum(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.PutScenarioToForumDocument,
    "\n  mutation RecordForumOutcome($input: RecordForumOutcomeInput!) {\n    recordForumOutcome(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.RecordForumOutcomeDocument,
    "\n  mutation DecideRound($input: DecideRoundInput!) {\n    decideRound(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.DecideRoundDocument,
    "\n  fragment RoundListItemFields on Round {\n    id\n    year\n    status\n  }\n": types.RoundListItemFieldsFragmentDoc,
    "\n  fragment RoundOverviewFields on Round {\n    id\n    year\n    status\n    frame\n    version\n    calendar {\n      id\n      start\n      end\n      label {\n        nb\n      }\n    }\n    summary {\n      statements\n      withdrawn\n      requestedThisYear\n      committedThisYear\n      bySector {\n        sector\n        statements\n        requestedThisYear\n      }\n    }\n    commitments(first: 1) {\n      totalCount\n    }\n  }\n": types.RoundOverviewFieldsFragmentDoc,
    "\n  query Rounds {\n    rounds(first: 20, orderBy: { field: YEAR, direction: DESC }) {\n      edges {\n        node {\n          ...RoundListItemFields\n        }\n      }\n      totalCount\n    }\n  }\n": types.RoundsDocument,
    "\n  query RoundOverview($id: ID!) {\n    round(id: $id) {\n      ...RoundOverviewFields\n    }\n  }\n": types.RoundOverviewDocument,
    "\n  query RoundPlan($id: ID!) {\n    round(id: $id) {\n      id\n      planVersion {\n        id\n        versionId\n        plan\n      }\n    }\n  }\n": types.RoundPlanDocument,
    "\n  mutation OpenRound($input: RoundTransitionInput!) {\n    openRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": types.OpenRoundDocument,
    "\n  mutation CloseRound($input: RoundTransitionInput!) {\n    closeRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": types.CloseRoundDocument,
    "\n  mutation StartReporting($input: RoundTransitionInput!) {\n    startReporting(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": types.StartReportingDocument,
    "\n  query RoundStatementMix($roundId: ID!) {\n    needsStatements(roundId: $roundId, first: 200) {\n      edges {\n        node {\n          id\n          sector\n          themeId\n          status\n        }\n      }\n      totalCount\n    }\n  }\n": types.RoundStatementMixDocument,
    "\n  fragment ScenarioSummaryFields on Scenario {\n    id\n    name\n    method\n    cutRule\n    frame\n    committedEarlier\n    grantedNew\n    leftover\n    ranAt\n    ranByName\n    durationMs\n    version\n  }\n": types.ScenarioSummaryFieldsFragmentDoc,
    "\n  fragment ScenarioLineFields on ScenarioLine {\n    id\n    status\n    rank\n    score\n    requestedThisYear\n    engineGrantedThisYear\n    adjustedThisYear\n    grantedThisYear\n    fundedPercent\n    adjustmentReason\n    adjustedBy\n    adjustedAt\n    clauses\n    explanation {\n      nb\n    }\n    needsStatement {\n      id\n      title\n      sector\n      themeId\n      durationYears\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          ownership\n          municipality {\n            number\n            name\n          }\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ScenarioLineFieldsFragmentDoc,
    "\n  query RoundScenarios($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      planVersion {\n        id\n        plan\n      }\n      scenarios(first: 50) {\n        edges {\n          node {\n            ...ScenarioSummaryFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": types.RoundScenariosDocument,
    "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioSummaryFields\n      inputHash\n      parametersJson\n      methodReport\n      report\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": types.ScenarioDocument,
    "\n  mutation RunScenario($input: RunScenarioInput!) {\n    runScenario(input: $input) {\n      ...ScenarioSummaryFields\n    }\n  }\n": types.RunScenarioDocument,
    "\n  mutation AdjustScenarioLine($input: AdjustScenarioLineInput!) {\n    adjustScenarioLine(input: $input) {\n      ...ScenarioSummaryFields\n      report\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": types.AdjustScenarioLineDocument,
    "\n  query SignInCounties {\n    counties {\n      ...CountyFields\n    }\n  }\n": types.SignInCountiesDocument,
    "\n  mutation DevSignIn($role: Role!, $countyCode: String) {\n    devSignIn(role: $role, countyCode: $countyCode) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.DevSignInDocument,
    "\n  fragment ViewerFields on Viewer {\n    subject\n    name\n    role\n    county {\n      id\n      code\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparisonRowFields on ComparisonRow {\n    requestedThisYear\n    granted\n    spread\n    needsStatement {\n      id\n      title\n      sector\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          municipality {\n            number\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComparisonRowFields on ComparisonRow {\n    requestedThisYear\n    granted\n    spread\n    needsStatement {\n      id\n      title\n      sector\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          municipality {\n            number\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      scenarios {\n        ...ScenarioSummaryFields\n        report\n      }\n      rows {\n        ...ComparisonRowFields\n      }\n      sameInputAsFirst\n    }\n  }\n"): (typeof documents)["\n  query CompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      scenarios {\n        ...ScenarioSummaryFields\n        report\n      }\n      rows {\n        ...ComparisonRowFields\n      }\n      sameInputAsFirst\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountyFields on County {\n    id\n    code\n    name\n  }\n"): (typeof documents)["\n  fragment CountyFields on County {\n    id\n    code\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformStatus {\n    health {\n      status\n      version\n    }\n    counties {\n      ...CountyFields\n    }\n  }\n"): (typeof documents)["\n  query PlatformStatus {\n    health {\n      status\n      version\n    }\n    counties {\n      ...CountyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedsStatementRowFields on NeedsStatement {\n    id\n    title\n    sector\n    themeId\n    status\n    durationYears\n    requestedThisYear\n    submittedAt\n    partnership {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NeedsStatementRowFields on NeedsStatement {\n    id\n    title\n    sector\n    themeId\n    status\n    durationYears\n    requestedThisYear\n    submittedAt\n    partnership {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedsStatementDetailFields on NeedsStatement {\n    ...NeedsStatementRowFields\n    round {\n      id\n    }\n    workId\n    themeItemIds\n    localNeeds\n    requestedTotal\n    updatedAt\n    withdrawReason\n    version\n    samiPerspectives\n    collectiveLearning\n    teacherEducationFeedback\n    goals {\n      longTerm {\n        id\n        text\n      }\n      subGoals {\n        id\n        text\n      }\n    }\n    measures {\n      id\n      kind\n      description\n      goalIds\n    }\n    budget {\n      year\n      owner\n      institution\n      coordinator\n      total\n    }\n    ownContribution {\n      description\n      amount\n    }\n    coordinator {\n      requested\n      justification\n      conditionIds\n      otherComplexityFactors\n    }\n    continuation {\n      continuesEarlierWork\n    }\n    participants {\n      kindergartenStaff\n      schoolStaff\n      otherServices\n    }\n    contact {\n      name\n      email\n    }\n    partnership {\n      id\n      name\n      otherServices\n      institution {\n        id\n        name\n        kind\n      }\n      owners {\n        id\n        name\n        ownership\n        municipality {\n          number\n          name\n        }\n      }\n    }\n    decision {\n      id\n      status\n      grantedThisYear\n    }\n  }\n"): (typeof documents)["\n  fragment NeedsStatementDetailFields on NeedsStatement {\n    ...NeedsStatementRowFields\n    round {\n      id\n    }\n    workId\n    themeItemIds\n    localNeeds\n    requestedTotal\n    updatedAt\n    withdrawReason\n    version\n    samiPerspectives\n    collectiveLearning\n    teacherEducationFeedback\n    goals {\n      longTerm {\n        id\n        text\n      }\n      subGoals {\n        id\n        text\n      }\n    }\n    measures {\n      id\n      kind\n      description\n      goalIds\n    }\n    budget {\n      year\n      owner\n      institution\n      coordinator\n      total\n    }\n    ownContribution {\n      description\n      amount\n    }\n    coordinator {\n      requested\n      justification\n      conditionIds\n      otherComplexityFactors\n    }\n    continuation {\n      continuesEarlierWork\n    }\n    participants {\n      kindergartenStaff\n      schoolStaff\n      otherServices\n    }\n    contact {\n      name\n      email\n    }\n    partnership {\n      id\n      name\n      otherServices\n      institution {\n        id\n        name\n        kind\n      }\n      owners {\n        id\n        name\n        ownership\n        municipality {\n          number\n          name\n        }\n      }\n    }\n    decision {\n      id\n      status\n      grantedThisYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsStatements(\n    $roundId: ID!\n    $first: Int!\n    $after: String\n    $filter: NeedsStatementFilter\n    $orderBy: NeedsStatementOrder\n  ) {\n    needsStatements(\n      roundId: $roundId\n      first: $first\n      after: $after\n      filter: $filter\n      orderBy: $orderBy\n    ) {\n      edges {\n        cursor\n        node {\n          ...NeedsStatementRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NeedsStatements(\n    $roundId: ID!\n    $first: Int!\n    $after: String\n    $filter: NeedsStatementFilter\n    $orderBy: NeedsStatementOrder\n  ) {\n    needsStatements(\n      roundId: $roundId\n      first: $first\n      after: $after\n      filter: $filter\n      orderBy: $orderBy\n    ) {\n      edges {\n        cursor\n        node {\n          ...NeedsStatementRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsStatement($id: ID!) {\n    needsStatement(id: $id) {\n      ...NeedsStatementDetailFields\n    }\n  }\n"): (typeof documents)["\n  query NeedsStatement($id: ID!) {\n    needsStatement(id: $id) {\n      ...NeedsStatementDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryEntryFields on AuditLogEntry {\n    id\n    action\n    at\n    actorName\n    actorRole\n    reason\n  }\n"): (typeof documents)["\n  fragment HistoryEntryFields on AuditLogEntry {\n    id\n    action\n    at\n    actorName\n    actorRole\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsStatementHistory($id: String!) {\n    auditLog(entityType: \"NeedsStatement\", entityId: $id, first: 50) {\n      edges {\n        node {\n          ...HistoryEntryFields\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NeedsStatementHistory($id: String!) {\n    auditLog(entityType: \"NeedsStatement\", entityId: $id, first: 50) {\n      edges {\n        node {\n          ...HistoryEntryFields\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFields on Proposal {\n    id\n    status\n    note\n    putAt\n    putBy\n    forumOutcome\n    votesFor\n    votesAgainst\n    abstentions\n    forumMinutes\n    recordedAt\n    recordedBy\n    version\n    scenario {\n      ...ScenarioSummaryFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalFields on Proposal {\n    id\n    status\n    note\n    putAt\n    putBy\n    forumOutcome\n    votesFor\n    votesAgainst\n    abstentions\n    forumMinutes\n    recordedAt\n    recordedBy\n    version\n    scenario {\n      ...ScenarioSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id\n    status\n    requestedThisYear\n    grantedThisYear\n    grantedTotal\n    justification\n    decidedAt\n    version\n    partnership {\n      id\n      name\n    }\n    needsStatement {\n      id\n      title\n      sector\n    }\n    splitAnswers {\n      id\n      year\n      owner\n      institution\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    id\n    status\n    requestedThisYear\n    grantedThisYear\n    grantedTotal\n    justification\n    decidedAt\n    version\n    partnership {\n      id\n      name\n    }\n    needsStatement {\n      id\n      title\n      sector\n    }\n    splitAnswers {\n      id\n      year\n      owner\n      institution\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundProposal($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      proposals(first: 20) {\n        edges {\n          node {\n            ...ProposalFields\n          }\n        }\n      }\n      decisions(first: 200) {\n        edges {\n          node {\n            ...DecisionFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundProposal($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      proposals(first: 20) {\n        edges {\n          node {\n            ...ProposalFields\n          }\n        }\n      }\n      decisions(first: 200) {\n        edges {\n          node {\n            ...DecisionFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PutScenarioToForum($input: PutScenarioToForumInput!) {\n    putScenarioToForum(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation PutScenarioToForum($input: PutScenarioToForumInput!) {\n    putScenarioToForum(input: $input) {\n      ...ProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForumOutcome($input: RecordForumOutcomeInput!) {\n    recordForumOutcome(input: $input) {\n      ...ProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForumOutcome($input: RecordForumOutcomeInput!) {\n    recordForumOutcome(input: $input) {\n      ...ProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideRound($input: DecideRoundInput!) {\n    decideRound(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideRound($input: DecideRoundInput!) {\n    decideRound(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundListItemFields on Round {\n    id\n    year\n    status\n  }\n"): (typeof documents)["\n  fragment RoundListItemFields on Round {\n    id\n    year\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundOverviewFields on Round {\n    id\n    year\n    status\n    frame\n    version\n    calendar {\n      id\n      start\n      end\n      label {\n        nb\n      }\n    }\n    summary {\n      statements\n      withdrawn\n      requestedThisYear\n      committedThisYear\n      bySector {\n        sector\n        statements\n        requestedThisYear\n      }\n    }\n    commitments(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment RoundOverviewFields on Round {\n    id\n    year\n    status\n    frame\n    version\n    calendar {\n      id\n      start\n      end\n      label {\n        nb\n      }\n    }\n    summary {\n      statements\n      withdrawn\n      requestedThisYear\n      committedThisYear\n      bySector {\n        sector\n        statements\n        requestedThisYear\n      }\n    }\n    commitments(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rounds {\n    rounds(first: 20, orderBy: { field: YEAR, direction: DESC }) {\n      edges {\n        node {\n          ...RoundListItemFields\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Rounds {\n    rounds(first: 20, orderBy: { field: YEAR, direction: DESC }) {\n      edges {\n        node {\n          ...RoundListItemFields\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundOverview($id: ID!) {\n    round(id: $id) {\n      ...RoundOverviewFields\n    }\n  }\n"): (typeof documents)["\n  query RoundOverview($id: ID!) {\n    round(id: $id) {\n      ...RoundOverviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundPlan($id: ID!) {\n    round(id: $id) {\n      id\n      planVersion {\n        id\n        versionId\n        plan\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundPlan($id: ID!) {\n    round(id: $id) {\n      id\n      planVersion {\n        id\n        versionId\n        plan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenRound($input: RoundTransitionInput!) {\n    openRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenRound($input: RoundTransitionInput!) {\n    openRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseRound($input: RoundTransitionInput!) {\n    closeRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseRound($input: RoundTransitionInput!) {\n    closeRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReporting($input: RoundTransitionInput!) {\n    startReporting(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartReporting($input: RoundTransitionInput!) {\n    startReporting(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundStatementMix($roundId: ID!) {\n    needsStatements(roundId: $roundId, first: 200) {\n      edges {\n        node {\n          id\n          sector\n          themeId\n          status\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RoundStatementMix($roundId: ID!) {\n    needsStatements(roundId: $roundId, first: 200) {\n      edges {\n        node {\n          id\n          sector\n          themeId\n          status\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioSummaryFields on Scenario {\n    id\n    name\n    method\n    cutRule\n    frame\n    committedEarlier\n    grantedNew\n    leftover\n    ranAt\n    ranByName\n    durationMs\n    version\n  }\n"): (typeof documents)["\n  fragment ScenarioSummaryFields on Scenario {\n    id\n    name\n    method\n    cutRule\n    frame\n    committedEarlier\n    grantedNew\n    leftover\n    ranAt\n    ranByName\n    durationMs\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioLineFields on ScenarioLine {\n    id\n    status\n    rank\n    score\n    requestedThisYear\n    engineGrantedThisYear\n    adjustedThisYear\n    grantedThisYear\n    fundedPercent\n    adjustmentReason\n    adjustedBy\n    adjustedAt\n    clauses\n    explanation {\n      nb\n    }\n    needsStatement {\n      id\n      title\n      sector\n      themeId\n      durationYears\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          ownership\n          municipality {\n            number\n            name\n          }\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ScenarioLineFields on ScenarioLine {\n    id\n    status\n    rank\n    score\n    requestedThisYear\n    engineGrantedThisYear\n    adjustedThisYear\n    grantedThisYear\n    fundedPercent\n    adjustmentReason\n    adjustedBy\n    adjustedAt\n    clauses\n    explanation {\n      nb\n    }\n    needsStatement {\n      id\n      title\n      sector\n      themeId\n      durationYears\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          ownership\n          municipality {\n            number\n            name\n          }\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundScenarios($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      planVersion {\n        id\n        plan\n      }\n      scenarios(first: 50) {\n        edges {\n          node {\n            ...ScenarioSummaryFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundScenarios($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      planVersion {\n        id\n        plan\n      }\n      scenarios(first: 50) {\n        edges {\n          node {\n            ...ScenarioSummaryFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioSummaryFields\n      inputHash\n      parametersJson\n      methodReport\n      report\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioSummaryFields\n      inputHash\n      parametersJson\n      methodReport\n      report\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunScenario($input: RunScenarioInput!) {\n    runScenario(input: $input) {\n      ...ScenarioSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RunScenario($input: RunScenarioInput!) {\n    runScenario(input: $input) {\n      ...ScenarioSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustScenarioLine($input: AdjustScenarioLineInput!) {\n    adjustScenarioLine(input: $input) {\n      ...ScenarioSummaryFields\n      report\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustScenarioLine($input: AdjustScenarioLineInput!) {\n    adjustScenarioLine(input: $input) {\n      ...ScenarioSummaryFields\n      report\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInCounties {\n    counties {\n      ...CountyFields\n    }\n  }\n"): (typeof documents)["\n  query SignInCounties {\n    counties {\n      ...CountyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevSignIn($role: Role!, $countyCode: String) {\n    devSignIn(role: $role, countyCode: $countyCode) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DevSignIn($role: Role!, $countyCode: String) {\n    devSignIn(role: $role, countyCode: $countyCode) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    subject\n    name\n    role\n    county {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    subject\n    name\n    role\n    county {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;