import type { Scope } from '@igu/access';
import { PositionStatus } from '../position.enums.js';
import { boundingBox, EARTH_RADIUS_KM } from '@igu/geo';
import type { PositionSearch } from '../rules/position-filter-rules.js';

/** Collects positional parameters ($1, $2, …) while SQL is assembled. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The keyset order: newest published (drafts: created) first, id as the final tiebreak. */
const SORT_AT = 'coalesce(p.published_at, p.created_at)';
/** Exact to the microsecond, so a cursor never skips or repeats rows that share a millisecond. */
const SORT_AT_TEXT = `to_char(${SORT_AT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
export const ORDER_BY = `${SORT_AT} DESC, p.id DESC`;

/** The expression of the trigram index; queries must repeat it exactly. */
const DOCUMENT = `(p.title || ' ' || p.description)`;

const ALL_STATUSES = Object.values(PositionStatus);

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * What a viewer lists, as disjoint parts (docs/domain.md §5 and the contract's
 * "statuses: default OPEN (own company: all)"): OPEN positions nationwide and,
 * for an employer, the other statuses of their own company. Explicit
 * `statuses` narrow this and never widen it, so ADMIN (who may see all)
 * passes statuses to list drafts or closed positions. Disjoint parts let an
 * employer's listing merge two index scans instead of sorting an OR.
 */
export function visibleParts(scope: Scope, statuses: readonly PositionStatus[] | undefined, params: SqlParams): string[] {
  const wantsOpen = !statuses || statuses.includes(PositionStatus.OPEN);
  const open = wantsOpen ? [`p.status = 'OPEN'`] : [];
  switch (scope.kind) {
    case 'admin':
      return statuses ? [`p.status = ANY(${params.add(statuses)}::position_status[])`] : open;
    case 'company': {
      const others = (statuses ?? ALL_STATUSES).filter((status) => status !== PositionStatus.OPEN);
      const own = others.length
        ? [`p.company_id = ${params.add(scope.companyId)} AND p.status = ANY(${params.add(others)}::position_status[])`]
        : [];
      return [...open, ...own];
    }
    case 'jobcentre':
    case 'union':
      return open;
  }
}

/** The same rows as one condition, for queries already narrowed another way (a company's positions). */
export function visibleWhere(scope: Scope, statuses: readonly PositionStatus[] | undefined, params: SqlParams): string {
  const parts = visibleParts(scope, statuses, params);
  return parts.length ? `(${parts.map((part) => `(${part})`).join(' OR ')})` : 'false';
}

/** WHERE conditions (ANDed) of a checked search, besides visibility; every value is a parameter. */
export function filterConditions(search: PositionSearch, params: SqlParams): string[] {
  const conditions: string[] = [];
  if (search.kinds) conditions.push(`p.kind = ANY(${params.add(search.kinds)}::position_kind[])`);
  if (search.municipalityCodes) {
    conditions.push(`p.municipality_code = ANY(${params.add(search.municipalityCodes)}::smallint[])`);
  }
  if (search.regionCodes) {
    conditions.push(
      `p.municipality_code IN (SELECT m.code FROM municipality m WHERE m.region_code = ANY(${params.add(search.regionCodes)}::smallint[]))`,
    );
  }
  if (search.occupationPrefixes) {
    // LIKE 'prefix%' uses the varchar_pattern_ops index whatever the collation.
    const prefixes = search.occupationPrefixes.map((code) => `p.occupation_code LIKE ${params.add(`${code}%`)}`);
    conditions.push(`(${prefixes.join(' OR ')})`);
  }
  if (search.companyId) conditions.push(`p.company_id = ${params.add(search.companyId)}`);
  for (const term of search.textTerms ?? []) {
    // Substring (trigram index) finds partial words and compounds ("rengøring" in
    // "rengøringsassistent"); Danish full text (GIN on search_vector) finds
    // inflections ("maleren" ~ "malere").
    conditions.push(
      `(${DOCUMENT} ILIKE ${params.add(`%${escapeLike(term)}%`)} OR p.search_vector @@ plainto_tsquery('danish'::regconfig, ${params.add(term)}))`,
    );
  }
  if (search.near) conditions.push(...nearConditions(search.near, params));
  return conditions;
}

/** A GiST-indexed bounding box first, then the exact great-circle distance. */
function nearConditions(near: { latitude: number; longitude: number; radiusKm: number }, params: SqlParams): string[] {
  const box = boundingBox(near, near.radiusKm);
  const latitude = params.add(near.latitude);
  const longitude = params.add(near.longitude);
  return [
    `point(p.longitude, p.latitude) <@ box(point(${params.add(box.minLongitude)}, ${params.add(box.minLatitude)}), point(${params.add(box.maxLongitude)}, ${params.add(box.maxLatitude)}))`,
    `2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
        power(sin(radians(p.latitude - ${latitude}::float8) / 2), 2)
        + cos(radians(${latitude}::float8)) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - ${longitude}::float8) / 2), 2)
      ))) <= ${params.add(near.radiusKm)}::float8`,
  ];
}

/** Rows strictly after the cursor's (sortAt, id) in ORDER_BY. */
export function keysetCondition(after: { sortAt: string; id: string } | null, params: SqlParams): string[] {
  return after ? [`(${SORT_AT}, p.id) < (${params.add(after.sortAt)}::timestamptz, ${params.add(after.id)}::uuid)`] : [];
}

const where = (conditions: readonly string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/** The exact total of at least one part: the disjoint parts counted separately and added. */
function totalSql(parts: readonly string[], conditions: readonly string[]): string {
  const counts = parts.map((part) => `(SELECT count(*) FROM position p ${where([part, ...conditions])})`);
  return `(${counts.join(' + ')})::int`;
}

/** The total alone (an empty page). */
export function countSql(parts: readonly string[], conditions: readonly string[]): string {
  return `SELECT ${totalSql(parts, conditions)} AS n`;
}

/**
 * One page of `positions` in one statement: `columns` of each row (the
 * entity's, qualified by `p.`) with its `sort_at` (the cursor key as text),
 * and the exact `total` of the filter (`filters`, without the keyset). The
 * total is an uncorrelated subquery, run once; an empty page still answers
 * one row, holding the total and NULLs. Several parts: each takes its own first
 * `limit` rows in order (an index scan each), then the union is ordered and
 * cut once more.
 */
export function listSql(
  parts: readonly string[],
  filters: readonly string[],
  keyset: readonly string[],
  limit: string,
  columns: (alias: string) => string,
): string {
  const select = (part: string) =>
    `SELECT ${columns('p')}, ${SORT_AT} AS sort_key, ${SORT_AT_TEXT} AS sort_at FROM position p ` +
    `${where([part, ...filters, ...keyset])} ORDER BY ${ORDER_BY} LIMIT ${limit}`;
  const page =
    parts.length === 1
      ? select(parts[0])
      : `SELECT * FROM (${parts.map((part) => `(${select(part)})`).join(' UNION ALL ')}) parts ORDER BY sort_key DESC, id DESC LIMIT ${limit}`;
  return `SELECT counted.total, page.sort_at, ${columns('page')}
    FROM (SELECT ${totalSql(parts, filters)} AS total) counted LEFT JOIN (${page}) page ON true
    ORDER BY page.sort_key DESC, page.id DESC`;
}

/** `Company.positions` for many companies: each company's first `limit` rows by a window function. */
export function companyPagesSql(companies: string, visible: string, conditions: readonly string[], limit: string): string {
  return `SELECT id, company_id, sort_at FROM (
      SELECT p.id, p.company_id, ${SORT_AT_TEXT} AS sort_at,
             row_number() OVER (PARTITION BY p.company_id ORDER BY ${ORDER_BY}) AS rank
      FROM position p ${where([`p.company_id = ANY(${companies}::uuid[])`, visible, ...conditions])}
    ) ranked WHERE rank <= ${limit} ORDER BY company_id, rank`;
}

export function companyCountsSql(companies: string, visible: string): string {
  return `SELECT p.company_id, count(*)::int AS n FROM position p
    ${where([`p.company_id = ANY(${companies}::uuid[])`, visible])} GROUP BY p.company_id`;
}
