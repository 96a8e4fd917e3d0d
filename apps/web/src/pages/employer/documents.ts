import { graphql } from '../../graphql/generated/index.js';

/** The employer screens' GraphQL documents (their largest are in the API's screen-query fixture). */

export const EmployerPositionFields = graphql(`
  fragment EmployerPositionFields on Position {
    id
    version
    kind
    status
    title
    description
    openings
    weeklyHours
    hourlyWageDkk
    startDate
    applicationDeadline
    publishedAt
    closedAt
    closeReason
    collectiveAgreement
    drivingLicenceRequired
    requiredDanishLevel
    location {
      latitude
      longitude
    }
    occupation {
      code
      title
    }
    municipality {
      code
      name
    }
    union {
      id
      name
    }
    skills {
      required
      skill {
        code
        label
      }
    }
  }
`);

export const EmployerPositionsQuery = graphql(`
  query EmployerPositions($companyId: ID!, $statuses: [PositionStatus!], $after: String) {
    positions(first: 50, after: $after, filter: { companyId: $companyId, statuses: $statuses }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          status
          openings
          startDate
          applicationDeadline
          municipality {
            code
            name
          }
          occupation {
            code
            title
          }
        }
      }
    }
  }
`);

export const EmployerPositionQuery = graphql(`
  query EmployerPosition($id: ID!) {
    position(id: $id) {
      ...EmployerPositionFields
      proposals(first: 50) {
        totalCount
        edges {
          node {
            id
            version
            status
            note
            createdAt
            interviewAt
            interviewMode
            interviewLocation
            decisionReason
            crossMunicipality
            proposedBy {
              id
              name
            }
            candidate {
              id
              reference
              age
              danishLevel
              municipality {
                code
                name
              }
            }
            candidateContact {
              fullName
              email
              phone
            }
            programme {
              id
              status
            }
          }
        }
      }
    }
  }
`);

export const EmployerPositionMatchesQuery = graphql(`
  query EmployerPositionMatches($id: ID!) {
    position(id: $id) {
      id
      matches(first: 20) {
        totalCount
        edges {
          node {
            score
            distanceKm
            crossMunicipality
            computedAt
            breakdown {
              occupation
              skills
              language
              distance
              availability
              iguEligible
              missingRequiredSkills {
                code
                label
              }
            }
            candidate {
              id
              reference
              age
              danishLevel
              municipality {
                code
                name
              }
              iguEligibility {
                eligible
                asOf
                reasons {
                  code
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const PositionFormReferenceQuery = graphql(`
  query PositionFormReference {
    municipalities {
      code
      name
      latitude
      longitude
    }
    unions {
      id
      name
    }
  }
`);

export const OccupationSearchQuery = graphql(`
  query OccupationSearch($search: String) {
    occupations(search: $search, first: 20) {
      code
      title
    }
  }
`);

export const SkillSearchQuery = graphql(`
  query SkillSearch($search: String) {
    skills(search: $search, first: 20) {
      code
      label
    }
  }
`);

export const CreatePositionMutation = graphql(`
  mutation EmployerCreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      ...EmployerPositionFields
    }
  }
`);

export const UpdatePositionMutation = graphql(`
  mutation EmployerUpdatePosition($id: ID!, $expectedVersion: Int!, $input: UpdatePositionInput!) {
    updatePosition(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...EmployerPositionFields
    }
  }
`);

export const PublishPositionMutation = graphql(`
  mutation EmployerPublishPosition($id: ID!, $expectedVersion: Int) {
    publishPosition(id: $id, expectedVersion: $expectedVersion) {
      ...EmployerPositionFields
    }
  }
`);

export const ClosePositionMutation = graphql(`
  mutation EmployerClosePosition($id: ID!, $expectedVersion: Int, $reason: String) {
    closePosition(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...EmployerPositionFields
    }
  }
`);

graphql(`
  fragment EmployerProposalActionFields on Proposal {
    id
    version
    status
    interviewAt
    interviewMode
    interviewLocation
    decisionReason
    candidateContact {
      fullName
      email
      phone
    }
    programme {
      id
      status
    }
  }
`);

export const ScheduleInterviewMutation = graphql(`
  mutation EmployerScheduleInterview($id: ID!, $at: DateTime!, $mode: InterviewMode, $location: String, $expectedVersion: Int) {
    scheduleInterview(id: $id, at: $at, mode: $mode, location: $location, expectedVersion: $expectedVersion) {
      ...EmployerProposalActionFields
    }
  }
`);

export const AcceptProposalMutation = graphql(`
  mutation EmployerAcceptProposal($id: ID!, $expectedVersion: Int) {
    acceptProposal(id: $id, expectedVersion: $expectedVersion) {
      ...EmployerProposalActionFields
    }
  }
`);

export const RejectProposalMutation = graphql(`
  mutation EmployerRejectProposal($id: ID!, $reason: String!, $expectedVersion: Int) {
    rejectProposal(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...EmployerProposalActionFields
    }
  }
`);

export const EmployerProgrammeFields = graphql(`
  fragment EmployerProgrammeFields on Programme {
    id
    version
    kind
    status
    startDate
    endDate
    weeklyWorkHours
    hourlyWageDkk
    collectiveAgreement
    employeeRepresentativeStatement
    noOrdinaryEmploymentLast3Months
    totalSchoolWeeks
    registrationDeadline
    union {
      id
      name
    }
    schoolPeriods {
      startDate
      endDate
      weeks
      description
    }
    ruleViolations {
      code
      field
    }
    bonusMilestones {
      kind
      dueOn
      amountDkk
    }
    approvals {
      decision
      comment
      decidedAt
    }
    candidate {
      id
      reference
    }
    position {
      id
      title
      union {
        id
        name
      }
    }
  }
`);

export const EmployerProgrammeQuery = graphql(`
  query EmployerProgramme($id: ID!) {
    programme(id: $id) {
      ...EmployerProgrammeFields
    }
    unions {
      id
      name
    }
  }
`);

export const EmployerProgrammesQuery = graphql(`
  query EmployerProgrammes($statuses: [ProgrammeStatus!], $after: String) {
    programmes(first: 50, after: $after, filter: { statuses: $statuses }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          version
          kind
          status
          startDate
          endDate
          registrationDeadline
          bonusMilestones {
            kind
            dueOn
            amountDkk
          }
          candidate {
            id
            reference
          }
          position {
            id
            title
          }
        }
      }
    }
  }
`);

export const CreateProgrammeMutation = graphql(`
  mutation EmployerCreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);

export const UpdateProgrammeMutation = graphql(`
  mutation EmployerUpdateProgramme($id: ID!, $expectedVersion: Int!, $input: UpdateProgrammeInput!) {
    updateProgramme(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...EmployerProgrammeFields
    }
  }
`);

export const SubmitProgrammeMutation = graphql(`
  mutation EmployerSubmitProgramme($id: ID!, $expectedVersion: Int) {
    submitProgramme(id: $id, expectedVersion: $expectedVersion) {
      ...EmployerProgrammeFields
    }
  }
`);

export const WithdrawProgrammeMutation = graphql(`
  mutation EmployerWithdrawProgramme($id: ID!, $reason: String!) {
    withdrawProgramme(id: $id, reason: $reason) {
      ...EmployerProgrammeFields
    }
  }
`);

export const StartProgrammeMutation = graphql(`
  mutation EmployerStartProgramme($id: ID!, $expectedVersion: Int) {
    startProgramme(id: $id, expectedVersion: $expectedVersion) {
      id
      version
      status
      bonusMilestones {
        kind
        dueOn
        amountDkk
      }
    }
  }
`);
