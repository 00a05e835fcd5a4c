import { graphql } from '../../gql/index.js';

export const OwnerRowFieldsFragment = graphql(`
  fragment OwnerRowFields on Owner {
    id
    orgnr
    name
    ownership
    municipality {
      number
      name
    }
    participationYears
    unitCount
    archivedAt
    version
  }
`);

export const UnitRowFieldsFragment = graphql(`
  fragment UnitRowFields on Unit {
    id
    name
    kind
    registerId
    archivedAt
    version
  }
`);

export const InstitutionRowFieldsFragment = graphql(`
  fragment InstitutionRowFields on Institution {
    id
    orgnr
    name
    kind
    archivedAt
    version
  }
`);

export const PartnershipRowFieldsFragment = graphql(`
  fragment PartnershipRowFields on Partnership {
    id
    name
    institution {
      id
      name
    }
    owners {
      id
      name
      orgnr
    }
    otherServices
    contactPersons {
      name
      role
      email
      phone
    }
    archivedAt
    version
  }
`);

export const FigureRowFieldsFragment = graphql(`
  fragment FigureRowFields on SectorIndicator {
    id
    indicatorId
    sector
    year
    value
    source
    version
    municipality {
      number
      name
    }
    owner {
      id
      name
      orgnr
    }
  }
`);

export const EarlierCommitmentFieldsFragment = graphql(`
  fragment EarlierCommitmentFields on Commitment {
    id
    partnership {
      id
      name
    }
    workId
    sector
    durationYears
    grantedYear
    year
    amount
    owner
    institution
    coordinator
    version
  }
`);

export const ImportPreviewFieldsFragment = graphql(`
  fragment ImportPreviewFields on ImportPreview {
    rows
    canConfirm
    fingerprint
    summary {
      entity
      created
      updated
      unchanged
    }
    problems {
      file
      row
      column
      code
      message {
        nb
      }
    }
    statements {
      fileName
      title
      partnershipName
      sector
      requestedTotal
    }
  }
`);

export const RegisterOwnersQuery = graphql(`
  query RegisterOwners($first: Int, $after: String, $search: String, $archived: Boolean) {
    owners(first: $first, after: $after, search: $search, archived: $archived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OwnerRowFields
        }
      }
    }
  }
`);

export const RegisterOwnerQuery = graphql(`
  query RegisterOwner($id: ID!) {
    owner(id: $id) {
      ...OwnerRowFields
      units {
        ...UnitRowFields
      }
    }
  }
`);

export const RegisterMunicipalitiesQuery = graphql(`
  query RegisterMunicipalities {
    municipalities {
      id
      number
      name
    }
  }
`);

export const RegisterInstitutionsQuery = graphql(`
  query RegisterInstitutions($first: Int, $after: String, $search: String, $archived: Boolean) {
    institutions(first: $first, after: $after, search: $search, archived: $archived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InstitutionRowFields
        }
      }
    }
  }
`);

export const RegisterPartnershipsQuery = graphql(`
  query RegisterPartnerships($first: Int, $after: String, $search: String, $archived: Boolean) {
    partnerships(first: $first, after: $after, search: $search, archived: $archived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PartnershipRowFields
        }
      }
    }
  }
`);

export const RegisterOwnerOptionsQuery = graphql(`
  query RegisterOwnerOptions($search: String) {
    owners(first: 30, search: $search, archived: false) {
      edges {
        node {
          id
          name
          orgnr
        }
      }
    }
  }
`);

export const RegisterChoicesQuery = graphql(`
  query RegisterChoices {
    institutions(first: 200, archived: false) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    partnerships(first: 200, archived: false) {
      edges {
        node {
          id
          name
        }
      }
    }
    knowledgeBaseIndicators {
      id
      kind
      label {
        nb
      }
    }
    municipalities {
      id
      number
      name
    }
  }
`);

export const IndicatorFiguresQuery = graphql(`
  query IndicatorFigures(
    $first: Int
    $after: String
    $indicatorId: String
    $year: Int
    $municipalityNumber: String
  ) {
    indicatorFigures(
      first: $first
      after: $after
      indicatorId: $indicatorId
      year: $year
      municipalityNumber: $municipalityNumber
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...FigureRowFields
        }
      }
    }
  }
`);

export const EarlierCommitmentsQuery = graphql(`
  query EarlierCommitments($first: Int, $after: String) {
    earlierCommitments(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EarlierCommitmentFields
        }
      }
    }
  }
`);

export const CreateOwnerMutation = graphql(`
  mutation CreateOwner($input: CreateOwnerInput!) {
    createOwner(input: $input) {
      ...OwnerRowFields
    }
  }
`);

export const UpdateOwnerMutation = graphql(`
  mutation UpdateOwner($input: UpdateOwnerInput!) {
    updateOwner(input: $input) {
      ...OwnerRowFields
    }
  }
`);

export const SetOwnerArchivedMutation = graphql(`
  mutation SetOwnerArchived($input: SetArchivedInput!) {
    setOwnerArchived(input: $input) {
      ...OwnerRowFields
    }
  }
`);

export const DeleteOwnerMutation = graphql(`
  mutation DeleteOwner($id: ID!) {
    deleteOwner(id: $id)
  }
`);

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      ...UnitRowFields
    }
  }
`);

export const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      ...UnitRowFields
    }
  }
`);

export const SetUnitArchivedMutation = graphql(`
  mutation SetUnitArchived($input: SetArchivedInput!) {
    setUnitArchived(input: $input) {
      ...UnitRowFields
    }
  }
`);

export const DeleteUnitMutation = graphql(`
  mutation DeleteUnit($id: ID!) {
    deleteUnit(id: $id)
  }
`);

export const CreateInstitutionMutation = graphql(`
  mutation CreateInstitution($input: CreateInstitutionInput!) {
    createInstitution(input: $input) {
      ...InstitutionRowFields
    }
  }
`);

export const UpdateInstitutionMutation = graphql(`
  mutation UpdateInstitution($input: UpdateInstitutionInput!) {
    updateInstitution(input: $input) {
      ...InstitutionRowFields
    }
  }
`);

export const SetInstitutionArchivedMutation = graphql(`
  mutation SetInstitutionArchived($input: SetArchivedInput!) {
    setInstitutionArchived(input: $input) {
      ...InstitutionRowFields
    }
  }
`);

export const DeleteInstitutionMutation = graphql(`
  mutation DeleteInstitution($id: ID!) {
    deleteInstitution(id: $id)
  }
`);

export const CreatePartnershipMutation = graphql(`
  mutation CreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      ...PartnershipRowFields
    }
  }
`);

export const UpdatePartnershipMutation = graphql(`
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      ...PartnershipRowFields
    }
  }
`);

export const SetPartnershipArchivedMutation = graphql(`
  mutation SetPartnershipArchived($input: SetArchivedInput!) {
    setPartnershipArchived(input: $input) {
      ...PartnershipRowFields
    }
  }
`);

export const DeletePartnershipMutation = graphql(`
  mutation DeletePartnership($id: ID!) {
    deletePartnership(id: $id)
  }
`);

export const CreateIndicatorFigureMutation = graphql(`
  mutation CreateIndicatorFigure($input: CreateIndicatorFigureInput!) {
    createIndicatorFigure(input: $input) {
      ...FigureRowFields
    }
  }
`);

export const UpdateIndicatorFigureMutation = graphql(`
  mutation UpdateIndicatorFigure($input: UpdateIndicatorFigureInput!) {
    updateIndicatorFigure(input: $input) {
      ...FigureRowFields
    }
  }
`);

export const DeleteIndicatorFigureMutation = graphql(`
  mutation DeleteIndicatorFigure($id: ID!) {
    deleteIndicatorFigure(id: $id)
  }
`);

export const CreateEarlierCommitmentMutation = graphql(`
  mutation CreateEarlierCommitment($input: CreateEarlierCommitmentInput!) {
    createEarlierCommitment(input: $input) {
      ...EarlierCommitmentFields
    }
  }
`);

export const UpdateEarlierCommitmentMutation = graphql(`
  mutation UpdateEarlierCommitment($input: UpdateEarlierCommitmentInput!) {
    updateEarlierCommitment(input: $input) {
      ...EarlierCommitmentFields
    }
  }
`);

export const DeleteEarlierCommitmentMutation = graphql(`
  mutation DeleteEarlierCommitment($id: ID!) {
    deleteEarlierCommitment(id: $id)
  }
`);

export const PreviewRegisterImportMutation = graphql(`
  mutation PreviewRegisterImport($input: PreviewRegisterImportInput!) {
    previewRegisterImport(input: $input) {
      ...ImportPreviewFields
    }
  }
`);

export const ConfirmRegisterImportMutation = graphql(`
  mutation ConfirmRegisterImport($input: ConfirmRegisterImportInput!) {
    confirmRegisterImport(input: $input) {
      summary {
        entity
        created
        updated
        unchanged
      }
      ids
    }
  }
`);

export const NeedsStatementTemplateQuery = graphql(`
  query NeedsStatementTemplate($roundId: ID!) {
    needsStatementTemplate(roundId: $roundId) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const PreviewNeedsStatementImportMutation = graphql(`
  mutation PreviewNeedsStatementImport($input: PreviewNeedsStatementImportInput!) {
    previewNeedsStatementImport(input: $input) {
      ...ImportPreviewFields
    }
  }
`);

export const ConfirmNeedsStatementImportMutation = graphql(`
  mutation ConfirmNeedsStatementImport($input: ConfirmNeedsStatementImportInput!) {
    confirmNeedsStatementImport(input: $input) {
      summary {
        entity
        created
        updated
        unchanged
      }
      ids
    }
  }
`);

export const RegisterHistoryQuery = graphql(`
  query RegisterHistory($type: String!, $id: String!) {
    auditLog(entityType: $type, entityId: $id, first: 50) {
      edges {
        node {
          id
          action
          at
          actorName
          actorRole
          reason
        }
      }
    }
  }
`);
