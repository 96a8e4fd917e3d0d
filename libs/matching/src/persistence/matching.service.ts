import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { type EligibilityFacts, isIguEligible, todayInDenmark } from '@igu/eligibility';
import { DataSource, type EntityManager } from 'typeorm';
import { packCandidates, type PackedCandidates } from '../engine/pack-candidates.js';
import { packPositions, type PackedPositions } from '../engine/pack-positions.js';
import { scoreAllParallel } from '../engine/parallel/score-all-parallel.js';
import { scoreCandidateAgainstPositions, scorePositionAgainstCandidates } from '../engine/incremental.js';
import { candidateMatches, positionMatches } from '../engine/match-run.js';
import type { EligibilityCheck, PairScore } from '../match.types.js';
import { loadAvailableCandidates, loadOpenPositions } from './match-data.js';
import { replaceCandidateTop, replacePositionTop, upsertPairs } from './match-store.js';

/** The real IGU rule (domain guide §2) as the engine's hard filter. */
const isEligible: EligibilityCheck = (facts, onDate) => isIguEligible(facts as EligibilityFacts, onDate); // same string values

/**
 * Keeps stored matches equal to what a full run stores. Every run and every
 * incremental update holds one advisory lock, so they apply one at a time.
 */
@Injectable()
export class MatchingService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get k(): number {
    return this.config.MATCHING_TOP_K;
  }

  private locked<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('igu:matching'))`);
      return work(manager);
    });
  }

  private async loadAll(manager: EntityManager): Promise<{ positions: PackedPositions; candidates: PackedCandidates }> {
    const positions = packPositions(await loadOpenPositions(manager));
    const candidates = packCandidates(await loadAvailableCandidates(manager), { skills: positions.skills });
    return { positions, candidates };
  }

  /** Scores every open position against every available candidate (worker threads) and replaces all stored matches. */
  fullRun(progress: (fraction: number) => Promise<void> = async () => undefined): Promise<{ pairs: number }> {
    return this.locked(async (manager) => {
      const { positions, candidates } = await this.loadAll(manager);
      await progress(0.2);
      const run = await scoreAllParallel(positions, candidates, { today: todayInDenmark(), isEligible, k: this.k });
      await progress(0.7);
      const byPair = new Map<string, { pair: PairScore; inPositionTop: boolean; inCandidateTop: boolean }>();
      for (let p = 0; p < positions.arrays.count; p++) {
        for (const pair of positionMatches(run, p)) byPair.set(`${pair.positionId}/${pair.candidateId}`, { pair, inPositionTop: true, inCandidateTop: false });
      }
      for (let c = 0; c < candidates.arrays.count; c++) {
        for (const pair of candidateMatches(run, c)) {
          const key = `${pair.positionId}/${pair.candidateId}`;
          const existing = byPair.get(key);
          if (existing) existing.inCandidateTop = true;
          else byPair.set(key, { pair, inPositionTop: false, inCandidateTop: true });
        }
      }
      await manager.query('DELETE FROM match');
      for (const inPositionTop of [true, false]) {
        for (const inCandidateTop of [true, false]) {
          const group = [...byPair.values()].filter((row) => row.inPositionTop === inPositionTop && row.inCandidateTop === inCandidateTop);
          await upsertPairs(manager, group.map((row) => row.pair), { inPositionTop, inCandidateTop }, 'none');
        }
      }
      await progress(1);
      return { pairs: byPair.size };
    });
  }

  /**
   * A candidate was created or changed: re-score it against all open positions
   * (its own list), then re-rank exactly the positions whose lists it entered,
   * left or moved in. A candidate no longer AVAILABLE loses its matches.
   */
  candidateChanged(candidateId: string): Promise<void> {
    return this.locked(async (manager) => {
      const { positions, candidates } = await this.loadAll(manager);
      const [candidate] = await loadAvailableCandidates(manager, [candidateId]);
      const row = candidate
        ? scoreCandidateAgainstPositions(candidate, positions, { today: todayInDenmark(), isEligible })
        : null;
      await replaceCandidateTop(manager, candidateId, row ? row.top(this.k) : []);
      const affected = new Set<string>(
        (await manager.query('SELECT position_id FROM match WHERE candidate_id = $1 AND in_position_top', [candidateId])).map(
          (r: { position_id: string }) => r.position_id,
        ),
      );
      if (row) {
        const thresholds = await this.thresholds(manager, 'position');
        for (let i = 0; i < row.size; i++) {
          const positionId = positions.records[row.others[i]!]!.id;
          const threshold = thresholds.get(positionId);
          if (threshold === undefined || row.scores[i]! >= threshold) affected.add(positionId);
        }
      }
      const options = { today: todayInDenmark(), isEligible };
      for (const positionId of affected) {
        const index = positions.records.findIndex((record) => record.id === positionId);
        const top = index < 0 ? [] : scorePositionAgainstCandidates(positions.records[index]!, candidates, options).top(this.k);
        await replacePositionTop(manager, positionId, top);
      }
    });
  }

  /** A position was published, changed or closed: the mirror image of candidateChanged. */
  positionChanged(positionId: string): Promise<void> {
    return this.locked(async (manager) => {
      const { positions, candidates } = await this.loadAll(manager);
      const [position] = await loadOpenPositions(manager, [positionId]);
      const options = { today: todayInDenmark(), isEligible };
      const row = position ? scorePositionAgainstCandidates(position, candidates, options) : null;
      await replacePositionTop(manager, positionId, row ? row.top(this.k) : []);
      const affected = new Set<string>(
        (await manager.query('SELECT candidate_id FROM match WHERE position_id = $1 AND in_candidate_top', [positionId])).map(
          (r: { candidate_id: string }) => r.candidate_id,
        ),
      );
      if (row) {
        const thresholds = await this.thresholds(manager, 'candidate');
        for (let i = 0; i < row.size; i++) {
          const candidateId = candidates.records[row.others[i]!]!.id;
          const threshold = thresholds.get(candidateId);
          if (threshold === undefined || row.scores[i]! >= threshold) affected.add(candidateId);
        }
      }
      for (const candidateId of affected) {
        const record = candidates.records[candidates.indexById.get(candidateId) ?? -1];
        const top = record ? scoreCandidateAgainstPositions(record, positions, options).top(this.k) : [];
        await replaceCandidateTop(manager, candidateId, top);
      }
    });
  }

  /** The lowest stored score of each full list (a pair scoring at least this may enter it); lists not yet full are absent. */
  private async thresholds(manager: EntityManager, side: 'position' | 'candidate'): Promise<Map<string, number>> {
    const column = side === 'position' ? 'position_id' : 'candidate_id';
    const flag = side === 'position' ? 'in_position_top' : 'in_candidate_top';
    const rows: { id: string; lowest: number }[] = await manager.query(
      `SELECT ${column} AS id, min(score) AS lowest FROM match WHERE ${flag} GROUP BY ${column} HAVING count(*) >= $1`,
      [this.k],
    );
    return new Map(rows.map((r) => [r.id, r.lowest]));
  }
}
