import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind, NotificationSubject } from '../notification-kind.js';

/**
 * One notice to one user. Title and body are Danish text naming a candidate
 * only by its `reference`. `dedupe_key` says which event or reminder made it;
 * unique with the recipient, so a consumer that runs twice (retry, crash,
 * second relay) inserts nothing the second time.
 *
 * The e-mail's delivery state sits on the row: `email_sent_at` once the SMTP
 * server accepted it, `email_skipped` when the recipient turned the kind off.
 */
@Entity('notification')
@Index('notification_recipient_dedupe', ['recipientId', 'dedupeKey'], { unique: true })
@Index('notification_recipient_newest', ['recipientId', 'createdAt', 'id'])
@Index('notification_recipient_unread', ['recipientId'], { where: 'read_at IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('app_user', { onDelete: 'CASCADE' })
  @Column('uuid')
  recipientId!: string;

  @Column('enum', { enum: Object.values(NotificationKind), enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column('text')
  dedupeKey!: string;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  /** The English text, for the e-mail (below the Danish). */
  @Column('text')
  titleEn!: string;

  @Column('text')
  bodyEn!: string;

  @Column('enum', { enum: Object.values(NotificationSubject), enumName: 'notification_subject', nullable: true })
  subjectType!: NotificationSubject | null;

  @Column('uuid', { nullable: true })
  subjectId!: string | null;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  @Column('integer', { default: 0 })
  emailAttempts!: number;

  @Column('timestamptz', { nullable: true })
  emailSentAt!: Date | null;

  @Column('boolean', { default: false })
  emailSkipped!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
