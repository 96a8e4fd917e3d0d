import { addDays, anniversary, type CalendarDate } from '@igu/calendar';
import { CandidateSubjects, type CandidateSubject } from '@igu/candidates';
import { Clock } from '@igu/clock';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { queryRow } from '@igu/database';
import { countAccessLogBefore, deleteAccessLogBefore, ErasureKind, recordErasure } from '@igu/personal-data';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PersonalDataContributors } from './personal-data-contributors.js';

/** What one retention run covers: the days and the instant it compares with. */
export interface RetentionPlan {
  asOf: CalendarDate;
  years: number;
  /** A person whose latest activity was on or before this day is past the period. */
  lastExpiredDay: CalendarDate;
  /** Access-log rows read before this instant (the start of the first kept day, Danish time) are past the period. */
  accessLogCutoff: Date;
}

export interface RetentionReport extends RetentionPlan {
  candidates: number;
  /** The references of the people concerned (pseudonyms, no personal data). */
  references: string[];
  accessLogRows: number;
}

export interface RetentionRunOptions {
  /** Stop after this many batches (to resume later); all when absent. */
  maxBatches?: number;
  progress?: (pseudonymised: number) => Promise<void> | void;
}

/**
 * Storage limitation (GDPR art. 5(1)(e)). A person's data is kept for
 * DATA_RETENTION_YEARS after the latest of: their last proposal activity, the
 * end of their last programme and the last update of their record (each
 * feature reports its own, `lastActivity`). On the day after that anniversary
 * it is pseudonymised, like an erasure, and recorded as RETENTION.
 *
 * Batches of DATA_RETENTION_BATCH_SIZE in id order, one transaction each:
 * a run stopped anywhere (killed worker) loses at most its open batch, which
 * rolls back; the next run starts over and skips what is done (only records
 * not yet pseudonymised are read), so runs are idempotent and resumable.
 * The dry run (`report`) applies the very same selection without writing.
 */
@Injectable()
export class RetentionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PersonalDataContributors) private readonly contributors: PersonalDataContributors,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async plan(): Promise<RetentionPlan> {
    const asOf = this.clock.today();
    const years = this.config.DATA_RETENTION_YEARS;
    const firstKeptDay = anniversary(asOf, -years);
    const row = await queryRow<{ cutoff: Date }>(
      this.dataSource,
      `SELECT ($1::date::timestamp AT TIME ZONE 'Europe/Copenhagen') AS cutoff`,
      [firstKeptDay],
    );
    return { asOf, years, lastExpiredDay: addDays(firstKeptDay, -1), accessLogCutoff: row!.cutoff };
  }

  /** The dry run: who and how much a run today would pseudonymise and delete. Writes nothing. */
  async report(): Promise<RetentionReport> {
    const plan = await this.plan();
    const references: string[] = [];
    await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      for (let after: string | null = null; ;) {
        const batch = await CandidateSubjects.retentionCandidates(
          manager,
          plan.lastExpiredDay,
          after,
          this.config.DATA_RETENTION_BATCH_SIZE,
        );
        if (batch.length === 0) break;
        after = batch[batch.length - 1].id;
        for (const subject of await this.expired(manager, batch, plan)) references.push(subject.reference);
      }
    });
    const accessLogRows = await countAccessLogBefore(this.dataSource, plan.accessLogCutoff);
    return { ...plan, candidates: references.length, references, accessLogRows };
  }

  /** Pseudonymises every person past the period and deletes old access-log rows; returns how many of each. */
  async run(options: RetentionRunOptions = {}): Promise<{ pseudonymised: number; accessLogRowsDeleted: number; complete: boolean }> {
    const plan = await this.plan();
    let pseudonymised = 0;
    let batches = 0;
    for (let after: string | null = null; ;) {
      if (options.maxBatches !== undefined && batches >= options.maxBatches)
        return { pseudonymised, accessLogRowsDeleted: 0, complete: false };
      const result: { last: string | null; done: number } = await this.dataSource.transaction(async (manager) => {
        const batch = await CandidateSubjects.retentionCandidates(
          manager,
          plan.lastExpiredDay,
          after,
          this.config.DATA_RETENTION_BATCH_SIZE,
        );
        if (batch.length === 0) return { last: null, done: 0 };
        // Lock, then decide: an edit committed meanwhile moves the person's last activity.
        await manager.query('SELECT id FROM candidate WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [
          batch.map((subject) => subject.id),
        ]);
        const expired = await this.expired(manager, batch, plan);
        for (const subject of expired) {
          await this.contributors.pseudonymise(manager, subject.id);
          await recordErasure(manager, {
            subjectType: 'candidate',
            subjectId: subject.id,
            kind: ErasureKind.RETENTION,
            ground: null,
            erasedByUserId: null,
          });
        }
        return { last: batch[batch.length - 1].id, done: expired.length };
      });
      if (result.last === null) break;
      after = result.last;
      batches += 1;
      pseudonymised += result.done;
      await options.progress?.(pseudonymised);
    }
    const accessLogRowsDeleted = await this.dataSource.transaction((manager) => deleteAccessLogBefore(manager, plan.accessLogCutoff));
    return { pseudonymised, accessLogRowsDeleted, complete: true };
  }

  /** The batch's people whose latest activity in every feature is on or before the last expired day, and who may be erased. */
  private async expired(manager: EntityManager, batch: readonly CandidateSubject[], plan: RetentionPlan): Promise<CandidateSubject[]> {
    const ids = batch.map((subject) => subject.id);
    const latest = new Map<string, CalendarDate>();
    for (const contributor of this.contributors.all()) {
      const days = await contributor.lastActivity?.(manager, ids);
      for (const [id, day] of days ?? []) if (!latest.has(id) || day > latest.get(id)!) latest.set(id, day);
    }
    const expired: CandidateSubject[] = [];
    for (const subject of batch) {
      const day = latest.get(subject.id);
      if (day !== undefined && day > plan.lastExpiredDay) continue;
      if (await this.isBlocked(manager, subject.id)) continue;
      expired.push(subject);
    }
    return expired;
  }

  private async isBlocked(manager: EntityManager, candidateId: string): Promise<boolean> {
    for (const contributor of this.contributors.all()) if (await contributor.erasureBlocker?.(manager, candidateId)) return true;
    return false;
  }
}
