/**
 * The `positions(first: n)` list of a JOBCENTRE viewer (OPEN positions
 * nationwide, newest published first) as hand-written `pg` statements: the
 * same statements, in the same order, as the API's PositionQueryService and
 * its DataLoaders run (count, page of ids, the rows, then companies,
 * occupations and municipalities by key), so the baselines differ from the
 * API in the framework only. Shared by the Fastify and plain Apollo baselines.
 */
import { encodeCursor } from '@igu/graphql';
import type pg from 'pg';

const SORT_AT = 'coalesce(p.published_at, p.created_at)';
const SORT_AT_TEXT = `to_char(${SORT_AT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export const COUNT_SQL = `SELECT ((SELECT count(*) FROM position p WHERE p.status = 'OPEN'))::int AS n`;
export const PAGE_SQL = `SELECT p.id, ${SORT_AT} AS sort_key, ${SORT_AT_TEXT} AS sort_at FROM position p
  WHERE p.status = 'OPEN' ORDER BY ${SORT_AT} DESC, p.id DESC LIMIT $1`;
/** Every column the API's entity selects (all but the search vector), as TypeORM's findBy does. */
export const ROWS_SQL = `SELECT id, version, kind, status, company_id, title, description, occupation_code, municipality_code, latitude,
  longitude, weekly_hours, openings, start_date, application_deadline, required_danish_level, driving_licence_required, union_id,
  collective_agreement, hourly_wage_dkk, created_at, updated_at, published_at, closed_at, close_reason
  FROM position WHERE id = ANY($1::uuid[])`;
export const COMPANIES_SQL = 'SELECT id, name FROM company WHERE id = ANY($1::uuid[])';
export const OCCUPATIONS_SQL = 'SELECT code, title FROM occupation WHERE code = ANY($1::text[])';
export const MUNICIPALITIES_SQL = 'SELECT code, name FROM municipality WHERE code = ANY($1::smallint[])';

/** The selection every server answers (the list screen's columns with company, occupation and municipality). */
export const LIST_QUERY = `query PositionsList($first: Int!) { positions(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id version kind status title weeklyHours openings startDate hourlyWageDkk publishedAt
    company { id name } occupation { code title } municipality { code name } } } } }`;

export interface PositionRow {
  id: string;
  version: number;
  kind: string;
  status: string;
  title: string;
  weekly_hours: number;
  openings: number;
  start_date: string | null;
  hourly_wage_dkk: string | null;
  published_at: Date | null;
  company_id: string;
  occupation_code: string;
  municipality_code: number;
}

export interface PositionsPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: PositionRow }[];
}

/** Count, page and rows: the list resolver's three statements. */
export async function positionsPage(pool: pg.Pool, first: number): Promise<PositionsPage> {
  const { rows: counted } = await pool.query<{ n: number }>(COUNT_SQL);
  const { rows: page } = await pool.query<{ id: string; sort_at: string }>(PAGE_SQL, [first + 1]);
  const ids = page.slice(0, first).map((row) => row.id);
  const { rows } = ids.length ? await pool.query<PositionRow>(ROWS_SQL, [ids]) : { rows: [] };
  const byId = new Map(rows.map((row) => [row.id, row]));
  const edges = page.slice(0, first).flatMap((row) => {
    const node = byId.get(row.id);
    return node ? [{ cursor: encodeCursor(['positions', row.sort_at, row.id]), node }] : [];
  });
  return { totalCount: counted[0].n, pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null }, edges };
}

/** A batch of keys → rows in key order (null where none), as the API's `alignByKey`. */
export async function byKeys<K, R>(pool: pg.Pool, sql: string, keys: readonly K[], keyOf: (row: R) => K): Promise<(R | null)[]> {
  const { rows } = await pool.query<R & pg.QueryResultRow>(sql, [keys]);
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

export interface Company {
  id: string;
  name: string;
}
export interface Occupation {
  code: string;
  title: string;
}
export interface Municipality {
  code: number;
  name: string;
}

/** The GraphQL scalar fields of a row, serialised as the API does (numeric → number, timestamptz → ISO text). */
export function positionScalars(row: PositionRow) {
  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    status: row.status,
    title: row.title,
    weeklyHours: row.weekly_hours,
    openings: row.openings,
    startDate: row.start_date,
    hourlyWageDkk: row.hourly_wage_dkk === null ? null : Number(row.hourly_wage_dkk),
    publishedAt: row.published_at?.toISOString() ?? null,
  };
}
