import { ProposalStatus } from '@igu/programme-rules';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A jobcentre proposes one of its candidates to an OPEN position anywhere in
 * Denmark. At most one active (PROPOSED, INTERVIEW, ACCEPTED) proposal per
 * candidate and position: a partial unique index, so even a race gives one.
 */
@Entity('proposal')
@Index('proposal_one_active_per_pair', ['candidateId', 'positionId'], {
  unique: true,
  where: `status IN ('PROPOSED', 'INTERVIEW', 'ACCEPTED')`,
})
@Index('proposal_position_created', ['positionId', 'createdAt'])
@Index('proposal_jobcentre_created', ['jobcentreId', 'createdAt'])
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('integer', { default: 1 })
  version!: number;

  @Column('enum', { enum: Object.values(ProposalStatus), enumName: 'proposal_status', default: ProposalStatus.PROPOSED })
  status!: ProposalStatus;

  @ForeignKey('position', { onDelete: 'RESTRICT' })
  @Column('uuid')
  positionId!: string;

  @Index()
  @ForeignKey('candidate', { onDelete: 'RESTRICT' })
  @Column('uuid')
  candidateId!: string;

  /** The proposing jobcentre (the candidate's own). */
  @ForeignKey('jobcentre', { onDelete: 'RESTRICT' })
  @Column('uuid')
  jobcentreId!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  /** The candidate's and the position's municipalities differ. */
  @Column('boolean')
  crossMunicipality!: boolean;

  @Column('timestamptz', { nullable: true })
  interviewAt!: Date | null;

  @Column('text', { nullable: true })
  decisionReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
