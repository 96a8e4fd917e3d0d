import type { Scope } from '@igu/access';
import { boundingBox, EARTH_RADIUS_KM } from '../rules/geo.js';
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
export const SORT_AT = 'coalesce(p.published_at, p.created_at)';
/** Exact to the microsecond, so a cursor never skips or repeats rows that share a millisecond. */
export const SORT_AT_TEXT = `to_char(${SORT_AT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
export const ORDER_BY = `${SORT_AT} DESC, p.id DESC`;

/** The expressions the text indexes are built on; queries must repeat them exactly. */
const DOCUMENT = `(p.title || ' ' || p.description)`;
const DANISH_VECTOR = `to_tsvector('danish'::regconfig, ${DOCUMENT})`;

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Which rows a viewer may list, and the default statuses (contract: "default:
 * OPEN (own company: all)"): OPEN positions nationwide plus, for an employer,
 * every position of their own company. Explicit `statuses` narrow that
 * further but never widen it, so ADMIN (who may see all) passes statuses to
 * see drafts or closed positions.
 */
export function visibilityCondition(scope: Scope, statuses: readonly string[] | undefined, params: SqlParams): string[] {
  const visible =
    scope.kind === 'admin'
      ? null
      : scope.kind === 'company'
        ? `(p.status = 'OPEN' OR p.company_id = ${params.add(scope.companyId)})`
        : `p.status = 'OPEN'`;
  if (!statuses) return [visible ?? `p.status = 'OPEN'`];
  // A literal 'OPEN' lets the planner use the partial index of the OPEN listing.
  const chosen =
    statuses.length === 1 && statuses[0] === 'OPEN'
      ? `p.status = 'OPEN'`
      : `p.status = ANY(${params.add(statuses)}::position_status[])`;
  return visible ? [visible, chosen] : [chosen];
}

/** WHERE conditions (ANDed) for a checked search; every value is a parameter. */
export function searchConditions(scope: Scope, search: PositionSearch, params: SqlParams): string[] {
  const conditions = visibilityCondition(scope, search.statuses, params);
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
    // "rengøringsassistent"); Danish full text (GIN) finds inflections ("malere" → "maler").
    conditions.push(
      `(${DOCUMENT} ILIKE ${params.add(`%${escapeLike(term)}%`)} OR ${DANISH_VECTOR} @@ plainto_tsquery('danish'::regconfig, ${params.add(term)}))`,
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

export const whereClause = (conditions: readonly string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
