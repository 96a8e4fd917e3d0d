/**
 * The `positions(first: n)` list of a JOBCENTRE viewer (OPEN positions
 * nationwide, newest published first) as hand-written `pg` statements: the
 * same statements as the API's PositionQueryService and its DataLoaders run
 * (the page with its total in one statement, then the page's companies by key;
 * occupations and municipalities from memory, as the API's reference-data
 * cache serves them), so the baselines differ from the API in the framework
 * only. Shared by the Fastify and plain Apollo baselines.
 */
import { encodeCursor } from '@igu/graphql';
import type pg from 'pg';

const SORT_AT = 'coalesce(p.published_at, p.created_at)';
const SORT_AT_TEXT = `to_char(${SORT_AT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** Every column the API's entity selects (all but the search vector). */
const COLUMNS = [
  'id',
  'version',
  'kind',
  'status',
  'company_id',
  'title',
  'description',
  'occupation_code',
  'municipality_code',
  'latitude',
  'longitude',
  'weekly_hours',
  'openings',
  'start_date',
  'application_deadline',
  'required_danish_level',
  'driving_licence_required',
  'union_id',
  'collective_agreement',
  'hourly_wage_dkk',
  'created_at',
  'updated_at',
  'published_at',
  'closed_at',
  'close_reason',
];
const columns = (alias: string) => COLUMNS.map((column) => `${alias}.${column}`).join(', ');

/** The page's rows with their cursor key, and the exact total (one row of NULLs and the total when the page is empty). */
export const PAGE_SQL = `SELECT counted.total, page.sort_at, ${columns('page')}
  FROM (SELECT ((SELECT count(*) FROM position p WHERE p.status = 'OPEN'))::int AS total) counted
  LEFT JOIN (SELECT ${columns('p')}, ${SORT_AT} AS sort_key, ${SORT_AT_TEXT} AS sort_at FROM position p
    WHERE p.status = 'OPEN' ORDER BY ${SORT_AT} DESC, p.id DESC LIMIT $1) page ON true
  ORDER BY page.sort_key DESC, page.id DESC`;
export const COMPANIES_SQL = 'SELECT id, name FROM company WHERE id = ANY($1::uuid[])';
const OCCUPATIONS_SQL = 'SELECT code, title FROM occupation';
const MUNICIPALITIES_SQL = 'SELECT code, name FROM municipality';

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

/** The list resolver's one statement. */
export async function positionsPage(pool: pg.Pool, first: number): Promise<PositionsPage> {
  const { rows } = await pool.query<PositionRow & { total: number; sort_at: string | null }>(PAGE_SQL, [first + 1]);
  const page = rows.filter((row) => row.sort_at !== null);
  const edges = page.slice(0, first).map((row) => ({ cursor: encodeCursor(['positions', row.sort_at, row.id]), node: row }));
  return { totalCount: rows[0].total, pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null }, edges };
}

/** Occupations and municipalities, read once at start: the benchmark changes no reference data. */
export async function referenceMaps(
  pool: pg.Pool,
): Promise<{ occupations: Map<string, Occupation>; municipalities: Map<number, Municipality> }> {
  const [occupations, municipalities] = await Promise.all([
    pool.query<Occupation>(OCCUPATIONS_SQL),
    pool.query<Municipality>(MUNICIPALITIES_SQL),
  ]);
  return {
    occupations: new Map(occupations.rows.map((row) => [row.code, row])),
    municipalities: new Map(municipalities.rows.map((row) => [row.code, row])),
  };
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
