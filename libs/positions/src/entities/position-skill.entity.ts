import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PositionEntity } from './position.entity.js';

/** A skill a position asks for; the primary key makes (position, skill) unique. */
@Entity('position_skill')
export class PositionSkillEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'position_skill_pkey' })
  positionId!: string;

  @ManyToOne(() => PositionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id' })
  position?: Relation<PositionEntity>;

  /** For matching: positions that ask for a skill. */
  @Index()
  @ForeignKey('skill', { onDelete: 'RESTRICT' })
  @PrimaryColumn('text', { primaryKeyConstraintName: 'position_skill_pkey' })
  skillCode!: string;

  @Column('boolean', { default: true })
  required!: boolean;
}
