import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@igu/access';
import { proposedPairSql } from '@igu/proposals';
import { FixedDayClock } from '@igu/clock';
import { TEST_TODAY, testConfig, useTestDataSource } from '@igu/testing';
import type { DataSource } from 'typeorm';
import { generateMatchData, SeededRandom, insertMatchData } from '@igu/matching-fixtures';
import { rankPairsNaively } from '../scoring/naive-ranking.js';
import { iguEligibility } from './igu-eligibility.js';
import { loadAvailableCandidates, loadOpenPositions } from './match-data.js';
import { MatchingService } from './matching.service.js';
import { MatchQueryService } from '../graphql/match-query.service.js';

const K = 10;
const clock = new FixedDayClock(TEST_TODAY);

/** Every stored list, comparable across runs (computed_at left out). */
async function storedLists(dataSource: DataSource) {
  const positions: { id: string; ids: string[]; scores: number[] }[] = await dataSource.query(
    'SELECT position_id AS id, candidate_ids AS ids, scores FROM position_match_list ORDER BY position_id',
  );
  const candidates: { id: string; ids: string[]; scores: number[] }[] = await dataSource.query(
    'SELECT candidate_id AS id, position_ids AS ids, scores FROM candidate_match_list ORDER BY candidate_id',
  );
  return { positions, candidates };
}

describe('stored match lists on PostgreSQL', () => {
  const db = useTestDataSource('matching-test', { poolSize: 4 });
  let matching: MatchingService;

  beforeAll(async () => {
    await db.dataSource.transaction((manager) =>
      insertMatchData(manager, generateMatchData({ candidates: 400, positions: 80 }, { today: TEST_TODAY })),
    );
    matching = new MatchingService(db.dataSource, testConfig(db.database.url, { MATCHING_TOP_K: String(K) }), clock);
  });

  it("a full run stores exactly the reference scorer's top K per position and per candidate", async () => {
    await matching.fullRun();
    const reference = rankPairsNaively(
      await loadOpenPositions(db.dataSource.manager),
      await loadAvailableCandidates(db.dataSource.manager),
      {
        today: TEST_TODAY,
        isEligible: iguEligibility,
        k: K,
      },
    );
    const stored = await storedLists(db.dataSource);
    expect(stored.positions.length).toBeGreaterThan(40);
    expect(stored.candidates.length).toBeGreaterThan(200);
    const expected = (lists: typeof reference.perPosition, other: 'candidateId' | 'positionId') =>
      [...lists]
        .filter(([, pairs]) => pairs.length > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([id, pairs]) => ({ id, ids: pairs.map((pair) => pair[other]), scores: pairs.map((pair) => pair.score) }));
    expect(stored.positions).toEqual(expected(reference.perPosition, 'candidateId'));
    expect(stored.candidates).toEqual(expected(reference.perCandidate, 'positionId'));
    const [state] = await db.dataSource.query(`SELECT to_char(computed_on, 'YYYY-MM-DD') AS day, top_k FROM matching_state`);
    expect(state).toEqual({ day: TEST_TODAY, top_k: K });
  });

  it('after random changes applied by two workers in turn, the stored lists equal a full recompute', async () => {
    await matching.fullRun();
    // A second process: each sees the other's writes through the generation and reloads.
    const other = new MatchingService(db.dataSource, testConfig(db.database.url, { MATCHING_TOP_K: String(K) }), clock);
    const random = new SeededRandom(42);
    const candidateIds: string[] = (await db.dataSource.query('SELECT id FROM candidate ORDER BY id')).map((r: { id: string }) => r.id);
    const positionIds: string[] = (await db.dataSource.query('SELECT id FROM position ORDER BY id')).map((r: { id: string }) => r.id);
    for (let step = 0; step < 60; step++) {
      const worker = step >= 30 && step < 40 ? other : matching;
      const pick = <T>(items: T[]) => items[Math.floor(random.next() * items.length)];
      switch (step % 4) {
        case 0: {
          const id = pick(candidateIds);
          await db.dataSource.query('UPDATE candidate SET max_commute_km = $2, danish_level = $3::candidate_language_level WHERE id = $1', [
            id,
            5 + Math.floor(random.next() * 80),
            pick(['NONE', 'A2', 'B1', 'C1']),
          ]);
          await worker.candidateChanged(id);
          break;
        }
        case 1: {
          const id = pick(candidateIds);
          await db.dataSource.query(
            `UPDATE candidate SET status = CASE WHEN status = 'AVAILABLE' THEN 'INACTIVE'::candidate_status ELSE 'AVAILABLE'::candidate_status END WHERE id = $1`,
            [id],
          );
          await worker.candidateChanged(id);
          break;
        }
        case 2: {
          const id = pick(positionIds);
          await db.dataSource.query(
            `UPDATE position SET status = CASE WHEN status = 'OPEN' THEN 'CLOSED'::position_status ELSE 'OPEN'::position_status END, published_at = COALESCE(published_at, now()) WHERE id = $1`,
            [id],
          );
          await worker.positionChanged(id);
          break;
        }
        default: {
          const id = pick(positionIds);
          await db.dataSource.query(
            `UPDATE position SET required_danish_level = $2::position_language_level, latitude = latitude + $3 WHERE id = $1`,
            [id, pick(['NONE', 'A1', 'B2']), random.next() * 0.2 - 0.1],
          );
          await worker.positionChanged(id);
        }
      }
    }
    const incremental = await storedLists(db.dataSource);
    const [{ generation }] = await db.dataSource.query('SELECT generation::int AS generation FROM matching_state');
    expect(generation).toBeGreaterThan(60); // every change was written
    await new MatchingService(db.dataSource, testConfig(db.database.url, { MATCHING_TOP_K: String(K) }), clock).fullRun();
    expect(await storedLists(db.dataSource)).toEqual(incremental);
  });

  it('the first change on a new day (or with another k) recomputes everything instead', async () => {
    await matching.fullRun();
    await db.dataSource.query(`UPDATE matching_state SET computed_on = computed_on - 1`);
    await db.dataSource.query('DELETE FROM candidate_match_list');
    const [candidate] = await db.dataSource.query(`SELECT id FROM candidate WHERE status = 'AVAILABLE' ORDER BY id LIMIT 1`);
    await matching.candidateChanged(candidate.id);
    const [state] = await db.dataSource.query(`SELECT to_char(computed_on, 'YYYY-MM-DD') AS day FROM matching_state`);
    expect(state.day).toBe(TEST_TODAY);
    const [{ lists }] = await db.dataSource.query('SELECT count(*)::int AS lists FROM candidate_match_list');
    expect(lists).toBeGreaterThan(200);
  });

  it('a full run swaps in new list tables: same columns, defaults and key; readers see the old lists until the commit, then the new ones, even from an older snapshot', async () => {
    await matching.fullRun();
    const shape = () =>
      db.dataSource.query(
        `SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, pg_get_expr(d.adbin, d.adrelid) AS default,
                (SELECT conname FROM pg_constraint WHERE conrelid = c.oid AND contype = 'p') AS key,
                (SELECT count(*)::int FROM pg_index WHERE indrelid = c.oid) AS indexes
         FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
         WHERE c.relname IN ('position_match_list', 'candidate_match_list') ORDER BY c.relname, a.attnum`,
      );
    const before = await shape();
    const lists = await storedLists(db.dataSource);
    const [candidate] = await db.dataSource.query(`SELECT id FROM candidate WHERE status = 'AVAILABLE' ORDER BY id LIMIT 1`);
    await db.dataSource.query(`UPDATE candidate SET status = 'INACTIVE' WHERE id = $1`, [candidate.id]);
    const reader = db.dataSource.createQueryRunner();
    const oldSnapshot = db.dataSource.createQueryRunner();
    try {
      await oldSnapshot.startTransaction('REPEATABLE READ');
      await oldSnapshot.query('SELECT 1'); // takes its snapshot now, before the run
      const countOf = async (runner: typeof reader) =>
        (await runner.query('SELECT count(*)::int AS n FROM candidate_match_list WHERE candidate_id = $1', [candidate.id]))[0].n;
      const run = matching.fullRun();
      // While the run works, the old lists stay readable (it writes tables nobody reads yet).
      expect(await countOf(reader)).toBe(1);
      await run;
      expect(await countOf(reader)).toBe(0);
      // Frozen rows: a snapshot from before the swap sees the new lists, not an empty table.
      const [{ n }] = await oldSnapshot.query('SELECT count(*)::int AS n FROM candidate_match_list');
      expect(n).toBe(lists.candidates.length - 1);
      await oldSnapshot.commitTransaction();
    } finally {
      await reader.release();
      await oldSnapshot.release();
    }
    expect(await shape()).toEqual(before);
    expect(before.filter((column: { indexes: number }) => column.indexes === 1)).toHaveLength(before.length);
    await db.dataSource.query(`UPDATE candidate SET status = 'AVAILABLE' WHERE id = $1`, [candidate.id]);
    await matching.fullRun();
    expect(await storedLists(db.dataSource)).toEqual(lists);
  });

  it('a failed write leaves memory and database as they were: the next job starts over with a full run and stays exact', async () => {
    await matching.fullRun();
    const before = await storedLists(db.dataSource);
    const [candidate] = await db.dataSource.query(`SELECT id FROM candidate WHERE status = 'AVAILABLE' ORDER BY id LIMIT 1`);
    await db.dataSource.query(`UPDATE candidate SET status = 'INACTIVE' WHERE id = $1`, [candidate.id]);
    // A trigger that makes the next write fail once, as a lost connection or a deadlock would
    // (a sequence counts outside the transaction that rolls back).
    await db.dataSource.query(`
      CREATE SEQUENCE failures;
      CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF nextval('failures') = 1 THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NULL; END $$;
      CREATE TRIGGER fail_once BEFORE DELETE OR INSERT OR UPDATE ON candidate_match_list FOR EACH STATEMENT EXECUTE FUNCTION fail_once();`);
    await expect(matching.candidateChanged(candidate.id)).rejects.toThrow('injected failure');
    expect(await storedLists(db.dataSource)).toEqual(before);
    await matching.candidateChanged(candidate.id); // the retry: a full run, which swaps in new list tables, trigger-free
    await db.dataSource.query('DROP TRIGGER IF EXISTS fail_once ON candidate_match_list');
    const incremental = await storedLists(db.dataSource);
    expect(incremental.candidates.map((list) => list.id)).not.toContain(candidate.id);
    await matching.fullRun();
    expect(await storedLists(db.dataSource)).toEqual(incremental);
  });

  it('reads lists page by page (keyset cursors), explained from the records; an employer sees only shared or proposed candidates', async () => {
    await matching.fullRun();
    const reader = new MatchQueryService(db.dataSource, clock, proposedPairSql);
    const stored = await storedLists(db.dataSource);
    const list = stored.positions.find((row) => row.ids.length >= 8)!;
    const [position] = await db.dataSource.query('SELECT company_id FROM position WHERE id = $1', [list.id]);
    const employer = { userId: 'u', role: Role.EMPLOYER, companyId: position.company_id } as const;
    const readAll = async () => {
      const seen: string[] = [];
      const scores: number[] = [];
      let totalCount = -1;
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const connection = await reader.ofPosition(employer, list.id, position.company_id, 3, after);
        totalCount = connection.totalCount;
        for (const edge of connection.edges) {
          seen.push(edge.node.candidateId);
          scores.push(edge.node.score);
          expect(edge.node.breakdown.occupation).toBeGreaterThanOrEqual(0);
        }
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      return { seen, scores, totalCount };
    };

    // The generated candidates share nothing: the employer sees none of them, not even as a count.
    await db.dataSource.query('UPDATE candidate SET share_profile_with_employers = false');
    expect(await readAll()).toEqual({ seen: [], scores: [], totalCount: 0 });

    // Sharing every other candidate of the list shows exactly those, in the stored order and scores.
    const shared = list.ids.filter((_, i) => i % 2 === 0);
    await db.dataSource.query('UPDATE candidate SET share_profile_with_employers = true WHERE id = ANY($1::uuid[])', [shared]);
    const afterSharing = await readAll();
    expect(afterSharing.seen).toEqual(shared);
    expect(afterSharing.totalCount).toBe(shared.length);
    expect(afterSharing.scores).toEqual(list.scores.filter((_, i) => i % 2 === 0));

    // An unshared candidate proposed to this very position is listed and counted as well.
    const proposed = list.ids[1];
    await db.dataSource.query(
      `INSERT INTO proposal (position_id, candidate_id, jobcentre_id, cross_municipality)
       SELECT $1, c.id, c.jobcentre_id, false FROM candidate c WHERE c.id = $2`,
      [list.id, proposed],
    );
    const afterProposal = await readAll();
    expect(afterProposal.seen).toEqual(list.ids.filter((id, i) => i % 2 === 0 || id === proposed));
    expect(afterProposal.totalCount).toBe(shared.length + 1);
    await db.dataSource.query('DELETE FROM proposal');
    await db.dataSource.query('UPDATE candidate SET share_profile_with_employers = true');
    expect((await readAll()).seen).toEqual(list.ids);

    const [{ jobcentre_id: jobcentreId }] = await db.dataSource.query('SELECT jobcentre_id FROM candidate WHERE id = $1', [list.ids[0]]);
    const own: string[] = (await db.dataSource.query('SELECT id FROM candidate WHERE jobcentre_id = $1', [jobcentreId])).map(
      (r: { id: string }) => r.id,
    );
    const jobcentre = { userId: 'u', role: Role.JOBCENTRE, jobcentreId } as const;
    const theirs = await reader.ofPosition(jobcentre, list.id, position.company_id, 100, null);
    expect(theirs.totalCount).toBeGreaterThan(0);
    expect(theirs.edges.map((edge) => edge.node.candidateId)).toEqual(list.ids.filter((id) => own.includes(id)));
    const stranger = { userId: 'u', role: Role.EMPLOYER, companyId: '00000000-0000-4000-8000-000000000000' } as const;
    expect((await reader.ofPosition(stranger, list.id, position.company_id, 100, null)).totalCount).toBe(0);
  });

  it('one IGU per person: a candidate whose IGU started here (igu_started_on) leaves every IGU position, though priorIgu is false', async () => {
    await matching.fullRun();
    const [pair] = await db.dataSource.query(
      `SELECT c.id AS candidate, l.position_id AS position
       FROM position_match_list l JOIN position p ON p.id = l.position_id AND p.kind = 'IGU'
       CROSS JOIN LATERAL unnest(l.candidate_ids) AS e(id) JOIN candidate c ON c.id = e.id AND NOT c.prior_igu
       ORDER BY c.id LIMIT 1`,
    );
    expect(pair).toBeDefined();
    await db.dataSource.query('UPDATE candidate SET igu_started_on = $2 WHERE id = $1', [pair.candidate, TEST_TODAY]);
    const [record] = await loadAvailableCandidates(db.dataSource.manager, [pair.candidate]);
    expect(record.priorIgu).toBe(true);
    await matching.candidateChanged(pair.candidate);
    const inIguLists = async () =>
      (
        await db.dataSource.query(
          `SELECT count(*)::int AS n FROM position_match_list l JOIN position p ON p.id = l.position_id AND p.kind = 'IGU'
         WHERE $1 = ANY(l.candidate_ids)`,
          [pair.candidate],
        )
      )[0].n;
    expect(await inIguLists()).toBe(0);
    await matching.fullRun();
    expect(await inIguLists()).toBe(0);
    await db.dataSource.query('UPDATE candidate SET igu_started_on = NULL WHERE id = $1', [pair.candidate]);
    await matching.fullRun();
    expect(await inIguLists()).toBeGreaterThan(0);
  });
});
