/** Jobs of the NOTIFICATIONS queue. */
export const NotificationJob = {
  /** An outbox event (proposal, programme, matching) becomes notices; data: the event's ids. */
  EVENT: 'notification-event',
  /** One notification's e-mail; data: `{ notificationId }`, job id `email-<id>`. */
  SEND_EMAIL: 'send-email',
  /** The daily (and on-demand) sweep for deadline reminders; no data. */
  REMINDER_SWEEP: 'reminder-sweep',
} as const;

export interface SendEmailJobData {
  notificationId: string;
}
