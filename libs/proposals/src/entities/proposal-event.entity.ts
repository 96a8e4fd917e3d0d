import { ProposalStatus } from '@igu/programme-rules';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProposalEntity } from './proposal.entity.js';

/** A proposal's history: every transition with who made it and when (append-only). */
@Entity('proposal_event')
@Index(['proposalId', 'at'])
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

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
