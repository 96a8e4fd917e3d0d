import type { DataSource } from 'typeorm';

/**
 * SQL that TypeORM would run to make the database match the entities.
 * Empty after migrations means entities and migrations agree.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return sqlInMemory.upQueries.map((query) => query.query);
}
