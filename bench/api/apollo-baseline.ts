/**
 * Baseline (c) of `bench:api`: a plain `@apollo/server` (standalone, Node's
 * http) with the API's resolver shape over `pg`: the list resolver runs the
 * same statement, Position.company/occupation/municipality go through
 * per-request DataLoaders, one batch each: companies from the database,
 * occupations and municipalities from memory. Env as fastify-baseline.ts.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { installPgTypeParsers } from '@igu/database';
import DataLoader from 'dataloader';
import pg from 'pg';
import { bearerVerifier, required } from './baseline-auth.js';
import {
  byKeys,
  type Company,
  COMPANIES_SQL,
  type Municipality,
  type Occupation,
  type PositionRow,
  positionScalars,
  positionsPage,
  referenceMaps,
} from './positions-sql.js';

installPgTypeParsers();
const pool = new pg.Pool({ connectionString: required(process.env, 'DATABASE_URL'), max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const verify = bearerVerifier(process.env);
const reference = await referenceMaps(pool);
const fromMemory =
  <K, V>(map: ReadonlyMap<K, V>) =>
  (keys: readonly K[]) =>
    Promise.resolve(keys.map((key) => map.get(key) ?? null));

const typeDefs = `#graphql
  type Query { positions(first: Int = 20, after: String): PositionConnection! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type PositionConnection { totalCount: Int! pageInfo: PageInfo! edges: [PositionEdge!]! }
  type PositionEdge { cursor: String! node: Position! }
  enum PositionKind { JOB IGU INTERNSHIP WAGE_SUBSIDY }
  enum PositionStatus { DRAFT OPEN FILLED CLOSED }
  type Position { id: ID! version: Int! kind: PositionKind! status: PositionStatus! title: String! weeklyHours: Float! openings: Int!
    startDate: String hourlyWageDkk: Float publishedAt: String company: Company! occupation: Occupation! municipality: Municipality! }
  type Company { id: ID! name: String! }
  type Occupation { code: String! title: String! }
  type Municipality { code: Int! name: String! }
`;

interface Context {
  companies: DataLoader<string, Company | null>;
  occupations: DataLoader<string, Occupation | null>;
  municipalities: DataLoader<number, Municipality | null>;
}

const resolvers = {
  Query: {
    positions: async (_: unknown, args: { first: number }) => {
      const page = await positionsPage(pool, Math.min(Math.max(args.first, 0), 100));
      return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node })) };
    },
  },
  Position: {
    // Scalars computed once per row; relations through the request's loaders.
    id: (row: PositionRow) => row.id,
    weeklyHours: (row: PositionRow) => row.weekly_hours,
    startDate: (row: PositionRow) => row.start_date,
    hourlyWageDkk: (row: PositionRow) => positionScalars(row).hourlyWageDkk,
    publishedAt: (row: PositionRow) => positionScalars(row).publishedAt,
    company: (row: PositionRow, _: unknown, context: Context) => context.companies.load(row.company_id),
    occupation: (row: PositionRow, _: unknown, context: Context) => context.occupations.load(row.occupation_code),
    municipality: (row: PositionRow, _: unknown, context: Context) => context.municipalities.load(row.municipality_code),
  },
};

const server = new ApolloServer<Context>({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: Number(required(process.env, 'PORT')) },
  context: async ({ req }) => {
    if (!(await verify(req.headers.authorization))) throw new Error('Unauthenticated');
    return {
      companies: new DataLoader((ids: readonly string[]) => byKeys<string, Company>(pool, COMPANIES_SQL, ids, (row) => row.id)),
      occupations: new DataLoader(fromMemory<string, Occupation>(reference.occupations)),
      municipalities: new DataLoader(fromMemory<number, Municipality>(reference.municipalities)),
    };
  },
});
console.log(`apollo baseline at ${url}`);
process.once('SIGTERM', () => void server.stop().then(() => pool.end()));
