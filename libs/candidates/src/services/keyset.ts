import { decodeKeysetCursor, keysetKey, type KeysetOrder as CursorOrder } from '@igu/graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A list order: one sort column, then the id as the final tiebreak. */
export interface KeysetOrder<Row> {
  /** Written into the cursor: a cursor of another order is refused. */
  name: string;
  column: string;
  direction: 'ASC' | 'DESC';
  cast: 'date' | 'timestamptz';
  /** Exact: candidate timestamps are stored at millisecond precision, so their ISO text is the whole value. */
  keyOf: (row: Row) => string;
}

const cursorOrder = <Row>(order: KeysetOrder<Row>): CursorOrder => ({
  name: order.name,
  kind: order.cast === 'date' ? 'date' : 'timestamp',
});

/** Orders the query and, after a cursor, continues strictly behind the cursor's row. */
export function applyKeyset<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  alias: string,
  order: KeysetOrder<Row>,
  after: string | null | undefined,
): void {
  query.orderBy(`${alias}.${order.column}`, order.direction).addOrderBy(`${alias}.id`, order.direction);
  const position = decodeKeysetCursor(cursorOrder(order), after);
  if (!position) return;
  const comparison = order.direction === 'ASC' ? '>' : '<';
  query.andWhere(`(${alias}.${order.column}, ${alias}.id) ${comparison} (CAST(:afterKey AS ${order.cast}), CAST(:afterId AS uuid))`, {
    afterKey: position.key,
    afterId: position.id,
  });
}

export function cursorKey<Row extends { id: string }>(order: KeysetOrder<Row>, row: Row) {
  return keysetKey(cursorOrder(order), order.keyOf(row), row.id);
}
