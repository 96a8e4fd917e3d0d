import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of every read of personal data: who, whose, which fields,
 * when. A trigger (see the migration) refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity('personal_data_access')
@Index(['subjectType', 'subjectId', 'accessedAt'])
export class PersonalDataAccessEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  actorUserId!: string;

  @Column('text')
  subjectType!: string;

  @Column('uuid')
  subjectId!: string;

  @Column('text', { array: true })
  fields!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  accessedAt!: Date;
}
