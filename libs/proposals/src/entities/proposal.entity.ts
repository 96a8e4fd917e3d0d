import { ProposalStatus } from '@igu/programme-rules';
import type { InterviewMode } from '../interview/interview-place.js';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

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
@Check('proposal_interview_mode_valid', `interview_mode IN ('IN_PERSON', 'PHONE', 'VIDEO')`)
@Check('proposal_interview_mode_with_time', '(interview_mode IS NULL) = (interview_at IS NULL)')
@Check('proposal_interview_video_link', `interview_mode <> 'VIDEO' OR interview_location LIKE 'https://%'`)
@Check('proposal_interview_location_length', 'char_length(interview_location) <= 500')
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

  /** Set with `interviewAt` (see interview/interview-place.ts). */
  @Column('text', { nullable: true })
  interviewMode!: InterviewMode | null;

  /** Address (IN_PERSON), the employer's phone number (PHONE) or https meeting link (VIDEO). */
  @Column('text', { nullable: true })
  interviewLocation!: string | null;

  @Column('text', { nullable: true })
  decisionReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
