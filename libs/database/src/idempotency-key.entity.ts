import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per (user, operation, client key): the first result of a retried create. */
@Entity('idempotency_key')
@Index('idempotency_key_unique', ['userId', 'operation', 'key'], { unique: true })
export class IdempotencyKeyEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  userId!: string;

  /** e.g. `createPosition`. */
  @Column('text')
  operation!: string;

  @Column('text')
  key!: string;

  /** SHA-256 of the canonical request, to tell a retry from a reuse with other input. */
  @Column('text')
  requestHash!: string;

  @Column('uuid', { nullable: true })
  resultId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
