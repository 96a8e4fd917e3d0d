import { Inject, Injectable } from '@nestjs/common';
import { QueueConnection, QueueName } from '@igu/queue';
import { NotificationBus } from '../delivery/notification-bus.js';
import type { NotificationEntity } from '../entities/notification.entity.js';
import { NotificationException, NotificationExceptionCode } from '../errors/notification.exception.js';
import { NotificationJob } from '../jobs/notification-job-names.js';
import { NotificationKind } from '../notification-kind.js';
import { type NotificationConnectionShape, NotificationStore } from './notification-store.js';

/** At most this many ids per markNotificationsRead (a page or two of the list). */
export const MAX_MARK_READ_IDS = 200;

/** The API's side: a user's own notifications, preferences and live feed. */
@Injectable()
export class NotificationService {
  constructor(
    @Inject(NotificationStore) private readonly store: NotificationStore,
    @Inject(NotificationBus) private readonly bus: NotificationBus,
    @Inject(QueueConnection) private readonly queues: QueueConnection,
  ) {}

  list(userId: string, unreadOnly: boolean, first: number, after?: string | null): Promise<NotificationConnectionShape> {
    return this.store.list(userId, unreadOnly, first, after);
  }

  own(userId: string, id: string): Promise<NotificationEntity | undefined> {
    return this.store.ownById(userId, id);
  }

  markRead(userId: string, ids: readonly string[]): Promise<number> {
    if (ids.length > MAX_MARK_READ_IDS) {
      throw new NotificationException(NotificationExceptionCode.TOO_MANY_IDS, `At most ${MAX_MARK_READ_IDS} ids at a time`, 'ids');
    }
    return this.store.markRead(userId, ids);
  }

  async preferences(userId: string): Promise<{ kind: NotificationKind; email: boolean }[]> {
    const chosen = await this.store.preferences(userId);
    return Object.values(NotificationKind).map((kind) => ({ kind, email: chosen.get(kind) ?? true }));
  }

  async setPreference(userId: string, kind: NotificationKind, email: boolean): Promise<{ kind: NotificationKind; email: boolean }> {
    await this.store.setPreference(userId, kind, email);
    return { kind, email };
  }

  /** Runs the reminder sweep now (it is idempotent: a reminder already sent is not sent again). */
  async sweepNow(): Promise<string> {
    const job = await this.queues.queue(QueueName.NOTIFICATIONS).add(NotificationJob.REMINDER_SWEEP, {});
    return job.id ?? '';
  }

  /**
   * The user's new notifications as they are written, in any process, until
   * the subscriber leaves (`return()` ends it at once, even while waiting).
   */
  live(userId: string): AsyncIterableIterator<NotificationEntity> {
    const controller = new AbortController();
    const events = this.bus.eventsOf(userId, controller.signal);
    const store = this.store;
    async function* rows(): AsyncGenerator<NotificationEntity> {
      for await (const event of events) {
        // Loaded with the recipient in the condition: only the subscriber's own.
        const row = await store.ownById(userId, event.id);
        if (row) yield row;
      }
    }
    const inner = rows();
    return {
      next: () => inner.next(),
      return: async () => {
        controller.abort();
        await inner.return(undefined);
        return { done: true, value: undefined };
      },
      throw: (error: unknown) => inner.throw(error),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
