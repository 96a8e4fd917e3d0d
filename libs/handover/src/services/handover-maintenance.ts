import { Inject, Injectable } from '@nestjs/common';
import { recordOutboxEvent } from '@igu/queue';
import { DataSource } from 'typeorm';
import { ImportStatus } from '../entities/handover-import.entity.js';
import { HANDOVER_IMPORT_AGGREGATE, HandoverEvent } from '../events/handover.events.js';
import { FILE_RETENTION_HOURS, HandoverFileStore } from './handover-file-store.js';

/** The 24-hour limit on uploaded files: imports still open after it fail (FILE_EXPIRED) and every older piece is deleted. */
@Injectable()
export class HandoverMaintenance {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(HandoverFileStore) private readonly files: HandoverFileStore,
  ) {}

  async sweep(): Promise<{ expiredImports: number; deletedPieces: number }> {
    const expired = await this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string; jobcentre_id: string }[], number] = await manager.query(
        `UPDATE handover_import SET status = $1, finished_at = now(), failure_reason = 'FILE_EXPIRED'
         WHERE status IN ($2, $3) AND created_at < now() - make_interval(hours => $4)
         RETURNING id, jobcentre_id`,
        [ImportStatus.FAILED, ImportStatus.QUEUED, ImportStatus.RUNNING, FILE_RETENTION_HOURS],
      );
      for (const row of rows) {
        await recordOutboxEvent(manager, {
          topic: HandoverEvent.IMPORT_FINISHED,
          aggregateType: HANDOVER_IMPORT_AGGREGATE,
          aggregateId: row.id,
          payload: { importId: row.id, jobcentreId: row.jobcentre_id },
        });
      }
      return rows.length;
    });
    return { expiredImports: expired, deletedPieces: await this.files.sweep() };
  }
}
