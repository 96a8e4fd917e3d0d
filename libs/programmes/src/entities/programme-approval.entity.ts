import { UserEntity } from '@igu/auth';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
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

  @Column('uuid')
  decidedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  decidedAt!: Date;
}
