import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PositionEntity } from './position.entity.js';

/**
 * Every change of an OPEN position's start date: who, when, old and new.
 * Written in the transaction of the change. A candidate's IGU eligibility is
 * shown to the employer at its position's start date, so moving that date is
 * also a way to probe a birthday: the trail shows it, and `changedOn` (the
 * Danish day) counts the changes against the daily limit.
 */
@Entity('position_start_date_change')
@Index('position_start_date_change_per_day', ['positionId', 'changedOn'])
export class PositionStartDateChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  positionId!: string;

  @ManyToOne(() => PositionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id' })
  position?: Relation<PositionEntity>;

  /** The user who changed it. */
  @Column('uuid')
  changedBy!: string;

  /** The Danish calendar day of the change (the daily limit counts these). */
  @Column('date')
  changedOn!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;

  @Column('date', { nullable: true })
  oldStartDate!: string | null;

  @Column('date', { nullable: true })
  newStartDate!: string | null;
}
