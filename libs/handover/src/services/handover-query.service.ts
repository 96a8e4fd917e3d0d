import { Inject, Injectable } from '@nestjs/common';
import { type Actor, scopeOf } from '@igu/access';
import { assertPageSize, type ConnectionShape, decodeKeysetCursor, isUuid, keysetKey, type KeysetOrder, toConnection } from '@igu/graphql';
import { DataSource } from 'typeorm';
import { HandoverImportProblemEntity } from '../entities/handover-import-problem.entity.js';
import { HandoverImportEntity, ImportStatus } from '../entities/handover-import.entity.js';
import { HandoverException, HandoverExceptionCode } from '../errors/handover.exception.js';

/** An import as the API shows it. */
export interface HandoverImportView {
  id: string;
  status: ImportStatus;
  fileName: string | null;
  rowsTotal: number;
  rowsCreated: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  progress: number;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface ImportProblemView {
  row: number;
  field: string | null;
  reason: string;
  message: string;
}

const NEWEST_FIRST: KeysetOrder = { name: 'handover-imports-newest', kind: 'timestamp' };

/** Imports are visible to the jobcentre that uploaded them only; to anyone else they do not exist. */
@Injectable()
export class HandoverQueryService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async byId(actor: Actor, id: string): Promise<HandoverImportView> {
    return toView(await this.own(actor, id));
  }

  /** For the import's notification (the system's read, no actor): the import, or null. */
  async summary(id: string): Promise<HandoverImportView | null> {
    const found = isUuid(id) ? await this.dataSource.manager.findOneBy(HandoverImportEntity, { id }) : null;
    return found ? toView(found) : null;
  }

  /** For `node(id)`: the caller's own import, or null. */
  async find(actor: Actor, id: string): Promise<HandoverImportView | null> {
    const scope = scopeOf(actor);
    if (scope.kind !== 'jobcentre' || !isUuid(id)) return null;
    const found = await this.dataSource.manager.findOneBy(HandoverImportEntity, { id, jobcentreId: scope.jobcentreId });
    return found ? toView(found) : null;
  }

  async list(actor: Actor, first: number, after: string | null | undefined): Promise<ConnectionShape<HandoverImportView>> {
    assertPageSize(first);
    const jobcentreId = jobcentreOf(actor);
    const query = this.dataSource.manager
      .createQueryBuilder(HandoverImportEntity, 'i')
      .where('i.jobcentre_id = :jobcentreId', { jobcentreId })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .take(first + 1);
    const position = decodeKeysetCursor(NEWEST_FIRST, after);
    if (position) {
      query.andWhere('(i.created_at, i.id) < (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))', {
        afterKey: position.key,
        afterId: position.id,
      });
    }
    const [rows, totalCount] = await Promise.all([query.getMany(), this.dataSource.manager.countBy(HandoverImportEntity, { jobcentreId })]);
    return toConnection(rows, first, totalCount, (row) => keysetKey(NEWEST_FIRST, row.createdAt.toISOString(), row.id), toView);
  }

  /** The first `first` problems by row (the contract's `problems(first: 100)`); at most 1,000. */
  async problems(importId: string, first: number): Promise<ImportProblemView[]> {
    return this.dataSource.manager.find(HandoverImportProblemEntity, {
      select: { row: true, field: true, reason: true, message: true },
      where: { importId },
      order: { row: 'ASC' },
      take: Math.max(0, Math.min(first, 1_000)),
    });
  }

  /** Every problem of the caller's import as CSV text (`;`-free fields are not assumed: every cell is quoted). */
  async problemsCsv(actor: Actor, id: string): Promise<{ fileName: string; csv: string }> {
    const found = await this.own(actor, id);
    const problems = await this.dataSource.manager.find(HandoverImportProblemEntity, {
      where: { importId: found.id },
      order: { row: 'ASC' },
    });
    const lines = [
      ['row', 'field', 'reason', 'message'],
      ...problems.map((problem) => [String(problem.row), problem.field ?? '', problem.reason, problem.message]),
    ].map((cells) => cells.map(csvCell).join(','));
    return { fileName: `handover-import-${found.id}-problems.csv`, csv: `${lines.join('\r\n')}\r\n` };
  }

  private async own(actor: Actor, id: string): Promise<HandoverImportEntity> {
    const jobcentreId = jobcentreOf(actor);
    const found = isUuid(id) ? await this.dataSource.manager.findOneBy(HandoverImportEntity, { id, jobcentreId }) : null;
    if (!found) throw new HandoverException(HandoverExceptionCode.IMPORT_NOT_FOUND, 'Import not found');
    return found;
  }
}

/** Only a jobcentre has imports; any other role sees none (not found, no hint that one exists). */
function jobcentreOf(actor: Actor): string {
  const scope = scopeOf(actor);
  if (scope.kind !== 'jobcentre') throw new HandoverException(HandoverExceptionCode.IMPORT_NOT_FOUND, 'Import not found');
  return scope.jobcentreId;
}

function toView(row: HandoverImportEntity): HandoverImportView {
  const total = row.rowsTotal ?? 0;
  const done = row.status === ImportStatus.COMPLETED || row.status === ImportStatus.FAILED;
  return {
    id: row.id,
    status: row.status,
    fileName: row.fileName,
    rowsTotal: total,
    rowsCreated: row.rowsCreated,
    rowsUpdated: row.rowsUpdated,
    rowsUnchanged: row.rowsUnchanged,
    rowsRejected: row.rowsRejected,
    progress: done ? 1 : total === 0 ? 0 : Math.min(row.checkpoint / total, 1),
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

/** Quoted, quotes doubled; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
