import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { CandidateImportCommands, type CandidateImportOutcome, type NewCandidate } from '@igu/candidates';
import { Clock } from '@igu/clock';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { recordOutboxEvent } from '@igu/queue';
import { parse } from 'csv-parse';
import { DataSource } from 'typeorm';
import { HandoverImportProblemEntity } from '../entities/handover-import-problem.entity.js';
import { HandoverImportEntity, ImportStatus } from '../entities/handover-import.entity.js';
import { HANDOVER_IMPORT_AGGREGATE, HandoverEvent } from '../events/handover.events.js';
import { detectDelimiter, type HandoverColumn, mapHeader } from '../rules/handover-columns.js';
import { candidateFromRecord, columnOfInput, type HandoverRecord, isRowProblem, type RowProblem } from '../rules/handover-row.js';
import { HandoverFileStore } from './handover-file-store.js';

/** Longest CSV record read (bytes of text); a longer one is a broken file, not a row. */
const MAX_RECORD_CHARS = 64 * 1024;

/** Why a whole file failed (`failureReason`; the problem at row 0 says the same). */
export const FileFailure = {
  MISSING_COLUMNS: 'MISSING_COLUMNS',
  CSV_INVALID: 'CSV_INVALID',
  FILE_EXPIRED: 'FILE_EXPIRED',
  IMPORT_FAILED: 'IMPORT_FAILED',
} as const;

class FileRejected extends Error {
  constructor(
    readonly reason: string,
    message: string,
    readonly row = 0,
  ) {
    super(message);
  }
}

interface BatchRow {
  row: number;
  input: NewCandidate | RowProblem;
}

/**
 * The import job (worker): reads the stored file, counts its rows, then
 * imports them in batches through the candidates lib. Each batch commits its
 * candidates, problems, counts and the checkpoint (its last row) together, so
 * a job run again after its worker died skips the committed rows and ends
 * where an uninterrupted run ends. The file is deleted with the final status.
 */
@Injectable()
export class HandoverImportRunner {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(HandoverFileStore) private readonly files: HandoverFileStore,
    @Inject(CandidateImportCommands) private readonly candidates: CandidateImportCommands,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(importId: string, onProgress: (fraction: number) => Promise<void> = () => Promise.resolve()): Promise<ImportStatus> {
    const found = await this.dataSource.manager.findOneBy(HandoverImportEntity, { id: importId });
    if (!found || found.status === ImportStatus.COMPLETED || found.status === ImportStatus.FAILED)
      return found?.status ?? ImportStatus.FAILED;
    const current = found;
    try {
      const total = current.rowsTotal ?? (await this.countRows(importId));
      await this.dataSource.manager.update(HandoverImportEntity, { id: importId }, { status: ImportStatus.RUNNING, rowsTotal: total });

      let checkpoint = current.checkpoint;
      let batch: BatchRow[] = [];
      const commit = async () => {
        if (batch.length === 0) return;
        checkpoint = await this.commitBatch(current, checkpoint, batch);
        batch = [];
        await onProgress(total === 0 ? 1 : Math.min(checkpoint / total, 1));
      };
      for await (const { row, record } of this.records(importId)) {
        if (row <= checkpoint) continue;
        batch.push({ row, input: candidateFromRecord(record) });
        if (batch.length >= this.config.HANDOVER_BATCH_SIZE) await commit();
      }
      await commit();
      await this.finish(current, ImportStatus.COMPLETED, null);
      return ImportStatus.COMPLETED;
    } catch (error) {
      if (!(error instanceof FileRejected)) throw error;
      await this.finish(current, ImportStatus.FAILED, error);
      return ImportStatus.FAILED;
    }
  }

  /** After the last attempt failed on an unexpected error: the import is FAILED and its file deleted. */
  async giveUp(importId: string): Promise<void> {
    const found = await this.dataSource.manager.findOneBy(HandoverImportEntity, { id: importId });
    if (!found || found.status === ImportStatus.COMPLETED || found.status === ImportStatus.FAILED) return;
    await this.finish(found, ImportStatus.FAILED, new FileRejected(FileFailure.IMPORT_FAILED, 'The import failed; upload the file again'));
  }

  private async countRows(importId: string): Promise<number> {
    let rows = 0;
    for await (const { row } of this.records(importId)) rows = row;
    return rows;
  }

  /** The file's data rows as records keyed by column (1 = the first data row); the header is checked first. */
  private async *records(importId: string): AsyncGenerator<{ row: number; record: HandoverRecord }> {
    const pieces = this.files.read(importId);
    const first = await pieces.next();
    if (first.done) throw new FileRejected(FileFailure.FILE_EXPIRED, 'The uploaded file is no longer stored; upload it again');
    const text = first.value.replace(/^\uFEFF/, '');
    const delimiter = detectDelimiter(text.slice(0, text.search(/\r?\n|$/)));
    // Set by the header callback below (the parser reads the header first).
    const parsed: { columns: (HandoverColumn | null)[] | null } = { columns: null };
    const parser = Readable.from(
      (async function* () {
        yield text;
        yield* pieces;
      })(),
    ).pipe(
      parse({
        delimiter,
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        max_record_size: MAX_RECORD_CHARS,
        columns: (header: string[]) => {
          const mapped = mapHeader(header);
          if (mapped.missing.length) {
            throw new FileRejected(FileFailure.MISSING_COLUMNS, `The header lacks the required columns ${mapped.missing.join(', ')}`);
          }
          parsed.columns = mapped.columns;
          return header.map((_, index) => `c${index}`);
        },
      }),
    );
    let row = 0;
    try {
      for await (const cells of parser as AsyncIterable<Record<string, string | undefined>>) {
        row += 1;
        const record: HandoverRecord = {};
        parsed.columns?.forEach((column, index) => {
          if (column) record[column] = cells[`c${index}`] ?? '';
        });
        yield { row, record };
      }
    } catch (error) {
      if (error instanceof FileRejected) throw error;
      // csv-parse's messages quote the offending text: only the position is kept.
      throw new FileRejected(FileFailure.CSV_INVALID, `The file is not valid CSV after data row ${row}`, row + 1);
    }
    if (!parsed.columns) throw new FileRejected(FileFailure.MISSING_COLUMNS, 'The file has no header row');
  }

  /** One batch in one transaction; conditional on the checkpoint, so two runners never both commit the same rows. */
  private async commitBatch(current: HandoverImportEntity, checkpoint: number, batch: BatchRow[]): Promise<number> {
    const last = batch[batch.length - 1].row;
    await this.dataSource.transaction(async (manager) => {
      const rows = batch.filter((entry): entry is { row: number; input: NewCandidate } => !isRowProblem(entry.input));
      const outcomes = await this.candidates.importBatch(manager, {
        jobcentreId: current.jobcentreId,
        rows: rows.map((entry) => entry.input),
        today: this.clock.today(),
      });
      const outcomeOf = new Map<number, CandidateImportOutcome>(rows.map((entry, index) => [entry.row, outcomes[index]]));
      const problems: HandoverImportProblemEntity[] = [];
      const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
      for (const { row, input } of batch) {
        const outcome = outcomeOf.get(row);
        const problem = isRowProblem(input)
          ? input
          : outcome?.kind === 'rejected'
            ? { field: columnOfInput(outcome.field), reason: outcome.code, message: outcome.message }
            : null;
        if (problem) {
          counts.rejected += 1;
          problems.push({ importId: current.id, row, ...problem });
        } else if (outcome) counts[outcome.kind === 'rejected' ? 'rejected' : outcome.kind] += 1;
      }
      if (problems.length) await manager.insert(HandoverImportProblemEntity, problems);
      const result = await manager
        .createQueryBuilder()
        .update(HandoverImportEntity)
        .set({
          checkpoint: last,
          rowsCreated: () => `rows_created + ${counts.created}`,
          rowsUpdated: () => `rows_updated + ${counts.updated}`,
          rowsUnchanged: () => `rows_unchanged + ${counts.unchanged}`,
          rowsRejected: () => `rows_rejected + ${counts.rejected}`,
        })
        .where('id = :id AND checkpoint = :checkpoint', { id: current.id, checkpoint })
        .execute();
      if (result.affected !== 1) throw new Error('handover import: the checkpoint moved (another runner has this import)');
    });
    return last;
  }

  /** The final status, the file deleted and one `handover.import-finished` event, together. */
  private async finish(current: HandoverImportEntity, status: ImportStatus, failure: FileRejected | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(HandoverImportEntity)
        .set({ status, finishedAt: () => 'now()', failureReason: failure?.reason ?? null })
        .where('id = :id AND status IN (:...open)', { id: current.id, open: [ImportStatus.QUEUED, ImportStatus.RUNNING] })
        .execute();
      if (result.affected !== 1) return;
      if (failure) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(HandoverImportProblemEntity)
          .values({ importId: current.id, row: failure.row, field: null, reason: failure.reason, message: failure.message })
          .orIgnore()
          .execute();
      }
      await this.files.delete(manager, current.id);
      await recordOutboxEvent(manager, {
        topic: HandoverEvent.IMPORT_FINISHED,
        aggregateType: HANDOVER_IMPORT_AGGREGATE,
        aggregateId: current.id,
        payload: { importId: current.id, jobcentreId: current.jobcentreId },
      });
    });
  }
}
