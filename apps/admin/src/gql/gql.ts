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
    "\n  fragment ComparisonGroupFields on ComparisonGroup {\n    key\n    kind\n    sector\n    municipality {\n      number\n      name\n    }\n    owners {\n      id\n      name\n    }\n    statements\n    requestedThisYear\n    granted\n    spread\n    differs\n  }\n": typeof types.ComparisonGroupFieldsFragmentDoc,
    "\n  fragment ComparisonRowFields on ComparisonRow {\n    requestedThisYear\n    granted\n    spread\n    needsStatement {\n      id\n      title\n      sector\n      partnership {\n        id\n        name\n      }\n    }\n    lines {\n      id\n      status\n      grantedThisYear\n      adjustmentReason\n      explanation {\n        nb\n      }\n    }\n  }\n": typeof types.ComparisonRowFieldsFragmentDoc,
    "\n  query CompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      scenarios {\n        ...ScenarioSummaryFields\n      }\n      bySector {\n        ...ComparisonGroupFields\n      }\n      byMunicipality {\n        ...ComparisonGroupFields\n      }\n      byOwner {\n        ...ComparisonGroupFields\n      }\n      differences {\n        ...ComparisonRowFields\n      }\n      sameInputAsFirst\n    }\n  }\n": typeof types.CompareScenariosDocument,
    "\n  fragment CountyFields on County {\n    id\n    code\n    name\n  }\n": typeof types.CountyFieldsFragmentDoc,
    "\n  query PlatformStatus {\n    health {\n      status\n      version\n    }\n    counties {\n      ...CountyFields\n    }\n  }\n": typeof types.PlatformStatusDocument,
    "\n  fragment ValidationProblemFields on ValidationProblem {\n    code\n    field\n    message {\n      nb\n    }\n  }\n": typeof types.ValidationProblemFieldsFragmentDoc,
    "\n  fragment NeedsStatementRowFields on NeedsStatement {\n    id\n    title\n    sector\n    themeId\n    status\n    durationYears\n    requestedThisYear\n    submittedAt\n    partnership {\n      id\n      name\n    }\n    problems {\n      ...ValidationProblemFields\n    }\n  }\n": typeof types.NeedsStatementRowFieldsFragmentDoc,
    "\n  fragment NeedsStatementDetailFields on NeedsStatement {\n    ...NeedsStatementRowFields\n    round {\n      id\n    }\n    workId\n    themeItemIds\n    notices {\n      code\n      field\n      message {\n        nb\n      }\n    }\n    localNeeds\n    requestedTotal\n    updatedAt\n    withdrawReason\n    version\n    samiPerspectives\n    collectiveLearning\n    teacherEducationFeedback\n    goals {\n      longTerm {\n        id\n        text\n      }\n      subGoals {\n        id\n        text\n      }\n    }\n    measures {\n      id\n      kind\n      description\n      goalIds\n    }\n    budget {\n      year\n      owner\n      institution\n      coordinator\n      total\n    }\n    ownContribution {\n      description\n      amount\n    }\n    coordinator {\n      requested\n      justification\n      conditionIds\n      otherComplexityFactors\n    }\n    continuation {\n      continuesEarlierWork\n    }\n    participants {\n      kindergartenStaff\n      schoolStaff\n      otherServices\n    }\n    contact {\n      name\n      email\n    }\n    partnership {\n      id\n      name\n      otherServices\n      institution {\n        id\n        name\n        kind\n      }\n      owners {\n        id\n        name\n        ownership\n        municipality {\n          number\n          name\n        }\n      }\n    }\n    decision {\n      id\n      status\n      grantedThisYear\n    }\n  }\n": typeof types.NeedsStatementDetailFieldsFragmentDoc,
    "\n  query NeedsStatements(\n    $roundId: ID!\n    $first: Int!\n    $after: String\n    $filter: NeedsStatementFilter\n    $orderBy: NeedsStatementOrder\n  ) {\n    needsStatements(\n      roundId: $roundId\n      first: $first\n      after: $after\n      filter: $filter\n      orderBy: $orderBy\n    ) {\n      edges {\n        cursor\n        node {\n          ...NeedsStatementRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.NeedsStatementsDocument,
    "\n  query NeedsStatement($id: ID!) {\n    needsStatement(id: $id) {\n      ...NeedsStatementDetailFields\n    }\n  }\n": typeof types.NeedsStatementDocument,
    "\n  fragment HistoryEntryFields on AuditLogEntry {\n    id\n    action\n    at\n    actorName\n    actorRole\n    reason\n  }\n": typeof types.HistoryEntryFieldsFragmentDoc,
    "\n  query NeedsStatementHistory($id: String!) {\n    auditLog(entityType: \"NeedsStatement\", entityId: $id, first: 50) {\n      edges {\n        node {\n          ...HistoryEntryFields\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.NeedsStatementHistoryDocument,
    "\n  fragment ProposalFields on Proposal {\n    id\n    status\n    note\n    putAt\n    putBy\n    forumOutcome\n    votesFor\n    votesAgainst\n    abstentions\n    forumMinutes\n    recordedAt\n    recordedBy\n    version\n    scenario {\n      ...ScenarioSummaryFields\n    }\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    id\n    status\n    requestedThisYear\n    grantedThisYear\n    grantedTotal\n    justification\n    decidedAt\n    version\n    partnership {\n      id\n      name\n    }\n    needsStatement {\n      id\n      title\n      sector\n    }\n    splitAnswers {\n      id\n      year\n      owner\n      institution\n      answeredAt\n    }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query RoundProposal($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      proposals(first: 20) {\n        edges {\n          node {\n            ...ProposalFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoundProposalDocument,
    "\n  query RoundDecisions($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      decisions(first: 200) {\n        edges {\n          node {\n            ...DecisionFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.RoundDecisionsDocument,
    "\n  mutation PutScenarioToForum($input: PutScenarioToForumInput!) {\n    putScenarioToForum(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.PutScenarioToForumDocument,
    "\n  mutation RecordForumOutcome($input: RecordForumOutcomeInput!) {\n    recordForumOutcome(input: $input) {\n      ...ProposalFields\n    }\n  }\n": typeof types.RecordForumOutcomeDocument,
    "\n  mutation DecideRound($input: DecideRoundInput!) {\n    decideRound(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.DecideRoundDocument,
    "\n  query ProposalScenario($id: ID!) {\n    proposal(id: $id) {\n      id\n      scenario {\n        ...ScenarioSummaryFields\n        lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n          edges {\n            node {\n              ...ScenarioLineFields\n            }\n          }\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.ProposalScenarioDocument,
    "\n  query ProposalScenarioFigures($id: ID!) {\n    proposal(id: $id) {\n      id\n      scenario {\n        id\n        ...ScenarioFiguresFields\n      }\n    }\n  }\n": typeof types.ProposalScenarioFiguresDocument,
    "\n  fragment OwnerRowFields on Owner {\n    id\n    orgnr\n    name\n    ownership\n    municipality {\n      number\n      name\n    }\n    participationYears\n    unitCount\n    archivedAt\n    version\n  }\n": typeof types.OwnerRowFieldsFragmentDoc,
    "\n  fragment UnitRowFields on Unit {\n    id\n    name\n    kind\n    registerId\n    archivedAt\n    version\n  }\n": typeof types.UnitRowFieldsFragmentDoc,
    "\n  fragment InstitutionRowFields on Institution {\n    id\n    orgnr\n    name\n    kind\n    archivedAt\n    version\n  }\n": typeof types.InstitutionRowFieldsFragmentDoc,
    "\n  fragment PartnershipRowFields on Partnership {\n    id\n    name\n    institution {\n      id\n      name\n    }\n    owners {\n      id\n      name\n      orgnr\n    }\n    otherServices\n    contactPersons {\n      name\n      role\n      email\n      phone\n    }\n    archivedAt\n    version\n  }\n": typeof types.PartnershipRowFieldsFragmentDoc,
    "\n  fragment FigureRowFields on SectorIndicator {\n    id\n    indicatorId\n    sector\n    year\n    value\n    source\n    version\n    municipality {\n      number\n      name\n    }\n    owner {\n      id\n      name\n      orgnr\n    }\n  }\n": typeof types.FigureRowFieldsFragmentDoc,
    "\n  fragment EarlierCommitmentFields on Commitment {\n    id\n    partnership {\n      id\n      name\n    }\n    workId\n    sector\n    durationYears\n    grantedYear\n    year\n    amount\n    owner\n    institution\n    coordinator\n    version\n  }\n": typeof types.EarlierCommitmentFieldsFragmentDoc,
    "\n  fragment ImportPreviewFields on ImportPreview {\n    rows\n    canConfirm\n    fingerprint\n    summary {\n      entity\n      created\n      updated\n      unchanged\n    }\n    problems {\n      file\n      row\n      column\n      code\n      message {\n        nb\n      }\n    }\n    statements {\n      fileName\n      title\n      partnershipName\n      sector\n      requestedTotal\n    }\n  }\n": typeof types.ImportPreviewFieldsFragmentDoc,
    "\n  query RegisterOwners($first: Int, $after: String, $search: String, $archived: Boolean) {\n    owners(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OwnerRowFields\n        }\n      }\n    }\n  }\n": typeof types.RegisterOwnersDocument,
    "\n  query RegisterOwner($id: ID!) {\n    owner(id: $id) {\n      ...OwnerRowFields\n      units {\n        ...UnitRowFields\n      }\n    }\n  }\n": typeof types.RegisterOwnerDocument,
    "\n  query RegisterMunicipalities {\n    municipalities {\n      id\n      number\n      name\n    }\n  }\n": typeof types.RegisterMunicipalitiesDocument,
    "\n  query RegisterInstitutions($first: Int, $after: String, $search: String, $archived: Boolean) {\n    institutions(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InstitutionRowFields\n        }\n      }\n    }\n  }\n": typeof types.RegisterInstitutionsDocument,
    "\n  query RegisterPartnerships($first: Int, $after: String, $search: String, $archived: Boolean) {\n    partnerships(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnershipRowFields\n        }\n      }\n    }\n  }\n": typeof types.RegisterPartnershipsDocument,
    "\n  query RegisterOwnerOptions($search: String) {\n    owners(first: 30, search: $search, archived: false) {\n      edges {\n        node {\n          id\n          name\n          orgnr\n        }\n      }\n    }\n  }\n": typeof types.RegisterOwnerOptionsDocument,
    "\n  query RegisterChoices {\n    institutions(first: 200, archived: false) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    partnerships(first: 200, archived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    knowledgeBaseIndicators {\n      id\n      kind\n      label {\n        nb\n      }\n    }\n    municipalities {\n      id\n      number\n      name\n    }\n  }\n": typeof types.RegisterChoicesDocument,
    "\n  query IndicatorFigures(\n    $first: Int\n    $after: String\n    $indicatorId: String\n    $year: Int\n    $municipalityNumber: String\n  ) {\n    indicatorFigures(\n      first: $first\n      after: $after\n      indicatorId: $indicatorId\n      year: $year\n      municipalityNumber: $municipalityNumber\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FigureRowFields\n        }\n      }\n    }\n  }\n": typeof types.IndicatorFiguresDocument,
    "\n  query EarlierCommitments($first: Int, $after: String) {\n    earlierCommitments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EarlierCommitmentFields\n        }\n      }\n    }\n  }\n": typeof types.EarlierCommitmentsDocument,
    "\n  mutation CreateOwner($input: CreateOwnerInput!) {\n    createOwner(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n": typeof types.CreateOwnerDocument,
    "\n  mutation UpdateOwner($input: UpdateOwnerInput!) {\n    updateOwner(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n": typeof types.UpdateOwnerDocument,
    "\n  mutation SetOwnerArchived($input: SetArchivedInput!) {\n    setOwnerArchived(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n": typeof types.SetOwnerArchivedDocument,
    "\n  mutation DeleteOwner($id: ID!) {\n    deleteOwner(id: $id)\n  }\n": typeof types.DeleteOwnerDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitRowFields\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitRowFields\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  mutation SetUnitArchived($input: SetArchivedInput!) {\n    setUnitArchived(input: $input) {\n      ...UnitRowFields\n    }\n  }\n": typeof types.SetUnitArchivedDocument,
    "\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id)\n  }\n": typeof types.DeleteUnitDocument,
    "\n  mutation CreateInstitution($input: CreateInstitutionInput!) {\n    createInstitution(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n": typeof types.CreateInstitutionDocument,
    "\n  mutation UpdateInstitution($input: UpdateInstitutionInput!) {\n    updateInstitution(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n": typeof types.UpdateInstitutionDocument,
    "\n  mutation SetInstitutionArchived($input: SetArchivedInput!) {\n    setInstitutionArchived(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n": typeof types.SetInstitutionArchivedDocument,
    "\n  mutation DeleteInstitution($id: ID!) {\n    deleteInstitution(id: $id)\n  }\n": typeof types.DeleteInstitutionDocument,
    "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n": typeof types.CreatePartnershipDocument,
    "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n": typeof types.UpdatePartnershipDocument,
    "\n  mutation SetPartnershipArchived($input: SetArchivedInput!) {\n    setPartnershipArchived(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n": typeof types.SetPartnershipArchivedDocument,
    "\n  mutation DeletePartnership($id: ID!) {\n    deletePartnership(id: $id)\n  }\n": typeof types.DeletePartnershipDocument,
    "\n  mutation CreateIndicatorFigure($input: CreateIndicatorFigureInput!) {\n    createIndicatorFigure(input: $input) {\n      ...FigureRowFields\n    }\n  }\n": typeof types.CreateIndicatorFigureDocument,
    "\n  mutation UpdateIndicatorFigure($input: UpdateIndicatorFigureInput!) {\n    updateIndicatorFigure(input: $input) {\n      ...FigureRowFields\n    }\n  }\n": typeof types.UpdateIndicatorFigureDocument,
    "\n  mutation DeleteIndicatorFigure($id: ID!) {\n    deleteIndicatorFigure(id: $id)\n  }\n": typeof types.DeleteIndicatorFigureDocument,
    "\n  mutation CreateEarlierCommitment($input: CreateEarlierCommitmentInput!) {\n    createEarlierCommitment(input: $input) {\n      ...EarlierCommitmentFields\n    }\n  }\n": typeof types.CreateEarlierCommitmentDocument,
    "\n  mutation UpdateEarlierCommitment($input: UpdateEarlierCommitmentInput!) {\n    updateEarlierCommitment(input: $input) {\n      ...EarlierCommitmentFields\n    }\n  }\n": typeof types.UpdateEarlierCommitmentDocument,
    "\n  mutation DeleteEarlierCommitment($id: ID!) {\n    deleteEarlierCommitment(id: $id)\n  }\n": typeof types.DeleteEarlierCommitmentDocument,
    "\n  mutation PreviewRegisterImport($input: PreviewRegisterImportInput!) {\n    previewRegisterImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": typeof types.PreviewRegisterImportDocument,
    "\n  mutation ConfirmRegisterImport($input: ConfirmRegisterImportInput!) {\n    confirmRegisterImport(input: $input) {\n      summary {\n        entity\n        created\n        updated\n        unchanged\n      }\n      ids\n    }\n  }\n": typeof types.ConfirmRegisterImportDocument,
    "\n  query NeedsStatementTemplate($roundId: ID!) {\n    needsStatementTemplate(roundId: $roundId) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.NeedsStatementTemplateDocument,
    "\n  mutation PreviewNeedsStatementImport($input: PreviewNeedsStatementImportInput!) {\n    previewNeedsStatementImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": typeof types.PreviewNeedsStatementImportDocument,
    "\n  mutation ConfirmNeedsStatementImport($input: ConfirmNeedsStatementImportInput!) {\n    confirmNeedsStatementImport(input: $input) {\n      summary {\n        entity\n        created\n        updated\n        unchanged\n      }\n      ids\n    }\n  }\n": typeof types.ConfirmNeedsStatementImportDocument,
    "\n  query RegisterHistory($type: String!, $id: String!) {\n    auditLog(entityType: $type, entityId: $id, first: 50) {\n      edges {\n        node {\n          id\n          action\n          at\n          actorName\n          actorRole\n          reason\n        }\n      }\n    }\n  }\n": typeof types.RegisterHistoryDocument,
    "\n  fragment ReportingRoundFields on Round {\n    id\n    year\n    status\n  }\n": typeof types.ReportingRoundFieldsFragmentDoc,
    "\n  fragment YearGrantFields on YearGrant {\n    year\n    amount\n    owner\n    institution\n    coordinator\n    subjectToAppropriation\n  }\n": typeof types.YearGrantFieldsFragmentDoc,
    "\n  fragment ReportProblemFields on ReportProblem {\n    code\n    path\n    message {\n      nb\n    }\n  }\n": typeof types.ReportProblemFieldsFragmentDoc,
    "\n  fragment FollowUpRowFields on ReportFollowUpRow {\n    title\n    year\n    roundYear\n    state\n    dueDate\n    dueDateSource\n    owed\n    late\n    daysLate\n    spentOwner\n    spentInstitution\n    coordinatorSpent\n    unspent\n    measuresNotCarriedOut\n    goalsNotAchieved\n    grant {\n      ...YearGrantFields\n    }\n    decision {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n    report {\n      id\n      status\n      submittedAt\n    }\n    problems {\n      ...ReportProblemFields\n    }\n  }\n": typeof types.FollowUpRowFieldsFragmentDoc,
    "\n  fragment ReminderFields on ReportReminder {\n    title\n    year\n    state\n    dueDate\n    dueDateSource\n    overdue\n    daysOverdue\n    reviewComment\n    contact {\n      name\n      email\n    }\n    decision {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n  }\n": typeof types.ReminderFieldsFragmentDoc,
    "\n  fragment InstitutionShareFields on InstitutionShareYear {\n    year\n    grants\n    grantedTotal\n    grantedInstitution\n    grantedInstitutionPercent\n    reports\n    reportedGranted\n    reportedSpentTotal\n    reportedSpentInstitution\n    reportedInstitutionPercent\n    falling\n    belowFloor\n    warnings {\n      nb\n    }\n  }\n": typeof types.InstitutionShareFieldsFragmentDoc,
    "\n  fragment PartyAccountsFields on PartyAccounts {\n    party\n    received\n    spent\n    granted\n    unspent\n    lines {\n      id\n      costLine\n      amount\n    }\n  }\n": typeof types.PartyAccountsFieldsFragmentDoc,
    "\n  fragment AnnualReportFields on AnnualReport {\n    id\n    year\n    status\n    version\n    submittedAt\n    submittedBy\n    reviewComment\n    reviewedAt\n    reviewedBy\n    useOfFunds\n    coordinatorUse\n    coordinatorSpent\n    receivedOwner\n    receivedInstitution\n    spentOwner\n    spentInstitution\n    measures {\n      measureId\n      carriedOut\n      description\n    }\n    goals {\n      goalId\n      achievement\n      assessment\n    }\n    accounts {\n      coordinatorSpent\n      owner {\n        ...PartyAccountsFields\n      }\n      institution {\n        ...PartyAccountsFields\n      }\n    }\n    grant {\n      ...YearGrantFields\n    }\n    problems {\n      ...ReportProblemFields\n    }\n    round {\n      ...ReportingRoundFields\n    }\n    partnership {\n      id\n      name\n      institution {\n        id\n        name\n      }\n      owners {\n        id\n        name\n      }\n    }\n    needsStatement {\n      id\n      title\n      sector\n      durationYears\n      goals {\n        longTerm {\n          id\n          text\n        }\n        subGoals {\n          id\n          text\n        }\n      }\n      measures {\n        id\n        kind\n        description\n      }\n      coordinator {\n        requested\n      }\n    }\n    decision {\n      id\n      status\n      annualReports {\n        id\n        year\n        status\n      }\n    }\n  }\n": typeof types.AnnualReportFieldsFragmentDoc,
    "\n  query ReportingRounds {\n    rounds(first: 50, orderBy: { field: YEAR, direction: DESC }) {\n      edges {\n        node {\n          ...ReportingRoundFields\n        }\n      }\n    }\n  }\n": typeof types.ReportingRoundsDocument,
    "\n  query ReportFollowUp($roundId: ID, $year: Int, $asOf: String) {\n    reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {\n      asOf\n      counts {\n        expected\n        reported\n        awaitingReview\n        accepted\n        returned\n        missing\n        late\n        withProblems\n      }\n      money {\n        grantedOwner\n        grantedInstitution\n        reportedGranted\n        spentOwner\n        spentInstitution\n        coordinatorSpent\n      }\n      rows {\n        ...FollowUpRowFields\n      }\n    }\n  }\n": typeof types.ReportFollowUpDocument,
    "\n  query ReportReminders($roundId: ID, $year: Int, $asOf: String, $overdueOnly: Boolean!) {\n    reportReminders(roundId: $roundId, year: $year, asOf: $asOf, overdueOnly: $overdueOnly) {\n      ...ReminderFields\n    }\n  }\n": typeof types.ReportRemindersDocument,
    "\n  query InstitutionShareByYear {\n    institutionShareByYear {\n      ...InstitutionShareFields\n    }\n  }\n": typeof types.InstitutionShareByYearDocument,
    "\n  query AnnualReport($id: ID!) {\n    annualReport(id: $id) {\n      ...AnnualReportFields\n    }\n    costLines {\n      costLine\n      label {\n        nb\n      }\n    }\n  }\n": typeof types.AnnualReportDocument,
    "\n  mutation AcceptAnnualReport($id: ID!, $version: Int!) {\n    acceptAnnualReport(id: $id, version: $version) {\n      ...AnnualReportFields\n    }\n  }\n": typeof types.AcceptAnnualReportDocument,
    "\n  mutation ReturnAnnualReport($id: ID!, $version: Int!, $comment: String!) {\n    returnAnnualReport(id: $id, version: $version, comment: $comment) {\n      ...AnnualReportFields\n    }\n  }\n": typeof types.ReturnAnnualReportDocument,
    "\n  fragment RoundListItemFields on Round {\n    id\n    year\n    status\n  }\n": typeof types.RoundListItemFieldsFragmentDoc,
    "\n  fragment RoundSummaryFields on RoundSummary {\n    statements\n    withdrawn\n    withProblems\n    requestedThisYear\n    committedThisYear\n    freeThisYear\n    bySector {\n      sector\n      statements\n      requestedThisYear\n    }\n    byTheme {\n      sector\n      themeId\n      rank\n      title {\n        nb\n      }\n      statements\n      withdrawn\n      requestedThisYear\n    }\n    byStatus {\n      status\n      statements\n      requestedThisYear\n    }\n  }\n": typeof types.RoundSummaryFieldsFragmentDoc,
    "\n  fragment RoundOverviewFields on Round {\n    id\n    year\n    status\n    frame\n    version\n    allowedActions\n    calendar {\n      id\n      start\n      end\n      label {\n        nb\n      }\n    }\n    summary {\n      ...RoundSummaryFields\n    }\n    commitments(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.RoundOverviewFieldsFragmentDoc,
    "\n  query Rounds {\n    rounds(first: 20, orderBy: { field: YEAR, direction: DESC }) {\n      edges {\n        node {\n          ...RoundListItemFields\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.RoundsDocument,
    "\n  query RoundOverview($id: ID!) {\n    round(id: $id) {\n      ...RoundOverviewFields\n    }\n  }\n": typeof types.RoundOverviewDocument,
    "\n  query RoundPlan($id: ID!) {\n    round(id: $id) {\n      id\n      planVersion {\n        id\n        versionId\n        plan\n      }\n    }\n  }\n": typeof types.RoundPlanDocument,
    "\n  mutation OpenRound($input: RoundTransitionInput!) {\n    openRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": typeof types.OpenRoundDocument,
    "\n  mutation CloseRound($input: RoundTransitionInput!) {\n    closeRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": typeof types.CloseRoundDocument,
    "\n  mutation StartReporting($input: RoundTransitionInput!) {\n    startReporting(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": typeof types.StartReportingDocument,
    "\n  mutation CreateRound($input: CreateRoundInput!) {\n    createRound(input: $input) {\n      ...RoundListItemFields\n    }\n  }\n": typeof types.CreateRoundDocument,
    "\n  mutation SetRoundFrame($input: SetRoundFrameInput!) {\n    setRoundFrame(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": typeof types.SetRoundFrameDocument,
    "\n  fragment ScenarioSummaryFields on Scenario {\n    id\n    name\n    method\n    cutRule\n    frame\n    committedEarlier\n    grantedNew\n    leftover\n    ranAt\n    ranByName\n    durationMs\n    version\n  }\n": typeof types.ScenarioSummaryFieldsFragmentDoc,
    "\n  fragment ScenarioLineFields on ScenarioLine {\n    id\n    status\n    rank\n    score\n    requestedThisYear\n    engineGrantedThisYear\n    adjustedThisYear\n    grantedThisYear\n    fundedPercent\n    adjustmentReason\n    adjustedBy\n    adjustedAt\n    constraintOverride {\n      constraintIds\n      reason\n    }\n    adjustmentExplanation {\n      nb\n    }\n    breaks\n    clauses\n    explanation {\n      nb\n    }\n    needsStatement {\n      id\n      title\n      sector\n      themeId\n      durationYears\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          ownership\n          municipality {\n            number\n            name\n          }\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ScenarioLineFieldsFragmentDoc,
    "\n  fragment ConstraintGaugeFields on ConstraintGauge {\n    id\n    kind\n    label {\n      nb\n    }\n    amount\n    percent\n    lower\n    upper\n    limitPercent\n    broken\n    warning\n    informational\n    overridden\n    overrideReasons\n    explanation {\n      nb\n    }\n    notes {\n      nb\n    }\n    assumptions {\n      nb\n    }\n    clause\n    clauseTitle {\n      nb\n    }\n  }\n": typeof types.ConstraintGaugeFieldsFragmentDoc,
    "\n  fragment ScenarioReportFields on ScenarioReport {\n    gauges {\n      ...ConstraintGaugeFields\n    }\n    sectors {\n      sector\n      total\n      grantedNew\n      band {\n        lower\n        upper\n      }\n    }\n    leftover {\n      amount\n      reasons {\n        code\n        message {\n          nb\n        }\n      }\n    }\n    institutionsInSeveralPartnerships {\n      orgnr\n      name\n      grantedThisYear\n      partnershipIds\n    }\n  }\n": typeof types.ScenarioReportFieldsFragmentDoc,
    "\n  fragment GroupTotalFields on GroupTotal {\n    key\n    kind\n    sector\n    municipality {\n      number\n      name\n    }\n    owners {\n      id\n      name\n    }\n    statements\n    requestedThisYear\n    grantedThisYear\n  }\n": typeof types.GroupTotalFieldsFragmentDoc,
    "\n  fragment ScenarioTotalsFields on ScenarioTotals {\n    bySector {\n      ...GroupTotalFields\n    }\n    byMunicipality {\n      ...GroupTotalFields\n    }\n    byOwner {\n      ...GroupTotalFields\n    }\n  }\n": typeof types.ScenarioTotalsFieldsFragmentDoc,
    "\n  fragment MethodInfoFields on MethodInfo {\n    method\n    source\n    status\n    gap\n    timeLimitReached\n    timeLimitSeconds\n    durationMs\n    explanation {\n      nb\n    }\n  }\n": typeof types.MethodInfoFieldsFragmentDoc,
    "\n  fragment ConstraintBreachFields on ConstraintBreach {\n    constraintId\n    kind\n    label {\n      nb\n    }\n    description {\n      nb\n    }\n    excess\n    needsStatementIds\n    overridden\n    overrides {\n      needsStatementId\n      reason\n    }\n  }\n": typeof types.ConstraintBreachFieldsFragmentDoc,
    "\n  fragment ScenarioFiguresFields on Scenario {\n    constraintReport {\n      ...ScenarioReportFields\n    }\n    breaches {\n      ...ConstraintBreachFields\n    }\n    totals {\n      ...ScenarioTotalsFields\n    }\n    methodInfo {\n      ...MethodInfoFields\n    }\n  }\n": typeof types.ScenarioFiguresFieldsFragmentDoc,
    "\n  fragment ScenarioRunFields on ScenarioRun {\n    id\n    name\n    method\n    status\n    queuedAt\n    startedAt\n    finishedAt\n    requestedByName\n    errorCode\n    errorMessage\n    scenario {\n      id\n    }\n  }\n": typeof types.ScenarioRunFieldsFragmentDoc,
    "\n  query RoundScenarios($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      planVersion {\n        id\n        plan\n      }\n      scenarios(first: 50) {\n        edges {\n          node {\n            ...ScenarioSummaryFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.RoundScenariosDocument,
    "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioSummaryFields\n      inputHash\n      parametersJson\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ScenarioDocument,
    "\n  query ScenarioFigures($id: ID!) {\n    scenario(id: $id) {\n      id\n      ...ScenarioFiguresFields\n    }\n  }\n": typeof types.ScenarioFiguresDocument,
    "\n  mutation RunScenario($input: RunScenarioInput!) {\n    runScenario(input: $input) {\n      ...ScenarioSummaryFields\n    }\n  }\n": typeof types.RunScenarioDocument,
    "\n  mutation AdjustScenarioLine($input: AdjustScenarioLineInput!) {\n    adjustScenarioLine(input: $input) {\n      ...ScenarioSummaryFields\n      ...ScenarioFiguresFields\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.AdjustScenarioLineDocument,
    "\n  query ScenarioAdjustmentPreview($input: ScenarioAdjustmentPreviewInput!) {\n    scenarioAdjustmentPreview(input: $input) {\n      grantedThisYear\n      grantedNew\n      leftover\n      maxWithinFrame\n      requiredOverrides\n      pastFrame {\n        year\n        excess\n      }\n      breaches {\n        ...ConstraintBreachFields\n      }\n      problems {\n        code\n        path\n        field\n        message {\n          nb\n        }\n      }\n    }\n  }\n": typeof types.ScenarioAdjustmentPreviewDocument,
    "\n  query ScenarioRun($id: ID!) {\n    scenarioRun(id: $id) {\n      ...ScenarioRunFields\n    }\n  }\n": typeof types.ScenarioRunDocument,
    "\n  query ActiveScenarioRun($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      activeScenarioRun {\n        ...ScenarioRunFields\n      }\n    }\n  }\n": typeof types.ActiveScenarioRunDocument,
    "\n  query SignInCounties {\n    counties {\n      ...CountyFields\n    }\n  }\n": typeof types.SignInCountiesDocument,
    "\n  mutation DevSignIn($role: Role!, $countyCode: String) {\n    devSignIn(role: $role, countyCode: $countyCode) {\n      token\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.DevSignInDocument,
    "\n  fragment ViewerFields on Viewer {\n    subject\n    name\n    role\n    county {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment ComparisonGroupFields on ComparisonGroup {\n    key\n    kind\n    sector\n    municipality {\n      number\n      name\n    }\n    owners {\n      id\n      name\n    }\n    statements\n    requestedThisYear\n    granted\n    spread\n    differs\n  }\n": types.ComparisonGroupFieldsFragmentDoc,
    "\n  fragment ComparisonRowFields on ComparisonRow {\n    requestedThisYear\n    granted\n    spread\n    needsStatement {\n      id\n      title\n      sector\n      partnership {\n        id\n        name\n      }\n    }\n    lines {\n      id\n      status\n      grantedThisYear\n      adjustmentReason\n      explanation {\n        nb\n      }\n    }\n  }\n": types.ComparisonRowFieldsFragmentDoc,
    "\n  query CompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      scenarios {\n        ...ScenarioSummaryFields\n      }\n      bySector {\n        ...ComparisonGroupFields\n      }\n      byMunicipality {\n        ...ComparisonGroupFields\n      }\n      byOwner {\n        ...ComparisonGroupFields\n      }\n      differences {\n        ...ComparisonRowFields\n      }\n      sameInputAsFirst\n    }\n  }\n": types.CompareScenariosDocument,
    "\n  fragment CountyFields on County {\n    id\n    code\n    name\n  }\n": types.CountyFieldsFragmentDoc,
    "\n  query PlatformStatus {\n    health {\n      status\n      version\n    }\n    counties {\n      ...CountyFields\n    }\n  }\n": types.PlatformStatusDocument,
    "\n  fragment ValidationProblemFields on ValidationProblem {\n    code\n    field\n    message {\n      nb\n    }\n  }\n": types.ValidationProblemFieldsFragmentDoc,
    "\n  fragment NeedsStatementRowFields on NeedsStatement {\n    id\n    title\n    sector\n    themeId\n    status\n    durationYears\n    requestedThisYear\n    submittedAt\n    partnership {\n      id\n      name\n    }\n    problems {\n      ...ValidationProblemFields\n    }\n  }\n": types.NeedsStatementRowFieldsFragmentDoc,
    "\n  fragment NeedsStatementDetailFields on NeedsStatement {\n    ...NeedsStatementRowFields\n    round {\n      id\n    }\n    workId\n    themeItemIds\n    notices {\n      code\n      field\n      message {\n        nb\n      }\n    }\n    localNeeds\n    requestedTotal\n    updatedAt\n    withdrawReason\n    version\n    samiPerspectives\n    collectiveLearning\n    teacherEducationFeedback\n    goals {\n      longTerm {\n        id\n        text\n      }\n      subGoals {\n        id\n        text\n      }\n    }\n    measures {\n      id\n      kind\n      description\n      goalIds\n    }\n    budget {\n      year\n      owner\n      institution\n      coordinator\n      total\n    }\n    ownContribution {\n      description\n      amount\n    }\n    coordinator {\n      requested\n      justification\n      conditionIds\n      otherComplexityFactors\n    }\n    continuation {\n      continuesEarlierWork\n    }\n    participants {\n      kindergartenStaff\n      schoolStaff\n      otherServices\n    }\n    contact {\n      name\n      email\n    }\n    partnership {\n      id\n      name\n      otherServices\n      institution {\n        id\n        name\n        kind\n      }\n      owners {\n        id\n        name\n        ownership\n        municipality {\n          number\n          name\n        }\n      }\n    }\n    decision {\n      id\n      status\n      grantedThisYear\n    }\n  }\n": types.NeedsStatementDetailFieldsFragmentDoc,
    "\n  query NeedsStatements(\n    $roundId: ID!\n    $first: Int!\n    $after: String\n    $filter: NeedsStatementFilter\n    $orderBy: NeedsStatementOrder\n  ) {\n    needsStatements(\n      roundId: $roundId\n      first: $first\n      after: $after\n      filter: $filter\n      orderBy: $orderBy\n    ) {\n      edges {\n        cursor\n        node {\n          ...NeedsStatementRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.NeedsStatementsDocument,
    "\n  query NeedsStatement($id: ID!) {\n    needsStatement(id: $id) {\n      ...NeedsStatementDetailFields\n    }\n  }\n": types.NeedsStatementDocument,
    "\n  fragment HistoryEntryFields on AuditLogEntry {\n    id\n    action\n    at\n    actorName\n    actorRole\n    reason\n  }\n": types.HistoryEntryFieldsFragmentDoc,
    "\n  query NeedsStatementHistory($id: String!) {\n    auditLog(entityType: \"NeedsStatement\", entityId: $id, first: 50) {\n      edges {\n        node {\n          ...HistoryEntryFields\n        }\n      }\n      totalCount\n    }\n  }\n": types.NeedsStatementHistoryDocument,
    "\n  fragment ProposalFields on Proposal {\n    id\n    status\n    note\n    putAt\n    putBy\n    forumOutcome\n    votesFor\n    votesAgainst\n    abstentions\n    forumMinutes\n    recordedAt\n    recordedBy\n    version\n    scenario {\n      ...ScenarioSummaryFields\n    }\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    id\n    status\n    requestedThisYear\n    grantedThisYear\n    grantedTotal\n    justification\n    decidedAt\n    version\n    partnership {\n      id\n      name\n    }\n    needsStatement {\n      id\n      title\n      sector\n    }\n    splitAnswers {\n      id\n      year\n      owner\n      institution\n      answeredAt\n    }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query RoundProposal($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      proposals(first: 20) {\n        edges {\n          node {\n            ...ProposalFields\n          }\n        }\n      }\n    }\n  }\n": types.RoundProposalDocument,
    "\n  query RoundDecisions($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      decisions(first: 200) {\n        edges {\n          node {\n            ...DecisionFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": types.RoundDecisionsDocument,
    "\n  mutation PutScenarioToForum($input: PutScenarioToForumInput!) {\n    putScenarioToForum(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.PutScenarioToForumDocument,
    "\n  mutation RecordForumOutcome($input: RecordForumOutcomeInput!) {\n    recordForumOutcome(input: $input) {\n      ...ProposalFields\n    }\n  }\n": types.RecordForumOutcomeDocument,
    "\n  mutation DecideRound($input: DecideRoundInput!) {\n    decideRound(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.DecideRoundDocument,
    "\n  query ProposalScenario($id: ID!) {\n    proposal(id: $id) {\n      id\n      scenario {\n        ...ScenarioSummaryFields\n        lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n          edges {\n            node {\n              ...ScenarioLineFields\n            }\n          }\n          totalCount\n        }\n      }\n    }\n  }\n": types.ProposalScenarioDocument,
    "\n  query ProposalScenarioFigures($id: ID!) {\n    proposal(id: $id) {\n      id\n      scenario {\n        id\n        ...ScenarioFiguresFields\n      }\n    }\n  }\n": types.ProposalScenarioFiguresDocument,
    "\n  fragment OwnerRowFields on Owner {\n    id\n    orgnr\n    name\n    ownership\n    municipality {\n      number\n      name\n    }\n    participationYears\n    unitCount\n    archivedAt\n    version\n  }\n": types.OwnerRowFieldsFragmentDoc,
    "\n  fragment UnitRowFields on Unit {\n    id\n    name\n    kind\n    registerId\n    archivedAt\n    version\n  }\n": types.UnitRowFieldsFragmentDoc,
    "\n  fragment InstitutionRowFields on Institution {\n    id\n    orgnr\n    name\n    kind\n    archivedAt\n    version\n  }\n": types.InstitutionRowFieldsFragmentDoc,
    "\n  fragment PartnershipRowFields on Partnership {\n    id\n    name\n    institution {\n      id\n      name\n    }\n    owners {\n      id\n      name\n      orgnr\n    }\n    otherServices\n    contactPersons {\n      name\n      role\n      email\n      phone\n    }\n    archivedAt\n    version\n  }\n": types.PartnershipRowFieldsFragmentDoc,
    "\n  fragment FigureRowFields on SectorIndicator {\n    id\n    indicatorId\n    sector\n    year\n    value\n    source\n    version\n    municipality {\n      number\n      name\n    }\n    owner {\n      id\n      name\n      orgnr\n    }\n  }\n": types.FigureRowFieldsFragmentDoc,
    "\n  fragment EarlierCommitmentFields on Commitment {\n    id\n    partnership {\n      id\n      name\n    }\n    workId\n    sector\n    durationYears\n    grantedYear\n    year\n    amount\n    owner\n    institution\n    coordinator\n    version\n  }\n": types.EarlierCommitmentFieldsFragmentDoc,
    "\n  fragment ImportPreviewFields on ImportPreview {\n    rows\n    canConfirm\n    fingerprint\n    summary {\n      entity\n      created\n      updated\n      unchanged\n    }\n    problems {\n      file\n      row\n      column\n      code\n      message {\n        nb\n      }\n    }\n    statements {\n      fileName\n      title\n      partnershipName\n      sector\n      requestedTotal\n    }\n  }\n": types.ImportPreviewFieldsFragmentDoc,
    "\n  query RegisterOwners($first: Int, $after: String, $search: String, $archived: Boolean) {\n    owners(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OwnerRowFields\n        }\n      }\n    }\n  }\n": types.RegisterOwnersDocument,
    "\n  query RegisterOwner($id: ID!) {\n    owner(id: $id) {\n      ...OwnerRowFields\n      units {\n        ...UnitRowFields\n      }\n    }\n  }\n": types.RegisterOwnerDocument,
    "\n  query RegisterMunicipalities {\n    municipalities {\n      id\n      number\n      name\n    }\n  }\n": types.RegisterMunicipalitiesDocument,
    "\n  query RegisterInstitutions($first: Int, $after: String, $search: String, $archived: Boolean) {\n    institutions(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InstitutionRowFields\n        }\n      }\n    }\n  }\n": types.RegisterInstitutionsDocument,
    "\n  query RegisterPartnerships($first: Int, $after: String, $search: String, $archived: Boolean) {\n    partnerships(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnershipRowFields\n        }\n      }\n    }\n  }\n": types.RegisterPartnershipsDocument,
    "\n  query RegisterOwnerOptions($search: String) {\n    owners(first: 30, search: $search, archived: false) {\n      edges {\n        node {\n          id\n          name\n          orgnr\n        }\n      }\n    }\n  }\n": types.RegisterOwnerOptionsDocument,
    "\n  query RegisterChoices {\n    institutions(first: 200, archived: false) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    partnerships(first: 200, archived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    knowledgeBaseIndicators {\n      id\n      kind\n      label {\n        nb\n      }\n    }\n    municipalities {\n      id\n      number\n      name\n    }\n  }\n": types.RegisterChoicesDocument,
    "\n  query IndicatorFigures(\n    $first: Int\n    $after: String\n    $indicatorId: String\n    $year: Int\n    $municipalityNumber: String\n  ) {\n    indicatorFigures(\n      first: $first\n      after: $after\n      indicatorId: $indicatorId\n      year: $year\n      municipalityNumber: $municipalityNumber\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FigureRowFields\n        }\n      }\n    }\n  }\n": types.IndicatorFiguresDocument,
    "\n  query EarlierCommitments($first: Int, $after: String) {\n    earlierCommitments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EarlierCommitmentFields\n        }\n      }\n    }\n  }\n": types.EarlierCommitmentsDocument,
    "\n  mutation CreateOwner($input: CreateOwnerInput!) {\n    createOwner(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n": types.CreateOwnerDocument,
    "\n  mutation UpdateOwner($input: UpdateOwnerInput!) {\n    updateOwner(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n": types.UpdateOwnerDocument,
    "\n  mutation SetOwnerArchived($input: SetArchivedInput!) {\n    setOwnerArchived(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n": types.SetOwnerArchivedDocument,
    "\n  mutation DeleteOwner($id: ID!) {\n    deleteOwner(id: $id)\n  }\n": types.DeleteOwnerDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitRowFields\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitRowFields\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  mutation SetUnitArchived($input: SetArchivedInput!) {\n    setUnitArchived(input: $input) {\n      ...UnitRowFields\n    }\n  }\n": types.SetUnitArchivedDocument,
    "\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id)\n  }\n": types.DeleteUnitDocument,
    "\n  mutation CreateInstitution($input: CreateInstitutionInput!) {\n    createInstitution(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n": types.CreateInstitutionDocument,
    "\n  mutation UpdateInstitution($input: UpdateInstitutionInput!) {\n    updateInstitution(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n": types.UpdateInstitutionDocument,
    "\n  mutation SetInstitutionArchived($input: SetArchivedInput!) {\n    setInstitutionArchived(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n": types.SetInstitutionArchivedDocument,
    "\n  mutation DeleteInstitution($id: ID!) {\n    deleteInstitution(id: $id)\n  }\n": types.DeleteInstitutionDocument,
    "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n": types.CreatePartnershipDocument,
    "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n": types.UpdatePartnershipDocument,
    "\n  mutation SetPartnershipArchived($input: SetArchivedInput!) {\n    setPartnershipArchived(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n": types.SetPartnershipArchivedDocument,
    "\n  mutation DeletePartnership($id: ID!) {\n    deletePartnership(id: $id)\n  }\n": types.DeletePartnershipDocument,
    "\n  mutation CreateIndicatorFigure($input: CreateIndicatorFigureInput!) {\n    createIndicatorFigure(input: $input) {\n      ...FigureRowFields\n    }\n  }\n": types.CreateIndicatorFigureDocument,
    "\n  mutation UpdateIndicatorFigure($input: UpdateIndicatorFigureInput!) {\n    updateIndicatorFigure(input: $input) {\n      ...FigureRowFields\n    }\n  }\n": types.UpdateIndicatorFigureDocument,
    "\n  mutation DeleteIndicatorFigure($id: ID!) {\n    deleteIndicatorFigure(id: $id)\n  }\n": types.DeleteIndicatorFigureDocument,
    "\n  mutation CreateEarlierCommitment($input: CreateEarlierCommitmentInput!) {\n    createEarlierCommitment(input: $input) {\n      ...EarlierCommitmentFields\n    }\n  }\n": types.CreateEarlierCommitmentDocument,
    "\n  mutation UpdateEarlierCommitment($input: UpdateEarlierCommitmentInput!) {\n    updateEarlierCommitment(input: $input) {\n      ...EarlierCommitmentFields\n    }\n  }\n": types.UpdateEarlierCommitmentDocument,
    "\n  mutation DeleteEarlierCommitment($id: ID!) {\n    deleteEarlierCommitment(id: $id)\n  }\n": types.DeleteEarlierCommitmentDocument,
    "\n  mutation PreviewRegisterImport($input: PreviewRegisterImportInput!) {\n    previewRegisterImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": types.PreviewRegisterImportDocument,
    "\n  mutation ConfirmRegisterImport($input: ConfirmRegisterImportInput!) {\n    confirmRegisterImport(input: $input) {\n      summary {\n        entity\n        created\n        updated\n        unchanged\n      }\n      ids\n    }\n  }\n": types.ConfirmRegisterImportDocument,
    "\n  query NeedsStatementTemplate($roundId: ID!) {\n    needsStatementTemplate(roundId: $roundId) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.NeedsStatementTemplateDocument,
    "\n  mutation PreviewNeedsStatementImport($input: PreviewNeedsStatementImportInput!) {\n    previewNeedsStatementImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": types.PreviewNeedsStatementImportDocument,
    "\n  mutation ConfirmNeedsStatementImport($input: ConfirmNeedsStatementImportInput!) {\n    confirmNeedsStatementImport(input: $input) {\n      summary {\n        entity\n        created\n        updated\n        unchanged\n      }\n      ids\n    }\n  }\n": types.ConfirmNeedsStatementImportDocument,
    "\n  query RegisterHistory($type: String!, $id: String!) {\n    auditLog(entityType: $type, entityId: $id, first: 50) {\n      edges {\n        node {\n          id\n          action\n          at\n          actorName\n          actorRole\n          reason\n        }\n      }\n    }\n  }\n": types.RegisterHistoryDocument,
    "\n  fragment ReportingRoundFields on Round {\n    id\n    year\n    status\n  }\n": types.ReportingRoundFieldsFragmentDoc,
    "\n  fragment YearGrantFields on YearGrant {\n    year\n    amount\n    owner\n    institution\n    coordinator\n    subjectToAppropriation\n  }\n": types.YearGrantFieldsFragmentDoc,
    "\n  fragment ReportProblemFields on ReportProblem {\n    code\n    path\n    message {\n      nb\n    }\n  }\n": types.ReportProblemFieldsFragmentDoc,
    "\n  fragment FollowUpRowFields on ReportFollowUpRow {\n    title\n    year\n    roundYear\n    state\n    dueDate\n    dueDateSource\n    owed\n    late\n    daysLate\n    spentOwner\n    spentInstitution\n    coordinatorSpent\n    unspent\n    measuresNotCarriedOut\n    goalsNotAchieved\n    grant {\n      ...YearGrantFields\n    }\n    decision {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n    report {\n      id\n      status\n      submittedAt\n    }\n    problems {\n      ...ReportProblemFields\n    }\n  }\n": types.FollowUpRowFieldsFragmentDoc,
    "\n  fragment ReminderFields on ReportReminder {\n    title\n    year\n    state\n    dueDate\n    dueDateSource\n    overdue\n    daysOverdue\n    reviewComment\n    contact {\n      name\n      email\n    }\n    decision {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n  }\n": types.ReminderFieldsFragmentDoc,
    "\n  fragment InstitutionShareFields on InstitutionShareYear {\n    year\n    grants\n    grantedTotal\n    grantedInstitution\n    grantedInstitutionPercent\n    reports\n    reportedGranted\n    reportedSpentTotal\n    reportedSpentInstitution\n    reportedInstitutionPercent\n    falling\n    belowFloor\n    warnings {\n      nb\n    }\n  }\n": types.InstitutionShareFieldsFragmentDoc,
    "\n  fragment PartyAccountsFields on PartyAccounts {\n    party\n    received\n    spent\n    granted\n    unspent\n    lines {\n      id\n      costLine\n      amount\n    }\n  }\n": types.PartyAccountsFieldsFragmentDoc,
    "\n  fragment AnnualReportFields on AnnualReport {\n    id\n    year\n    status\n    version\n    submittedAt\n    submittedBy\n    reviewComment\n    reviewedAt\n    reviewedBy\n    useOfFunds\n    coordinatorUse\n    coordinatorSpent\n    receivedOwner\n    receivedInstitution\n    spentOwner\n    spentInstitution\n    measures {\n      measureId\n      carriedOut\n      description\n    }\n    goals {\n      goalId\n      achievement\n      assessment\n    }\n    accounts {\n      coordinatorSpent\n      owner {\n        ...PartyAccountsFields\n      }\n      institution {\n        ...PartyAccountsFields\n      }\n    }\n    grant {\n      ...YearGrantFields\n    }\n    problems {\n      ...ReportProblemFields\n    }\n    round {\n      ...ReportingRoundFields\n    }\n    partnership {\n      id\n      name\n      institution {\n        id\n        name\n      }\n      owners {\n        id\n        name\n      }\n    }\n    needsStatement {\n      id\n      title\n      sector\n      durationYears\n      goals {\n        longTerm {\n          id\n          text\n        }\n        subGoals {\n          id\n          text\n        }\n      }\n      measures {\n        id\n        kind\n        description\n      }\n      coordinator {\n        requested\n      }\n    }\n    decision {\n      id\n      status\n      annualReports {\n        id\n        year\n        status\n      }\n    }\n  }\n": types.AnnualReportFieldsFragmentDoc,
    "\n  query ReportingRounds {\n    rounds(first: 50, orderBy: { field: YEAR, direction: DESC }) {\n      edges {\n        node {\n          ...ReportingRoundFields\n        }\n      }\n    }\n  }\n": types.ReportingRoundsDocument,
    "\n  query ReportFollowUp($roundId: ID, $year: Int, $asOf: String) {\n    reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {\n      asOf\n      counts {\n        expected\n        reported\n        awaitingReview\n        accepted\n        returned\n        missing\n        late\n        withProblems\n      }\n      money {\n        grantedOwner\n        grantedInstitution\n        reportedGranted\n        spentOwner\n        spentInstitution\n        coordinatorSpent\n      }\n      rows {\n        ...FollowUpRowFields\n      }\n    }\n  }\n": types.ReportFollowUpDocument,
    "\n  query ReportReminders($roundId: ID, $year: Int, $asOf: String, $overdueOnly: Boolean!) {\n    reportReminders(roundId: $roundId, year: $year, asOf: $asOf, overdueOnly: $overdueOnly) {\n      ...ReminderFields\n    }\n  }\n": types.ReportRemindersDocument,
    "\n  query InstitutionShareByYear {\n    institutionShareByYear {\n      ...InstitutionShareFields\n    }\n  }\n": types.InstitutionShareByYearDocument,
    "\n  query AnnualReport($id: ID!) {\n    annualReport(id: $id) {\n      ...AnnualReportFields\n    }\n    costLines {\n      costLine\n      label {\n        nb\n      }\n    }\n  }\n": types.AnnualReportDocument,
    "\n  mutation AcceptAnnualReport($id: ID!, $version: Int!) {\n    acceptAnnualReport(id: $id, version: $version) {\n      ...AnnualReportFields\n    }\n  }\n": types.AcceptAnnualReportDocument,
    "\n  mutation ReturnAnnualReport($id: ID!, $version: Int!, $comment: String!) {\n    returnAnnualReport(id: $id, version: $version, comment: $comment) {\n      ...AnnualReportFields\n    }\n  }\n": types.ReturnAnnualReportDocument,
    "\n  fragment RoundListItemFields on Round {\n    id\n    year\n    status\n  }\n": types.RoundListItemFieldsFragmentDoc,
    "\n  fragment RoundSummaryFields on RoundSummary {\n    statements\n    withdrawn\n    withProblems\n    requestedThisYear\n    committedThisYear\n    freeThisYear\n    bySector {\n      sector\n      statements\n      requestedThisYear\n    }\n    byTheme {\n      sector\n      themeId\n      rank\n      title {\n        nb\n      }\n      statements\n      withdrawn\n      requestedThisYear\n    }\n    byStatus {\n      status\n      statements\n      requestedThisYear\n    }\n  }\n": types.RoundSummaryFieldsFragmentDoc,
    "\n  fragment RoundOverviewFields on Round {\n    id\n    year\n    status\n    frame\n    version\n    allowedActions\n    calendar {\n      id\n      start\n      end\n      label {\n        nb\n      }\n    }\n    summary {\n      ...RoundSummaryFields\n    }\n    commitments(first: 1) {\n      totalCount\n    }\n  }\n": types.RoundOverviewFieldsFragmentDoc,
    "\n  query Rounds {\n    rounds(first: 20, orderBy: { field: YEAR, direction: DESC }) {\n      edges {\n        node {\n          ...RoundListItemFields\n        }\n      }\n      totalCount\n    }\n  }\n": types.RoundsDocument,
    "\n  query RoundOverview($id: ID!) {\n    round(id: $id) {\n      ...RoundOverviewFields\n    }\n  }\n": types.RoundOverviewDocument,
    "\n  query RoundPlan($id: ID!) {\n    round(id: $id) {\n      id\n      planVersion {\n        id\n        versionId\n        plan\n      }\n    }\n  }\n": types.RoundPlanDocument,
    "\n  mutation OpenRound($input: RoundTransitionInput!) {\n    openRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": types.OpenRoundDocument,
    "\n  mutation CloseRound($input: RoundTransitionInput!) {\n    closeRound(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": types.CloseRoundDocument,
    "\n  mutation StartReporting($input: RoundTransitionInput!) {\n    startReporting(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": types.StartReportingDocument,
    "\n  mutation CreateRound($input: CreateRoundInput!) {\n    createRound(input: $input) {\n      ...RoundListItemFields\n    }\n  }\n": types.CreateRoundDocument,
    "\n  mutation SetRoundFrame($input: SetRoundFrameInput!) {\n    setRoundFrame(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n": types.SetRoundFrameDocument,
    "\n  fragment ScenarioSummaryFields on Scenario {\n    id\n    name\n    method\n    cutRule\n    frame\n    committedEarlier\n    grantedNew\n    leftover\n    ranAt\n    ranByName\n    durationMs\n    version\n  }\n": types.ScenarioSummaryFieldsFragmentDoc,
    "\n  fragment ScenarioLineFields on ScenarioLine {\n    id\n    status\n    rank\n    score\n    requestedThisYear\n    engineGrantedThisYear\n    adjustedThisYear\n    grantedThisYear\n    fundedPercent\n    adjustmentReason\n    adjustedBy\n    adjustedAt\n    constraintOverride {\n      constraintIds\n      reason\n    }\n    adjustmentExplanation {\n      nb\n    }\n    breaks\n    clauses\n    explanation {\n      nb\n    }\n    needsStatement {\n      id\n      title\n      sector\n      themeId\n      durationYears\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          ownership\n          municipality {\n            number\n            name\n          }\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ScenarioLineFieldsFragmentDoc,
    "\n  fragment ConstraintGaugeFields on ConstraintGauge {\n    id\n    kind\n    label {\n      nb\n    }\n    amount\n    percent\n    lower\n    upper\n    limitPercent\n    broken\n    warning\n    informational\n    overridden\n    overrideReasons\n    explanation {\n      nb\n    }\n    notes {\n      nb\n    }\n    assumptions {\n      nb\n    }\n    clause\n    clauseTitle {\n      nb\n    }\n  }\n": types.ConstraintGaugeFieldsFragmentDoc,
    "\n  fragment ScenarioReportFields on ScenarioReport {\n    gauges {\n      ...ConstraintGaugeFields\n    }\n    sectors {\n      sector\n      total\n      grantedNew\n      band {\n        lower\n        upper\n      }\n    }\n    leftover {\n      amount\n      reasons {\n        code\n        message {\n          nb\n        }\n      }\n    }\n    institutionsInSeveralPartnerships {\n      orgnr\n      name\n      grantedThisYear\n      partnershipIds\n    }\n  }\n": types.ScenarioReportFieldsFragmentDoc,
    "\n  fragment GroupTotalFields on GroupTotal {\n    key\n    kind\n    sector\n    municipality {\n      number\n      name\n    }\n    owners {\n      id\n      name\n    }\n    statements\n    requestedThisYear\n    grantedThisYear\n  }\n": types.GroupTotalFieldsFragmentDoc,
    "\n  fragment ScenarioTotalsFields on ScenarioTotals {\n    bySector {\n      ...GroupTotalFields\n    }\n    byMunicipality {\n      ...GroupTotalFields\n    }\n    byOwner {\n      ...GroupTotalFields\n    }\n  }\n": types.ScenarioTotalsFieldsFragmentDoc,
    "\n  fragment MethodInfoFields on MethodInfo {\n    method\n    source\n    status\n    gap\n    timeLimitReached\n    timeLimitSeconds\n    durationMs\n    explanation {\n      nb\n    }\n  }\n": types.MethodInfoFieldsFragmentDoc,
    "\n  fragment ConstraintBreachFields on ConstraintBreach {\n    constraintId\n    kind\n    label {\n      nb\n    }\n    description {\n      nb\n    }\n    excess\n    needsStatementIds\n    overridden\n    overrides {\n      needsStatementId\n      reason\n    }\n  }\n": types.ConstraintBreachFieldsFragmentDoc,
    "\n  fragment ScenarioFiguresFields on Scenario {\n    constraintReport {\n      ...ScenarioReportFields\n    }\n    breaches {\n      ...ConstraintBreachFields\n    }\n    totals {\n      ...ScenarioTotalsFields\n    }\n    methodInfo {\n      ...MethodInfoFields\n    }\n  }\n": types.ScenarioFiguresFieldsFragmentDoc,
    "\n  fragment ScenarioRunFields on ScenarioRun {\n    id\n    name\n    method\n    status\n    queuedAt\n    startedAt\n    finishedAt\n    requestedByName\n    errorCode\n    errorMessage\n    scenario {\n      id\n    }\n  }\n": types.ScenarioRunFieldsFragmentDoc,
    "\n  query RoundScenarios($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      planVersion {\n        id\n        plan\n      }\n      scenarios(first: 50) {\n        edges {\n          node {\n            ...ScenarioSummaryFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": types.RoundScenariosDocument,
    "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioSummaryFields\n      inputHash\n      parametersJson\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": types.ScenarioDocument,
    "\n  query ScenarioFigures($id: ID!) {\n    scenario(id: $id) {\n      id\n      ...ScenarioFiguresFields\n    }\n  }\n": types.ScenarioFiguresDocument,
    "\n  mutation RunScenario($input: RunScenarioInput!) {\n    runScenario(input: $input) {\n      ...ScenarioSummaryFields\n    }\n  }\n": types.RunScenarioDocument,
    "\n  mutation AdjustScenarioLine($input: AdjustScenarioLineInput!) {\n    adjustScenarioLine(input: $input) {\n      ...ScenarioSummaryFields\n      ...ScenarioFiguresFields\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n": types.AdjustScenarioLineDocument,
    "\n  query ScenarioAdjustmentPreview($input: ScenarioAdjustmentPreviewInput!) {\n    scenarioAdjustmentPreview(input: $input) {\n      grantedThisYear\n      grantedNew\n      leftover\n      maxWithinFrame\n      requiredOverrides\n      pastFrame {\n        year\n        excess\n      }\n      breaches {\n        ...ConstraintBreachFields\n      }\n      problems {\n        code\n        path\n        field\n        message {\n          nb\n        }\n      }\n    }\n  }\n": types.ScenarioAdjustmentPreviewDocument,
    "\n  query ScenarioRun($id: ID!) {\n    scenarioRun(id: $id) {\n      ...ScenarioRunFields\n    }\n  }\n": types.ScenarioRunDocument,
    "\n  query ActiveScenarioRun($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      activeScenarioRun {\n        ...ScenarioRunFields\n      }\n    }\n  }\n": types.ActiveScenarioRunDocument,
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
export function graphql(source: "\n  fragment ComparisonGroupFields on ComparisonGroup {\n    key\n    kind\n    sector\n    municipality {\n      number\n      name\n    }\n    owners {\n      id\n      name\n    }\n    statements\n    requestedThisYear\n    granted\n    spread\n    differs\n  }\n"): (typeof documents)["\n  fragment ComparisonGroupFields on ComparisonGroup {\n    key\n    kind\n    sector\n    municipality {\n      number\n      name\n    }\n    owners {\n      id\n      name\n    }\n    statements\n    requestedThisYear\n    granted\n    spread\n    differs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparisonRowFields on ComparisonRow {\n    requestedThisYear\n    granted\n    spread\n    needsStatement {\n      id\n      title\n      sector\n      partnership {\n        id\n        name\n      }\n    }\n    lines {\n      id\n      status\n      grantedThisYear\n      adjustmentReason\n      explanation {\n        nb\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComparisonRowFields on ComparisonRow {\n    requestedThisYear\n    granted\n    spread\n    needsStatement {\n      id\n      title\n      sector\n      partnership {\n        id\n        name\n      }\n    }\n    lines {\n      id\n      status\n      grantedThisYear\n      adjustmentReason\n      explanation {\n        nb\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      scenarios {\n        ...ScenarioSummaryFields\n      }\n      bySector {\n        ...ComparisonGroupFields\n      }\n      byMunicipality {\n        ...ComparisonGroupFields\n      }\n      byOwner {\n        ...ComparisonGroupFields\n      }\n      differences {\n        ...ComparisonRowFields\n      }\n      sameInputAsFirst\n    }\n  }\n"): (typeof documents)["\n  query CompareScenarios($ids: [ID!]!) {\n    compareScenarios(ids: $ids) {\n      scenarios {\n        ...ScenarioSummaryFields\n      }\n      bySector {\n        ...ComparisonGroupFields\n      }\n      byMunicipality {\n        ...ComparisonGroupFields\n      }\n      byOwner {\n        ...ComparisonGroupFields\n      }\n      differences {\n        ...ComparisonRowFields\n      }\n      sameInputAsFirst\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ValidationProblemFields on ValidationProblem {\n    code\n    field\n    message {\n      nb\n    }\n  }\n"): (typeof documents)["\n  fragment ValidationProblemFields on ValidationProblem {\n    code\n    field\n    message {\n      nb\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedsStatementRowFields on NeedsStatement {\n    id\n    title\n    sector\n    themeId\n    status\n    durationYears\n    requestedThisYear\n    submittedAt\n    partnership {\n      id\n      name\n    }\n    problems {\n      ...ValidationProblemFields\n    }\n  }\n"): (typeof documents)["\n  fragment NeedsStatementRowFields on NeedsStatement {\n    id\n    title\n    sector\n    themeId\n    status\n    durationYears\n    requestedThisYear\n    submittedAt\n    partnership {\n      id\n      name\n    }\n    problems {\n      ...ValidationProblemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedsStatementDetailFields on NeedsStatement {\n    ...NeedsStatementRowFields\n    round {\n      id\n    }\n    workId\n    themeItemIds\n    notices {\n      code\n      field\n      message {\n        nb\n      }\n    }\n    localNeeds\n    requestedTotal\n    updatedAt\n    withdrawReason\n    version\n    samiPerspectives\n    collectiveLearning\n    teacherEducationFeedback\n    goals {\n      longTerm {\n        id\n        text\n      }\n      subGoals {\n        id\n        text\n      }\n    }\n    measures {\n      id\n      kind\n      description\n      goalIds\n    }\n    budget {\n      year\n      owner\n      institution\n      coordinator\n      total\n    }\n    ownContribution {\n      description\n      amount\n    }\n    coordinator {\n      requested\n      justification\n      conditionIds\n      otherComplexityFactors\n    }\n    continuation {\n      continuesEarlierWork\n    }\n    participants {\n      kindergartenStaff\n      schoolStaff\n      otherServices\n    }\n    contact {\n      name\n      email\n    }\n    partnership {\n      id\n      name\n      otherServices\n      institution {\n        id\n        name\n        kind\n      }\n      owners {\n        id\n        name\n        ownership\n        municipality {\n          number\n          name\n        }\n      }\n    }\n    decision {\n      id\n      status\n      grantedThisYear\n    }\n  }\n"): (typeof documents)["\n  fragment NeedsStatementDetailFields on NeedsStatement {\n    ...NeedsStatementRowFields\n    round {\n      id\n    }\n    workId\n    themeItemIds\n    notices {\n      code\n      field\n      message {\n        nb\n      }\n    }\n    localNeeds\n    requestedTotal\n    updatedAt\n    withdrawReason\n    version\n    samiPerspectives\n    collectiveLearning\n    teacherEducationFeedback\n    goals {\n      longTerm {\n        id\n        text\n      }\n      subGoals {\n        id\n        text\n      }\n    }\n    measures {\n      id\n      kind\n      description\n      goalIds\n    }\n    budget {\n      year\n      owner\n      institution\n      coordinator\n      total\n    }\n    ownContribution {\n      description\n      amount\n    }\n    coordinator {\n      requested\n      justification\n      conditionIds\n      otherComplexityFactors\n    }\n    continuation {\n      continuesEarlierWork\n    }\n    participants {\n      kindergartenStaff\n      schoolStaff\n      otherServices\n    }\n    contact {\n      name\n      email\n    }\n    partnership {\n      id\n      name\n      otherServices\n      institution {\n        id\n        name\n        kind\n      }\n      owners {\n        id\n        name\n        ownership\n        municipality {\n          number\n          name\n        }\n      }\n    }\n    decision {\n      id\n      status\n      grantedThisYear\n    }\n  }\n"];
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
export function graphql(source: "\n  query RoundProposal($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      proposals(first: 20) {\n        edges {\n          node {\n            ...ProposalFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundProposal($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      proposals(first: 20) {\n        edges {\n          node {\n            ...ProposalFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundDecisions($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      decisions(first: 200) {\n        edges {\n          node {\n            ...DecisionFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundDecisions($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      decisions(first: 200) {\n        edges {\n          node {\n            ...DecisionFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ProposalScenario($id: ID!) {\n    proposal(id: $id) {\n      id\n      scenario {\n        ...ScenarioSummaryFields\n        lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n          edges {\n            node {\n              ...ScenarioLineFields\n            }\n          }\n          totalCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalScenario($id: ID!) {\n    proposal(id: $id) {\n      id\n      scenario {\n        ...ScenarioSummaryFields\n        lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n          edges {\n            node {\n              ...ScenarioLineFields\n            }\n          }\n          totalCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalScenarioFigures($id: ID!) {\n    proposal(id: $id) {\n      id\n      scenario {\n        id\n        ...ScenarioFiguresFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalScenarioFigures($id: ID!) {\n    proposal(id: $id) {\n      id\n      scenario {\n        id\n        ...ScenarioFiguresFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnerRowFields on Owner {\n    id\n    orgnr\n    name\n    ownership\n    municipality {\n      number\n      name\n    }\n    participationYears\n    unitCount\n    archivedAt\n    version\n  }\n"): (typeof documents)["\n  fragment OwnerRowFields on Owner {\n    id\n    orgnr\n    name\n    ownership\n    municipality {\n      number\n      name\n    }\n    participationYears\n    unitCount\n    archivedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitRowFields on Unit {\n    id\n    name\n    kind\n    registerId\n    archivedAt\n    version\n  }\n"): (typeof documents)["\n  fragment UnitRowFields on Unit {\n    id\n    name\n    kind\n    registerId\n    archivedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstitutionRowFields on Institution {\n    id\n    orgnr\n    name\n    kind\n    archivedAt\n    version\n  }\n"): (typeof documents)["\n  fragment InstitutionRowFields on Institution {\n    id\n    orgnr\n    name\n    kind\n    archivedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnershipRowFields on Partnership {\n    id\n    name\n    institution {\n      id\n      name\n    }\n    owners {\n      id\n      name\n      orgnr\n    }\n    otherServices\n    contactPersons {\n      name\n      role\n      email\n      phone\n    }\n    archivedAt\n    version\n  }\n"): (typeof documents)["\n  fragment PartnershipRowFields on Partnership {\n    id\n    name\n    institution {\n      id\n      name\n    }\n    owners {\n      id\n      name\n      orgnr\n    }\n    otherServices\n    contactPersons {\n      name\n      role\n      email\n      phone\n    }\n    archivedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureRowFields on SectorIndicator {\n    id\n    indicatorId\n    sector\n    year\n    value\n    source\n    version\n    municipality {\n      number\n      name\n    }\n    owner {\n      id\n      name\n      orgnr\n    }\n  }\n"): (typeof documents)["\n  fragment FigureRowFields on SectorIndicator {\n    id\n    indicatorId\n    sector\n    year\n    value\n    source\n    version\n    municipality {\n      number\n      name\n    }\n    owner {\n      id\n      name\n      orgnr\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EarlierCommitmentFields on Commitment {\n    id\n    partnership {\n      id\n      name\n    }\n    workId\n    sector\n    durationYears\n    grantedYear\n    year\n    amount\n    owner\n    institution\n    coordinator\n    version\n  }\n"): (typeof documents)["\n  fragment EarlierCommitmentFields on Commitment {\n    id\n    partnership {\n      id\n      name\n    }\n    workId\n    sector\n    durationYears\n    grantedYear\n    year\n    amount\n    owner\n    institution\n    coordinator\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportPreviewFields on ImportPreview {\n    rows\n    canConfirm\n    fingerprint\n    summary {\n      entity\n      created\n      updated\n      unchanged\n    }\n    problems {\n      file\n      row\n      column\n      code\n      message {\n        nb\n      }\n    }\n    statements {\n      fileName\n      title\n      partnershipName\n      sector\n      requestedTotal\n    }\n  }\n"): (typeof documents)["\n  fragment ImportPreviewFields on ImportPreview {\n    rows\n    canConfirm\n    fingerprint\n    summary {\n      entity\n      created\n      updated\n      unchanged\n    }\n    problems {\n      file\n      row\n      column\n      code\n      message {\n        nb\n      }\n    }\n    statements {\n      fileName\n      title\n      partnershipName\n      sector\n      requestedTotal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterOwners($first: Int, $after: String, $search: String, $archived: Boolean) {\n    owners(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OwnerRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterOwners($first: Int, $after: String, $search: String, $archived: Boolean) {\n    owners(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OwnerRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterOwner($id: ID!) {\n    owner(id: $id) {\n      ...OwnerRowFields\n      units {\n        ...UnitRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterOwner($id: ID!) {\n    owner(id: $id) {\n      ...OwnerRowFields\n      units {\n        ...UnitRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterMunicipalities {\n    municipalities {\n      id\n      number\n      name\n    }\n  }\n"): (typeof documents)["\n  query RegisterMunicipalities {\n    municipalities {\n      id\n      number\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterInstitutions($first: Int, $after: String, $search: String, $archived: Boolean) {\n    institutions(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InstitutionRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterInstitutions($first: Int, $after: String, $search: String, $archived: Boolean) {\n    institutions(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InstitutionRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterPartnerships($first: Int, $after: String, $search: String, $archived: Boolean) {\n    partnerships(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnershipRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterPartnerships($first: Int, $after: String, $search: String, $archived: Boolean) {\n    partnerships(first: $first, after: $after, search: $search, archived: $archived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnershipRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterOwnerOptions($search: String) {\n    owners(first: 30, search: $search, archived: false) {\n      edges {\n        node {\n          id\n          name\n          orgnr\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterOwnerOptions($search: String) {\n    owners(first: 30, search: $search, archived: false) {\n      edges {\n        node {\n          id\n          name\n          orgnr\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterChoices {\n    institutions(first: 200, archived: false) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    partnerships(first: 200, archived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    knowledgeBaseIndicators {\n      id\n      kind\n      label {\n        nb\n      }\n    }\n    municipalities {\n      id\n      number\n      name\n    }\n  }\n"): (typeof documents)["\n  query RegisterChoices {\n    institutions(first: 200, archived: false) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    partnerships(first: 200, archived: false) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    knowledgeBaseIndicators {\n      id\n      kind\n      label {\n        nb\n      }\n    }\n    municipalities {\n      id\n      number\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorFigures(\n    $first: Int\n    $after: String\n    $indicatorId: String\n    $year: Int\n    $municipalityNumber: String\n  ) {\n    indicatorFigures(\n      first: $first\n      after: $after\n      indicatorId: $indicatorId\n      year: $year\n      municipalityNumber: $municipalityNumber\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FigureRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorFigures(\n    $first: Int\n    $after: String\n    $indicatorId: String\n    $year: Int\n    $municipalityNumber: String\n  ) {\n    indicatorFigures(\n      first: $first\n      after: $after\n      indicatorId: $indicatorId\n      year: $year\n      municipalityNumber: $municipalityNumber\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FigureRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarlierCommitments($first: Int, $after: String) {\n    earlierCommitments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EarlierCommitmentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EarlierCommitments($first: Int, $after: String) {\n    earlierCommitments(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EarlierCommitmentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOwner($input: CreateOwnerInput!) {\n    createOwner(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOwner($input: CreateOwnerInput!) {\n    createOwner(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOwner($input: UpdateOwnerInput!) {\n    updateOwner(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOwner($input: UpdateOwnerInput!) {\n    updateOwner(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOwnerArchived($input: SetArchivedInput!) {\n    setOwnerArchived(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetOwnerArchived($input: SetArchivedInput!) {\n    setOwnerArchived(input: $input) {\n      ...OwnerRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOwner($id: ID!) {\n    deleteOwner(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOwner($id: ID!) {\n    deleteOwner(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      ...UnitRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUnitArchived($input: SetArchivedInput!) {\n    setUnitArchived(input: $input) {\n      ...UnitRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUnitArchived($input: SetArchivedInput!) {\n    setUnitArchived(input: $input) {\n      ...UnitRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInstitution($input: CreateInstitutionInput!) {\n    createInstitution(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInstitution($input: CreateInstitutionInput!) {\n    createInstitution(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInstitution($input: UpdateInstitutionInput!) {\n    updateInstitution(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInstitution($input: UpdateInstitutionInput!) {\n    updateInstitution(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInstitutionArchived($input: SetArchivedInput!) {\n    setInstitutionArchived(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetInstitutionArchived($input: SetArchivedInput!) {\n    setInstitutionArchived(input: $input) {\n      ...InstitutionRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInstitution($id: ID!) {\n    deleteInstitution(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteInstitution($id: ID!) {\n    deleteInstitution(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnershipArchived($input: SetArchivedInput!) {\n    setPartnershipArchived(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetPartnershipArchived($input: SetArchivedInput!) {\n    setPartnershipArchived(input: $input) {\n      ...PartnershipRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePartnership($id: ID!) {\n    deletePartnership(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePartnership($id: ID!) {\n    deletePartnership(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicatorFigure($input: CreateIndicatorFigureInput!) {\n    createIndicatorFigure(input: $input) {\n      ...FigureRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicatorFigure($input: CreateIndicatorFigureInput!) {\n    createIndicatorFigure(input: $input) {\n      ...FigureRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicatorFigure($input: UpdateIndicatorFigureInput!) {\n    updateIndicatorFigure(input: $input) {\n      ...FigureRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicatorFigure($input: UpdateIndicatorFigureInput!) {\n    updateIndicatorFigure(input: $input) {\n      ...FigureRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIndicatorFigure($id: ID!) {\n    deleteIndicatorFigure(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteIndicatorFigure($id: ID!) {\n    deleteIndicatorFigure(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEarlierCommitment($input: CreateEarlierCommitmentInput!) {\n    createEarlierCommitment(input: $input) {\n      ...EarlierCommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEarlierCommitment($input: CreateEarlierCommitmentInput!) {\n    createEarlierCommitment(input: $input) {\n      ...EarlierCommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEarlierCommitment($input: UpdateEarlierCommitmentInput!) {\n    updateEarlierCommitment(input: $input) {\n      ...EarlierCommitmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEarlierCommitment($input: UpdateEarlierCommitmentInput!) {\n    updateEarlierCommitment(input: $input) {\n      ...EarlierCommitmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEarlierCommitment($id: ID!) {\n    deleteEarlierCommitment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteEarlierCommitment($id: ID!) {\n    deleteEarlierCommitment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewRegisterImport($input: PreviewRegisterImportInput!) {\n    previewRegisterImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewRegisterImport($input: PreviewRegisterImportInput!) {\n    previewRegisterImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmRegisterImport($input: ConfirmRegisterImportInput!) {\n    confirmRegisterImport(input: $input) {\n      summary {\n        entity\n        created\n        updated\n        unchanged\n      }\n      ids\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmRegisterImport($input: ConfirmRegisterImportInput!) {\n    confirmRegisterImport(input: $input) {\n      summary {\n        entity\n        created\n        updated\n        unchanged\n      }\n      ids\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsStatementTemplate($roundId: ID!) {\n    needsStatementTemplate(roundId: $roundId) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query NeedsStatementTemplate($roundId: ID!) {\n    needsStatementTemplate(roundId: $roundId) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewNeedsStatementImport($input: PreviewNeedsStatementImportInput!) {\n    previewNeedsStatementImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewNeedsStatementImport($input: PreviewNeedsStatementImportInput!) {\n    previewNeedsStatementImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmNeedsStatementImport($input: ConfirmNeedsStatementImportInput!) {\n    confirmNeedsStatementImport(input: $input) {\n      summary {\n        entity\n        created\n        updated\n        unchanged\n      }\n      ids\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmNeedsStatementImport($input: ConfirmNeedsStatementImportInput!) {\n    confirmNeedsStatementImport(input: $input) {\n      summary {\n        entity\n        created\n        updated\n        unchanged\n      }\n      ids\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterHistory($type: String!, $id: String!) {\n    auditLog(entityType: $type, entityId: $id, first: 50) {\n      edges {\n        node {\n          id\n          action\n          at\n          actorName\n          actorRole\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterHistory($type: String!, $id: String!) {\n    auditLog(entityType: $type, entityId: $id, first: 50) {\n      edges {\n        node {\n          id\n          action\n          at\n          actorName\n          actorRole\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportingRoundFields on Round {\n    id\n    year\n    status\n  }\n"): (typeof documents)["\n  fragment ReportingRoundFields on Round {\n    id\n    year\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearGrantFields on YearGrant {\n    year\n    amount\n    owner\n    institution\n    coordinator\n    subjectToAppropriation\n  }\n"): (typeof documents)["\n  fragment YearGrantFields on YearGrant {\n    year\n    amount\n    owner\n    institution\n    coordinator\n    subjectToAppropriation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportProblemFields on ReportProblem {\n    code\n    path\n    message {\n      nb\n    }\n  }\n"): (typeof documents)["\n  fragment ReportProblemFields on ReportProblem {\n    code\n    path\n    message {\n      nb\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpRowFields on ReportFollowUpRow {\n    title\n    year\n    roundYear\n    state\n    dueDate\n    dueDateSource\n    owed\n    late\n    daysLate\n    spentOwner\n    spentInstitution\n    coordinatorSpent\n    unspent\n    measuresNotCarriedOut\n    goalsNotAchieved\n    grant {\n      ...YearGrantFields\n    }\n    decision {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n    report {\n      id\n      status\n      submittedAt\n    }\n    problems {\n      ...ReportProblemFields\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpRowFields on ReportFollowUpRow {\n    title\n    year\n    roundYear\n    state\n    dueDate\n    dueDateSource\n    owed\n    late\n    daysLate\n    spentOwner\n    spentInstitution\n    coordinatorSpent\n    unspent\n    measuresNotCarriedOut\n    goalsNotAchieved\n    grant {\n      ...YearGrantFields\n    }\n    decision {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n    report {\n      id\n      status\n      submittedAt\n    }\n    problems {\n      ...ReportProblemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReminderFields on ReportReminder {\n    title\n    year\n    state\n    dueDate\n    dueDateSource\n    overdue\n    daysOverdue\n    reviewComment\n    contact {\n      name\n      email\n    }\n    decision {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReminderFields on ReportReminder {\n    title\n    year\n    state\n    dueDate\n    dueDateSource\n    overdue\n    daysOverdue\n    reviewComment\n    contact {\n      name\n      email\n    }\n    decision {\n      id\n    }\n    partnership {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstitutionShareFields on InstitutionShareYear {\n    year\n    grants\n    grantedTotal\n    grantedInstitution\n    grantedInstitutionPercent\n    reports\n    reportedGranted\n    reportedSpentTotal\n    reportedSpentInstitution\n    reportedInstitutionPercent\n    falling\n    belowFloor\n    warnings {\n      nb\n    }\n  }\n"): (typeof documents)["\n  fragment InstitutionShareFields on InstitutionShareYear {\n    year\n    grants\n    grantedTotal\n    grantedInstitution\n    grantedInstitutionPercent\n    reports\n    reportedGranted\n    reportedSpentTotal\n    reportedSpentInstitution\n    reportedInstitutionPercent\n    falling\n    belowFloor\n    warnings {\n      nb\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartyAccountsFields on PartyAccounts {\n    party\n    received\n    spent\n    granted\n    unspent\n    lines {\n      id\n      costLine\n      amount\n    }\n  }\n"): (typeof documents)["\n  fragment PartyAccountsFields on PartyAccounts {\n    party\n    received\n    spent\n    granted\n    unspent\n    lines {\n      id\n      costLine\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnualReportFields on AnnualReport {\n    id\n    year\n    status\n    version\n    submittedAt\n    submittedBy\n    reviewComment\n    reviewedAt\n    reviewedBy\n    useOfFunds\n    coordinatorUse\n    coordinatorSpent\n    receivedOwner\n    receivedInstitution\n    spentOwner\n    spentInstitution\n    measures {\n      measureId\n      carriedOut\n      description\n    }\n    goals {\n      goalId\n      achievement\n      assessment\n    }\n    accounts {\n      coordinatorSpent\n      owner {\n        ...PartyAccountsFields\n      }\n      institution {\n        ...PartyAccountsFields\n      }\n    }\n    grant {\n      ...YearGrantFields\n    }\n    problems {\n      ...ReportProblemFields\n    }\n    round {\n      ...ReportingRoundFields\n    }\n    partnership {\n      id\n      name\n      institution {\n        id\n        name\n      }\n      owners {\n        id\n        name\n      }\n    }\n    needsStatement {\n      id\n      title\n      sector\n      durationYears\n      goals {\n        longTerm {\n          id\n          text\n        }\n        subGoals {\n          id\n          text\n        }\n      }\n      measures {\n        id\n        kind\n        description\n      }\n      coordinator {\n        requested\n      }\n    }\n    decision {\n      id\n      status\n      annualReports {\n        id\n        year\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AnnualReportFields on AnnualReport {\n    id\n    year\n    status\n    version\n    submittedAt\n    submittedBy\n    reviewComment\n    reviewedAt\n    reviewedBy\n    useOfFunds\n    coordinatorUse\n    coordinatorSpent\n    receivedOwner\n    receivedInstitution\n    spentOwner\n    spentInstitution\n    measures {\n      measureId\n      carriedOut\n      description\n    }\n    goals {\n      goalId\n      achievement\n      assessment\n    }\n    accounts {\n      coordinatorSpent\n      owner {\n        ...PartyAccountsFields\n      }\n      institution {\n        ...PartyAccountsFields\n      }\n    }\n    grant {\n      ...YearGrantFields\n    }\n    problems {\n      ...ReportProblemFields\n    }\n    round {\n      ...ReportingRoundFields\n    }\n    partnership {\n      id\n      name\n      institution {\n        id\n        name\n      }\n      owners {\n        id\n        name\n      }\n    }\n    needsStatement {\n      id\n      title\n      sector\n      durationYears\n      goals {\n        longTerm {\n          id\n          text\n        }\n        subGoals {\n          id\n          text\n        }\n      }\n      measures {\n        id\n        kind\n        description\n      }\n      coordinator {\n        requested\n      }\n    }\n    decision {\n      id\n      status\n      annualReports {\n        id\n        year\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingRounds {\n    rounds(first: 50, orderBy: { field: YEAR, direction: DESC }) {\n      edges {\n        node {\n          ...ReportingRoundFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingRounds {\n    rounds(first: 50, orderBy: { field: YEAR, direction: DESC }) {\n      edges {\n        node {\n          ...ReportingRoundFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFollowUp($roundId: ID, $year: Int, $asOf: String) {\n    reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {\n      asOf\n      counts {\n        expected\n        reported\n        awaitingReview\n        accepted\n        returned\n        missing\n        late\n        withProblems\n      }\n      money {\n        grantedOwner\n        grantedInstitution\n        reportedGranted\n        spentOwner\n        spentInstitution\n        coordinatorSpent\n      }\n      rows {\n        ...FollowUpRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportFollowUp($roundId: ID, $year: Int, $asOf: String) {\n    reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {\n      asOf\n      counts {\n        expected\n        reported\n        awaitingReview\n        accepted\n        returned\n        missing\n        late\n        withProblems\n      }\n      money {\n        grantedOwner\n        grantedInstitution\n        reportedGranted\n        spentOwner\n        spentInstitution\n        coordinatorSpent\n      }\n      rows {\n        ...FollowUpRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportReminders($roundId: ID, $year: Int, $asOf: String, $overdueOnly: Boolean!) {\n    reportReminders(roundId: $roundId, year: $year, asOf: $asOf, overdueOnly: $overdueOnly) {\n      ...ReminderFields\n    }\n  }\n"): (typeof documents)["\n  query ReportReminders($roundId: ID, $year: Int, $asOf: String, $overdueOnly: Boolean!) {\n    reportReminders(roundId: $roundId, year: $year, asOf: $asOf, overdueOnly: $overdueOnly) {\n      ...ReminderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionShareByYear {\n    institutionShareByYear {\n      ...InstitutionShareFields\n    }\n  }\n"): (typeof documents)["\n  query InstitutionShareByYear {\n    institutionShareByYear {\n      ...InstitutionShareFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualReport($id: ID!) {\n    annualReport(id: $id) {\n      ...AnnualReportFields\n    }\n    costLines {\n      costLine\n      label {\n        nb\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnualReport($id: ID!) {\n    annualReport(id: $id) {\n      ...AnnualReportFields\n    }\n    costLines {\n      costLine\n      label {\n        nb\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnnualReport($id: ID!, $version: Int!) {\n    acceptAnnualReport(id: $id, version: $version) {\n      ...AnnualReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnnualReport($id: ID!, $version: Int!) {\n    acceptAnnualReport(id: $id, version: $version) {\n      ...AnnualReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnAnnualReport($id: ID!, $version: Int!, $comment: String!) {\n    returnAnnualReport(id: $id, version: $version, comment: $comment) {\n      ...AnnualReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnAnnualReport($id: ID!, $version: Int!, $comment: String!) {\n    returnAnnualReport(id: $id, version: $version, comment: $comment) {\n      ...AnnualReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundListItemFields on Round {\n    id\n    year\n    status\n  }\n"): (typeof documents)["\n  fragment RoundListItemFields on Round {\n    id\n    year\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundSummaryFields on RoundSummary {\n    statements\n    withdrawn\n    withProblems\n    requestedThisYear\n    committedThisYear\n    freeThisYear\n    bySector {\n      sector\n      statements\n      requestedThisYear\n    }\n    byTheme {\n      sector\n      themeId\n      rank\n      title {\n        nb\n      }\n      statements\n      withdrawn\n      requestedThisYear\n    }\n    byStatus {\n      status\n      statements\n      requestedThisYear\n    }\n  }\n"): (typeof documents)["\n  fragment RoundSummaryFields on RoundSummary {\n    statements\n    withdrawn\n    withProblems\n    requestedThisYear\n    committedThisYear\n    freeThisYear\n    bySector {\n      sector\n      statements\n      requestedThisYear\n    }\n    byTheme {\n      sector\n      themeId\n      rank\n      title {\n        nb\n      }\n      statements\n      withdrawn\n      requestedThisYear\n    }\n    byStatus {\n      status\n      statements\n      requestedThisYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundOverviewFields on Round {\n    id\n    year\n    status\n    frame\n    version\n    allowedActions\n    calendar {\n      id\n      start\n      end\n      label {\n        nb\n      }\n    }\n    summary {\n      ...RoundSummaryFields\n    }\n    commitments(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment RoundOverviewFields on Round {\n    id\n    year\n    status\n    frame\n    version\n    allowedActions\n    calendar {\n      id\n      start\n      end\n      label {\n        nb\n      }\n    }\n    summary {\n      ...RoundSummaryFields\n    }\n    commitments(first: 1) {\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateRound($input: CreateRoundInput!) {\n    createRound(input: $input) {\n      ...RoundListItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRound($input: CreateRoundInput!) {\n    createRound(input: $input) {\n      ...RoundListItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoundFrame($input: SetRoundFrameInput!) {\n    setRoundFrame(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoundFrame($input: SetRoundFrameInput!) {\n    setRoundFrame(input: $input) {\n      ...RoundOverviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioSummaryFields on Scenario {\n    id\n    name\n    method\n    cutRule\n    frame\n    committedEarlier\n    grantedNew\n    leftover\n    ranAt\n    ranByName\n    durationMs\n    version\n  }\n"): (typeof documents)["\n  fragment ScenarioSummaryFields on Scenario {\n    id\n    name\n    method\n    cutRule\n    frame\n    committedEarlier\n    grantedNew\n    leftover\n    ranAt\n    ranByName\n    durationMs\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioLineFields on ScenarioLine {\n    id\n    status\n    rank\n    score\n    requestedThisYear\n    engineGrantedThisYear\n    adjustedThisYear\n    grantedThisYear\n    fundedPercent\n    adjustmentReason\n    adjustedBy\n    adjustedAt\n    constraintOverride {\n      constraintIds\n      reason\n    }\n    adjustmentExplanation {\n      nb\n    }\n    breaks\n    clauses\n    explanation {\n      nb\n    }\n    needsStatement {\n      id\n      title\n      sector\n      themeId\n      durationYears\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          ownership\n          municipality {\n            number\n            name\n          }\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ScenarioLineFields on ScenarioLine {\n    id\n    status\n    rank\n    score\n    requestedThisYear\n    engineGrantedThisYear\n    adjustedThisYear\n    grantedThisYear\n    fundedPercent\n    adjustmentReason\n    adjustedBy\n    adjustedAt\n    constraintOverride {\n      constraintIds\n      reason\n    }\n    adjustmentExplanation {\n      nb\n    }\n    breaks\n    clauses\n    explanation {\n      nb\n    }\n    needsStatement {\n      id\n      title\n      sector\n      themeId\n      durationYears\n      partnership {\n        id\n        name\n        owners {\n          id\n          name\n          ownership\n          municipality {\n            number\n            name\n          }\n        }\n        institution {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConstraintGaugeFields on ConstraintGauge {\n    id\n    kind\n    label {\n      nb\n    }\n    amount\n    percent\n    lower\n    upper\n    limitPercent\n    broken\n    warning\n    informational\n    overridden\n    overrideReasons\n    explanation {\n      nb\n    }\n    notes {\n      nb\n    }\n    assumptions {\n      nb\n    }\n    clause\n    clauseTitle {\n      nb\n    }\n  }\n"): (typeof documents)["\n  fragment ConstraintGaugeFields on ConstraintGauge {\n    id\n    kind\n    label {\n      nb\n    }\n    amount\n    percent\n    lower\n    upper\n    limitPercent\n    broken\n    warning\n    informational\n    overridden\n    overrideReasons\n    explanation {\n      nb\n    }\n    notes {\n      nb\n    }\n    assumptions {\n      nb\n    }\n    clause\n    clauseTitle {\n      nb\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioReportFields on ScenarioReport {\n    gauges {\n      ...ConstraintGaugeFields\n    }\n    sectors {\n      sector\n      total\n      grantedNew\n      band {\n        lower\n        upper\n      }\n    }\n    leftover {\n      amount\n      reasons {\n        code\n        message {\n          nb\n        }\n      }\n    }\n    institutionsInSeveralPartnerships {\n      orgnr\n      name\n      grantedThisYear\n      partnershipIds\n    }\n  }\n"): (typeof documents)["\n  fragment ScenarioReportFields on ScenarioReport {\n    gauges {\n      ...ConstraintGaugeFields\n    }\n    sectors {\n      sector\n      total\n      grantedNew\n      band {\n        lower\n        upper\n      }\n    }\n    leftover {\n      amount\n      reasons {\n        code\n        message {\n          nb\n        }\n      }\n    }\n    institutionsInSeveralPartnerships {\n      orgnr\n      name\n      grantedThisYear\n      partnershipIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupTotalFields on GroupTotal {\n    key\n    kind\n    sector\n    municipality {\n      number\n      name\n    }\n    owners {\n      id\n      name\n    }\n    statements\n    requestedThisYear\n    grantedThisYear\n  }\n"): (typeof documents)["\n  fragment GroupTotalFields on GroupTotal {\n    key\n    kind\n    sector\n    municipality {\n      number\n      name\n    }\n    owners {\n      id\n      name\n    }\n    statements\n    requestedThisYear\n    grantedThisYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioTotalsFields on ScenarioTotals {\n    bySector {\n      ...GroupTotalFields\n    }\n    byMunicipality {\n      ...GroupTotalFields\n    }\n    byOwner {\n      ...GroupTotalFields\n    }\n  }\n"): (typeof documents)["\n  fragment ScenarioTotalsFields on ScenarioTotals {\n    bySector {\n      ...GroupTotalFields\n    }\n    byMunicipality {\n      ...GroupTotalFields\n    }\n    byOwner {\n      ...GroupTotalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MethodInfoFields on MethodInfo {\n    method\n    source\n    status\n    gap\n    timeLimitReached\n    timeLimitSeconds\n    durationMs\n    explanation {\n      nb\n    }\n  }\n"): (typeof documents)["\n  fragment MethodInfoFields on MethodInfo {\n    method\n    source\n    status\n    gap\n    timeLimitReached\n    timeLimitSeconds\n    durationMs\n    explanation {\n      nb\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConstraintBreachFields on ConstraintBreach {\n    constraintId\n    kind\n    label {\n      nb\n    }\n    description {\n      nb\n    }\n    excess\n    needsStatementIds\n    overridden\n    overrides {\n      needsStatementId\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ConstraintBreachFields on ConstraintBreach {\n    constraintId\n    kind\n    label {\n      nb\n    }\n    description {\n      nb\n    }\n    excess\n    needsStatementIds\n    overridden\n    overrides {\n      needsStatementId\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioFiguresFields on Scenario {\n    constraintReport {\n      ...ScenarioReportFields\n    }\n    breaches {\n      ...ConstraintBreachFields\n    }\n    totals {\n      ...ScenarioTotalsFields\n    }\n    methodInfo {\n      ...MethodInfoFields\n    }\n  }\n"): (typeof documents)["\n  fragment ScenarioFiguresFields on Scenario {\n    constraintReport {\n      ...ScenarioReportFields\n    }\n    breaches {\n      ...ConstraintBreachFields\n    }\n    totals {\n      ...ScenarioTotalsFields\n    }\n    methodInfo {\n      ...MethodInfoFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioRunFields on ScenarioRun {\n    id\n    name\n    method\n    status\n    queuedAt\n    startedAt\n    finishedAt\n    requestedByName\n    errorCode\n    errorMessage\n    scenario {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ScenarioRunFields on ScenarioRun {\n    id\n    name\n    method\n    status\n    queuedAt\n    startedAt\n    finishedAt\n    requestedByName\n    errorCode\n    errorMessage\n    scenario {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundScenarios($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      planVersion {\n        id\n        plan\n      }\n      scenarios(first: 50) {\n        edges {\n          node {\n            ...ScenarioSummaryFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoundScenarios($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      year\n      status\n      version\n      planVersion {\n        id\n        plan\n      }\n      scenarios(first: 50) {\n        edges {\n          node {\n            ...ScenarioSummaryFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioSummaryFields\n      inputHash\n      parametersJson\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Scenario($id: ID!) {\n    scenario(id: $id) {\n      ...ScenarioSummaryFields\n      inputHash\n      parametersJson\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioFigures($id: ID!) {\n    scenario(id: $id) {\n      id\n      ...ScenarioFiguresFields\n    }\n  }\n"): (typeof documents)["\n  query ScenarioFigures($id: ID!) {\n    scenario(id: $id) {\n      id\n      ...ScenarioFiguresFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunScenario($input: RunScenarioInput!) {\n    runScenario(input: $input) {\n      ...ScenarioSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RunScenario($input: RunScenarioInput!) {\n    runScenario(input: $input) {\n      ...ScenarioSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustScenarioLine($input: AdjustScenarioLineInput!) {\n    adjustScenarioLine(input: $input) {\n      ...ScenarioSummaryFields\n      ...ScenarioFiguresFields\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustScenarioLine($input: AdjustScenarioLineInput!) {\n    adjustScenarioLine(input: $input) {\n      ...ScenarioSummaryFields\n      ...ScenarioFiguresFields\n      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {\n        edges {\n          node {\n            ...ScenarioLineFields\n          }\n        }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioAdjustmentPreview($input: ScenarioAdjustmentPreviewInput!) {\n    scenarioAdjustmentPreview(input: $input) {\n      grantedThisYear\n      grantedNew\n      leftover\n      maxWithinFrame\n      requiredOverrides\n      pastFrame {\n        year\n        excess\n      }\n      breaches {\n        ...ConstraintBreachFields\n      }\n      problems {\n        code\n        path\n        field\n        message {\n          nb\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScenarioAdjustmentPreview($input: ScenarioAdjustmentPreviewInput!) {\n    scenarioAdjustmentPreview(input: $input) {\n      grantedThisYear\n      grantedNew\n      leftover\n      maxWithinFrame\n      requiredOverrides\n      pastFrame {\n        year\n        excess\n      }\n      breaches {\n        ...ConstraintBreachFields\n      }\n      problems {\n        code\n        path\n        field\n        message {\n          nb\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioRun($id: ID!) {\n    scenarioRun(id: $id) {\n      ...ScenarioRunFields\n    }\n  }\n"): (typeof documents)["\n  query ScenarioRun($id: ID!) {\n    scenarioRun(id: $id) {\n      ...ScenarioRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveScenarioRun($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      activeScenarioRun {\n        ...ScenarioRunFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActiveScenarioRun($roundId: ID!) {\n    round(id: $roundId) {\n      id\n      activeScenarioRun {\n        ...ScenarioRunFields\n      }\n    }\n  }\n"];
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