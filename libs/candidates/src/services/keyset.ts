import { AppError, decodeCursor } from '@igu/graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A list order: one sort column, then the id as the final tiebreak. */
export interface KeysetOrder<Row> {
  /** Written into the cursor: a cursor of another order is refused. */
  name: string;
  column: string;
  direction: 'ASC' | 'DESC';
  cast: 'date' | 'timestamptz';
  keyOf: (row: Row) => string;
}

/** Orders the query and, after a cursor, continues strictly behind the cursor's row. */
export function applyKeyset<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  alias: string,
  order: KeysetOrder<Row>,
  after: string | null | undefined,
): void {
  query.orderBy(`${alias}.${order.column}`, order.direction).addOrderBy(`${alias}.id`, order.direction);
  if (!after) return;
  const [name, key, id] = decodeCursor(after, 3);
  const validKey = typeof key === 'string' && (order.cast === 'date' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/).test(key);
  if (name !== order.name || !validKey || typeof id !== 'string' || !isUuid(id)) {
    throw AppError.badInput('INVALID_CURSOR', 'The cursor is not valid for this list', 'after');
  }
  const comparison = order.direction === 'ASC' ? '>' : '<';
  query.andWhere(`(${alias}.${order.column}, ${alias}.id) ${comparison} (CAST(:afterKey AS ${order.cast}), CAST(:afterId AS uuid))`, {
    afterKey: key,
    afterId: id,
  });
}

export function cursorKey<Row extends { id: string }>(order: KeysetOrder<Row>, row: Row): [string, string, string] {
  return [order.name, order.keyOf(row), row.id];
}
