import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NotificationKind } from '../notification-kind.js';

/** A user's choice for one kind; no row means e-mail on (the in-app notice is always written). */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @ForeignKey('app_user', { onDelete: 'CASCADE' })
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn('enum', { enum: Object.values(NotificationKind), enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column('boolean')
  email!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
