import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * The uploaded file while its import runs, in pieces encrypted with the
 * personal-data cipher (the file holds CPR numbers in plain text). Deleted
 * when the import ends or fails; a sweep deletes anything older than 24 hours.
 */
@Entity('handover_file_chunk')
export class HandoverFileChunkEntity {
  @ForeignKey('handover_import', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  importId!: string;

  @PrimaryColumn('integer')
  seq!: number;

  /** FieldCipher output of the piece's text; its context names the import and the piece, so pieces cannot be swapped. */
  @Column('text')
  content!: string;

  @Index('handover_file_chunk_created')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
