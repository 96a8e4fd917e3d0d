import { ProposalStatus } from '@igu/programme-rules';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { InterviewMode } from '../interview/interview-place.js';
import { ProposalEntity } from './proposal.entity.js';

/** A proposal's history: every transition with who made it and when (append-only). */
@Entity('proposal_event')
@Index(['proposalId', 'at'])
@Check('proposal_event_interview_mode_valid', `interview_mode IN ('IN_PERSON', 'PHONE', 'VIDEO')`)
export class ProposalEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  proposalId!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Relation<ProposalEntity>;

  @Column('enum', { enum: Object.values(ProposalStatus), enumName: 'proposal_status' })
  status!: ProposalStatus;

  /** The user who made the change; null for system changes. */
  @Column('uuid', { nullable: true })
  byUserId!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  /** For each (re)scheduling: the interview as scheduled then, so the history keeps every earlier time and mode. */
  @Column('timestamptz', { nullable: true })
  interviewAt!: Date | null;

  @Column('text', { nullable: true })
  interviewMode!: InterviewMode | null;

  @Column('text', { nullable: true })
  interviewLocation!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
