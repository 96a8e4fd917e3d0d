import type { UserService } from '@igu/auth';
import { type JobHandler, QueueName } from '@igu/queue';
import { mailContent, messageIdOf } from '../delivery/mail-message.js';
import type { MailSenderRef } from '../delivery/mail-sender.provider.js';
import type { NotificationStore } from '../services/notification-store.js';
import { NotificationJob, type SendEmailJobData } from './notification-job-names.js';

/**
 * One notification's e-mail, at least once: skipped when already sent or
 * turned off; otherwise sent and then recorded. A crash between the SMTP
 * server's acceptance and the record sends it again on retry, with the same
 * Message-ID (so clients can tell it is the same message). Failures retry
 * with the queue's backoff.
 */
export function sendEmailProcessor(
  store: NotificationStore,
  users: UserService,
  mail: MailSenderRef,
  webUrl: string,
): JobHandler<SendEmailJobData> {
  return {
    queue: QueueName.NOTIFICATIONS,
    name: NotificationJob.SEND_EMAIL,
    handle: async (job) => {
      const sender = mail.sender;
      const notification = await store.byId(job.data.notificationId);
      if (!sender || !notification || notification.emailSentAt || notification.emailSkipped) return 'nothing to send';
      const preferences = await store.preferences(notification.recipientId);
      const user = (await users.byIds([notification.recipientId])).at(0);
      if (!user || preferences.get(notification.kind) === false) {
        await store.markEmailSkipped(notification.id);
        return 'skipped';
      }
      await store.countEmailAttempt(notification.id);
      const content = mailContent(
        { da: { title: notification.title, body: notification.body }, en: { title: notification.titleEn, body: notification.bodyEn } },
        new URL('/notifications', webUrl).toString(),
      );
      await sender.send(user.email, messageIdOf(notification.id, sender.from), content);
      await store.markEmailSent(notification.id);
      return 'sent';
    },
  };
}
