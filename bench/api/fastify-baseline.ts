/**
 * Baseline (b) of `bench:api`: a minimal Fastify route answering the list
 * query's JSON (`{ data: { positions } }`) from the same `pg` statements as
 * the API: the page, then its companies in one batch; occupations and
 * municipalities from memory. Env: DATABASE_URL, PORT, DATABASE_POOL_SIZE,
 * JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE.
 */
import { installPgTypeParsers } from '@igu/database';
import Fastify from 'fastify';
import pg from 'pg';
import { bearerVerifier, required } from './baseline-auth.js';
import { byKeys, type Company, COMPANIES_SQL, positionScalars, positionsPage, referenceMaps } from './positions-sql.js';

installPgTypeParsers();
const pool = new pg.Pool({ connectionString: required(process.env, 'DATABASE_URL'), max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const verify = bearerVerifier(process.env);
const reference = await referenceMaps(pool);
const app = Fastify({ logger: false });
const unique = <T>(values: T[]) => [...new Set(values)];

app.get('/health', () => ({ ok: true }));
app.post<{ Body: { variables?: { first?: number } } }>('/graphql', async (request, reply) => {
  if (!(await verify(request.headers.authorization))) return reply.code(401).send({ errors: [{ message: 'Unauthenticated' }] });
  const first = Math.min(Math.max(request.body.variables?.first ?? 20, 0), 100);
  const page = await positionsPage(pool, first);
  const rows = page.edges.map((edge) => edge.node);
  const companyIds = unique(rows.map((row) => row.company_id));
  const companies = companyIds.length ? await byKeys<string, Company>(pool, COMPANIES_SQL, companyIds, (row) => row.id) : [];
  const find = <T>(list: (T | null)[], match: (item: T) => boolean) => list.find((item) => item !== null && match(item)) ?? null;
  const edges = page.edges.map(({ cursor, node }) => ({
    cursor,
    node: {
      ...positionScalars(node),
      company: find(companies, (c) => c.id === node.company_id),
      occupation: reference.occupations.get(node.occupation_code) ?? null,
      municipality: reference.municipalities.get(node.municipality_code) ?? null,
    },
  }));
  return { data: { positions: { totalCount: page.totalCount, pageInfo: page.pageInfo, edges } } };
});

await app.listen({ host: '127.0.0.1', port: Number(required(process.env, 'PORT')) });
process.once('SIGTERM', () => void app.close().then(() => pool.end()));
