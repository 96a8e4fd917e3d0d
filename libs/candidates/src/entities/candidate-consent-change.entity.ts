import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * `shareProfileWithEmployers` over time: consent is recorded, not assumed. One
 * row each time it is given or withdrawn (and at registration when given),
 * with who recorded it; append-only in the application (never updated).
 */
@Entity('candidate_consent_change')
@Index('candidate_consent_change_candidate', ['candidateId', 'changedAt'])
export class CandidateConsentChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @ForeignKey('candidate', { onDelete: 'CASCADE' })
  @Column('uuid')
  candidateId!: string;

  @Column('boolean')
  shared!: boolean;

  /** The caseworker who recorded it; null for rows carried over from before the history existed. */
  @ForeignKey('app_user', { onDelete: 'RESTRICT' })
  @Column('uuid', { nullable: true })
  changedByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  changedAt!: Date;
}
