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
    "\n  query RegisterMunicipalities {\n    municipalities {\n      code\n      name\n    }\n  }\n": typeof types.RegisterMunicipalitiesDocument,
    "\n  fragment EmployerPositionFields on Position {\n    id\n    version\n    kind\n    status\n    title\n    description\n    openings\n    weeklyHours\n    hourlyWageDkk\n    startDate\n    applicationDeadline\n    publishedAt\n    closedAt\n    closeReason\n    collectiveAgreement\n    drivingLicenceRequired\n    requiredDanishLevel\n    location {\n      latitude\n      longitude\n    }\n    occupation {\n      code\n      title\n    }\n    municipality {\n      code\n      name\n    }\n    union {\n      id\n      name\n    }\n    skills {\n      required\n      skill {\n        code\n        label\n      }\n    }\n  }\n": typeof types.EmployerPositionFieldsFragmentDoc,
    "\n  query EmployerPositions($companyId: ID!, $statuses: [PositionStatus!], $after: String) {\n    positions(first: 50, after: $after, filter: { companyId: $companyId, statuses: $statuses }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          openings\n          startDate\n          applicationDeadline\n          municipality {\n            code\n            name\n          }\n          occupation {\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmployerPositionsDocument,
    "\n  query EmployerPosition($id: ID!) {\n    position(id: $id) {\n      ...EmployerPositionFields\n      proposals(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            version\n            status\n            note\n            createdAt\n            interviewAt\n            decisionReason\n            crossMunicipality\n            proposedBy {\n              id\n              name\n            }\n            candidate {\n              id\n              reference\n              age\n              danishLevel\n              municipality {\n                code\n                name\n              }\n            }\n            candidateContact {\n              fullName\n              email\n              phone\n            }\n            programme {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmployerPositionDocument,
    "\n  query EmployerPositionMatches($id: ID!) {\n    position(id: $id) {\n      id\n      matches(first: 20) {\n        totalCount\n        edges {\n          node {\n            score\n            distanceKm\n            crossMunicipality\n            computedAt\n            breakdown {\n              occupation\n              skills\n              language\n              distance\n              availability\n              iguEligible\n              missingRequiredSkills {\n                code\n                label\n              }\n            }\n            candidate {\n              id\n              reference\n              age\n              danishLevel\n              municipality {\n                code\n                name\n              }\n              iguEligibility {\n                eligible\n                asOf\n                reasons {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmployerPositionMatchesDocument,
    "\n  query PositionFormReference {\n    municipalities {\n      code\n      name\n      latitude\n      longitude\n    }\n    unions {\n      id\n      name\n    }\n  }\n": typeof types.PositionFormReferenceDocument,
    "\n  query OccupationSearch($search: String) {\n    occupations(search: $search, first: 20) {\n      code\n      title\n    }\n  }\n": typeof types.OccupationSearchDocument,
    "\n  query SkillSearch($search: String) {\n    skills(search: $search, first: 20) {\n      code\n      label\n    }\n  }\n": typeof types.SkillSearchDocument,
    "\n  mutation EmployerCreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...EmployerPositionFields\n    }\n  }\n": typeof types.EmployerCreatePositionDocument,
    "\n  mutation EmployerUpdatePosition($id: ID!, $expectedVersion: Int!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EmployerPositionFields\n    }\n  }\n": typeof types.EmployerUpdatePositionDocument,
    "\n  mutation EmployerPublishPosition($id: ID!, $expectedVersion: Int) {\n    publishPosition(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerPositionFields\n    }\n  }\n": typeof types.EmployerPublishPositionDocument,
    "\n  mutation EmployerClosePosition($id: ID!, $expectedVersion: Int, $reason: String) {\n    closePosition(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EmployerPositionFields\n    }\n  }\n": typeof types.EmployerClosePositionDocument,
    "\n  fragment EmployerProposalActionFields on Proposal {\n    id\n    version\n    status\n    interviewAt\n    decisionReason\n    candidateContact {\n      fullName\n      email\n      phone\n    }\n    programme {\n      id\n      status\n    }\n  }\n": typeof types.EmployerProposalActionFieldsFragmentDoc,
    "\n  mutation EmployerScheduleInterview($id: ID!, $at: DateTime!, $expectedVersion: Int) {\n    scheduleInterview(id: $id, at: $at, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n": typeof types.EmployerScheduleInterviewDocument,
    "\n  mutation EmployerAcceptProposal($id: ID!, $expectedVersion: Int) {\n    acceptProposal(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n": typeof types.EmployerAcceptProposalDocument,
    "\n  mutation EmployerRejectProposal($id: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectProposal(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n": typeof types.EmployerRejectProposalDocument,
    "\n  fragment EmployerProgrammeFields on Programme {\n    id\n    version\n    kind\n    status\n    startDate\n    endDate\n    weeklyWorkHours\n    hourlyWageDkk\n    collectiveAgreement\n    employeeRepresentativeStatement\n    noOrdinaryEmploymentLast3Months\n    totalSchoolWeeks\n    registrationDeadline\n    union {\n      id\n      name\n    }\n    schoolPeriods {\n      startDate\n      endDate\n      weeks\n      description\n    }\n    ruleViolations {\n      code\n      field\n    }\n    bonusMilestones {\n      kind\n      dueOn\n      amountDkk\n    }\n    approvals {\n      decision\n      comment\n      decidedAt\n    }\n    candidate {\n      id\n      reference\n    }\n    position {\n      id\n      title\n      union {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EmployerProgrammeFieldsFragmentDoc,
    "\n  query EmployerProgramme($id: ID!) {\n    programme(id: $id) {\n      ...EmployerProgrammeFields\n    }\n    unions {\n      id\n      name\n    }\n  }\n": typeof types.EmployerProgrammeDocument,
    "\n  query EmployerProgrammes($statuses: [ProgrammeStatus!], $after: String) {\n    programmes(first: 50, after: $after, filter: { statuses: $statuses }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          kind\n          status\n          startDate\n          endDate\n          registrationDeadline\n          bonusMilestones {\n            kind\n            dueOn\n            amountDkk\n          }\n          candidate {\n            id\n            reference\n          }\n          position {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmployerProgrammesDocument,
    "\n  mutation EmployerCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n": typeof types.EmployerCreateProgrammeDocument,
    "\n  mutation EmployerUpdateProgramme($id: ID!, $expectedVersion: Int!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EmployerProgrammeFields\n    }\n  }\n": typeof types.EmployerUpdateProgrammeDocument,
    "\n  mutation EmployerSubmitProgramme($id: ID!, $expectedVersion: Int) {\n    submitProgramme(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerProgrammeFields\n    }\n  }\n": typeof types.EmployerSubmitProgrammeDocument,
    "\n  mutation EmployerWithdrawProgramme($id: ID!, $reason: String!) {\n    withdrawProgramme(id: $id, reason: $reason) {\n      ...EmployerProgrammeFields\n    }\n  }\n": typeof types.EmployerWithdrawProgrammeDocument,
    "\n  mutation EmployerStartProgramme($id: ID!, $expectedVersion: Int) {\n    startProgramme(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      bonusMilestones {\n        kind\n        dueOn\n        amountDkk\n      }\n    }\n  }\n": typeof types.EmployerStartProgrammeDocument,
    "\n  query EmployerPositionsCount($companyId: ID!) {\n    positions(first: 1, filter: { companyId: $companyId }) {\n      totalCount\n    }\n  }\n": typeof types.EmployerPositionsCountDocument,
    "\n  query ProgrammesCount($statuses: [ProgrammeStatus!]) {\n    programmes(first: 1, filter: { statuses: $statuses }) {\n      totalCount\n    }\n  }\n": typeof types.ProgrammesCountDocument,
    "\n  query CandidatesCount {\n    candidates(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CandidatesCountDocument,
    "\n  query PositionSearchCount {\n    positions(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PositionSearchCountDocument,
    "\n  query ProposalsCount {\n    proposals(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ProposalsCountDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    displayName\n    role\n    company {\n      id\n      name\n    }\n    jobcentre {\n      id\n      name\n    }\n    union {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  query SessionMe {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.SessionMeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RegisterEmployer($input: RegisterEmployerInput!) {\n    registerEmployer(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RegisterEmployerDocument,
};
const documents: Documents = {
    "\n  query RegisterMunicipalities {\n    municipalities {\n      code\n      name\n    }\n  }\n": types.RegisterMunicipalitiesDocument,
    "\n  fragment EmployerPositionFields on Position {\n    id\n    version\n    kind\n    status\n    title\n    description\n    openings\n    weeklyHours\n    hourlyWageDkk\n    startDate\n    applicationDeadline\n    publishedAt\n    closedAt\n    closeReason\n    collectiveAgreement\n    drivingLicenceRequired\n    requiredDanishLevel\n    location {\n      latitude\n      longitude\n    }\n    occupation {\n      code\n      title\n    }\n    municipality {\n      code\n      name\n    }\n    union {\n      id\n      name\n    }\n    skills {\n      required\n      skill {\n        code\n        label\n      }\n    }\n  }\n": types.EmployerPositionFieldsFragmentDoc,
    "\n  query EmployerPositions($companyId: ID!, $statuses: [PositionStatus!], $after: String) {\n    positions(first: 50, after: $after, filter: { companyId: $companyId, statuses: $statuses }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          openings\n          startDate\n          applicationDeadline\n          municipality {\n            code\n            name\n          }\n          occupation {\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n": types.EmployerPositionsDocument,
    "\n  query EmployerPosition($id: ID!) {\n    position(id: $id) {\n      ...EmployerPositionFields\n      proposals(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            version\n            status\n            note\n            createdAt\n            interviewAt\n            decisionReason\n            crossMunicipality\n            proposedBy {\n              id\n              name\n            }\n            candidate {\n              id\n              reference\n              age\n              danishLevel\n              municipality {\n                code\n                name\n              }\n            }\n            candidateContact {\n              fullName\n              email\n              phone\n            }\n            programme {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EmployerPositionDocument,
    "\n  query EmployerPositionMatches($id: ID!) {\n    position(id: $id) {\n      id\n      matches(first: 20) {\n        totalCount\n        edges {\n          node {\n            score\n            distanceKm\n            crossMunicipality\n            computedAt\n            breakdown {\n              occupation\n              skills\n              language\n              distance\n              availability\n              iguEligible\n              missingRequiredSkills {\n                code\n                label\n              }\n            }\n            candidate {\n              id\n              reference\n              age\n              danishLevel\n              municipality {\n                code\n                name\n              }\n              iguEligibility {\n                eligible\n                asOf\n                reasons {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EmployerPositionMatchesDocument,
    "\n  query PositionFormReference {\n    municipalities {\n      code\n      name\n      latitude\n      longitude\n    }\n    unions {\n      id\n      name\n    }\n  }\n": types.PositionFormReferenceDocument,
    "\n  query OccupationSearch($search: String) {\n    occupations(search: $search, first: 20) {\n      code\n      title\n    }\n  }\n": types.OccupationSearchDocument,
    "\n  query SkillSearch($search: String) {\n    skills(search: $search, first: 20) {\n      code\n      label\n    }\n  }\n": types.SkillSearchDocument,
    "\n  mutation EmployerCreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...EmployerPositionFields\n    }\n  }\n": types.EmployerCreatePositionDocument,
    "\n  mutation EmployerUpdatePosition($id: ID!, $expectedVersion: Int!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EmployerPositionFields\n    }\n  }\n": types.EmployerUpdatePositionDocument,
    "\n  mutation EmployerPublishPosition($id: ID!, $expectedVersion: Int) {\n    publishPosition(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerPositionFields\n    }\n  }\n": types.EmployerPublishPositionDocument,
    "\n  mutation EmployerClosePosition($id: ID!, $expectedVersion: Int, $reason: String) {\n    closePosition(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EmployerPositionFields\n    }\n  }\n": types.EmployerClosePositionDocument,
    "\n  fragment EmployerProposalActionFields on Proposal {\n    id\n    version\n    status\n    interviewAt\n    decisionReason\n    candidateContact {\n      fullName\n      email\n      phone\n    }\n    programme {\n      id\n      status\n    }\n  }\n": types.EmployerProposalActionFieldsFragmentDoc,
    "\n  mutation EmployerScheduleInterview($id: ID!, $at: DateTime!, $expectedVersion: Int) {\n    scheduleInterview(id: $id, at: $at, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n": types.EmployerScheduleInterviewDocument,
    "\n  mutation EmployerAcceptProposal($id: ID!, $expectedVersion: Int) {\n    acceptProposal(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n": types.EmployerAcceptProposalDocument,
    "\n  mutation EmployerRejectProposal($id: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectProposal(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n": types.EmployerRejectProposalDocument,
    "\n  fragment EmployerProgrammeFields on Programme {\n    id\n    version\n    kind\n    status\n    startDate\n    endDate\n    weeklyWorkHours\n    hourlyWageDkk\n    collectiveAgreement\n    employeeRepresentativeStatement\n    noOrdinaryEmploymentLast3Months\n    totalSchoolWeeks\n    registrationDeadline\n    union {\n      id\n      name\n    }\n    schoolPeriods {\n      startDate\n      endDate\n      weeks\n      description\n    }\n    ruleViolations {\n      code\n      field\n    }\n    bonusMilestones {\n      kind\n      dueOn\n      amountDkk\n    }\n    approvals {\n      decision\n      comment\n      decidedAt\n    }\n    candidate {\n      id\n      reference\n    }\n    position {\n      id\n      title\n      union {\n        id\n        name\n      }\n    }\n  }\n": types.EmployerProgrammeFieldsFragmentDoc,
    "\n  query EmployerProgramme($id: ID!) {\n    programme(id: $id) {\n      ...EmployerProgrammeFields\n    }\n    unions {\n      id\n      name\n    }\n  }\n": types.EmployerProgrammeDocument,
    "\n  query EmployerProgrammes($statuses: [ProgrammeStatus!], $after: String) {\n    programmes(first: 50, after: $after, filter: { statuses: $statuses }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          kind\n          status\n          startDate\n          endDate\n          registrationDeadline\n          bonusMilestones {\n            kind\n            dueOn\n            amountDkk\n          }\n          candidate {\n            id\n            reference\n          }\n          position {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.EmployerProgrammesDocument,
    "\n  mutation EmployerCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n": types.EmployerCreateProgrammeDocument,
    "\n  mutation EmployerUpdateProgramme($id: ID!, $expectedVersion: Int!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EmployerProgrammeFields\n    }\n  }\n": types.EmployerUpdateProgrammeDocument,
    "\n  mutation EmployerSubmitProgramme($id: ID!, $expectedVersion: Int) {\n    submitProgramme(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerProgrammeFields\n    }\n  }\n": types.EmployerSubmitProgrammeDocument,
    "\n  mutation EmployerWithdrawProgramme($id: ID!, $reason: String!) {\n    withdrawProgramme(id: $id, reason: $reason) {\n      ...EmployerProgrammeFields\n    }\n  }\n": types.EmployerWithdrawProgrammeDocument,
    "\n  mutation EmployerStartProgramme($id: ID!, $expectedVersion: Int) {\n    startProgramme(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      bonusMilestones {\n        kind\n        dueOn\n        amountDkk\n      }\n    }\n  }\n": types.EmployerStartProgrammeDocument,
    "\n  query EmployerPositionsCount($companyId: ID!) {\n    positions(first: 1, filter: { companyId: $companyId }) {\n      totalCount\n    }\n  }\n": types.EmployerPositionsCountDocument,
    "\n  query ProgrammesCount($statuses: [ProgrammeStatus!]) {\n    programmes(first: 1, filter: { statuses: $statuses }) {\n      totalCount\n    }\n  }\n": types.ProgrammesCountDocument,
    "\n  query CandidatesCount {\n    candidates(first: 1) {\n      totalCount\n    }\n  }\n": types.CandidatesCountDocument,
    "\n  query PositionSearchCount {\n    positions(first: 1) {\n      totalCount\n    }\n  }\n": types.PositionSearchCountDocument,
    "\n  query ProposalsCount {\n    proposals(first: 1) {\n      totalCount\n    }\n  }\n": types.ProposalsCountDocument,
    "\n  fragment SessionUserFields on User {\n    id\n    displayName\n    role\n    company {\n      id\n      name\n    }\n    jobcentre {\n      id\n      name\n    }\n    union {\n      id\n      name\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  query SessionMe {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.SessionMeDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RegisterEmployer($input: RegisterEmployerInput!) {\n    registerEmployer(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RegisterEmployerDocument,
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
export function graphql(source: "\n  query RegisterMunicipalities {\n    municipalities {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query RegisterMunicipalities {\n    municipalities {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployerPositionFields on Position {\n    id\n    version\n    kind\n    status\n    title\n    description\n    openings\n    weeklyHours\n    hourlyWageDkk\n    startDate\n    applicationDeadline\n    publishedAt\n    closedAt\n    closeReason\n    collectiveAgreement\n    drivingLicenceRequired\n    requiredDanishLevel\n    location {\n      latitude\n      longitude\n    }\n    occupation {\n      code\n      title\n    }\n    municipality {\n      code\n      name\n    }\n    union {\n      id\n      name\n    }\n    skills {\n      required\n      skill {\n        code\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EmployerPositionFields on Position {\n    id\n    version\n    kind\n    status\n    title\n    description\n    openings\n    weeklyHours\n    hourlyWageDkk\n    startDate\n    applicationDeadline\n    publishedAt\n    closedAt\n    closeReason\n    collectiveAgreement\n    drivingLicenceRequired\n    requiredDanishLevel\n    location {\n      latitude\n      longitude\n    }\n    occupation {\n      code\n      title\n    }\n    municipality {\n      code\n      name\n    }\n    union {\n      id\n      name\n    }\n    skills {\n      required\n      skill {\n        code\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerPositions($companyId: ID!, $statuses: [PositionStatus!], $after: String) {\n    positions(first: 50, after: $after, filter: { companyId: $companyId, statuses: $statuses }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          openings\n          startDate\n          applicationDeadline\n          municipality {\n            code\n            name\n          }\n          occupation {\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerPositions($companyId: ID!, $statuses: [PositionStatus!], $after: String) {\n    positions(first: 50, after: $after, filter: { companyId: $companyId, statuses: $statuses }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          openings\n          startDate\n          applicationDeadline\n          municipality {\n            code\n            name\n          }\n          occupation {\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerPosition($id: ID!) {\n    position(id: $id) {\n      ...EmployerPositionFields\n      proposals(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            version\n            status\n            note\n            createdAt\n            interviewAt\n            decisionReason\n            crossMunicipality\n            proposedBy {\n              id\n              name\n            }\n            candidate {\n              id\n              reference\n              age\n              danishLevel\n              municipality {\n                code\n                name\n              }\n            }\n            candidateContact {\n              fullName\n              email\n              phone\n            }\n            programme {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerPosition($id: ID!) {\n    position(id: $id) {\n      ...EmployerPositionFields\n      proposals(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            version\n            status\n            note\n            createdAt\n            interviewAt\n            decisionReason\n            crossMunicipality\n            proposedBy {\n              id\n              name\n            }\n            candidate {\n              id\n              reference\n              age\n              danishLevel\n              municipality {\n                code\n                name\n              }\n            }\n            candidateContact {\n              fullName\n              email\n              phone\n            }\n            programme {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerPositionMatches($id: ID!) {\n    position(id: $id) {\n      id\n      matches(first: 20) {\n        totalCount\n        edges {\n          node {\n            score\n            distanceKm\n            crossMunicipality\n            computedAt\n            breakdown {\n              occupation\n              skills\n              language\n              distance\n              availability\n              iguEligible\n              missingRequiredSkills {\n                code\n                label\n              }\n            }\n            candidate {\n              id\n              reference\n              age\n              danishLevel\n              municipality {\n                code\n                name\n              }\n              iguEligibility {\n                eligible\n                asOf\n                reasons {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerPositionMatches($id: ID!) {\n    position(id: $id) {\n      id\n      matches(first: 20) {\n        totalCount\n        edges {\n          node {\n            score\n            distanceKm\n            crossMunicipality\n            computedAt\n            breakdown {\n              occupation\n              skills\n              language\n              distance\n              availability\n              iguEligible\n              missingRequiredSkills {\n                code\n                label\n              }\n            }\n            candidate {\n              id\n              reference\n              age\n              danishLevel\n              municipality {\n                code\n                name\n              }\n              iguEligibility {\n                eligible\n                asOf\n                reasons {\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionFormReference {\n    municipalities {\n      code\n      name\n      latitude\n      longitude\n    }\n    unions {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PositionFormReference {\n    municipalities {\n      code\n      name\n      latitude\n      longitude\n    }\n    unions {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupationSearch($search: String) {\n    occupations(search: $search, first: 20) {\n      code\n      title\n    }\n  }\n"): (typeof documents)["\n  query OccupationSearch($search: String) {\n    occupations(search: $search, first: 20) {\n      code\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillSearch($search: String) {\n    skills(search: $search, first: 20) {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query SkillSearch($search: String) {\n    skills(search: $search, first: 20) {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerCreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...EmployerPositionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerCreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      ...EmployerPositionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerUpdatePosition($id: ID!, $expectedVersion: Int!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EmployerPositionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerUpdatePosition($id: ID!, $expectedVersion: Int!, $input: UpdatePositionInput!) {\n    updatePosition(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EmployerPositionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerPublishPosition($id: ID!, $expectedVersion: Int) {\n    publishPosition(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerPositionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerPublishPosition($id: ID!, $expectedVersion: Int) {\n    publishPosition(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerPositionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerClosePosition($id: ID!, $expectedVersion: Int, $reason: String) {\n    closePosition(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EmployerPositionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerClosePosition($id: ID!, $expectedVersion: Int, $reason: String) {\n    closePosition(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...EmployerPositionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployerProposalActionFields on Proposal {\n    id\n    version\n    status\n    interviewAt\n    decisionReason\n    candidateContact {\n      fullName\n      email\n      phone\n    }\n    programme {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment EmployerProposalActionFields on Proposal {\n    id\n    version\n    status\n    interviewAt\n    decisionReason\n    candidateContact {\n      fullName\n      email\n      phone\n    }\n    programme {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerScheduleInterview($id: ID!, $at: DateTime!, $expectedVersion: Int) {\n    scheduleInterview(id: $id, at: $at, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerScheduleInterview($id: ID!, $at: DateTime!, $expectedVersion: Int) {\n    scheduleInterview(id: $id, at: $at, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerAcceptProposal($id: ID!, $expectedVersion: Int) {\n    acceptProposal(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerAcceptProposal($id: ID!, $expectedVersion: Int) {\n    acceptProposal(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerRejectProposal($id: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectProposal(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerRejectProposal($id: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectProposal(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      ...EmployerProposalActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployerProgrammeFields on Programme {\n    id\n    version\n    kind\n    status\n    startDate\n    endDate\n    weeklyWorkHours\n    hourlyWageDkk\n    collectiveAgreement\n    employeeRepresentativeStatement\n    noOrdinaryEmploymentLast3Months\n    totalSchoolWeeks\n    registrationDeadline\n    union {\n      id\n      name\n    }\n    schoolPeriods {\n      startDate\n      endDate\n      weeks\n      description\n    }\n    ruleViolations {\n      code\n      field\n    }\n    bonusMilestones {\n      kind\n      dueOn\n      amountDkk\n    }\n    approvals {\n      decision\n      comment\n      decidedAt\n    }\n    candidate {\n      id\n      reference\n    }\n    position {\n      id\n      title\n      union {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EmployerProgrammeFields on Programme {\n    id\n    version\n    kind\n    status\n    startDate\n    endDate\n    weeklyWorkHours\n    hourlyWageDkk\n    collectiveAgreement\n    employeeRepresentativeStatement\n    noOrdinaryEmploymentLast3Months\n    totalSchoolWeeks\n    registrationDeadline\n    union {\n      id\n      name\n    }\n    schoolPeriods {\n      startDate\n      endDate\n      weeks\n      description\n    }\n    ruleViolations {\n      code\n      field\n    }\n    bonusMilestones {\n      kind\n      dueOn\n      amountDkk\n    }\n    approvals {\n      decision\n      comment\n      decidedAt\n    }\n    candidate {\n      id\n      reference\n    }\n    position {\n      id\n      title\n      union {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerProgramme($id: ID!) {\n    programme(id: $id) {\n      ...EmployerProgrammeFields\n    }\n    unions {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query EmployerProgramme($id: ID!) {\n    programme(id: $id) {\n      ...EmployerProgrammeFields\n    }\n    unions {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerProgrammes($statuses: [ProgrammeStatus!], $after: String) {\n    programmes(first: 50, after: $after, filter: { statuses: $statuses }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          kind\n          status\n          startDate\n          endDate\n          registrationDeadline\n          bonusMilestones {\n            kind\n            dueOn\n            amountDkk\n          }\n          candidate {\n            id\n            reference\n          }\n          position {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerProgrammes($statuses: [ProgrammeStatus!], $after: String) {\n    programmes(first: 50, after: $after, filter: { statuses: $statuses }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          version\n          kind\n          status\n          startDate\n          endDate\n          registrationDeadline\n          bonusMilestones {\n            kind\n            dueOn\n            amountDkk\n          }\n          candidate {\n            id\n            reference\n          }\n          position {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerCreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerUpdateProgramme($id: ID!, $expectedVersion: Int!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EmployerProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerUpdateProgramme($id: ID!, $expectedVersion: Int!, $input: UpdateProgrammeInput!) {\n    updateProgramme(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...EmployerProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerSubmitProgramme($id: ID!, $expectedVersion: Int) {\n    submitProgramme(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerSubmitProgramme($id: ID!, $expectedVersion: Int) {\n    submitProgramme(id: $id, expectedVersion: $expectedVersion) {\n      ...EmployerProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerWithdrawProgramme($id: ID!, $reason: String!) {\n    withdrawProgramme(id: $id, reason: $reason) {\n      ...EmployerProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerWithdrawProgramme($id: ID!, $reason: String!) {\n    withdrawProgramme(id: $id, reason: $reason) {\n      ...EmployerProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerStartProgramme($id: ID!, $expectedVersion: Int) {\n    startProgramme(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      bonusMilestones {\n        kind\n        dueOn\n        amountDkk\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployerStartProgramme($id: ID!, $expectedVersion: Int) {\n    startProgramme(id: $id, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      bonusMilestones {\n        kind\n        dueOn\n        amountDkk\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerPositionsCount($companyId: ID!) {\n    positions(first: 1, filter: { companyId: $companyId }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EmployerPositionsCount($companyId: ID!) {\n    positions(first: 1, filter: { companyId: $companyId }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammesCount($statuses: [ProgrammeStatus!]) {\n    programmes(first: 1, filter: { statuses: $statuses }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ProgrammesCount($statuses: [ProgrammeStatus!]) {\n    programmes(first: 1, filter: { statuses: $statuses }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidatesCount {\n    candidates(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CandidatesCount {\n    candidates(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionSearchCount {\n    positions(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PositionSearchCount {\n    positions(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalsCount {\n    proposals(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ProposalsCount {\n    proposals(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    displayName\n    role\n    company {\n      id\n      name\n    }\n    jobcentre {\n      id\n      name\n    }\n    union {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    displayName\n    role\n    company {\n      id\n      name\n    }\n    jobcentre {\n      id\n      name\n    }\n    union {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionMe {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query SessionMe {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterEmployer($input: RegisterEmployerInput!) {\n    registerEmployer(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterEmployer($input: RegisterEmployerInput!) {\n    registerEmployer(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;