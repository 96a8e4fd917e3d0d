import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAppDataSource } from '@igu/data-source';
import { isIguEligible, todayInDenmark } from '@igu/eligibility';
import { createTestDatabase, testConfig, type TestDatabase } from '@igu/testing';
import type { DataSource } from 'typeorm';
import { generateMatchData } from '../generator/generate-match-data.js';
import { SeededRandom } from '../generator/seeded-random.js';
import type { EligibilityCheck } from '../match.types.js';
import { rankPairsNaively } from '../scoring/naive-ranking.js';
import { insertMatchData } from './insert-match-data.js';
import { loadAvailableCandidates, loadOpenPositions } from './match-data.js';
import { MatchingService } from './matching.service.js';

const K = 10;
const isEligible: EligibilityCheck = (facts, day) => isIguEligible(facts as never, day);

/** The stored state, comparable across runs (computed_at left out). */
const snapshot = (dataSource: DataSource) =>
  dataSource.query(
    `SELECT position_id, candidate_id, round(score::numeric, 4)::float8 AS score, in_position_top, in_candidate_top,
            distance_km, cross_municipality, missing_required_skills, igu_eligible
     FROM match ORDER BY position_id, candidate_id`,
  );

describe('stored matches on PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let matching: MatchingService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createAppDataSource({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: 4 }, 'matching-test');
    await dataSource.initialize();
    await dataSource.transaction((manager) => insertMatchData(manager, generateMatchData({ candidates: 400, positions: 80 }, { today: todayInDenmark() })));
    matching = new MatchingService(dataSource, testConfig(database.url, { MATCHING_TOP_K: String(K) }));
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it("a full run stores exactly the reference scorer's top K per position and per candidate", async () => {
    await matching.fullRun();
    const positions = await loadOpenPositions(dataSource.manager);
    const candidates = await loadAvailableCandidates(dataSource.manager);
    const reference = rankPairsNaively(positions, candidates, { today: todayInDenmark(), isEligible, k: K });
    const rows: { position_id: string; candidate_id: string; score: number; in_position_top: boolean; in_candidate_top: boolean }[] =
      await snapshot(dataSource);
    expect(rows.length).toBeGreaterThan(100);
    for (const [positionId, expected] of reference.perPosition) {
      const stored = rows
        .filter((row) => row.position_id === positionId && row.in_position_top)
        .sort((a, b) => b.score - a.score || a.candidate_id.localeCompare(b.candidate_id));
      expect(stored.map((row) => [row.candidate_id, row.score])).toEqual(expected.map((pair) => [pair.candidateId, pair.score]));
    }
    for (const [candidateId, expected] of reference.perCandidate) {
      const stored = rows
        .filter((row) => row.candidate_id === candidateId && row.in_candidate_top)
        .sort((a, b) => b.score - a.score || a.position_id.localeCompare(b.position_id));
      expect(stored.map((row) => row.position_id)).toEqual(expected.map((pair) => pair.positionId));
    }
  });

  it('after a sequence of random changes, incremental updates equal a full recompute', async () => {
    await matching.fullRun();
    const random = new SeededRandom(42);
    const candidateIds: string[] = (await dataSource.query('SELECT id FROM candidate ORDER BY id')).map((r: { id: string }) => r.id);
    const positionIds: string[] = (await dataSource.query('SELECT id FROM position ORDER BY id')).map((r: { id: string }) => r.id);
    for (let step = 0; step < 40; step++) {
      const pick = <T>(items: T[]) => items[Math.floor(random.next() * items.length)]!;
      switch (step % 4) {
        case 0: {
          const id = pick(candidateIds);
          await dataSource.query('UPDATE candidate SET max_commute_km = $2, danish_level = $3::candidate_language_level WHERE id = $1', [id, 5 + Math.floor(random.next() * 80), pick(['NONE', 'A2', 'B1', 'C1'])]);
          await matching.candidateChanged(id);
          break;
        }
        case 1: {
          const id = pick(candidateIds);
          await dataSource.query(`UPDATE candidate SET status = CASE WHEN status = 'AVAILABLE' THEN 'INACTIVE'::candidate_status ELSE 'AVAILABLE'::candidate_status END WHERE id = $1`, [id]);
          await matching.candidateChanged(id);
          break;
        }
        case 2: {
          const id = pick(positionIds);
          await dataSource.query(`UPDATE position SET status = CASE WHEN status = 'OPEN' THEN 'CLOSED'::position_status ELSE 'OPEN'::position_status END, published_at = COALESCE(published_at, now()) WHERE id = $1`, [id]);
          await matching.positionChanged(id);
          break;
        }
        default: {
          const id = pick(positionIds);
          await dataSource.query(`UPDATE position SET required_danish_level = $2::position_language_level, latitude = latitude + $3 WHERE id = $1`, [id, pick(['NONE', 'A1', 'B2']), random.next() * 0.2 - 0.1]);
          await matching.positionChanged(id);
        }
      }
    }
    const incremental = await snapshot(dataSource);
    await matching.fullRun();
    expect(await snapshot(dataSource)).toEqual(incremental);
  });
});
