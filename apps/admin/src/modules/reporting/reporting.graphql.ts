import { graphql } from '../../gql/index.js';

export const ReportingRoundFieldsFragment = graphql(`
  fragment ReportingRoundFields on Round {
    id
    year
    status
  }
`);

export const YearGrantFieldsFragment = graphql(`
  fragment YearGrantFields on YearGrant {
    year
    amount
    owner
    institution
    coordinator
    subjectToAppropriation
  }
`);

export const ReportProblemFieldsFragment = graphql(`
  fragment ReportProblemFields on ReportProblem {
    code
    path
    message {
      nb
    }
  }
`);

export const FollowUpRowFieldsFragment = graphql(`
  fragment FollowUpRowFields on ReportFollowUpRow {
    title
    year
    roundYear
    state
    dueDate
    dueDateSource
    owed
    late
    daysLate
    spentOwner
    spentInstitution
    coordinatorSpent
    unspent
    measuresNotCarriedOut
    goalsNotAchieved
    grant {
      ...YearGrantFields
    }
    decision {
      id
    }
    partnership {
      id
      name
    }
    report {
      id
      status
      submittedAt
    }
    problems {
      ...ReportProblemFields
    }
  }
`);

export const ReminderFieldsFragment = graphql(`
  fragment ReminderFields on ReportReminder {
    title
    year
    state
    dueDate
    dueDateSource
    overdue
    daysOverdue
    reviewComment
    contact {
      name
      email
    }
    decision {
      id
    }
    partnership {
      id
      name
    }
  }
`);

export const InstitutionShareFieldsFragment = graphql(`
  fragment InstitutionShareFields on InstitutionShareYear {
    year
    grants
    grantedTotal
    grantedInstitution
    grantedInstitutionPercent
    reports
    reportedGranted
    reportedSpentTotal
    reportedSpentInstitution
    reportedInstitutionPercent
    falling
    belowFloor
    warnings {
      nb
    }
  }
`);

export const PartyAccountsFieldsFragment = graphql(`
  fragment PartyAccountsFields on PartyAccounts {
    party
    received
    spent
    granted
    unspent
    lines {
      id
      costLine
      amount
    }
  }
`);

export const AnnualReportFieldsFragment = graphql(`
  fragment AnnualReportFields on AnnualReport {
    id
    year
    status
    version
    submittedAt
    submittedBy
    reviewComment
    reviewedAt
    reviewedBy
    useOfFunds
    coordinatorUse
    coordinatorSpent
    receivedOwner
    receivedInstitution
    spentOwner
    spentInstitution
    measures {
      measureId
      carriedOut
      description
    }
    goals {
      goalId
      achievement
      assessment
    }
    accounts {
      coordinatorSpent
      owner {
        ...PartyAccountsFields
      }
      institution {
        ...PartyAccountsFields
      }
    }
    grant {
      ...YearGrantFields
    }
    problems {
      ...ReportProblemFields
    }
    round {
      ...ReportingRoundFields
    }
    partnership {
      id
      name
      institution {
        id
        name
      }
      owners {
        id
        name
      }
    }
    needsStatement {
      id
      title
      sector
      durationYears
      goals {
        longTerm {
          id
          text
        }
        subGoals {
          id
          text
        }
      }
      measures {
        id
        kind
        description
      }
      coordinator {
        requested
      }
    }
    decision {
      id
      status
      annualReports {
        id
        year
        status
      }
    }
  }
`);

export const ReportingRoundsQuery = graphql(`
  query ReportingRounds {
    rounds(first: 50, orderBy: { field: YEAR, direction: DESC }) {
      edges {
        node {
          ...ReportingRoundFields
        }
      }
    }
  }
`);

export const ReportFollowUpQuery = graphql(`
  query ReportFollowUp($roundId: ID, $year: Int, $asOf: String) {
    reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {
      asOf
      counts {
        expected
        reported
        awaitingReview
        accepted
        returned
        missing
        late
        withProblems
      }
      money {
        grantedOwner
        grantedInstitution
        reportedGranted
        spentOwner
        spentInstitution
        coordinatorSpent
      }
      rows {
        ...FollowUpRowFields
      }
    }
  }
`);

export const ReportRemindersQuery = graphql(`
  query ReportReminders($roundId: ID, $year: Int, $asOf: String, $overdueOnly: Boolean!) {
    reportReminders(roundId: $roundId, year: $year, asOf: $asOf, overdueOnly: $overdueOnly) {
      ...ReminderFields
    }
  }
`);

export const InstitutionShareByYearQuery = graphql(`
  query InstitutionShareByYear {
    institutionShareByYear {
      ...InstitutionShareFields
    }
  }
`);

export const AnnualReportQuery = graphql(`
  query AnnualReport($id: ID!) {
    annualReport(id: $id) {
      ...AnnualReportFields
    }
    costLines {
      costLine
      label {
        nb
      }
    }
  }
`);

export const AcceptAnnualReportMutation = graphql(`
  mutation AcceptAnnualReport($id: ID!, $version: Int!) {
    acceptAnnualReport(id: $id, version: $version) {
      ...AnnualReportFields
    }
  }
`);

export const ReturnAnnualReportMutation = graphql(`
  mutation ReturnAnnualReport($id: ID!, $version: Int!, $comment: String!) {
    returnAnnualReport(id: $id, version: $version, comment: $comment) {
      ...AnnualReportFields
    }
  }
`);
