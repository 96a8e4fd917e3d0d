import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { recordOutboxEvent } from '@igu/queue';
import { DataSource, type EntityManager } from 'typeorm';
import { MatchingEvent, STRONG_MATCH_SCORE } from '../events/matching.events.js';
import { scoreAllParallel } from '../engine/parallel/score-all-parallel.js';
import type { ScoringOptions } from '../engine/prepare-run.js';
import type { MatchList } from '../state/match-list.js';
import { type ChangedLists, listDepth, MatchState, packBoth } from '../state/match-state.js';
import { iguEligibility } from './igu-eligibility.js';
import { loadAvailableCandidates, loadOpenPositions } from './match-data.js';
import {
  advanceMatchingState,
  copyAllLists,
  createNextListTables,
  lockMatchingState,
  swapInLists,
  type MatchingStateRow,
  writeLists,
} from './match-list-store.js';

export type Progress = (fraction: number) => Promise<void>;

/** What a write transaction leaves: the state it wrote, and the day and k when it was a full run. */
interface Written {
  state: MatchState;
  fullRun?: { computedOn: string; topK: number };
}

/**
 * Keeps the stored match lists equal to what a full run over the current
 * records stores. The worker keeps the matching state (both sides packed,
 * both sides' lists) in memory between jobs, so a change costs a row or two
 * of scoring and a few list writes, not a reload.
 *
 * Every write holds the `matching_state` row lock, so writes apply one at a
 * time across processes, and bumps its generation. A process without a
 * current state (just started, another process wrote meanwhile, a new day:
 * ages, eligibility and "today" change scores) runs a full run instead of the
 * change, which covers it. Jobs of this process run one at a time
 * (`serial`), as they share the state.
 */
@Injectable()
export class MatchingService {
  private state: MatchState | null = null;
  private generation: string | null = null;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private get k(): number {
    return this.config.MATCHING_TOP_K;
  }

  /** Scores every open position against every available candidate (worker threads) and replaces all stored lists. */
  fullRun(progress: Progress = () => Promise.resolve()): Promise<ListCounts> {
    return this.write(async (manager) => {
      await lockMatchingState(manager);
      return this.runInside(manager, progress);
    }).then(async (state) => {
      await progress(1); // only once the lists are committed
      return state.storedListCounts();
    });
  }

  /** A candidate was created or changed (or left AVAILABLE): re-score it and update the lists it enters, leaves or moves in. */
  candidateChanged(candidateId: string): Promise<ListCounts> {
    return this.change([{ side: 'candidate', id: candidateId }], async (manager, state) => {
      const record = (await loadAvailableCandidates(manager, [candidateId])).at(0);
      return state.candidateChanged(candidateId, record ?? null);
    });
  }

  /**
   * Many candidates at once (a handover import batch): one load, one write of
   * the lists they change. No NEW_MATCHES per person: an import is announced
   * once, by the import's own notification, so a 20,000-row file sends no flood.
   */
  candidatesChanged(candidateIds: readonly string[]): Promise<ListCounts> {
    return this.change([], async (manager, state) => {
      const records = new Map((await loadAvailableCandidates(manager, [...candidateIds])).map((record) => [record.id, record]));
      const changed = { positions: new Set<number>(), candidates: new Set<number>() };
      for (const id of candidateIds) {
        const { positions, candidates } = state.candidateChanged(id, records.get(id) ?? null);
        for (const position of positions) changed.positions.add(position);
        for (const candidate of candidates) changed.candidates.add(candidate);
      }
      return changed;
    });
  }

  /** A position was published, changed or closed: the mirror image. */
  positionChanged(positionId: string): Promise<ListCounts> {
    return this.change([{ side: 'position', id: positionId }], async (manager, state) => {
      const record = (await loadOpenPositions(manager, [positionId])).at(0);
      return state.positionChanged(positionId, record ?? null);
    });
  }

  /**
   * Applies a change to the kept state and writes the lists it touched (how
   * many: the jobs' result); `subjects` are the lists whose new strong
   * matches are announced.
   */
  private change(
    subjects: readonly Subject[],
    apply: (manager: EntityManager, state: MatchState) => Promise<ChangedLists>,
  ): Promise<ListCounts> {
    let written: ListCounts = { positionLists: 0, candidateLists: 0 };
    return this.write(async (manager) => {
      const row = await lockMatchingState(manager);
      const state = this.current(row);
      if (!state) {
        // A full run over the current records covers this change too; the earlier list is unknown, so any strong match counts as new.
        const run = await this.runInside(manager, () => Promise.resolve());
        for (const subject of subjects) await this.announceNewMatches(manager, subject, new Set(), listOf(run.state, subject));
        written = run.state.storedListCounts();
        return run;
      }
      const before = subjects.map((subject) => strongIds(listOf(state, subject)));
      const lists = state.changedLists(await apply(manager, state));
      for (const [i, subject] of subjects.entries()) await this.announceNewMatches(manager, subject, before[i], listOf(state, subject));
      await writeLists(manager, 'position', lists.positions);
      await writeLists(manager, 'candidate', lists.candidates);
      written = { positionLists: lists.positions.size, candidateLists: lists.candidates.size };
      return { state };
    }).then(() => written);
  }

  /**
   * In the change's transaction: when the changed position's or candidate's
   * own list gained a strong match, an outbox event (ids and the day only) for
   * the notifications feature, which sends at most one notice a day per list.
   */
  private async announceNewMatches(manager: EntityManager, subject: Subject, before: ReadonlySet<string>, after: MatchList): Promise<void> {
    if (![...strongIds(after)].some((id) => !before.has(id))) return;
    await recordOutboxEvent(manager, {
      topic: MatchingEvent.NEW_MATCHES,
      aggregateType: subject.side,
      aggregateId: subject.id,
      payload: { side: subject.side, day: this.clock.today() },
    });
  }

  /**
   * One write transaction, in turn with this process's other jobs. The state
   * it returns is kept once committed; on any failure the in-memory state is
   * dropped (it may be ahead of the rolled-back database), so the next job
   * runs a full run.
   */
  private write(work: (manager: EntityManager) => Promise<Written>): Promise<MatchState> {
    return this.serial(async () => {
      try {
        const { state, generation } = await this.dataSource.transaction(async (manager) => {
          const written = await work(manager);
          return { state: written.state, generation: await advanceMatchingState(manager, written.fullRun) };
        });
        this.keep(state, generation);
        return state;
      } catch (error) {
        this.keep(null, null);
        throw error;
      }
    });
  }

  /** A full run inside a write transaction that holds the state lock. */
  private async runInside(manager: EntityManager, progress: Progress): Promise<Written> {
    this.keep(null, null);
    // The old state (lists, packs, records: ~100 MB nationally) goes before the new one is built,
    // so the two never share the peak; the worker runs with --expose-gc for this. The driver's
    // rows (loading) and the packing's scratch go the same way before the lists are allocated:
    // outside V8's heap, they would otherwise come on top of its garbage (~250 MB at surge size).
    collectGarbage();
    const scoring = this.scoring();
    const positions = await loadOpenPositions(manager);
    const candidates = await loadAvailableCandidates(manager);
    collectGarbage();
    await progress(0.15);
    await createNextListTables(manager);
    const packed = packBoth(positions, candidates);
    collectGarbage();
    const run = await scoreAllParallel(packed.positions, packed.candidates, { ...scoring, k: listDepth(this.k) });
    await progress(0.6);
    const state = MatchState.fromRun(run, this.k, scoring);
    await copyAllLists(manager, state.storedRows());
    await progress(0.95);
    // Last before the commit: from here readers wait for it.
    await swapInLists(manager);
    return { state, fullRun: { computedOn: scoring.today, topK: this.k } };
  }

  /**
   * The state in memory, when it is still the stored one (no other process
   * wrote since) and today's (same k). Otherwise nothing: the stored lists
   * alone cannot be trusted to resume from, since records may have changed
   * after them whose jobs are still queued, and their old values are gone.
   */
  private current(row: MatchingStateRow): MatchState | null {
    const fresh = row.generation === this.generation && row.computedOn === this.clock.today() && row.topK === this.k;
    return fresh ? this.state : null;
  }

  private scoring(): ScoringOptions {
    return { today: this.clock.today(), isEligible: iguEligibility };
  }

  private keep(state: MatchState | null, generation: string | null): void {
    this.state = state;
    this.generation = generation;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

interface Subject {
  side: 'position' | 'candidate';
  id: string;
}

function listOf(state: MatchState, subject: Subject): MatchList {
  return subject.side === 'position' ? state.positionList(subject.id) : state.candidateList(subject.id);
}

function strongIds(list: MatchList): Set<string> {
  return new Set(list.ids.filter((_, index) => list.scores[index] >= STRONG_MATCH_SCORE));
}

/** How many lists a write stored (or deleted, when empty), per side. */
export interface ListCounts {
  positionLists: number;
  candidateLists: number;
}
