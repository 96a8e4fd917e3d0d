import { Role } from '@igu/access';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of every read of personal data: who (user and the role
 * they acted in), whose, which fields, through which operation, when. It holds
 * ids and field names only, never a value read. A trigger (see the migrations)
 * refuses UPDATE, DELETE and TRUNCATE; the one exception is the retention job
 * deleting rows older than its cutoff (`deleteAccessLogBefore`).
 */
@Entity('personal_data_access')
@Index(['subjectType', 'subjectId', 'accessedAt'])
@Index('personal_data_access_actor_accessed', ['actorUserId', 'accessedAt'])
@Index('personal_data_access_accessed', ['accessedAt'])
export class PersonalDataAccessEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  actorUserId!: string;

  /** The role the user acted in at the time (a user's role never changes, but the log must not depend on that). */
  @Column('enum', { enum: Role, enumName: 'user_role' })
  actorRole!: Role;

  /** The API operation that read, e.g. `candidate`, `candidates`, `candidateContact`, `export`, `accessLog`. */
  @Column('text')
  operation!: string;

  @Column('text')
  subjectType!: string;

  @Column('uuid')
  subjectId!: string;

  @Column('text', { array: true })
  fields!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  accessedAt!: Date;
}
