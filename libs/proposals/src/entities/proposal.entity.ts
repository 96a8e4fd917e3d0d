import { CandidateEntity } from '@igu/candidates';
import { PositionEntity } from '@igu/positions';
import { ProposalStatus } from '@igu/programme-rules';
import { JobcentreEntity } from '@igu/reference-data';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

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

  @Column('uuid')
  positionId!: string;

  @ManyToOne(() => PositionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'position_id' })
  position?: Relation<PositionEntity>;

  @Index()
  @Column('uuid')
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: Relation<CandidateEntity>;

  /** The proposing jobcentre (the candidate's own). */
  @Column('uuid')
  jobcentreId!: string;

  @ManyToOne(() => JobcentreEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jobcentre_id' })
  jobcentre?: Relation<JobcentreEntity>;

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
