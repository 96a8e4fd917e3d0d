import { Inject, Injectable } from '@nestjs/common';
import type { Scope } from '@igu/access';
import { type ConnectionShape, decodeKeysetCursor, isUuid, type KeysetOrder, keysetKey, toConnection } from '@igu/graphql';
import { assertMunicipalityCodes, assertRegionCodes } from '@igu/reference-data';
import { DataSource, In } from 'typeorm';
import { PositionSkillEntity } from '../entities/position-skill.entity.js';
import { PositionEntity } from '../entities/position.entity.js';
import { checkPositionFilter, isFilterViolation, type PositionFilterInput } from '../rules/position-filter-rules.js';
import { canViewPosition } from '../rules/position-transitions.js';
import {
  companyCountsSql,
  companyPagesSql,
  countSql,
  filterConditions,
  keysetCondition,
  listSql,
  SqlParams,
  visibleParts,
  visibleWhere,
} from './position-search.sql.js';
import { PositionException, PositionExceptionCode } from '../errors/position.exception.js';
import { EntityRows, queryRows } from '@igu/database';

interface PageRow {
  id: string;
  sort_at: string;
}

/** A row of `listSql`: the total, and the position's columns with its cursor key (all NULL when the page is empty). */
interface ListRow extends Record<string, unknown> {
  total: number;
  id: string | null;
  sort_at: string | null;
}

/** Reads positions through the viewer's scope (docs/domain.md §5); `byIds` is unscoped, for loaders whose parent decided visibility. */
@Injectable()
export class PositionQueryService {
  private entityRows?: EntityRows<PositionEntity>;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Built on first use: the DataSource's metadata exists only once it is initialised. */
  private get rows(): EntityRows<PositionEntity> {
    return (this.entityRows ??= new EntityRows(this.dataSource, PositionEntity));
  }

  /** One position the viewer may see; NOT_FOUND otherwise (no existence leaks). */
  async get(scope: Scope, id: string): Promise<PositionEntity> {
    const position = await this.find(scope, id);
    if (!position) throw new PositionException(PositionExceptionCode.POSITION_NOT_FOUND, 'Position not found');
    return position;
  }

  async find(scope: Scope, id: string): Promise<PositionEntity | null> {
    if (!isUuid(id)) return null;
    const position = await this.dataSource.getRepository(PositionEntity).findOneBy({ id });
    return position && canViewPosition(scope, position) ? position : null;
  }

  /** `positions(filter, first, after)`: an exact total and one keyset page, in one statement. */
  async list(
    scope: Scope,
    filter: PositionFilterInput | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionShape<PositionEntity>> {
    const search = checkPositionFilter(filter);
    if (isFilterViolation(search)) throw new PositionException(search.reason, search.message, search.field);
    assertMunicipalityCodes(search.municipalityCodes, 'filter.municipalityCodes');
    assertRegionCodes(search.regionCodes, 'filter.regionCodes');
    const cursor = parseCursor(after);
    const params = new SqlParams();
    const parts = visibleParts(scope, search.statuses, params);
    if (parts.length === 0) return toConnection([], first, 0, () => []); // e.g. a jobcentre asking for drafts
    const filters = filterConditions(search, params);
    if (first === 0) {
      const [{ n: total }] = await queryRows<{ n: number }>(this.dataSource, countSql(parts, filters), params.values);
      return toConnection([], 0, total, () => []);
    }
    const keyset = keysetCondition(cursor, params);
    const sql = listSql(parts, filters, keyset, params.add(first + 1), (alias) => this.rows.columns(alias));
    const rows = await queryRows<ListRow>(this.dataSource, sql, params.values);
    const page = rows.filter((row): row is ListRow & PageRow => row.sort_at !== null); // an empty page is one row of NULLs
    return pageOf(page, new Map(page.slice(0, first).map((row) => [row.id, this.rows.hydrate(row)])), first, rows[0].total);
  }

  /**
   * `Company.positions` for many companies at once (one DataLoader batch): the
   * first page of each company with a window function, and the totals grouped.
   */
  async companyPages(
    scope: Scope,
    companyIds: readonly string[],
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionShape<PositionEntity>[]> {
    const cursor = parseCursor(after);
    const countParams = new SqlParams();
    const counts: { company_id: string; n: number }[] = await this.dataSource.query(
      companyCountsSql(countParams.add(companyIds), visibleWhere(scope, undefined, countParams)),
      countParams.values,
    );
    const params = new SqlParams();
    const companies = params.add(companyIds);
    const visible = visibleWhere(scope, undefined, params);
    const keyset = keysetCondition(cursor, params);
    const rows: (PageRow & { company_id: string })[] =
      first === 0 ? [] : await this.dataSource.query(companyPagesSql(companies, visible, keyset, params.add(first + 1)), params.values);
    const entities = await this.byIdsMap(rows.map((row) => row.id));
    return companyIds.map((companyId) => {
      const own = rows.filter((row) => row.company_id === companyId);
      const total = counts.find((count) => count.company_id === companyId)?.n ?? 0;
      return pageOf(own, entities, first, total);
    });
  }

  /** Every viewer sees OPEN positions nationwide, so no scope narrows these counts. */
  openCountsByMunicipality(): Promise<{ municipalityCode: number; openPositions: number }[]> {
    return this.dataSource.query(
      `SELECT municipality_code AS "municipalityCode", count(*)::int AS "openPositions"
       FROM position WHERE status = 'OPEN' GROUP BY municipality_code ORDER BY municipality_code`,
    );
  }

  /** Unscoped: for loaders whose parent has already decided visibility. */
  byIds(ids: readonly string[]): Promise<PositionEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.dataSource.getRepository(PositionEntity).findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  skillsOf(positionIds: readonly string[]): Promise<PositionSkillEntity[]> {
    return this.dataSource
      .getRepository(PositionSkillEntity)
      .find({ where: { positionId: In([...positionIds]) }, order: { required: 'DESC', skillCode: 'ASC' } });
  }

  private async byIdsMap(ids: string[]): Promise<Map<string, PositionEntity>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.byIds(ids)).map((position) => [position.id, position]));
  }
}

function pageOf(
  rows: readonly PageRow[],
  entities: ReadonlyMap<string, PositionEntity>,
  first: number,
  total: number,
): ConnectionShape<PositionEntity> {
  const connection = toConnection(rows, first, total, (row) => keysetKey(NEWEST_FIRST, row.sort_at, row.id));
  const edges = connection.edges.flatMap((edge) => {
    const node = entities.get(edge.node.id);
    return node ? [{ cursor: edge.cursor, node }] : [];
  });
  return { ...connection, edges };
}

/** Newest published first; the key is the µs text of position-search.sql.ts's sort expression. */
const NEWEST_FIRST: KeysetOrder = { name: 'positions', kind: 'timestamp' };

function parseCursor(after: string | null | undefined): { sortAt: string; id: string } | null {
  const cursor = decodeKeysetCursor(NEWEST_FIRST, after);
  return cursor && { sortAt: cursor.key as string, id: cursor.id };
}
