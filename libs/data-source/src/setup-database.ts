import { seedReferenceData } from '@igu/reference-data';
import type { DataSource } from 'typeorm';

/** Applies pending migrations, then upserts reference data. Safe to run any number of times. */
export async function setupDatabase(dataSource: DataSource): Promise<{ migrations: string[] }> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.transaction((manager) => seedReferenceData(manager));
  return { migrations: applied.map((migration) => migration.name) };
}
