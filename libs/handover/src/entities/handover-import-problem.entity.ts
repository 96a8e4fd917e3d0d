import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A rejected row (or, at row 0, the header): which column, why (a code) and a message that never holds the row's content. */
@Entity('handover_import_problem')
export class HandoverImportProblemEntity {
  @ForeignKey('handover_import', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  importId!: string;

  /** 1 = the first data row after the header; 0 = the header. */
  @PrimaryColumn('integer')
  row!: number;

  /** The CSV column (English name), or null for the whole row. */
  @Column('text', { nullable: true })
  field!: string | null;

  @Column('text')
  reason!: string;

  @Column('text')
  message!: string;
}
