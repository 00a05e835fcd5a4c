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
    "query AdminAggregates1($id: ID!) { round(id: $id) { frame\n  summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems\n    bySector { sector statements requestedThisYear }\n    byTheme { sector themeId title { nb en } rank statements withdrawn requestedThisYear }\n    byStatus { status statements requestedThisYear } }\n  commitments(first: 2) { totalCount pageInfo { hasNextPage endCursor } }\n  allCommitments: commitments(first: 200) { totalCount edges { node { amount } } } } }": typeof types.AdminAggregates1Document,
    "query AdminAggregates2($id: ID!) { needsStatements(roundId: $id, first: 200) { edges { node {\n  id status problems { code path field message { nb en } } } } } }": typeof types.AdminAggregates2Document,
    "query AdminAggregates17($id: ID!) { round(id: $id) { ...AdminAggregatesOverview } }": typeof types.AdminAggregates17Document,
    "query AdminAggregates18 { rounds(first: 50) { edges { node { ...AdminAggregatesOverview } } } }": typeof types.AdminAggregates18Document,
    "query AdminAggregates19($id: ID!) { round(id: $id) { id year } }": typeof types.AdminAggregates19Document,
    "query AdminAggregates4($round: ID!, $has: Boolean) {\n            needsStatements(roundId: $round, first: 200, filter: { hasProblems: $has }) {\n              totalCount edges { node { id } } } }": typeof types.AdminAggregates4Document,
    "query AdminAggregates5($id: ID!) { needsStatement(id: $id) { problems { code } } }": typeof types.AdminAggregates5Document,
    "query AdminAggregates20($id: ID!) { needsStatements(roundId: $id, first: 200) { edges { node {\n            id newcomer partnership { owners { id participationYears } } } } } }": typeof types.AdminAggregates20Document,
    "query AdminAggregates9($id: ID!) { round(id: $id) { activeScenarioRun { id status } } }": typeof types.AdminAggregates9Document,
    "query AdminAggregates10($id: ID!) { round(id: $id) { activeScenarioRun { id } } }": typeof types.AdminAggregates10Document,
    "query AdminAggregates13($id: ID!) { scenarioRun(id: $id) { id } }": typeof types.AdminAggregates13Document,
    "query AdminAggregates14($id: ID!) { scenarioRun(id: $id) { id } }": typeof types.AdminAggregates14Document,
    "query AdminAggregates15($id: ID!) { scenarioRun(id: $id) { id } }": typeof types.AdminAggregates15Document,
    "query AdminAggregates16($id: ID!) { scenarioRun(id: $id) { id } }": typeof types.AdminAggregates16Document,
    "query AdminAggregates3($id: ID!) { scenario(id: $id) { id grantedNew frame leftover\n  lines(first: 200) { totalCount edges { node { requestedThisYear grantedThisYear\n    needsStatement { sector } } } }\n  totals {\n    bySector { key kind sector statements requestedThisYear grantedThisYear }\n    byMunicipality { key kind municipality { number } municipalities { number } statements requestedThisYear grantedThisYear }\n    byOwner { key kind owners { id name } municipalities { number } statements requestedThisYear grantedThisYear } }\n  constraintReport {\n    gauges { id kind label { nb } amount percent lower upper limitPercent broken explanation { nb en } notes { nb } clause clauseTitle { nb en } sector year durationYears group }\n    sectors { sector total grantedNew committed band { lower upper } withinBand requestedThisYear statements notes { nb } clause }\n    leftover { amount reasons { code message { nb } } }\n    institutionsInSeveralPartnerships { orgnr partnershipIds grantedThisYear } }\n  methodInfo { method cutRule source objective rankedObjective status gap timeLimitSeconds timeLimitReached durationMs explanation { nb en }\n    solver { status provenGap timeLimitReached } } } }": typeof types.AdminAggregates3Document,
    "query AdminAggregates6($id: ID!) { scenarioRun(id: $id) { id status name method queuedAt startedAt finishedAt\n         durationMs requestedByName errorCode scenario { id } round { id } } }": typeof types.AdminAggregates6Document,
    "query AdminAggregates7($id: ID!) { round(id: $id) { activeScenarioRun { id }\n         scenarioRuns(first: 10) { totalCount edges { node { status scenario { id } } } } } }": typeof types.AdminAggregates7Document,
    "query AdminAggregates8($ids: [ID!]!) { compareScenarios(ids: $ids) {\n         scenarios { id grantedNew }\n         rows { spread needsStatement { id } }\n         differences { granted spread needsStatement { id }\n           lines { status grantedThisYear explanation { nb } adjustmentReason } }\n         bySector { key kind sector granted requestedThisYear statements spread differs }\n         byMunicipality { key kind granted spread differs }\n         byOwner { key kind owners { id } granted spread differs } } }": typeof types.AdminAggregates8Document,
    "query AdminAggregates12($ids: [ID!]!) { compareScenarios(ids: $ids) { rows { spread } } }": typeof types.AdminAggregates12Document,
    "mutation Hardening1 { devSignIn(role: ADMIN, countyCode: \"troms\") { token user { role county { code } } } }": typeof types.Hardening1Document,
    "mutation Hardening2 { devSignIn(role: ADMIN, countyCode: \"troms\") { token } }": typeof types.Hardening2Document,
    "query Hardening3($id: ID!) { round(id: $id) { id } }": typeof types.Hardening3Document,
    "mutation KnowledgeBase1($input: CreateIndicatorFigureInput!) { createIndicatorFigure(input: $input) {\n  id indicatorId sector year value source version municipality { number } owner { id } } }": typeof types.KnowledgeBase1Document,
    "mutation KnowledgeBase2($input: UpdateIndicatorFigureInput!) { updateIndicatorFigure(input: $input) {\n  id indicatorId sector year value source version municipality { number } owner { id } } }": typeof types.KnowledgeBase2Document,
    "mutation KnowledgeBase3($id: ID!) { deleteIndicatorFigure(id: $id) }": typeof types.KnowledgeBase3Document,
    "mutation KnowledgeBase4($input: CreateEarlierCommitmentInput!) { createEarlierCommitment(input: $input) {\n  id partnership { id } workId sector durationYears grantedYear year amount owner institution\n  coordinator institutionOrgnr earlier version } }": typeof types.KnowledgeBase4Document,
    "mutation KnowledgeBase5($input: UpdateEarlierCommitmentInput!) { updateEarlierCommitment(input: $input) {\n  id partnership { id } workId sector durationYears grantedYear year amount owner institution\n  coordinator institutionOrgnr earlier version } }": typeof types.KnowledgeBase5Document,
    "mutation KnowledgeBase6($id: ID!) { deleteEarlierCommitment(id: $id) }": typeof types.KnowledgeBase6Document,
    "query KnowledgeBase7($id: ID!) { round(id: $id) { frame summary { committedThisYear freeThisYear } } }": typeof types.KnowledgeBase7Document,
    "query KnowledgeBase8 { knowledgeBaseIndicators { id kind label { nb } } }": typeof types.KnowledgeBase8Document,
    "query KnowledgeBase9 { indicatorFigures(year: 2027, municipalityNumber: \"5501\") { totalCount } }": typeof types.KnowledgeBase9Document,
    "query KnowledgeBase10 { indicatorFigures(first: 200) { edges { node { id } } } }": typeof types.KnowledgeBase10Document,
    "query KnowledgeBase11 { earlierCommitments { totalCount } }": typeof types.KnowledgeBase11Document,
    "query Overview($id: ID!, $first: Int!) {\n  round(id: $id) {\n    id year status frame version\n    calendar { id start end label { nb } }\n    planVersion { planId versionId }\n    summary { statements requestedThisYear committedThisYear freeThisYear withProblems\n      bySector { sector statements requestedThisYear }\n      byTheme { sector themeId title { nb } rank statements withdrawn requestedThisYear }\n      byStatus { status statements requestedThisYear } }\n    commitments(first: 1) { totalCount }\n    needsStatements(first: $first, orderBy: { field: REQUESTED_THIS_YEAR, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node {\n        id title status sector themeId durationYears requestedThisYear version\n        budget { year owner institution total coordinator }\n        partnership { id name otherServices institution { id name kind } owners { id name orgnr ownership municipality { number name } } }\n        decision { id status grantedThisYear }\n        problems { code path message { nb } }\n      } }\n    }\n  }\n}": typeof types.OverviewDocument,
    "query Scenarios($id: ID!, $first: Int!) {\n  round(id: $id) {\n    id\n    activeScenarioRun { id status }\n    scenarios(first: $first) { totalCount edges { node {\n      id name grantedNew leftover\n      totals { bySector { key grantedThisYear } byMunicipality { key municipalities { number } grantedThisYear }\n        byOwner { key owners { id name } grantedThisYear } }\n      constraintReport { gauges { id amount broken explanation { nb } } sectors { sector requestedThisYear } leftover { amount } }\n      methodInfo { method source status gap durationMs explanation { nb } }\n    } } }\n  }\n}": typeof types.ScenariosDocument,
    "query NationalAccess1($groupBy: [NationalDimension!]!) {\n  nationalStatistics(groupBy: $groupBy) {\n    groups { county { code name } year sector theme { id titleNb titleEn } ownership\n      institution { orgnr name kind } durationYears figures { granted statements reportsSubmitted } }\n    totals { granted statements frame }\n  }\n}": typeof types.NationalAccess1Document,
    "query NationalAccess2 { viewer { role subject county { code } } }": typeof types.NationalAccess2Document,
    "query NationalAccess3 { rounds { totalCount } }": typeof types.NationalAccess3Document,
    "query NationalMaskinporten1 { nationalStatistics { totals { statements granted } } }": typeof types.NationalMaskinporten1Document,
    "query NationalMaskinporten2 { viewer { role } rounds { totalCount } }": typeof types.NationalMaskinporten2Document,
    "mutation NationalStatisticsFrame($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }": typeof types.NationalStatisticsFrameDocument,
    "query NationalFew($groupBy: [NationalDimension!]!) {\n  nationalStatistics(groupBy: $groupBy) {\n    groups { county { code } year figures { granted share: samiShare reportCompleteness } }\n    totals { committed }\n  }\n}": typeof types.NationalFewDocument,
    "query RegisterImport5($id: ID!) { needsStatementTemplate(roundId: $id) { fileName contentType contentBase64 } }": typeof types.RegisterImport5Document,
    "query RegisterImport6($id: ID!) { needsStatementTemplate(roundId: $id) { fileName } }": typeof types.RegisterImport6Document,
    "mutation OneWinner1($id: ID!) { putScenarioToForum(input: { scenarioId: $id }) { id status } }": typeof types.OneWinner1Document,
    "mutation OneWinner4($id: ID!) { closeRound(input: { roundId: $id }) { status } }": typeof types.OneWinner4Document,
    "mutation OneWinner2($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }": typeof types.OneWinner2Document,
    "mutation OneWinner3($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }": typeof types.OneWinner3Document,
    "query PartnershipDoor1($round: ID!) { needsStatementFormContext(roundId: $round) {\n  roundYear deadline open partnershipId plan partnership history } }": typeof types.PartnershipDoor1Document,
    "mutation PartnershipDoor2($input: SubmitNeedsStatementInput!) { submitNeedsStatement(input: $input) { id } }": typeof types.PartnershipDoor2Document,
    "mutation PartnershipDoor3($p: ID!) { devSignIn(role: PARTNERSHIP, countyCode: \"troms\", partnershipId: $p) { token } }": typeof types.PartnershipDoor3Document,
    "query PartnershipDoor4 { devSignInPartnerships(countyCode: \"troms\") { id name } }": typeof types.PartnershipDoor4Document,
    "mutation PartnershipDoor5 { devSignIn(role: PARTNERSHIP, countyCode: \"troms\") { user { partnershipId } } }": typeof types.PartnershipDoor5Document,
    "query PartnershipDoor6 { viewer { role partnershipId } }": typeof types.PartnershipDoor6Document,
    "query Reporting10($id: ID!) { annualReport(id: $id) { id } }": typeof types.Reporting10Document,
    "query Reporting9($id: ID!) { annualReport(id: $id) { problems { code } } }": typeof types.Reporting9Document,
    "query Reporting5($roundId: ID!) { reportFollowUp(roundId: $roundId, asOf: \"2026-12-01\") {\n        rows { decision { id grantedPerYear { year } } partnership { name } report { id status grant { owner }\n          accounts { owner { lines { costLine amount } } institution { spent } } problems { code }\n          needsStatement { title } round { year } } } } }": typeof types.Reporting5Document,
    "query Reporting7($id: ID!, $d: ID!) { annualReport(id: $id) { id } decision(id: $d) { annualReports { id year } } }": typeof types.Reporting7Document,
    "mutation RequestCeiling1($input: SubmitNeedsStatementInput!) {\n  submitNeedsStatement(input: $input) { id requestedThisYear requestedTotal problems { code } }\n}": typeof types.RequestCeiling1Document,
    "mutation RequestCeiling2($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { id frame } }": typeof types.RequestCeiling2Document,
    "query RequestCeiling3($id: ID!) { needsStatement(id: $id) { id notices { code field clause assumption message { nb } } } }": typeof types.RequestCeiling3Document,
    "query RequestCeiling4($id: ID!) { round(id: $id) { frame year } }": typeof types.RequestCeiling4Document,
    "query RequestCeiling5 { partnerships(first: 1) { edges { node { id owners { id units { id } } institution { id } } } } }": typeof types.RequestCeiling5Document,
    "mutation RequestCeiling6($input: CreateUnitInput!) { createUnit(input: $input) { id } }": typeof types.RequestCeiling6Document,
    "mutation RequestCeiling7($input: CreatePartnershipInput!) { createPartnership(input: $input) { id version } }": typeof types.RequestCeiling7Document,
    "mutation RequestCeiling9($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { id } }": typeof types.RequestCeiling9Document,
    "query RequestCeiling8 { partnerships(first: 2) { edges { node { owners { id units { id } } institution { id } } } } }": typeof types.RequestCeiling8Document,
    "mutation RequestCeiling10($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }": typeof types.RequestCeiling10Document,
    "\n  query RequestScopeRounds {\n    a: rounds {\n      edges {\n        node {\n          id\n          needsStatements(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n    b: rounds {\n      totalCount\n    }\n  }\n": typeof types.RequestScopeRoundsDocument,
    "query RoleMatrix3($r: ID!) { needsStatements(roundId: $r) { edges { node { id } } } }": typeof types.RoleMatrix3Document,
    "query RoleMatrix4 { nationalStatistics(groupBy: [COUNTY, SECTOR], years: [2026]) { groups { county { code name } sector figures { statements requested granted } } } }": typeof types.RoleMatrix4Document,
    "mutation SetFrame($input: SetRoundFrameInput!) {\n  setRoundFrame(input: $input) { id frame version summary { committedThisYear freeThisYear } } }": typeof types.SetFrameDocument,
    "query RoundVersion($id: ID!) { round(id: $id) { version frame } }": typeof types.RoundVersionDocument,
    "query RoundActions($id: ID!) { round(id: $id) { status allowedActions } }": typeof types.RoundActionsDocument,
    "mutation RoundWorkflow8($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: \"Til drøfting\" }) { id status round { status } } }": typeof types.RoundWorkflow8Document,
    "mutation RoundWorkflow14($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": typeof types.RoundWorkflow14Document,
    "mutation RoundWorkflow9($input: RecordForumOutcomeInput!) { recordForumOutcome(input: $input) { status forumOutcome votesFor } }": typeof types.RoundWorkflow9Document,
    "mutation RoundWorkflow15($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": typeof types.RoundWorkflow15Document,
    "mutation RoundWorkflow10($id: ID!) { decideRound(input: { proposalId: $id }) { id version status grantedThisYear justification\n         partnership { id } grantedPerYear { year amount } } }": typeof types.RoundWorkflow10Document,
    "query RoundWorkflow11($id: ID!) { round(id: $id) { status } }": typeof types.RoundWorkflow11Document,
    "mutation RoundWorkflow16($input: UpdateDecisionInput!) { updateDecision(input: $input) { version justification } }": typeof types.RoundWorkflow16Document,
    "mutation RoundWorkflow12($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner institution } }": typeof types.RoundWorkflow12Document,
    "mutation RoundWorkflow17($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner } }": typeof types.RoundWorkflow17Document,
    "query RoundWorkflow5($ids: [ID!]!) { compareScenarios(ids: $ids) { sameInputAsFirst rows { granted spread needsStatement { id } } } }": typeof types.RoundWorkflow5Document,
    "query RoundWorkflow6($id: ID!) { scenario(id: $id) { lines(first: 50, orderBy: { field: REQUESTED, direction: DESC }) { edges { node { requestedThisYear grantedThisYear needsStatement { id } } } } } }": typeof types.RoundWorkflow6Document,
    "mutation RoundWorkflow13($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version } }": typeof types.RoundWorkflow13Document,
    "mutation RowLevelSecurity2($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }": typeof types.RowLevelSecurity2Document,
    "query RowLevelSecurity1($id: ID!) { round(id: $id) { id } }": typeof types.RowLevelSecurity1Document,
    "query RowLevelSecurity3 { rounds { totalCount } }": typeof types.RowLevelSecurity3Document,
    "query RowLevelSecurity4 { nationalStatistics(groupBy: [COUNTY]) { totals { statements } } }": typeof types.RowLevelSecurity4Document,
    "query RowLevelSecurity5 { nationalStatistics(groupBy: [SECTOR]) { totals { statements } } }": typeof types.RowLevelSecurity5Document,
    "mutation SamiAssessment1($input: AssessSamiPerspectiveInput!) { assessSamiPerspective(input: $input) {\n  id version samiAssessment { level reason assessedBy assessedByName assessedAt version } } }": typeof types.SamiAssessment1Document,
    "query SamiAssessment2($round: ID!) { needsStatements(roundId: $round, first: 100) {\n        edges { node { id sector themeId version } } } }": typeof types.SamiAssessment2Document,
    "mutation SamiAssessment3($id: ID!) { closeRound(input: { roundId: $id }) { status } }": typeof types.SamiAssessment3Document,
    "query SamiAssessment4($id: ID!) { round(id: $id) { summary { committedThisYear } } }": typeof types.SamiAssessment4Document,
    "mutation SamiAssessment5($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }": typeof types.SamiAssessment5Document,
    "query SamiAssessment6($id: ID!) { needsStatement(id: $id) { history { action } } }": typeof types.SamiAssessment6Document,
    "query SamiAssessment7($id: ID!) { needsStatement(id: $id) { samiAssessment { version } } }": typeof types.SamiAssessment7Document,
    "mutation ScenarioAdjustments10($id: ID!) { putScenarioToForum(input: { scenarioId: $id }) { id } }": typeof types.ScenarioAdjustments10Document,
    "mutation ScenarioAdjustments3($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: \"Til drøfting\" }) { id } }": typeof types.ScenarioAdjustments3Document,
    "mutation ScenarioAdjustments11($id: ID!) { recordForumOutcome(input: { proposalId: $id, outcome: CONSENSUS }) { status } }": typeof types.ScenarioAdjustments11Document,
    "mutation ScenarioAdjustments12($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": typeof types.ScenarioAdjustments12Document,
    "mutation ScenarioAdjustments13($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": typeof types.ScenarioAdjustments13Document,
    "mutation ScenarioAdjustments4($id: ID!) { decideRound(input: { proposalId: $id }) { grantedThisYear justification\n         needsStatement { id } grantedPerYear { year amount } } }": typeof types.ScenarioAdjustments4Document,
    "query ScenarioAdjustments5($id: ID!) { round(id: $id) { status calendar { id doneByPhase }\n         decisionTotals { decisions grantedThisYear grantedTotal grantedLaterYears\n           byStatus { status decisions grantedThisYear } }\n         decisions(first: 100) { edges { node { grantedThisYear grantedTotal version justification } } }\n         reduced: decisionTotals(filter: { status: [REDUCED] }) { grantedThisYear decisions } } }": typeof types.ScenarioAdjustments5Document,
    "query ScenarioAdjustments6($id: ID!) { scenario(id: $id) { lines(first: 50) { edges { node { id adjustedBy adjustedByName } } } } }": typeof types.ScenarioAdjustments6Document,
    "query ScenarioAdjustments7($id: ID!) { needsStatement(id: $id) { history { action actorName scenarioName\n         grantedThisYear decisionStatus reason } } }": typeof types.ScenarioAdjustments7Document,
    "query ScenarioAdjustments8($id: ID!, $search: String) { round(id: $id) { needsStatements(first: 100, filter: { search: $search }) {\n           totalCount edges { node { id title partnership { name institution { name }\n             owners { name municipality { name } } } } } } } }": typeof types.ScenarioAdjustments8Document,
    "query StatementDrafts13($id: ID!) { needsStatement(id: $id) { status history { action } } }": typeof types.StatementDrafts13Document,
    "mutation AdminAggregates11($id: ID!) { closeRound(input: { roundId: $id }) { status } }": typeof types.AdminAggregates11Document,
    "fragment AdminAggregatesOverview on Round {\n  id year status frame version createdAt calendar { id start end }\n  allowedActions\n  summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems\n    bySector { sector statements requestedThisYear } byStatus { status statements } }\n  commitments(first: 1) { totalCount } }": typeof types.AdminAggregatesOverviewFragmentDoc,
    "query National($groupBy: [NationalDimension!]!, $years: [Int!], $counties: [String!]) {\n  nationalStatistics(groupBy: $groupBy, years: $years, counties: $counties) {\n    groupBy years counties\n    groups {\n      county { code name } year sector theme { id titleNb titleEn } ownership\n      institution { orgnr name kind } durationYears\n      figures { ...NationalFiguresAll }\n    }\n    totals { ...NationalFiguresAll }\n  }\n}\nfragment NationalFiguresAll on NationalFigures {\n  frame statements requested samiStatements samiShare decisions grants granted\n  grantedLaterYears committed coordinatorGranted fundedOwners newcomerOwners newcomerShare\n  grantedToNewcomers reportsExpected reportsSubmitted reportsAccepted reportsReturned\n  reportCompleteness reportedReceivedOwner reportedReceivedInstitution reportedSpentOwner\n  reportedSpentInstitution reportedCoordinatorSpent\n}": typeof types.NationalDocument,
    "mutation RegisterImport1($input: PreviewRegisterImportInput!) { previewRegisterImport(input: $input) {\n  rows canConfirm fingerprint summary { entity created updated unchanged }\n  problems { file row column code message { nb } } statements { title partnershipName } } }": typeof types.RegisterImport1Document,
    "mutation RegisterImport2($input: ConfirmRegisterImportInput!) { confirmRegisterImport(input: $input) {\n  summary { entity created updated unchanged } ids } }": typeof types.RegisterImport2Document,
    "mutation RegisterImport3($input: PreviewNeedsStatementImportInput!) { previewNeedsStatementImport(input: $input) {\n  rows canConfirm fingerprint summary { entity created updated unchanged }\n  problems { file row column code message { nb } } statements { title partnershipName } } }": typeof types.RegisterImport3Document,
    "mutation RegisterImport4($input: ConfirmNeedsStatementImportInput!) { confirmNeedsStatementImport(input: $input) {\n  summary { entity created } ids } }": typeof types.RegisterImport4Document,
    "mutation Register1($input: CreateOwnerInput!) { createOwner(input: $input) {\n  id orgnr name ownership municipality { number } participationYears archivedAt version } }": typeof types.Register1Document,
    "mutation Register2($input: UpdateOwnerInput!) { updateOwner(input: $input) {\n  id orgnr name ownership municipality { number } participationYears archivedAt version } }": typeof types.Register2Document,
    "mutation Register3($input: SetArchivedInput!) { setOwnerArchived(input: $input) { id archivedAt version } }": typeof types.Register3Document,
    "mutation Register4($id: ID!) { deleteOwner(id: $id) }": typeof types.Register4Document,
    "query Register17($id: ID!) { owner(id: $id) { id } }": typeof types.Register17Document,
    "query Register18 { owners(first: 200, archived: false) { edges { node { id } } } }": typeof types.Register18Document,
    "mutation Register5($input: CreateUnitInput!) { createUnit(input: $input) { id name kind registerId owner { id } } }": typeof types.Register5Document,
    "mutation Register6($input: UpdateUnitInput!) { updateUnit(input: $input) { id name registerId version } }": typeof types.Register6Document,
    "mutation Register7($input: SetArchivedInput!) { setUnitArchived(input: $input) { id archivedAt } }": typeof types.Register7Document,
    "mutation Register8($id: ID!) { deleteUnit(id: $id) }": typeof types.Register8Document,
    "query Register19 { units { totalCount } }": typeof types.Register19Document,
    "mutation Register9($input: CreateInstitutionInput!) { createInstitution(input: $input) { id orgnr name kind version } }": typeof types.Register9Document,
    "mutation Register10($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id name version } }": typeof types.Register10Document,
    "mutation Register11($input: SetArchivedInput!) { setInstitutionArchived(input: $input) { id archivedAt } }": typeof types.Register11Document,
    "mutation Register12($id: ID!) { deleteInstitution(id: $id) }": typeof types.Register12Document,
    "mutation Register13($input: CreatePartnershipInput!) { createPartnership(input: $input) {\n  id name owners { id } institution { id } otherServices\n  contactPersons { name role email phone } archivedAt version } }": typeof types.Register13Document,
    "mutation Register14($input: UpdatePartnershipInput!) { updatePartnership(input: $input) {\n  id name owners { id } institution { id } otherServices\n  contactPersons { name role email phone } archivedAt version } }": typeof types.Register14Document,
    "mutation Register15($input: SetArchivedInput!) { setPartnershipArchived(input: $input) { id archivedAt } }": typeof types.Register15Document,
    "mutation Register16($id: ID!) { deletePartnership(id: $id) }": typeof types.Register16Document,
    "mutation Reporting1($id: ID!, $version: Int!) { acceptAnnualReport(id: $id, version: $version) { id status version reviewedBy } }": typeof types.Reporting1Document,
    "mutation Reporting2($id: ID!, $version: Int!, $comment: String!) {\n  returnAnnualReport(id: $id, version: $version, comment: $comment) { id status version reviewComment } }": typeof types.Reporting2Document,
    "query Reporting3($roundId: ID, $year: Int, $asOf: String) {\n  reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {\n    asOf\n    counts { expected reported missing late accepted returned awaitingReview withProblems }\n    money { grantedOwner grantedInstitution reportedGranted spentOwner spentInstitution coordinatorSpent }\n    rows { decision { id } partnership { id name } title year roundYear state dueDate dueDateSource owed late daysLate\n           report { id status } grant { owner institution coordinator } spentOwner spentInstitution unspent\n           problems { code path } measuresNotCarriedOut goalsNotAchieved }\n  } }": typeof types.Reporting3Document,
    "mutation Reporting8($id: ID!) { startReporting(input: { roundId: $id }) { status } }": typeof types.Reporting8Document,
    "query Reporting4($roundId: ID, $asOf: String, $overdueOnly: Boolean) {\n  reportReminders(roundId: $roundId, asOf: $asOf, overdueOnly: $overdueOnly) {\n    decision { id } partnership { id name } title year state dueDate dueDateSource overdue daysOverdue\n    contact { name email } reviewComment } }": typeof types.Reporting4Document,
    "query Reporting6($id: ID!) { decision(id: $id) { needsStatement { goals { longTerm { id } subGoals { id } } measures { id } } } }": typeof types.Reporting6Document,
    "mutation RoleMatrix1($input: RunScenarioInput!) { runScenario(input: $input) { id } }": typeof types.RoleMatrix1Document,
    "query RoleMatrix2($id: ID!) { scenarioRun(id: $id) { scenario { id } } }": typeof types.RoleMatrix2Document,
    "mutation RoundWorkflow1($input: SubmitNeedsStatementInput!) {\n  submitNeedsStatement(input: $input) { id version status requestedThisYear budget { year owner institution total } }\n}": typeof types.RoundWorkflow1Document,
    "mutation RoundWorkflow2($input: UpdateNeedsStatementInput!) {\n  updateNeedsStatement(input: $input) { id version title }\n}": typeof types.RoundWorkflow2Document,
    "mutation RoundWorkflow3($id: ID!) { withdrawNeedsStatement(input: { id: $id, reason: \"Slått sammen\" }) { status } }": typeof types.RoundWorkflow3Document,
    "mutation RoundWorkflow4($id: ID!) { closeRound(input: { roundId: $id }) { status } }": typeof types.RoundWorkflow4Document,
    "mutation RoundWorkflow7($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version grantedNew } }": typeof types.RoundWorkflow7Document,
    "fragment ScenarioAdjustmentsView on Scenario {\n  id version frame committedEarlier grantedNew leftover adjustments\n  lines(first: 50) { edges { node { id status requestedThisYear engineGrantedThisYear grantedThisYear\n    adjustmentReason constraintOverride { constraintIds reason } adjustmentExplanation { nb } breaks\n    perYear { year amount } needsStatement { id sector } } } }\n  constraintReport { gauges { id amount broken overridden overrideReasons notes { nb } }\n    sectors { sector grantedNew total } leftover { amount } }\n  totals { bySector { key grantedThisYear } }\n  breaches { constraintId excess overridden overrides { needsStatementId reason } } }": typeof types.ScenarioAdjustmentsViewFragmentDoc,
    "query ScenarioAdjustments14($id: ID!) { scenario(id: $id) { ...ScenarioAdjustmentsView } }": typeof types.ScenarioAdjustments14Document,
    "query ScenarioAdjustments15($id: ID!) { round(id: $id) { proposals(first: 1) { edges { node {\n  status scenario { ...ScenarioAdjustmentsView } } } } } }": typeof types.ScenarioAdjustments15Document,
    "query ScenarioAdjustments1($input: ScenarioAdjustmentPreviewInput!) { scenarioAdjustmentPreview(input: $input) {\n  grantedNew leftover maxWithinFrame requiredOverrides\n  pastFrame { year frame total excess assumed }\n  breaches { constraintId excess }\n  problems { code field message { nb } }\n} }": typeof types.ScenarioAdjustments1Document,
    "mutation ScenarioAdjustments2($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) {\n  id version grantedNew leftover adjustments } }": typeof types.ScenarioAdjustments2Document,
    "mutation ScenarioAdjustments9($id: ID!) { closeRound(input: { roundId: $id }) { status } }": typeof types.ScenarioAdjustments9Document,
    "mutation StatementDrafts1($input: SaveNeedsStatementDraftInput!) { saveNeedsStatementDraft(input: $input) { id status title version requestedThisYear submittedAt } }": typeof types.StatementDrafts1Document,
    "mutation StatementDrafts2($input: UpdateNeedsStatementInput!) { submitNeedsStatementDraft(input: $input) { id status title version requestedThisYear submittedAt } }": typeof types.StatementDrafts2Document,
    "mutation StatementDrafts3($input: DiscardNeedsStatementDraftInput!) { discardNeedsStatementDraft(input: $input) }": typeof types.StatementDrafts3Document,
    "mutation StatementDrafts4($input: UpdateNeedsStatementInput!) { updateNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }": typeof types.StatementDrafts4Document,
    "mutation StatementDrafts5($input: WithdrawNeedsStatementInput!) { withdrawNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }": typeof types.StatementDrafts5Document,
    "mutation StatementDrafts6($input: SubmitNeedsStatementInput!) { submitNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }": typeof types.StatementDrafts6Document,
    "query StatementDrafts7($id: ID!) { needsStatement(id: $id) { id status title version requestedThisYear submittedAt } }": typeof types.StatementDrafts7Document,
    "query StatementDrafts8($round: ID!) { needsStatements(roundId: $round, first: 200) {\n  totalCount edges { node { id status } } } }": typeof types.StatementDrafts8Document,
    "query StatementDrafts9($id: ID!) { round(id: $id) { id summary { byStatus { status statements } } } }": typeof types.StatementDrafts9Document,
    "mutation StatementDrafts10($input: ExtendSubmissionDeadlineInput!) {\n  extendSubmissionDeadline(input: $input) { id version submissionDeadline submissionDeadlineOverride } }": typeof types.StatementDrafts10Document,
    "query StatementDrafts11($id: ID!) { round(id: $id) { id version submissionDeadline submissionDeadlineOverride } }": typeof types.StatementDrafts11Document,
    "query StatementDrafts12($round: ID!) { needsStatementFormContext(roundId: $round) { deadline open } }": typeof types.StatementDrafts12Document,
};
const documents: Documents = {
    "query AdminAggregates1($id: ID!) { round(id: $id) { frame\n  summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems\n    bySector { sector statements requestedThisYear }\n    byTheme { sector themeId title { nb en } rank statements withdrawn requestedThisYear }\n    byStatus { status statements requestedThisYear } }\n  commitments(first: 2) { totalCount pageInfo { hasNextPage endCursor } }\n  allCommitments: commitments(first: 200) { totalCount edges { node { amount } } } } }": types.AdminAggregates1Document,
    "query AdminAggregates2($id: ID!) { needsStatements(roundId: $id, first: 200) { edges { node {\n  id status problems { code path field message { nb en } } } } } }": types.AdminAggregates2Document,
    "query AdminAggregates17($id: ID!) { round(id: $id) { ...AdminAggregatesOverview } }": types.AdminAggregates17Document,
    "query AdminAggregates18 { rounds(first: 50) { edges { node { ...AdminAggregatesOverview } } } }": types.AdminAggregates18Document,
    "query AdminAggregates19($id: ID!) { round(id: $id) { id year } }": types.AdminAggregates19Document,
    "query AdminAggregates4($round: ID!, $has: Boolean) {\n            needsStatements(roundId: $round, first: 200, filter: { hasProblems: $has }) {\n              totalCount edges { node { id } } } }": types.AdminAggregates4Document,
    "query AdminAggregates5($id: ID!) { needsStatement(id: $id) { problems { code } } }": types.AdminAggregates5Document,
    "query AdminAggregates20($id: ID!) { needsStatements(roundId: $id, first: 200) { edges { node {\n            id newcomer partnership { owners { id participationYears } } } } } }": types.AdminAggregates20Document,
    "query AdminAggregates9($id: ID!) { round(id: $id) { activeScenarioRun { id status } } }": types.AdminAggregates9Document,
    "query AdminAggregates10($id: ID!) { round(id: $id) { activeScenarioRun { id } } }": types.AdminAggregates10Document,
    "query AdminAggregates13($id: ID!) { scenarioRun(id: $id) { id } }": types.AdminAggregates13Document,
    "query AdminAggregates14($id: ID!) { scenarioRun(id: $id) { id } }": types.AdminAggregates14Document,
    "query AdminAggregates15($id: ID!) { scenarioRun(id: $id) { id } }": types.AdminAggregates15Document,
    "query AdminAggregates16($id: ID!) { scenarioRun(id: $id) { id } }": types.AdminAggregates16Document,
    "query AdminAggregates3($id: ID!) { scenario(id: $id) { id grantedNew frame leftover\n  lines(first: 200) { totalCount edges { node { requestedThisYear grantedThisYear\n    needsStatement { sector } } } }\n  totals {\n    bySector { key kind sector statements requestedThisYear grantedThisYear }\n    byMunicipality { key kind municipality { number } municipalities { number } statements requestedThisYear grantedThisYear }\n    byOwner { key kind owners { id name } municipalities { number } statements requestedThisYear grantedThisYear } }\n  constraintReport {\n    gauges { id kind label { nb } amount percent lower upper limitPercent broken explanation { nb en } notes { nb } clause clauseTitle { nb en } sector year durationYears group }\n    sectors { sector total grantedNew committed band { lower upper } withinBand requestedThisYear statements notes { nb } clause }\n    leftover { amount reasons { code message { nb } } }\n    institutionsInSeveralPartnerships { orgnr partnershipIds grantedThisYear } }\n  methodInfo { method cutRule source objective rankedObjective status gap timeLimitSeconds timeLimitReached durationMs explanation { nb en }\n    solver { status provenGap timeLimitReached } } } }": types.AdminAggregates3Document,
    "query AdminAggregates6($id: ID!) { scenarioRun(id: $id) { id status name method queuedAt startedAt finishedAt\n         durationMs requestedByName errorCode scenario { id } round { id } } }": types.AdminAggregates6Document,
    "query AdminAggregates7($id: ID!) { round(id: $id) { activeScenarioRun { id }\n         scenarioRuns(first: 10) { totalCount edges { node { status scenario { id } } } } } }": types.AdminAggregates7Document,
    "query AdminAggregates8($ids: [ID!]!) { compareScenarios(ids: $ids) {\n         scenarios { id grantedNew }\n         rows { spread needsStatement { id } }\n         differences { granted spread needsStatement { id }\n           lines { status grantedThisYear explanation { nb } adjustmentReason } }\n         bySector { key kind sector granted requestedThisYear statements spread differs }\n         byMunicipality { key kind granted spread differs }\n         byOwner { key kind owners { id } granted spread differs } } }": types.AdminAggregates8Document,
    "query AdminAggregates12($ids: [ID!]!) { compareScenarios(ids: $ids) { rows { spread } } }": types.AdminAggregates12Document,
    "mutation Hardening1 { devSignIn(role: ADMIN, countyCode: \"troms\") { token user { role county { code } } } }": types.Hardening1Document,
    "mutation Hardening2 { devSignIn(role: ADMIN, countyCode: \"troms\") { token } }": types.Hardening2Document,
    "query Hardening3($id: ID!) { round(id: $id) { id } }": types.Hardening3Document,
    "mutation KnowledgeBase1($input: CreateIndicatorFigureInput!) { createIndicatorFigure(input: $input) {\n  id indicatorId sector year value source version municipality { number } owner { id } } }": types.KnowledgeBase1Document,
    "mutation KnowledgeBase2($input: UpdateIndicatorFigureInput!) { updateIndicatorFigure(input: $input) {\n  id indicatorId sector year value source version municipality { number } owner { id } } }": types.KnowledgeBase2Document,
    "mutation KnowledgeBase3($id: ID!) { deleteIndicatorFigure(id: $id) }": types.KnowledgeBase3Document,
    "mutation KnowledgeBase4($input: CreateEarlierCommitmentInput!) { createEarlierCommitment(input: $input) {\n  id partnership { id } workId sector durationYears grantedYear year amount owner institution\n  coordinator institutionOrgnr earlier version } }": types.KnowledgeBase4Document,
    "mutation KnowledgeBase5($input: UpdateEarlierCommitmentInput!) { updateEarlierCommitment(input: $input) {\n  id partnership { id } workId sector durationYears grantedYear year amount owner institution\n  coordinator institutionOrgnr earlier version } }": types.KnowledgeBase5Document,
    "mutation KnowledgeBase6($id: ID!) { deleteEarlierCommitment(id: $id) }": types.KnowledgeBase6Document,
    "query KnowledgeBase7($id: ID!) { round(id: $id) { frame summary { committedThisYear freeThisYear } } }": types.KnowledgeBase7Document,
    "query KnowledgeBase8 { knowledgeBaseIndicators { id kind label { nb } } }": types.KnowledgeBase8Document,
    "query KnowledgeBase9 { indicatorFigures(year: 2027, municipalityNumber: \"5501\") { totalCount } }": types.KnowledgeBase9Document,
    "query KnowledgeBase10 { indicatorFigures(first: 200) { edges { node { id } } } }": types.KnowledgeBase10Document,
    "query KnowledgeBase11 { earlierCommitments { totalCount } }": types.KnowledgeBase11Document,
    "query Overview($id: ID!, $first: Int!) {\n  round(id: $id) {\n    id year status frame version\n    calendar { id start end label { nb } }\n    planVersion { planId versionId }\n    summary { statements requestedThisYear committedThisYear freeThisYear withProblems\n      bySector { sector statements requestedThisYear }\n      byTheme { sector themeId title { nb } rank statements withdrawn requestedThisYear }\n      byStatus { status statements requestedThisYear } }\n    commitments(first: 1) { totalCount }\n    needsStatements(first: $first, orderBy: { field: REQUESTED_THIS_YEAR, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node {\n        id title status sector themeId durationYears requestedThisYear version\n        budget { year owner institution total coordinator }\n        partnership { id name otherServices institution { id name kind } owners { id name orgnr ownership municipality { number name } } }\n        decision { id status grantedThisYear }\n        problems { code path message { nb } }\n      } }\n    }\n  }\n}": types.OverviewDocument,
    "query Scenarios($id: ID!, $first: Int!) {\n  round(id: $id) {\n    id\n    activeScenarioRun { id status }\n    scenarios(first: $first) { totalCount edges { node {\n      id name grantedNew leftover\n      totals { bySector { key grantedThisYear } byMunicipality { key municipalities { number } grantedThisYear }\n        byOwner { key owners { id name } grantedThisYear } }\n      constraintReport { gauges { id amount broken explanation { nb } } sectors { sector requestedThisYear } leftover { amount } }\n      methodInfo { method source status gap durationMs explanation { nb } }\n    } } }\n  }\n}": types.ScenariosDocument,
    "query NationalAccess1($groupBy: [NationalDimension!]!) {\n  nationalStatistics(groupBy: $groupBy) {\n    groups { county { code name } year sector theme { id titleNb titleEn } ownership\n      institution { orgnr name kind } durationYears figures { granted statements reportsSubmitted } }\n    totals { granted statements frame }\n  }\n}": types.NationalAccess1Document,
    "query NationalAccess2 { viewer { role subject county { code } } }": types.NationalAccess2Document,
    "query NationalAccess3 { rounds { totalCount } }": types.NationalAccess3Document,
    "query NationalMaskinporten1 { nationalStatistics { totals { statements granted } } }": types.NationalMaskinporten1Document,
    "query NationalMaskinporten2 { viewer { role } rounds { totalCount } }": types.NationalMaskinporten2Document,
    "mutation NationalStatisticsFrame($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }": types.NationalStatisticsFrameDocument,
    "query NationalFew($groupBy: [NationalDimension!]!) {\n  nationalStatistics(groupBy: $groupBy) {\n    groups { county { code } year figures { granted share: samiShare reportCompleteness } }\n    totals { committed }\n  }\n}": types.NationalFewDocument,
    "query RegisterImport5($id: ID!) { needsStatementTemplate(roundId: $id) { fileName contentType contentBase64 } }": types.RegisterImport5Document,
    "query RegisterImport6($id: ID!) { needsStatementTemplate(roundId: $id) { fileName } }": types.RegisterImport6Document,
    "mutation OneWinner1($id: ID!) { putScenarioToForum(input: { scenarioId: $id }) { id status } }": types.OneWinner1Document,
    "mutation OneWinner4($id: ID!) { closeRound(input: { roundId: $id }) { status } }": types.OneWinner4Document,
    "mutation OneWinner2($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }": types.OneWinner2Document,
    "mutation OneWinner3($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }": types.OneWinner3Document,
    "query PartnershipDoor1($round: ID!) { needsStatementFormContext(roundId: $round) {\n  roundYear deadline open partnershipId plan partnership history } }": types.PartnershipDoor1Document,
    "mutation PartnershipDoor2($input: SubmitNeedsStatementInput!) { submitNeedsStatement(input: $input) { id } }": types.PartnershipDoor2Document,
    "mutation PartnershipDoor3($p: ID!) { devSignIn(role: PARTNERSHIP, countyCode: \"troms\", partnershipId: $p) { token } }": types.PartnershipDoor3Document,
    "query PartnershipDoor4 { devSignInPartnerships(countyCode: \"troms\") { id name } }": types.PartnershipDoor4Document,
    "mutation PartnershipDoor5 { devSignIn(role: PARTNERSHIP, countyCode: \"troms\") { user { partnershipId } } }": types.PartnershipDoor5Document,
    "query PartnershipDoor6 { viewer { role partnershipId } }": types.PartnershipDoor6Document,
    "query Reporting10($id: ID!) { annualReport(id: $id) { id } }": types.Reporting10Document,
    "query Reporting9($id: ID!) { annualReport(id: $id) { problems { code } } }": types.Reporting9Document,
    "query Reporting5($roundId: ID!) { reportFollowUp(roundId: $roundId, asOf: \"2026-12-01\") {\n        rows { decision { id grantedPerYear { year } } partnership { name } report { id status grant { owner }\n          accounts { owner { lines { costLine amount } } institution { spent } } problems { code }\n          needsStatement { title } round { year } } } } }": types.Reporting5Document,
    "query Reporting7($id: ID!, $d: ID!) { annualReport(id: $id) { id } decision(id: $d) { annualReports { id year } } }": types.Reporting7Document,
    "mutation RequestCeiling1($input: SubmitNeedsStatementInput!) {\n  submitNeedsStatement(input: $input) { id requestedThisYear requestedTotal problems { code } }\n}": types.RequestCeiling1Document,
    "mutation RequestCeiling2($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { id frame } }": types.RequestCeiling2Document,
    "query RequestCeiling3($id: ID!) { needsStatement(id: $id) { id notices { code field clause assumption message { nb } } } }": types.RequestCeiling3Document,
    "query RequestCeiling4($id: ID!) { round(id: $id) { frame year } }": types.RequestCeiling4Document,
    "query RequestCeiling5 { partnerships(first: 1) { edges { node { id owners { id units { id } } institution { id } } } } }": types.RequestCeiling5Document,
    "mutation RequestCeiling6($input: CreateUnitInput!) { createUnit(input: $input) { id } }": types.RequestCeiling6Document,
    "mutation RequestCeiling7($input: CreatePartnershipInput!) { createPartnership(input: $input) { id version } }": types.RequestCeiling7Document,
    "mutation RequestCeiling9($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { id } }": types.RequestCeiling9Document,
    "query RequestCeiling8 { partnerships(first: 2) { edges { node { owners { id units { id } } institution { id } } } } }": types.RequestCeiling8Document,
    "mutation RequestCeiling10($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }": types.RequestCeiling10Document,
    "\n  query RequestScopeRounds {\n    a: rounds {\n      edges {\n        node {\n          id\n          needsStatements(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n    b: rounds {\n      totalCount\n    }\n  }\n": types.RequestScopeRoundsDocument,
    "query RoleMatrix3($r: ID!) { needsStatements(roundId: $r) { edges { node { id } } } }": types.RoleMatrix3Document,
    "query RoleMatrix4 { nationalStatistics(groupBy: [COUNTY, SECTOR], years: [2026]) { groups { county { code name } sector figures { statements requested granted } } } }": types.RoleMatrix4Document,
    "mutation SetFrame($input: SetRoundFrameInput!) {\n  setRoundFrame(input: $input) { id frame version summary { committedThisYear freeThisYear } } }": types.SetFrameDocument,
    "query RoundVersion($id: ID!) { round(id: $id) { version frame } }": types.RoundVersionDocument,
    "query RoundActions($id: ID!) { round(id: $id) { status allowedActions } }": types.RoundActionsDocument,
    "mutation RoundWorkflow8($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: \"Til drøfting\" }) { id status round { status } } }": types.RoundWorkflow8Document,
    "mutation RoundWorkflow14($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": types.RoundWorkflow14Document,
    "mutation RoundWorkflow9($input: RecordForumOutcomeInput!) { recordForumOutcome(input: $input) { status forumOutcome votesFor } }": types.RoundWorkflow9Document,
    "mutation RoundWorkflow15($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": types.RoundWorkflow15Document,
    "mutation RoundWorkflow10($id: ID!) { decideRound(input: { proposalId: $id }) { id version status grantedThisYear justification\n         partnership { id } grantedPerYear { year amount } } }": types.RoundWorkflow10Document,
    "query RoundWorkflow11($id: ID!) { round(id: $id) { status } }": types.RoundWorkflow11Document,
    "mutation RoundWorkflow16($input: UpdateDecisionInput!) { updateDecision(input: $input) { version justification } }": types.RoundWorkflow16Document,
    "mutation RoundWorkflow12($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner institution } }": types.RoundWorkflow12Document,
    "mutation RoundWorkflow17($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner } }": types.RoundWorkflow17Document,
    "query RoundWorkflow5($ids: [ID!]!) { compareScenarios(ids: $ids) { sameInputAsFirst rows { granted spread needsStatement { id } } } }": types.RoundWorkflow5Document,
    "query RoundWorkflow6($id: ID!) { scenario(id: $id) { lines(first: 50, orderBy: { field: REQUESTED, direction: DESC }) { edges { node { requestedThisYear grantedThisYear needsStatement { id } } } } } }": types.RoundWorkflow6Document,
    "mutation RoundWorkflow13($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version } }": types.RoundWorkflow13Document,
    "mutation RowLevelSecurity2($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }": types.RowLevelSecurity2Document,
    "query RowLevelSecurity1($id: ID!) { round(id: $id) { id } }": types.RowLevelSecurity1Document,
    "query RowLevelSecurity3 { rounds { totalCount } }": types.RowLevelSecurity3Document,
    "query RowLevelSecurity4 { nationalStatistics(groupBy: [COUNTY]) { totals { statements } } }": types.RowLevelSecurity4Document,
    "query RowLevelSecurity5 { nationalStatistics(groupBy: [SECTOR]) { totals { statements } } }": types.RowLevelSecurity5Document,
    "mutation SamiAssessment1($input: AssessSamiPerspectiveInput!) { assessSamiPerspective(input: $input) {\n  id version samiAssessment { level reason assessedBy assessedByName assessedAt version } } }": types.SamiAssessment1Document,
    "query SamiAssessment2($round: ID!) { needsStatements(roundId: $round, first: 100) {\n        edges { node { id sector themeId version } } } }": types.SamiAssessment2Document,
    "mutation SamiAssessment3($id: ID!) { closeRound(input: { roundId: $id }) { status } }": types.SamiAssessment3Document,
    "query SamiAssessment4($id: ID!) { round(id: $id) { summary { committedThisYear } } }": types.SamiAssessment4Document,
    "mutation SamiAssessment5($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }": types.SamiAssessment5Document,
    "query SamiAssessment6($id: ID!) { needsStatement(id: $id) { history { action } } }": types.SamiAssessment6Document,
    "query SamiAssessment7($id: ID!) { needsStatement(id: $id) { samiAssessment { version } } }": types.SamiAssessment7Document,
    "mutation ScenarioAdjustments10($id: ID!) { putScenarioToForum(input: { scenarioId: $id }) { id } }": types.ScenarioAdjustments10Document,
    "mutation ScenarioAdjustments3($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: \"Til drøfting\" }) { id } }": types.ScenarioAdjustments3Document,
    "mutation ScenarioAdjustments11($id: ID!) { recordForumOutcome(input: { proposalId: $id, outcome: CONSENSUS }) { status } }": types.ScenarioAdjustments11Document,
    "mutation ScenarioAdjustments12($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": types.ScenarioAdjustments12Document,
    "mutation ScenarioAdjustments13($id: ID!) { decideRound(input: { proposalId: $id }) { id } }": types.ScenarioAdjustments13Document,
    "mutation ScenarioAdjustments4($id: ID!) { decideRound(input: { proposalId: $id }) { grantedThisYear justification\n         needsStatement { id } grantedPerYear { year amount } } }": types.ScenarioAdjustments4Document,
    "query ScenarioAdjustments5($id: ID!) { round(id: $id) { status calendar { id doneByPhase }\n         decisionTotals { decisions grantedThisYear grantedTotal grantedLaterYears\n           byStatus { status decisions grantedThisYear } }\n         decisions(first: 100) { edges { node { grantedThisYear grantedTotal version justification } } }\n         reduced: decisionTotals(filter: { status: [REDUCED] }) { grantedThisYear decisions } } }": types.ScenarioAdjustments5Document,
    "query ScenarioAdjustments6($id: ID!) { scenario(id: $id) { lines(first: 50) { edges { node { id adjustedBy adjustedByName } } } } }": types.ScenarioAdjustments6Document,
    "query ScenarioAdjustments7($id: ID!) { needsStatement(id: $id) { history { action actorName scenarioName\n         grantedThisYear decisionStatus reason } } }": types.ScenarioAdjustments7Document,
    "query ScenarioAdjustments8($id: ID!, $search: String) { round(id: $id) { needsStatements(first: 100, filter: { search: $search }) {\n           totalCount edges { node { id title partnership { name institution { name }\n             owners { name municipality { name } } } } } } } }": types.ScenarioAdjustments8Document,
    "query StatementDrafts13($id: ID!) { needsStatement(id: $id) { status history { action } } }": types.StatementDrafts13Document,
    "mutation AdminAggregates11($id: ID!) { closeRound(input: { roundId: $id }) { status } }": types.AdminAggregates11Document,
    "fragment AdminAggregatesOverview on Round {\n  id year status frame version createdAt calendar { id start end }\n  allowedActions\n  summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems\n    bySector { sector statements requestedThisYear } byStatus { status statements } }\n  commitments(first: 1) { totalCount } }": types.AdminAggregatesOverviewFragmentDoc,
    "query National($groupBy: [NationalDimension!]!, $years: [Int!], $counties: [String!]) {\n  nationalStatistics(groupBy: $groupBy, years: $years, counties: $counties) {\n    groupBy years counties\n    groups {\n      county { code name } year sector theme { id titleNb titleEn } ownership\n      institution { orgnr name kind } durationYears\n      figures { ...NationalFiguresAll }\n    }\n    totals { ...NationalFiguresAll }\n  }\n}\nfragment NationalFiguresAll on NationalFigures {\n  frame statements requested samiStatements samiShare decisions grants granted\n  grantedLaterYears committed coordinatorGranted fundedOwners newcomerOwners newcomerShare\n  grantedToNewcomers reportsExpected reportsSubmitted reportsAccepted reportsReturned\n  reportCompleteness reportedReceivedOwner reportedReceivedInstitution reportedSpentOwner\n  reportedSpentInstitution reportedCoordinatorSpent\n}": types.NationalDocument,
    "mutation RegisterImport1($input: PreviewRegisterImportInput!) { previewRegisterImport(input: $input) {\n  rows canConfirm fingerprint summary { entity created updated unchanged }\n  problems { file row column code message { nb } } statements { title partnershipName } } }": types.RegisterImport1Document,
    "mutation RegisterImport2($input: ConfirmRegisterImportInput!) { confirmRegisterImport(input: $input) {\n  summary { entity created updated unchanged } ids } }": types.RegisterImport2Document,
    "mutation RegisterImport3($input: PreviewNeedsStatementImportInput!) { previewNeedsStatementImport(input: $input) {\n  rows canConfirm fingerprint summary { entity created updated unchanged }\n  problems { file row column code message { nb } } statements { title partnershipName } } }": types.RegisterImport3Document,
    "mutation RegisterImport4($input: ConfirmNeedsStatementImportInput!) { confirmNeedsStatementImport(input: $input) {\n  summary { entity created } ids } }": types.RegisterImport4Document,
    "mutation Register1($input: CreateOwnerInput!) { createOwner(input: $input) {\n  id orgnr name ownership municipality { number } participationYears archivedAt version } }": types.Register1Document,
    "mutation Register2($input: UpdateOwnerInput!) { updateOwner(input: $input) {\n  id orgnr name ownership municipality { number } participationYears archivedAt version } }": types.Register2Document,
    "mutation Register3($input: SetArchivedInput!) { setOwnerArchived(input: $input) { id archivedAt version } }": types.Register3Document,
    "mutation Register4($id: ID!) { deleteOwner(id: $id) }": types.Register4Document,
    "query Register17($id: ID!) { owner(id: $id) { id } }": types.Register17Document,
    "query Register18 { owners(first: 200, archived: false) { edges { node { id } } } }": types.Register18Document,
    "mutation Register5($input: CreateUnitInput!) { createUnit(input: $input) { id name kind registerId owner { id } } }": types.Register5Document,
    "mutation Register6($input: UpdateUnitInput!) { updateUnit(input: $input) { id name registerId version } }": types.Register6Document,
    "mutation Register7($input: SetArchivedInput!) { setUnitArchived(input: $input) { id archivedAt } }": types.Register7Document,
    "mutation Register8($id: ID!) { deleteUnit(id: $id) }": types.Register8Document,
    "query Register19 { units { totalCount } }": types.Register19Document,
    "mutation Register9($input: CreateInstitutionInput!) { createInstitution(input: $input) { id orgnr name kind version } }": types.Register9Document,
    "mutation Register10($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id name version } }": types.Register10Document,
    "mutation Register11($input: SetArchivedInput!) { setInstitutionArchived(input: $input) { id archivedAt } }": types.Register11Document,
    "mutation Register12($id: ID!) { deleteInstitution(id: $id) }": types.Register12Document,
    "mutation Register13($input: CreatePartnershipInput!) { createPartnership(input: $input) {\n  id name owners { id } institution { id } otherServices\n  contactPersons { name role email phone } archivedAt version } }": types.Register13Document,
    "mutation Register14($input: UpdatePartnershipInput!) { updatePartnership(input: $input) {\n  id name owners { id } institution { id } otherServices\n  contactPersons { name role email phone } archivedAt version } }": types.Register14Document,
    "mutation Register15($input: SetArchivedInput!) { setPartnershipArchived(input: $input) { id archivedAt } }": types.Register15Document,
    "mutation Register16($id: ID!) { deletePartnership(id: $id) }": types.Register16Document,
    "mutation Reporting1($id: ID!, $version: Int!) { acceptAnnualReport(id: $id, version: $version) { id status version reviewedBy } }": types.Reporting1Document,
    "mutation Reporting2($id: ID!, $version: Int!, $comment: String!) {\n  returnAnnualReport(id: $id, version: $version, comment: $comment) { id status version reviewComment } }": types.Reporting2Document,
    "query Reporting3($roundId: ID, $year: Int, $asOf: String) {\n  reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {\n    asOf\n    counts { expected reported missing late accepted returned awaitingReview withProblems }\n    money { grantedOwner grantedInstitution reportedGranted spentOwner spentInstitution coordinatorSpent }\n    rows { decision { id } partnership { id name } title year roundYear state dueDate dueDateSource owed late daysLate\n           report { id status } grant { owner institution coordinator } spentOwner spentInstitution unspent\n           problems { code path } measuresNotCarriedOut goalsNotAchieved }\n  } }": types.Reporting3Document,
    "mutation Reporting8($id: ID!) { startReporting(input: { roundId: $id }) { status } }": types.Reporting8Document,
    "query Reporting4($roundId: ID, $asOf: String, $overdueOnly: Boolean) {\n  reportReminders(roundId: $roundId, asOf: $asOf, overdueOnly: $overdueOnly) {\n    decision { id } partnership { id name } title year state dueDate dueDateSource overdue daysOverdue\n    contact { name email } reviewComment } }": types.Reporting4Document,
    "query Reporting6($id: ID!) { decision(id: $id) { needsStatement { goals { longTerm { id } subGoals { id } } measures { id } } } }": types.Reporting6Document,
    "mutation RoleMatrix1($input: RunScenarioInput!) { runScenario(input: $input) { id } }": types.RoleMatrix1Document,
    "query RoleMatrix2($id: ID!) { scenarioRun(id: $id) { scenario { id } } }": types.RoleMatrix2Document,
    "mutation RoundWorkflow1($input: SubmitNeedsStatementInput!) {\n  submitNeedsStatement(input: $input) { id version status requestedThisYear budget { year owner institution total } }\n}": types.RoundWorkflow1Document,
    "mutation RoundWorkflow2($input: UpdateNeedsStatementInput!) {\n  updateNeedsStatement(input: $input) { id version title }\n}": types.RoundWorkflow2Document,
    "mutation RoundWorkflow3($id: ID!) { withdrawNeedsStatement(input: { id: $id, reason: \"Slått sammen\" }) { status } }": types.RoundWorkflow3Document,
    "mutation RoundWorkflow4($id: ID!) { closeRound(input: { roundId: $id }) { status } }": types.RoundWorkflow4Document,
    "mutation RoundWorkflow7($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version grantedNew } }": types.RoundWorkflow7Document,
    "fragment ScenarioAdjustmentsView on Scenario {\n  id version frame committedEarlier grantedNew leftover adjustments\n  lines(first: 50) { edges { node { id status requestedThisYear engineGrantedThisYear grantedThisYear\n    adjustmentReason constraintOverride { constraintIds reason } adjustmentExplanation { nb } breaks\n    perYear { year amount } needsStatement { id sector } } } }\n  constraintReport { gauges { id amount broken overridden overrideReasons notes { nb } }\n    sectors { sector grantedNew total } leftover { amount } }\n  totals { bySector { key grantedThisYear } }\n  breaches { constraintId excess overridden overrides { needsStatementId reason } } }": types.ScenarioAdjustmentsViewFragmentDoc,
    "query ScenarioAdjustments14($id: ID!) { scenario(id: $id) { ...ScenarioAdjustmentsView } }": types.ScenarioAdjustments14Document,
    "query ScenarioAdjustments15($id: ID!) { round(id: $id) { proposals(first: 1) { edges { node {\n  status scenario { ...ScenarioAdjustmentsView } } } } } }": types.ScenarioAdjustments15Document,
    "query ScenarioAdjustments1($input: ScenarioAdjustmentPreviewInput!) { scenarioAdjustmentPreview(input: $input) {\n  grantedNew leftover maxWithinFrame requiredOverrides\n  pastFrame { year frame total excess assumed }\n  breaches { constraintId excess }\n  problems { code field message { nb } }\n} }": types.ScenarioAdjustments1Document,
    "mutation ScenarioAdjustments2($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) {\n  id version grantedNew leftover adjustments } }": types.ScenarioAdjustments2Document,
    "mutation ScenarioAdjustments9($id: ID!) { closeRound(input: { roundId: $id }) { status } }": types.ScenarioAdjustments9Document,
    "mutation StatementDrafts1($input: SaveNeedsStatementDraftInput!) { saveNeedsStatementDraft(input: $input) { id status title version requestedThisYear submittedAt } }": types.StatementDrafts1Document,
    "mutation StatementDrafts2($input: UpdateNeedsStatementInput!) { submitNeedsStatementDraft(input: $input) { id status title version requestedThisYear submittedAt } }": types.StatementDrafts2Document,
    "mutation StatementDrafts3($input: DiscardNeedsStatementDraftInput!) { discardNeedsStatementDraft(input: $input) }": types.StatementDrafts3Document,
    "mutation StatementDrafts4($input: UpdateNeedsStatementInput!) { updateNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }": types.StatementDrafts4Document,
    "mutation StatementDrafts5($input: WithdrawNeedsStatementInput!) { withdrawNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }": types.StatementDrafts5Document,
    "mutation StatementDrafts6($input: SubmitNeedsStatementInput!) { submitNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }": types.StatementDrafts6Document,
    "query StatementDrafts7($id: ID!) { needsStatement(id: $id) { id status title version requestedThisYear submittedAt } }": types.StatementDrafts7Document,
    "query StatementDrafts8($round: ID!) { needsStatements(roundId: $round, first: 200) {\n  totalCount edges { node { id status } } } }": types.StatementDrafts8Document,
    "query StatementDrafts9($id: ID!) { round(id: $id) { id summary { byStatus { status statements } } } }": types.StatementDrafts9Document,
    "mutation StatementDrafts10($input: ExtendSubmissionDeadlineInput!) {\n  extendSubmissionDeadline(input: $input) { id version submissionDeadline submissionDeadlineOverride } }": types.StatementDrafts10Document,
    "query StatementDrafts11($id: ID!) { round(id: $id) { id version submissionDeadline submissionDeadlineOverride } }": types.StatementDrafts11Document,
    "query StatementDrafts12($round: ID!) { needsStatementFormContext(roundId: $round) { deadline open } }": types.StatementDrafts12Document,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates1($id: ID!) { round(id: $id) { frame\n  summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems\n    bySector { sector statements requestedThisYear }\n    byTheme { sector themeId title { nb en } rank statements withdrawn requestedThisYear }\n    byStatus { status statements requestedThisYear } }\n  commitments(first: 2) { totalCount pageInfo { hasNextPage endCursor } }\n  allCommitments: commitments(first: 200) { totalCount edges { node { amount } } } } }"): typeof import('./graphql.js').AdminAggregates1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates2($id: ID!) { needsStatements(roundId: $id, first: 200) { edges { node {\n  id status problems { code path field message { nb en } } } } } }"): typeof import('./graphql.js').AdminAggregates2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates17($id: ID!) { round(id: $id) { ...AdminAggregatesOverview } }"): typeof import('./graphql.js').AdminAggregates17Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates18 { rounds(first: 50) { edges { node { ...AdminAggregatesOverview } } } }"): typeof import('./graphql.js').AdminAggregates18Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates19($id: ID!) { round(id: $id) { id year } }"): typeof import('./graphql.js').AdminAggregates19Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates4($round: ID!, $has: Boolean) {\n            needsStatements(roundId: $round, first: 200, filter: { hasProblems: $has }) {\n              totalCount edges { node { id } } } }"): typeof import('./graphql.js').AdminAggregates4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates5($id: ID!) { needsStatement(id: $id) { problems { code } } }"): typeof import('./graphql.js').AdminAggregates5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates20($id: ID!) { needsStatements(roundId: $id, first: 200) { edges { node {\n            id newcomer partnership { owners { id participationYears } } } } } }"): typeof import('./graphql.js').AdminAggregates20Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates9($id: ID!) { round(id: $id) { activeScenarioRun { id status } } }"): typeof import('./graphql.js').AdminAggregates9Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates10($id: ID!) { round(id: $id) { activeScenarioRun { id } } }"): typeof import('./graphql.js').AdminAggregates10Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates13($id: ID!) { scenarioRun(id: $id) { id } }"): typeof import('./graphql.js').AdminAggregates13Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates14($id: ID!) { scenarioRun(id: $id) { id } }"): typeof import('./graphql.js').AdminAggregates14Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates15($id: ID!) { scenarioRun(id: $id) { id } }"): typeof import('./graphql.js').AdminAggregates15Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates16($id: ID!) { scenarioRun(id: $id) { id } }"): typeof import('./graphql.js').AdminAggregates16Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates3($id: ID!) { scenario(id: $id) { id grantedNew frame leftover\n  lines(first: 200) { totalCount edges { node { requestedThisYear grantedThisYear\n    needsStatement { sector } } } }\n  totals {\n    bySector { key kind sector statements requestedThisYear grantedThisYear }\n    byMunicipality { key kind municipality { number } municipalities { number } statements requestedThisYear grantedThisYear }\n    byOwner { key kind owners { id name } municipalities { number } statements requestedThisYear grantedThisYear } }\n  constraintReport {\n    gauges { id kind label { nb } amount percent lower upper limitPercent broken explanation { nb en } notes { nb } clause clauseTitle { nb en } sector year durationYears group }\n    sectors { sector total grantedNew committed band { lower upper } withinBand requestedThisYear statements notes { nb } clause }\n    leftover { amount reasons { code message { nb } } }\n    institutionsInSeveralPartnerships { orgnr partnershipIds grantedThisYear } }\n  methodInfo { method cutRule source objective rankedObjective status gap timeLimitSeconds timeLimitReached durationMs explanation { nb en }\n    solver { status provenGap timeLimitReached } } } }"): typeof import('./graphql.js').AdminAggregates3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates6($id: ID!) { scenarioRun(id: $id) { id status name method queuedAt startedAt finishedAt\n         durationMs requestedByName errorCode scenario { id } round { id } } }"): typeof import('./graphql.js').AdminAggregates6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates7($id: ID!) { round(id: $id) { activeScenarioRun { id }\n         scenarioRuns(first: 10) { totalCount edges { node { status scenario { id } } } } } }"): typeof import('./graphql.js').AdminAggregates7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates8($ids: [ID!]!) { compareScenarios(ids: $ids) {\n         scenarios { id grantedNew }\n         rows { spread needsStatement { id } }\n         differences { granted spread needsStatement { id }\n           lines { status grantedThisYear explanation { nb } adjustmentReason } }\n         bySector { key kind sector granted requestedThisYear statements spread differs }\n         byMunicipality { key kind granted spread differs }\n         byOwner { key kind owners { id } granted spread differs } } }"): typeof import('./graphql.js').AdminAggregates8Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminAggregates12($ids: [ID!]!) { compareScenarios(ids: $ids) { rows { spread } } }"): typeof import('./graphql.js').AdminAggregates12Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Hardening1 { devSignIn(role: ADMIN, countyCode: \"troms\") { token user { role county { code } } } }"): typeof import('./graphql.js').Hardening1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Hardening2 { devSignIn(role: ADMIN, countyCode: \"troms\") { token } }"): typeof import('./graphql.js').Hardening2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Hardening3($id: ID!) { round(id: $id) { id } }"): typeof import('./graphql.js').Hardening3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation KnowledgeBase1($input: CreateIndicatorFigureInput!) { createIndicatorFigure(input: $input) {\n  id indicatorId sector year value source version municipality { number } owner { id } } }"): typeof import('./graphql.js').KnowledgeBase1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation KnowledgeBase2($input: UpdateIndicatorFigureInput!) { updateIndicatorFigure(input: $input) {\n  id indicatorId sector year value source version municipality { number } owner { id } } }"): typeof import('./graphql.js').KnowledgeBase2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation KnowledgeBase3($id: ID!) { deleteIndicatorFigure(id: $id) }"): typeof import('./graphql.js').KnowledgeBase3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation KnowledgeBase4($input: CreateEarlierCommitmentInput!) { createEarlierCommitment(input: $input) {\n  id partnership { id } workId sector durationYears grantedYear year amount owner institution\n  coordinator institutionOrgnr earlier version } }"): typeof import('./graphql.js').KnowledgeBase4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation KnowledgeBase5($input: UpdateEarlierCommitmentInput!) { updateEarlierCommitment(input: $input) {\n  id partnership { id } workId sector durationYears grantedYear year amount owner institution\n  coordinator institutionOrgnr earlier version } }"): typeof import('./graphql.js').KnowledgeBase5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation KnowledgeBase6($id: ID!) { deleteEarlierCommitment(id: $id) }"): typeof import('./graphql.js').KnowledgeBase6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query KnowledgeBase7($id: ID!) { round(id: $id) { frame summary { committedThisYear freeThisYear } } }"): typeof import('./graphql.js').KnowledgeBase7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query KnowledgeBase8 { knowledgeBaseIndicators { id kind label { nb } } }"): typeof import('./graphql.js').KnowledgeBase8Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query KnowledgeBase9 { indicatorFigures(year: 2027, municipalityNumber: \"5501\") { totalCount } }"): typeof import('./graphql.js').KnowledgeBase9Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query KnowledgeBase10 { indicatorFigures(first: 200) { edges { node { id } } } }"): typeof import('./graphql.js').KnowledgeBase10Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query KnowledgeBase11 { earlierCommitments { totalCount } }"): typeof import('./graphql.js').KnowledgeBase11Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Overview($id: ID!, $first: Int!) {\n  round(id: $id) {\n    id year status frame version\n    calendar { id start end label { nb } }\n    planVersion { planId versionId }\n    summary { statements requestedThisYear committedThisYear freeThisYear withProblems\n      bySector { sector statements requestedThisYear }\n      byTheme { sector themeId title { nb } rank statements withdrawn requestedThisYear }\n      byStatus { status statements requestedThisYear } }\n    commitments(first: 1) { totalCount }\n    needsStatements(first: $first, orderBy: { field: REQUESTED_THIS_YEAR, direction: DESC }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node {\n        id title status sector themeId durationYears requestedThisYear version\n        budget { year owner institution total coordinator }\n        partnership { id name otherServices institution { id name kind } owners { id name orgnr ownership municipality { number name } } }\n        decision { id status grantedThisYear }\n        problems { code path message { nb } }\n      } }\n    }\n  }\n}"): typeof import('./graphql.js').OverviewDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Scenarios($id: ID!, $first: Int!) {\n  round(id: $id) {\n    id\n    activeScenarioRun { id status }\n    scenarios(first: $first) { totalCount edges { node {\n      id name grantedNew leftover\n      totals { bySector { key grantedThisYear } byMunicipality { key municipalities { number } grantedThisYear }\n        byOwner { key owners { id name } grantedThisYear } }\n      constraintReport { gauges { id amount broken explanation { nb } } sectors { sector requestedThisYear } leftover { amount } }\n      methodInfo { method source status gap durationMs explanation { nb } }\n    } } }\n  }\n}"): typeof import('./graphql.js').ScenariosDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NationalAccess1($groupBy: [NationalDimension!]!) {\n  nationalStatistics(groupBy: $groupBy) {\n    groups { county { code name } year sector theme { id titleNb titleEn } ownership\n      institution { orgnr name kind } durationYears figures { granted statements reportsSubmitted } }\n    totals { granted statements frame }\n  }\n}"): typeof import('./graphql.js').NationalAccess1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NationalAccess2 { viewer { role subject county { code } } }"): typeof import('./graphql.js').NationalAccess2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NationalAccess3 { rounds { totalCount } }"): typeof import('./graphql.js').NationalAccess3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NationalMaskinporten1 { nationalStatistics { totals { statements granted } } }"): typeof import('./graphql.js').NationalMaskinporten1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NationalMaskinporten2 { viewer { role } rounds { totalCount } }"): typeof import('./graphql.js').NationalMaskinporten2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation NationalStatisticsFrame($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }"): typeof import('./graphql.js').NationalStatisticsFrameDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NationalFew($groupBy: [NationalDimension!]!) {\n  nationalStatistics(groupBy: $groupBy) {\n    groups { county { code } year figures { granted share: samiShare reportCompleteness } }\n    totals { committed }\n  }\n}"): typeof import('./graphql.js').NationalFewDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RegisterImport5($id: ID!) { needsStatementTemplate(roundId: $id) { fileName contentType contentBase64 } }"): typeof import('./graphql.js').RegisterImport5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RegisterImport6($id: ID!) { needsStatementTemplate(roundId: $id) { fileName } }"): typeof import('./graphql.js').RegisterImport6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation OneWinner1($id: ID!) { putScenarioToForum(input: { scenarioId: $id }) { id status } }"): typeof import('./graphql.js').OneWinner1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation OneWinner4($id: ID!) { closeRound(input: { roundId: $id }) { status } }"): typeof import('./graphql.js').OneWinner4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation OneWinner2($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }"): typeof import('./graphql.js').OneWinner2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation OneWinner3($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }"): typeof import('./graphql.js').OneWinner3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PartnershipDoor1($round: ID!) { needsStatementFormContext(roundId: $round) {\n  roundYear deadline open partnershipId plan partnership history } }"): typeof import('./graphql.js').PartnershipDoor1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation PartnershipDoor2($input: SubmitNeedsStatementInput!) { submitNeedsStatement(input: $input) { id } }"): typeof import('./graphql.js').PartnershipDoor2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation PartnershipDoor3($p: ID!) { devSignIn(role: PARTNERSHIP, countyCode: \"troms\", partnershipId: $p) { token } }"): typeof import('./graphql.js').PartnershipDoor3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PartnershipDoor4 { devSignInPartnerships(countyCode: \"troms\") { id name } }"): typeof import('./graphql.js').PartnershipDoor4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation PartnershipDoor5 { devSignIn(role: PARTNERSHIP, countyCode: \"troms\") { user { partnershipId } } }"): typeof import('./graphql.js').PartnershipDoor5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PartnershipDoor6 { viewer { role partnershipId } }"): typeof import('./graphql.js').PartnershipDoor6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Reporting10($id: ID!) { annualReport(id: $id) { id } }"): typeof import('./graphql.js').Reporting10Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Reporting9($id: ID!) { annualReport(id: $id) { problems { code } } }"): typeof import('./graphql.js').Reporting9Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Reporting5($roundId: ID!) { reportFollowUp(roundId: $roundId, asOf: \"2026-12-01\") {\n        rows { decision { id grantedPerYear { year } } partnership { name } report { id status grant { owner }\n          accounts { owner { lines { costLine amount } } institution { spent } } problems { code }\n          needsStatement { title } round { year } } } } }"): typeof import('./graphql.js').Reporting5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Reporting7($id: ID!, $d: ID!) { annualReport(id: $id) { id } decision(id: $d) { annualReports { id year } } }"): typeof import('./graphql.js').Reporting7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RequestCeiling1($input: SubmitNeedsStatementInput!) {\n  submitNeedsStatement(input: $input) { id requestedThisYear requestedTotal problems { code } }\n}"): typeof import('./graphql.js').RequestCeiling1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RequestCeiling2($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { id frame } }"): typeof import('./graphql.js').RequestCeiling2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RequestCeiling3($id: ID!) { needsStatement(id: $id) { id notices { code field clause assumption message { nb } } } }"): typeof import('./graphql.js').RequestCeiling3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RequestCeiling4($id: ID!) { round(id: $id) { frame year } }"): typeof import('./graphql.js').RequestCeiling4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RequestCeiling5 { partnerships(first: 1) { edges { node { id owners { id units { id } } institution { id } } } } }"): typeof import('./graphql.js').RequestCeiling5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RequestCeiling6($input: CreateUnitInput!) { createUnit(input: $input) { id } }"): typeof import('./graphql.js').RequestCeiling6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RequestCeiling7($input: CreatePartnershipInput!) { createPartnership(input: $input) { id version } }"): typeof import('./graphql.js').RequestCeiling7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RequestCeiling9($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { id } }"): typeof import('./graphql.js').RequestCeiling9Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RequestCeiling8 { partnerships(first: 2) { edges { node { owners { id units { id } } institution { id } } } } }"): typeof import('./graphql.js').RequestCeiling8Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RequestCeiling10($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }"): typeof import('./graphql.js').RequestCeiling10Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query RequestScopeRounds {\n    a: rounds {\n      edges {\n        node {\n          id\n          needsStatements(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n    b: rounds {\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').RequestScopeRoundsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RoleMatrix3($r: ID!) { needsStatements(roundId: $r) { edges { node { id } } } }"): typeof import('./graphql.js').RoleMatrix3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RoleMatrix4 { nationalStatistics(groupBy: [COUNTY, SECTOR], years: [2026]) { groups { county { code name } sector figures { statements requested granted } } } }"): typeof import('./graphql.js').RoleMatrix4Document;
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
export function gql(source: "mutation RoundWorkflow13($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version } }"): typeof import('./graphql.js').RoundWorkflow13Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RowLevelSecurity2($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }"): typeof import('./graphql.js').RowLevelSecurity2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RowLevelSecurity1($id: ID!) { round(id: $id) { id } }"): typeof import('./graphql.js').RowLevelSecurity1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RowLevelSecurity3 { rounds { totalCount } }"): typeof import('./graphql.js').RowLevelSecurity3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RowLevelSecurity4 { nationalStatistics(groupBy: [COUNTY]) { totals { statements } } }"): typeof import('./graphql.js').RowLevelSecurity4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RowLevelSecurity5 { nationalStatistics(groupBy: [SECTOR]) { totals { statements } } }"): typeof import('./graphql.js').RowLevelSecurity5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SamiAssessment1($input: AssessSamiPerspectiveInput!) { assessSamiPerspective(input: $input) {\n  id version samiAssessment { level reason assessedBy assessedByName assessedAt version } } }"): typeof import('./graphql.js').SamiAssessment1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SamiAssessment2($round: ID!) { needsStatements(roundId: $round, first: 100) {\n        edges { node { id sector themeId version } } } }"): typeof import('./graphql.js').SamiAssessment2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SamiAssessment3($id: ID!) { closeRound(input: { roundId: $id }) { status } }"): typeof import('./graphql.js').SamiAssessment3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SamiAssessment4($id: ID!) { round(id: $id) { summary { committedThisYear } } }"): typeof import('./graphql.js').SamiAssessment4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SamiAssessment5($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }"): typeof import('./graphql.js').SamiAssessment5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SamiAssessment6($id: ID!) { needsStatement(id: $id) { history { action } } }"): typeof import('./graphql.js').SamiAssessment6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SamiAssessment7($id: ID!) { needsStatement(id: $id) { samiAssessment { version } } }"): typeof import('./graphql.js').SamiAssessment7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ScenarioAdjustments10($id: ID!) { putScenarioToForum(input: { scenarioId: $id }) { id } }"): typeof import('./graphql.js').ScenarioAdjustments10Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ScenarioAdjustments3($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: \"Til drøfting\" }) { id } }"): typeof import('./graphql.js').ScenarioAdjustments3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ScenarioAdjustments11($id: ID!) { recordForumOutcome(input: { proposalId: $id, outcome: CONSENSUS }) { status } }"): typeof import('./graphql.js').ScenarioAdjustments11Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ScenarioAdjustments12($id: ID!) { decideRound(input: { proposalId: $id }) { id } }"): typeof import('./graphql.js').ScenarioAdjustments12Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ScenarioAdjustments13($id: ID!) { decideRound(input: { proposalId: $id }) { id } }"): typeof import('./graphql.js').ScenarioAdjustments13Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ScenarioAdjustments4($id: ID!) { decideRound(input: { proposalId: $id }) { grantedThisYear justification\n         needsStatement { id } grantedPerYear { year amount } } }"): typeof import('./graphql.js').ScenarioAdjustments4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ScenarioAdjustments5($id: ID!) { round(id: $id) { status calendar { id doneByPhase }\n         decisionTotals { decisions grantedThisYear grantedTotal grantedLaterYears\n           byStatus { status decisions grantedThisYear } }\n         decisions(first: 100) { edges { node { grantedThisYear grantedTotal version justification } } }\n         reduced: decisionTotals(filter: { status: [REDUCED] }) { grantedThisYear decisions } } }"): typeof import('./graphql.js').ScenarioAdjustments5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ScenarioAdjustments6($id: ID!) { scenario(id: $id) { lines(first: 50) { edges { node { id adjustedBy adjustedByName } } } } }"): typeof import('./graphql.js').ScenarioAdjustments6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ScenarioAdjustments7($id: ID!) { needsStatement(id: $id) { history { action actorName scenarioName\n         grantedThisYear decisionStatus reason } } }"): typeof import('./graphql.js').ScenarioAdjustments7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ScenarioAdjustments8($id: ID!, $search: String) { round(id: $id) { needsStatements(first: 100, filter: { search: $search }) {\n           totalCount edges { node { id title partnership { name institution { name }\n             owners { name municipality { name } } } } } } } }"): typeof import('./graphql.js').ScenarioAdjustments8Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query StatementDrafts13($id: ID!) { needsStatement(id: $id) { status history { action } } }"): typeof import('./graphql.js').StatementDrafts13Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation AdminAggregates11($id: ID!) { closeRound(input: { roundId: $id }) { status } }"): typeof import('./graphql.js').AdminAggregates11Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment AdminAggregatesOverview on Round {\n  id year status frame version createdAt calendar { id start end }\n  allowedActions\n  summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems\n    bySector { sector statements requestedThisYear } byStatus { status statements } }\n  commitments(first: 1) { totalCount } }"): typeof import('./graphql.js').AdminAggregatesOverviewFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query National($groupBy: [NationalDimension!]!, $years: [Int!], $counties: [String!]) {\n  nationalStatistics(groupBy: $groupBy, years: $years, counties: $counties) {\n    groupBy years counties\n    groups {\n      county { code name } year sector theme { id titleNb titleEn } ownership\n      institution { orgnr name kind } durationYears\n      figures { ...NationalFiguresAll }\n    }\n    totals { ...NationalFiguresAll }\n  }\n}\nfragment NationalFiguresAll on NationalFigures {\n  frame statements requested samiStatements samiShare decisions grants granted\n  grantedLaterYears committed coordinatorGranted fundedOwners newcomerOwners newcomerShare\n  grantedToNewcomers reportsExpected reportsSubmitted reportsAccepted reportsReturned\n  reportCompleteness reportedReceivedOwner reportedReceivedInstitution reportedSpentOwner\n  reportedSpentInstitution reportedCoordinatorSpent\n}"): typeof import('./graphql.js').NationalDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RegisterImport1($input: PreviewRegisterImportInput!) { previewRegisterImport(input: $input) {\n  rows canConfirm fingerprint summary { entity created updated unchanged }\n  problems { file row column code message { nb } } statements { title partnershipName } } }"): typeof import('./graphql.js').RegisterImport1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RegisterImport2($input: ConfirmRegisterImportInput!) { confirmRegisterImport(input: $input) {\n  summary { entity created updated unchanged } ids } }"): typeof import('./graphql.js').RegisterImport2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RegisterImport3($input: PreviewNeedsStatementImportInput!) { previewNeedsStatementImport(input: $input) {\n  rows canConfirm fingerprint summary { entity created updated unchanged }\n  problems { file row column code message { nb } } statements { title partnershipName } } }"): typeof import('./graphql.js').RegisterImport3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RegisterImport4($input: ConfirmNeedsStatementImportInput!) { confirmNeedsStatementImport(input: $input) {\n  summary { entity created } ids } }"): typeof import('./graphql.js').RegisterImport4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register1($input: CreateOwnerInput!) { createOwner(input: $input) {\n  id orgnr name ownership municipality { number } participationYears archivedAt version } }"): typeof import('./graphql.js').Register1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register2($input: UpdateOwnerInput!) { updateOwner(input: $input) {\n  id orgnr name ownership municipality { number } participationYears archivedAt version } }"): typeof import('./graphql.js').Register2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register3($input: SetArchivedInput!) { setOwnerArchived(input: $input) { id archivedAt version } }"): typeof import('./graphql.js').Register3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register4($id: ID!) { deleteOwner(id: $id) }"): typeof import('./graphql.js').Register4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Register17($id: ID!) { owner(id: $id) { id } }"): typeof import('./graphql.js').Register17Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Register18 { owners(first: 200, archived: false) { edges { node { id } } } }"): typeof import('./graphql.js').Register18Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register5($input: CreateUnitInput!) { createUnit(input: $input) { id name kind registerId owner { id } } }"): typeof import('./graphql.js').Register5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register6($input: UpdateUnitInput!) { updateUnit(input: $input) { id name registerId version } }"): typeof import('./graphql.js').Register6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register7($input: SetArchivedInput!) { setUnitArchived(input: $input) { id archivedAt } }"): typeof import('./graphql.js').Register7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register8($id: ID!) { deleteUnit(id: $id) }"): typeof import('./graphql.js').Register8Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Register19 { units { totalCount } }"): typeof import('./graphql.js').Register19Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register9($input: CreateInstitutionInput!) { createInstitution(input: $input) { id orgnr name kind version } }"): typeof import('./graphql.js').Register9Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register10($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id name version } }"): typeof import('./graphql.js').Register10Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register11($input: SetArchivedInput!) { setInstitutionArchived(input: $input) { id archivedAt } }"): typeof import('./graphql.js').Register11Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register12($id: ID!) { deleteInstitution(id: $id) }"): typeof import('./graphql.js').Register12Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register13($input: CreatePartnershipInput!) { createPartnership(input: $input) {\n  id name owners { id } institution { id } otherServices\n  contactPersons { name role email phone } archivedAt version } }"): typeof import('./graphql.js').Register13Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register14($input: UpdatePartnershipInput!) { updatePartnership(input: $input) {\n  id name owners { id } institution { id } otherServices\n  contactPersons { name role email phone } archivedAt version } }"): typeof import('./graphql.js').Register14Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register15($input: SetArchivedInput!) { setPartnershipArchived(input: $input) { id archivedAt } }"): typeof import('./graphql.js').Register15Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Register16($id: ID!) { deletePartnership(id: $id) }"): typeof import('./graphql.js').Register16Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Reporting1($id: ID!, $version: Int!) { acceptAnnualReport(id: $id, version: $version) { id status version reviewedBy } }"): typeof import('./graphql.js').Reporting1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Reporting2($id: ID!, $version: Int!, $comment: String!) {\n  returnAnnualReport(id: $id, version: $version, comment: $comment) { id status version reviewComment } }"): typeof import('./graphql.js').Reporting2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Reporting3($roundId: ID, $year: Int, $asOf: String) {\n  reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {\n    asOf\n    counts { expected reported missing late accepted returned awaitingReview withProblems }\n    money { grantedOwner grantedInstitution reportedGranted spentOwner spentInstitution coordinatorSpent }\n    rows { decision { id } partnership { id name } title year roundYear state dueDate dueDateSource owed late daysLate\n           report { id status } grant { owner institution coordinator } spentOwner spentInstitution unspent\n           problems { code path } measuresNotCarriedOut goalsNotAchieved }\n  } }"): typeof import('./graphql.js').Reporting3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Reporting8($id: ID!) { startReporting(input: { roundId: $id }) { status } }"): typeof import('./graphql.js').Reporting8Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Reporting4($roundId: ID, $asOf: String, $overdueOnly: Boolean) {\n  reportReminders(roundId: $roundId, asOf: $asOf, overdueOnly: $overdueOnly) {\n    decision { id } partnership { id name } title year state dueDate dueDateSource overdue daysOverdue\n    contact { name email } reviewComment } }"): typeof import('./graphql.js').Reporting4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Reporting6($id: ID!) { decision(id: $id) { needsStatement { goals { longTerm { id } subGoals { id } } measures { id } } } }"): typeof import('./graphql.js').Reporting6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RoleMatrix1($input: RunScenarioInput!) { runScenario(input: $input) { id } }"): typeof import('./graphql.js').RoleMatrix1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RoleMatrix2($id: ID!) { scenarioRun(id: $id) { scenario { id } } }"): typeof import('./graphql.js').RoleMatrix2Document;
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
export function gql(source: "mutation RoundWorkflow7($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version grantedNew } }"): typeof import('./graphql.js').RoundWorkflow7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ScenarioAdjustmentsView on Scenario {\n  id version frame committedEarlier grantedNew leftover adjustments\n  lines(first: 50) { edges { node { id status requestedThisYear engineGrantedThisYear grantedThisYear\n    adjustmentReason constraintOverride { constraintIds reason } adjustmentExplanation { nb } breaks\n    perYear { year amount } needsStatement { id sector } } } }\n  constraintReport { gauges { id amount broken overridden overrideReasons notes { nb } }\n    sectors { sector grantedNew total } leftover { amount } }\n  totals { bySector { key grantedThisYear } }\n  breaches { constraintId excess overridden overrides { needsStatementId reason } } }"): typeof import('./graphql.js').ScenarioAdjustmentsViewFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ScenarioAdjustments14($id: ID!) { scenario(id: $id) { ...ScenarioAdjustmentsView } }"): typeof import('./graphql.js').ScenarioAdjustments14Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ScenarioAdjustments15($id: ID!) { round(id: $id) { proposals(first: 1) { edges { node {\n  status scenario { ...ScenarioAdjustmentsView } } } } } }"): typeof import('./graphql.js').ScenarioAdjustments15Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ScenarioAdjustments1($input: ScenarioAdjustmentPreviewInput!) { scenarioAdjustmentPreview(input: $input) {\n  grantedNew leftover maxWithinFrame requiredOverrides\n  pastFrame { year frame total excess assumed }\n  breaches { constraintId excess }\n  problems { code field message { nb } }\n} }"): typeof import('./graphql.js').ScenarioAdjustments1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ScenarioAdjustments2($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) {\n  id version grantedNew leftover adjustments } }"): typeof import('./graphql.js').ScenarioAdjustments2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ScenarioAdjustments9($id: ID!) { closeRound(input: { roundId: $id }) { status } }"): typeof import('./graphql.js').ScenarioAdjustments9Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation StatementDrafts1($input: SaveNeedsStatementDraftInput!) { saveNeedsStatementDraft(input: $input) { id status title version requestedThisYear submittedAt } }"): typeof import('./graphql.js').StatementDrafts1Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation StatementDrafts2($input: UpdateNeedsStatementInput!) { submitNeedsStatementDraft(input: $input) { id status title version requestedThisYear submittedAt } }"): typeof import('./graphql.js').StatementDrafts2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation StatementDrafts3($input: DiscardNeedsStatementDraftInput!) { discardNeedsStatementDraft(input: $input) }"): typeof import('./graphql.js').StatementDrafts3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation StatementDrafts4($input: UpdateNeedsStatementInput!) { updateNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }"): typeof import('./graphql.js').StatementDrafts4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation StatementDrafts5($input: WithdrawNeedsStatementInput!) { withdrawNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }"): typeof import('./graphql.js').StatementDrafts5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation StatementDrafts6($input: SubmitNeedsStatementInput!) { submitNeedsStatement(input: $input) { id status title version requestedThisYear submittedAt } }"): typeof import('./graphql.js').StatementDrafts6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query StatementDrafts7($id: ID!) { needsStatement(id: $id) { id status title version requestedThisYear submittedAt } }"): typeof import('./graphql.js').StatementDrafts7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query StatementDrafts8($round: ID!) { needsStatements(roundId: $round, first: 200) {\n  totalCount edges { node { id status } } } }"): typeof import('./graphql.js').StatementDrafts8Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query StatementDrafts9($id: ID!) { round(id: $id) { id summary { byStatus { status statements } } } }"): typeof import('./graphql.js').StatementDrafts9Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation StatementDrafts10($input: ExtendSubmissionDeadlineInput!) {\n  extendSubmissionDeadline(input: $input) { id version submissionDeadline submissionDeadlineOverride } }"): typeof import('./graphql.js').StatementDrafts10Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query StatementDrafts11($id: ID!) { round(id: $id) { id version submissionDeadline submissionDeadlineOverride } }"): typeof import('./graphql.js').StatementDrafts11Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query StatementDrafts12($round: ID!) { needsStatementFormContext(roundId: $round) { deadline open } }"): typeof import('./graphql.js').StatementDrafts12Document;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
