import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: written in the same transaction as the change it
 * announces, relayed to BullMQ after commit. Payloads carry ids only.
 */
@Entity('outbox_event')
@Index('outbox_event_unpublished', ['id'], { where: 'published_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** e.g. `position.published`, `candidate.changed`. */
  @Column('text')
  topic!: string;

  @Column('text')
  aggregateType!: string;

  @Column('text')
  aggregateId!: string;

  @Column('jsonb', { default: () => "'{}'" })
  payload!: Record<string, string | number | boolean | null>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;
}
