import type { EntityManager } from 'typeorm';

/** Runs raw SQL: a DataSource, or the EntityManager of an open transaction. */
export type SqlRunner = Pick<EntityManager, 'query'>;

/**
 * Runs a statement that answers with rows (SELECT, INSERT … RETURNING) and types
 * them. TypeORM types raw results as `any`; the row type states the statement's
 * column list, which the statement's own tests check. Not for UPDATE or DELETE:
 * TypeORM answers those with `[rows, affectedCount]`.
 */
export function queryRows<Row>(runner: SqlRunner, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  return runner.query<Row[]>(sql, [...params]);
}

/** The first row of `queryRows`, or undefined when there is none. */
export async function queryRow<Row>(runner: SqlRunner, sql: string, params: readonly unknown[] = []): Promise<Row | undefined> {
  const rows = await queryRows<Row>(runner, sql, params);
  return rows.at(0);
}
