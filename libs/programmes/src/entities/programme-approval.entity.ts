import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ApprovalDecision } from '@igu/programme-rules';
import { ProgrammeEntity } from './programme.entity.js';

/** A union representative's decision on a programme (append-only). */
@Entity('programme_approval')
@Index(['programmeId', 'decidedAt'])
export class ProgrammeApprovalEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Relation<ProgrammeEntity>;

  @Column('enum', { enum: Object.values(ApprovalDecision), enumName: 'approval_decision' })
  decision!: ApprovalDecision;

  @Column('text', { nullable: true })
  comment!: string | null;

  @ForeignKey('app_user', { onDelete: 'RESTRICT' })
  @Column('uuid')
  decidedByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt!: Date;
}
