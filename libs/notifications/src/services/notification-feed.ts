import { Inject, Injectable } from '@nestjs/common';
import { QueueConnection, QueueName } from '@igu/queue';
import { PinoLogger } from 'nestjs-pino';
import { NotificationBus } from '../delivery/notification-bus.js';
import { MAIL_SENDER, type MailSenderRef } from '../delivery/mail-sender.provider.js';
import type { NotificationSubject } from '../notification-kind.js';
import { noticeTexts, type NoticeFacts } from '../rules/notification-texts.js';
import { NotificationJob } from '../jobs/notification-job-names.js';
import { NotificationStore } from './notification-store.js';

/** One notice for several recipients: the same text and subject, one row each. */
export interface Notice {
  recipientIds: readonly string[];
  facts: NoticeFacts;
  /** Names the event or reminder; with the recipient, unique. */
  dedupeKey: string;
  subjectType: NotificationSubject | null;
  subjectId: string | null;
}

/**
 * Writes notices (once per recipient and key), announces the new ones live
 * and enqueues an e-mail job per notification whose mail is still pending.
 * Everything after the insert may be repeated by a retry: the rows are found
 * again by their keys and the e-mail job id is the notification id.
 */
@Injectable()
export class NotificationFeed {
  constructor(
    @Inject(NotificationStore) private readonly store: NotificationStore,
    @Inject(NotificationBus) private readonly bus: NotificationBus,
    @Inject(QueueConnection) private readonly queues: QueueConnection,
    @Inject(MAIL_SENDER) private readonly mail: MailSenderRef,
    @Inject(PinoLogger) private readonly logger: PinoLogger,
  ) {}

  async send(notices: readonly Notice[]): Promise<number> {
    const rows = notices.flatMap((notice) => {
      const { da, en } = noticeTexts(notice.facts);
      return [...new Set(notice.recipientIds)].map((recipientId) => ({
        recipientId,
        kind: notice.facts.kind,
        dedupeKey: notice.dedupeKey,
        title: da.title,
        body: da.body,
        titleEn: en.title,
        bodyEn: en.body,
        subjectType: notice.subjectType,
        subjectId: notice.subjectId,
      }));
    });
    const written = await this.store.write(rows);
    await this.bus.publish(written.created).catch((error: unknown) => this.logger.warn({ err: error }, 'live notification not published'));
    if (this.mail.sender && written.emailPending.length > 0) {
      await this.queues.queue(QueueName.NOTIFICATIONS).addBulk(
        written.emailPending.map((notificationId) => ({
          name: NotificationJob.SEND_EMAIL,
          data: { notificationId },
          opts: { jobId: `email-${notificationId}` },
        })),
      );
    }
    return written.created.length;
  }
}
