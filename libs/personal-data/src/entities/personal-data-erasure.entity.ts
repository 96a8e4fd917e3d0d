import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Why a person's data was pseudonymised: on request (GDPR art. 17) or because its retention period ran out (art. 5(1)(e)). */
export enum ErasureKind {
  REQUEST = 'REQUEST',
  RETENTION = 'RETENTION',
}

/**
 * The record that a person's personal data was pseudonymised (GDPR art. 5(2)
 * accountability, art. 30 records): whose (by id; the row it points to is
 * pseudonymised), when, by whom, and why as a code. The caseworker's free-text
 * reason is NOT kept: it is a note about the person like any other, the very
 * thing erased. Only an art. 17(1) ground named in it as a code is kept.
 * One record per subject: erasure is idempotent.
 */
@Entity('personal_data_erasure')
@Index('personal_data_erasure_subject_unique', ['subjectType', 'subjectId'], { unique: true })
@Check('personal_data_erasure_by_user', `(kind = 'REQUEST') = (erased_by_user_id IS NOT NULL)`)
export class PersonalDataErasureEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('text')
  subjectType!: string;

  @Column('uuid')
  subjectId!: string;

  @Column('enum', { enum: ErasureKind, enumName: 'erasure_kind' })
  kind!: ErasureKind;

  /** An art. 17(1) ground code (see `ERASURE_GROUNDS`), `OTHER`, or null for retention. */
  @Column('text', { nullable: true })
  ground!: string | null;

  @ForeignKey('app_user', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  erasedByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  erasedAt!: Date;
}
