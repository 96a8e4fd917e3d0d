import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

/**
 * One uploaded handover file and how far its import got. `checkpoint` is the
 * last data row (1 = the first after the header) whose batch is committed; it
 * moves in the same transaction as the batch's candidates, problems and
 * counts, so a resumed job continues exactly there.
 */
@Entity('handover_import')
@Check(
  'handover_import_counts',
  'rows_created >= 0 AND rows_updated >= 0 AND rows_unchanged >= 0 AND rows_rejected >= 0 AND checkpoint >= 0',
)
// The jobcentre's list, newest first.
@Index('handover_import_jobcentre_created', ['jobcentreId', 'createdAt', 'id'])
export class HandoverImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('jobcentre', { onDelete: 'RESTRICT' })
  @Column('uuid')
  jobcentreId!: string;

  @ForeignKey('app_user', { onDelete: 'RESTRICT' })
  @Column('uuid')
  uploadedBy!: string;

  @Column('enum', { enum: ImportStatus, enumName: 'handover_import_status', default: ImportStatus.QUEUED })
  status!: ImportStatus;

  /** As the browser sent it (base name only, at most 200 characters). */
  @Column('text', { nullable: true })
  fileName!: string | null;

  @Column('integer', { default: 0 })
  fileBytes!: number;

  /** Data rows in the file; null until the job has counted them. */
  @Column('integer', { nullable: true })
  rowsTotal!: number | null;

  @Column('integer', { default: 0 })
  rowsCreated!: number;

  @Column('integer', { default: 0 })
  rowsUpdated!: number;

  /** Rows of a candidate this jobcentre already had, with nothing to fill in (a file imported twice). */
  @Column('integer', { default: 0 })
  rowsUnchanged!: number;

  @Column('integer', { default: 0 })
  rowsRejected!: number;

  @Column('integer', { default: 0 })
  checkpoint!: number;

  /** Why the whole file failed (a coded reason, never file content). */
  @Column('text', { nullable: true })
  failureReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}
