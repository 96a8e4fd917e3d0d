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
    "\n  query PositionCountsByMunicipality {\n    positionCountsByMunicipality {\n      municipalityCode\n      openPositions\n    }\n  }\n": typeof types.PositionCountsByMunicipalityDocument,
    "\n  query OpenPositionsInMunicipality($municipalityCode: Int!) {\n    positions(first: 10, filter: { municipalityCodes: [$municipalityCode], statuses: [OPEN] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OpenPositionsInMunicipalityDocument,
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
    "\n  query PositionCountsByMunicipality {\n    positionCountsByMunicipality {\n      municipalityCode\n      openPositions\n    }\n  }\n": types.PositionCountsByMunicipalityDocument,
    "\n  query OpenPositionsInMunicipality($municipalityCode: Int!) {\n    positions(first: 10, filter: { municipalityCodes: [$municipalityCode], statuses: [OPEN] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OpenPositionsInMunicipalityDocument,
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
export function graphql(source: "\n  query PositionCountsByMunicipality {\n    positionCountsByMunicipality {\n      municipalityCode\n      openPositions\n    }\n  }\n"): (typeof documents)["\n  query PositionCountsByMunicipality {\n    positionCountsByMunicipality {\n      municipalityCode\n      openPositions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenPositionsInMunicipality($municipalityCode: Int!) {\n    positions(first: 10, filter: { municipalityCodes: [$municipalityCode], statuses: [OPEN] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenPositionsInMunicipality($municipalityCode: Int!) {\n    positions(first: 10, filter: { municipalityCodes: [$municipalityCode], statuses: [OPEN] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          company {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
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