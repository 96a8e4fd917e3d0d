import { describe, expect, it } from '@jest/globals';
import { testConfig, useTestDataSource } from '@igu/testing';
import { seedDemoData } from './seed-demo-data.js';

describe('demo data', () => {
  const db = useTestDataSource('demo-seed-test');

  const positions = () =>
    db.dataSource.query(
      `SELECT p.kind, p.status, p.municipality_code, u.code AS union_code, c.cvr FROM position p
       JOIN company c ON c.id = p.company_id LEFT JOIN trade_union u ON u.id = p.union_id ORDER BY p.title`,
    );

  it('seeds demo positions of the demo company, an OPEN IGU one with 3F in Aarhus among them, and nothing twice', async () => {
    expect(await seedDemoData(db.dataSource, testConfig(db.database.url))).toMatch(
      /3 new demo users.*; 4 new demo positions.*; 5 new demo candidates/,
    );
    const first = await positions();
    expect(first).toHaveLength(4);
    expect(new Set(first.map((p: { kind: string }) => p.kind))).toEqual(new Set(['IGU', 'JOB', 'INTERNSHIP', 'WAGE_SUBSIDY']));
    expect(first.every((p: { cvr: string }) => p.cvr === '30000005')).toBe(true);
    expect(first).toContainEqual({ kind: 'IGU', status: 'OPEN', municipality_code: 751, union_code: '3f', cvr: '30000005' });
    const published = await db.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE topic = 'position.published'`);
    expect(published).toEqual([{ n: 3 }]);

    expect(await seedDemoData(db.dataSource, testConfig(db.database.url))).toMatch(
      /0 new demo users.*; 0 new demo positions.*; 0 new demo candidates/,
    );
    expect(await positions()).toEqual(first);
    expect(await db.dataSource.query(`SELECT topic, count(*)::int AS n FROM outbox_event GROUP BY topic ORDER BY topic`)).toEqual([
      { topic: 'candidate.created', n: 5 },
      { topic: 'position.published', n: 3 },
    ]);
  });
});
