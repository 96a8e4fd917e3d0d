import { describe, expect, it } from '@jest/globals';
import { testConfig, useTestDataSource } from '@igu/testing';
import { seedDemoData } from './seed-demo-data.js';
import { demoCpr, demoCvr, seedDemoWorld } from './seed-demo-world.js';

describe('the demo world', () => {
  const db = useTestDataSource('demo-world-test');
  const counts = (sql: string) => db.dataSource.query(sql);
  const snapshot = async () => ({
    candidates: await counts(`SELECT count(*)::int AS n FROM candidate`),
    positions: await counts(`SELECT status, count(*)::int AS n FROM position GROUP BY status ORDER BY status::text`),
    proposals: await counts(`SELECT status, count(*)::int AS n FROM proposal GROUP BY status ORDER BY status::text`),
    programmes: await counts(`SELECT p.status, u.code AS union, count(*)::int AS n FROM programme p JOIN trade_union u ON u.id = p.union_id
      GROUP BY p.status, u.code ORDER BY p.status::text`),
    outbox: await counts(`SELECT count(*)::int AS n FROM outbox_event`),
  });

  it('seeds hundreds of candidates and positions across Denmark and a pipeline in every state, through the services, once', async () => {
    const config = testConfig(db.database.url);
    await seedDemoData(db.dataSource, config);
    const started = performance.now();
    expect(await seedDemoWorld(config)).toMatch(
      /new demo organisation users; 300 new generated candidates; 203 new generated positions; 14 new demo proposals/,
    );
    const seconds = (performance.now() - started) / 1000;
    const first = await snapshot();

    expect(first.candidates).toEqual([{ n: 305 }]);
    const open = await counts(`SELECT municipality_code AS code, count(*)::int AS n FROM position WHERE status = 'OPEN' GROUP BY 1`);
    const openIn = (code: number) => open.find((row: { code: number }) => row.code === code)?.n ?? 0;
    expect(open.length).toBeGreaterThan(20);
    for (const code of [101, 751, 461, 851]) expect(openIn(code)).toBeGreaterThan(0); // København, Aarhus, Odense, Aalborg
    const byJobcentre = await counts(`SELECT m.code, count(*)::int AS n FROM candidate c JOIN municipality m ON m.code = c.municipality_code
      GROUP BY m.code ORDER BY n DESC`);
    expect(byJobcentre[0]).toEqual({ code: 101, n: 155 });

    expect(first.proposals.map((row: { status: string }) => row.status)).toEqual([
      'ACCEPTED',
      'INTERVIEW',
      'PROPOSED',
      'REJECTED',
      'WITHDRAWN',
    ]);
    expect(first.programmes).toEqual([
      { status: 'ACTIVE', union: '3f', n: 1 },
      { status: 'APPROVED', union: '3f', n: 1 },
      { status: 'CHANGES_REQUESTED', union: '3f', n: 1 },
      { status: 'DRAFT', union: '3f', n: 1 },
      { status: 'PENDING_APPROVAL', union: '3f', n: 3 },
    ]);
    const crossing = await counts(`SELECT count(*)::int AS n FROM proposal WHERE cross_municipality`);
    expect(crossing[0].n).toBe(14); // København's candidates, Aarhus's positions

    expect(await seedDemoWorld(config)).toMatch(
      /^0 new demo organisation users; 0 new generated candidates; 0 new generated positions; 0 new demo proposals$/,
    );
    expect(await snapshot()).toEqual(first);
    expect(seconds).toBeLessThan(60);
  });

  it('makes valid CVR and CPR numbers that never depend on the day', () => {
    const cvr = demoCvr(851);
    const weights = [2, 7, 6, 5, 4, 3, 2, 1];
    expect(Array.from(cvr, Number).reduce((sum, digit, i) => sum + digit * weights[i], 0) % 11).toBe(0);
    expect(demoCpr('1990-03-12', 7)).toBe('120390-0007');
    expect(demoCpr('2004-11-30', 123)).toBe('301104-9123');
  });
});
