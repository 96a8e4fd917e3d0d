/**
 * An SQL condition owned by the proposals feature: whether the candidate is
 * proposed to the position (the arguments are column expressions). Matching
 * does not import proposals (a workflow above it); the API module hands the
 * condition in (`MatchingGraphqlModule.forRoot`).
 */
export type ProposedPairSql = (candidateColumn: string, positionColumn: string) => string;

export const PROPOSED_PAIR_SQL = Symbol('ProposedPairSql');
