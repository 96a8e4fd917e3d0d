import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAppDataSource } from '@igu/data-source';
import { createTestDatabase, testConfig, type TestDatabase } from '@igu/testing';
import type { DataSource } from 'typeorm';
import { seedDemoData } from './seed-demo-data.js';

describe('demo data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createAppDataSource({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: 2 }, 'demo-seed-test');
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const positions = () =>
    dataSource.query(
      `SELECT p.kind, p.status, p.municipality_code, u.code AS union_code, c.cvr FROM position p
       JOIN company c ON c.id = p.company_id LEFT JOIN trade_union u ON u.id = p.union_id ORDER BY p.title`,
    );

  it('seeds demo positions of the demo company, an OPEN IGU one with 3F in Aarhus among them, and nothing twice', async () => {
    expect(await seedDemoData(dataSource, testConfig(database.url))).toMatch(/3 new demo users.*; 4 new demo positions.*; 5 new demo candidates/);
    const first = await positions();
    expect(first).toHaveLength(4);
    expect(new Set(first.map((p: { kind: string }) => p.kind))).toEqual(new Set(['IGU', 'JOB', 'INTERNSHIP', 'WAGE_SUBSIDY']));
    expect(first.every((p: { cvr: string }) => p.cvr === '30000005')).toBe(true);
    expect(first).toContainEqual({ kind: 'IGU', status: 'OPEN', municipality_code: 751, union_code: '3f', cvr: '30000005' });
    const published = await dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE topic = 'position.published'`);
    expect(published).toEqual([{ n: 3 }]);

    expect(await seedDemoData(dataSource, testConfig(database.url))).toMatch(/0 new demo users.*; 0 new demo positions.*; 0 new demo candidates/);
    expect(await positions()).toEqual(first);
    expect(
      await dataSource.query(`SELECT topic, count(*)::int AS n FROM outbox_event GROUP BY topic ORDER BY topic`),
    ).toEqual([
      { topic: 'candidate.created', n: 5 },
      { topic: 'position.published', n: 3 },
    ]);
  });
});
