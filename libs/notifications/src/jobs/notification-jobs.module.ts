import { Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AuthModule, UserService } from '@igu/auth';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { JobHandlerRegistry, type JobSchedule, OutboxRoutes, QueueName } from '@igu/queue';
import { MAIL_SENDER, type MailSenderRef } from '../delivery/mail-sender.provider.js';
import { NotificationsModule } from '../notifications.module.js';
import { NOTIFICATION_TOPICS, type NotificationEventJobData, NotificationEvents } from '../services/notification-events.js';
import { NotificationStore } from '../services/notification-store.js';
import { ReminderSweep } from '../services/reminder-sweep.js';
import { NotificationJob } from './notification-job-names.js';
import { sendEmailProcessor } from './send-email.processor.js';

/** The job an outbox topic becomes: one job name per topic, since a job's data does not carry its topic. */
export const eventJobName = (topic: string) => `${NotificationJob.EVENT}:${topic}`;

/** Every proposal and programme event, and matching's new strong matches, become notification jobs (ids only). */
export function registerNotificationRoutes(routes: OutboxRoutes): void {
  for (const topic of NOTIFICATION_TOPICS) routes.register(topic, { queue: QueueName.NOTIFICATIONS, jobName: eventJobName(topic) });
}

/** Daily at 06:00 Danish time; `sweepReminders` (ADMIN) runs it on demand. */
export const DAILY_REMINDER_SWEEP: JobSchedule = {
  id: 'daily-reminder-sweep',
  queue: QueueName.NOTIFICATIONS,
  name: NotificationJob.REMINDER_SWEEP,
  repeat: { pattern: '0 6 * * *', tz: 'Europe/Copenhagen' },
};

@Injectable()
class NotificationJobs implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry,
    @Inject(OutboxRoutes) private readonly routes: OutboxRoutes,
    @Inject(NotificationEvents) private readonly events: NotificationEvents,
    @Inject(ReminderSweep) private readonly sweep: ReminderSweep,
    @Inject(NotificationStore) private readonly store: NotificationStore,
    @Inject(UserService) private readonly users: UserService,
    @Inject(MAIL_SENDER) private readonly mail: MailSenderRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    registerNotificationRoutes(this.routes);
    for (const topic of NOTIFICATION_TOPICS) {
      this.registry.register<NotificationEventJobData>({
        queue: QueueName.NOTIFICATIONS,
        name: eventJobName(topic),
        handle: (job) => this.events.handle(topic, job.data),
      });
    }
    this.registry.register(sendEmailProcessor(this.store, this.users, this.mail, this.config.PUBLIC_WEB_URL));
    this.registry.register({ queue: QueueName.NOTIFICATIONS, name: NotificationJob.REMINDER_SWEEP, handle: () => this.sweep.run() });
    this.registry.schedule(DAILY_REMINDER_SWEEP);
  }

  onApplicationShutdown(): void {
    this.mail.sender?.close();
  }
}

/** Worker side of notifications. */
@Module({ imports: [NotificationsModule, AuthModule], providers: [NotificationJobs] })
export class NotificationJobsModule {}
