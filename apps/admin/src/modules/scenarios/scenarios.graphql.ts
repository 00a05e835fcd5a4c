import { graphql } from '../../gql/index.js';

export const ScenarioSummaryFieldsFragment = graphql(`
  fragment ScenarioSummaryFields on Scenario {
    id
    name
    method
    cutRule
    marginalTier
    frame
    committedEarlier
    grantedNew
    leftover
    ranAt
    ranByName
    durationMs
    version
  }
`);

export const ScenarioLineFieldsFragment = graphql(`
  fragment ScenarioLineFields on ScenarioLine {
    id
    status
    rank
    score
    requestedThisYear
    engineGrantedThisYear
    adjustedThisYear
    grantedThisYear
    fundedPercent
    adjustmentReason
    adjustedByName
    adjustedAt
    constraintOverride {
      constraintIds
      reason
    }
    adjustmentExplanation {
      nb
    }
    breaks
    clauses
    explanation {
      nb
    }
    needsStatement {
      id
      title
      sector
      themeId
      durationYears
      partnership {
        id
        name
        owners {
          id
          name
          ownership
          municipality {
            number
            name
          }
        }
        institution {
          id
          name
        }
      }
    }
  }
`);

export const ConstraintGaugeFieldsFragment = graphql(`
  fragment ConstraintGaugeFields on ConstraintGauge {
    id
    kind
    label {
      nb
    }
    amount
    percent
    lower
    upper
    limitPercent
    broken
    warning
    informational
    overridden
    overrideReasons
    explanation {
      nb
    }
    notes {
      nb
    }
    assumptions {
      nb
    }
    clause
    clauseTitle {
      nb
    }
  }
`);

export const ScenarioReportFieldsFragment = graphql(`
  fragment ScenarioReportFields on ScenarioReport {
    gauges {
      ...ConstraintGaugeFields
    }
    sectors {
      sector
      total
      grantedNew
      band {
        lower
        upper
      }
    }
    leftover {
      amount
      reasons {
        code
        message {
          nb
        }
      }
    }
    institutionsInSeveralPartnerships {
      orgnr
      name
      grantedThisYear
      partnershipIds
    }
  }
`);

export const GroupTotalFieldsFragment = graphql(`
  fragment GroupTotalFields on GroupTotal {
    key
    kind
    sector
    municipality {
      number
      name
    }
    owners {
      id
      name
    }
    statements
    requestedThisYear
    grantedThisYear
  }
`);

export const ScenarioTotalsFieldsFragment = graphql(`
  fragment ScenarioTotalsFields on ScenarioTotals {
    bySector {
      ...GroupTotalFields
    }
    byMunicipality {
      ...GroupTotalFields
    }
    byOwner {
      ...GroupTotalFields
    }
  }
`);

export const MethodInfoFieldsFragment = graphql(`
  fragment MethodInfoFields on MethodInfo {
    method
    source
    status
    gap
    timeLimitReached
    timeLimitSeconds
    durationMs
    explanation {
      nb
    }
  }
`);

export const ConstraintBreachFieldsFragment = graphql(`
  fragment ConstraintBreachFields on ConstraintBreach {
    constraintId
    kind
    label {
      nb
    }
    description {
      nb
    }
    excess
    needsStatementIds
    overridden
    overrides {
      needsStatementId
      reason
    }
  }
`);

export const ScenarioFiguresFieldsFragment = graphql(`
  fragment ScenarioFiguresFields on Scenario {
    constraintReport {
      ...ScenarioReportFields
    }
    breaches {
      ...ConstraintBreachFields
    }
    totals {
      ...ScenarioTotalsFields
    }
    methodInfo {
      ...MethodInfoFields
    }
  }
`);

export const ScenarioRunFieldsFragment = graphql(`
  fragment ScenarioRunFields on ScenarioRun {
    id
    name
    method
    status
    queuedAt
    startedAt
    finishedAt
    requestedByName
    errorCode
    errorMessage
    problems {
      code
      path
      message {
        nb
        en
      }
    }
    scenario {
      id
    }
  }
`);

export const RoundScenariosQuery = graphql(`
  query RoundScenarios($roundId: ID!) {
    round(id: $roundId) {
      id
      year
      status
      version
      planVersion {
        id
        plan
      }
      scenarios(first: 50) {
        edges {
          node {
            ...ScenarioSummaryFields
          }
        }
        totalCount
      }
    }
  }
`);

export const ScenarioQuery = graphql(`
  query Scenario($id: ID!) {
    scenario(id: $id) {
      ...ScenarioSummaryFields
      inputHash
      parametersJson
      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {
        edges {
          node {
            ...ScenarioLineFields
          }
        }
        totalCount
      }
    }
  }
`);

/** The API's figures of a scenario, asked for beside its lines so the table need not wait. */
export const ScenarioFiguresQuery = graphql(`
  query ScenarioFigures($id: ID!) {
    scenario(id: $id) {
      id
      ...ScenarioFiguresFields
    }
  }
`);

export const RunScenarioMutation = graphql(`
  mutation RunScenario($input: RunScenarioInput!) {
    runScenario(input: $input) {
      ...ScenarioRunFields
    }
  }
`);

export const AdjustScenarioLineMutation = graphql(`
  mutation AdjustScenarioLine($input: AdjustScenarioLineInput!) {
    adjustScenarioLine(input: $input) {
      ...ScenarioSummaryFields
      ...ScenarioFiguresFields
      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {
        edges {
          node {
            ...ScenarioLineFields
          }
        }
        totalCount
      }
    }
  }
`);

/** What a change to one line would do, as the API's domain computes it, before saving it. */
export const ScenarioAdjustmentPreviewQuery = graphql(`
  query ScenarioAdjustmentPreview($input: ScenarioAdjustmentPreviewInput!) {
    scenarioAdjustmentPreview(input: $input) {
      grantedThisYear
      grantedNew
      leftover
      maxWithinFrame
      requiredOverrides
      pastFrame {
        year
        excess
      }
      breaches {
        ...ConstraintBreachFields
      }
      problems {
        code
        path
        field
        message {
          nb
        }
      }
    }
  }
`);

export const ScenarioRunQuery = graphql(`
  query ScenarioRun($id: ID!) {
    scenarioRun(id: $id) {
      ...ScenarioRunFields
    }
  }
`);

export const ActiveScenarioRunQuery = graphql(`
  query ActiveScenarioRun($roundId: ID!) {
    round(id: $roundId) {
      id
      activeScenarioRun {
        ...ScenarioRunFields
      }
    }
  }
`);
