import { EventEmitter, on } from 'node:events';
import type { AppConfig } from '@igu/config';
import { Redis } from 'ioredis';
import pg from 'pg';

/** Only messages without personal data are logged here. */
export interface BusLogger {
  warn(message: string): void;
}

/** What crosses processes when a notification is written: ids only; the API loads the row for its recipient. */
export interface NotificationAdded {
  id: string;
  recipientId: string;
}

const CHANNEL = 'notification_added';
const LISTENER_APPLICATION_NAME = 'igu-notification-listener';
const RECONNECT_MS = 1_000;

/**
 * Live delivery across processes: the worker publishes, every API process
 * listens and hands each message to the sockets of its recipient in that
 * process. Redis pub/sub when REDIS_URL is set, PostgreSQL LISTEN/NOTIFY
 * otherwise (the same choice as the queue backend). Delivery is best effort:
 * a socket that was not connected reads the list (`notifications`) instead.
 */
export abstract class NotificationBus {
  private readonly local = new EventEmitter().setMaxListeners(0);
  private listening?: Promise<void>;

  protected constructor(protected readonly logger: BusLogger) {}

  abstract publish(events: readonly NotificationAdded[]): Promise<void>;
  protected abstract listen(deliver: (event: NotificationAdded) => void): Promise<void>;
  abstract close(): Promise<void>;

  /** The recipient's events in this process, until `signal` aborts; starts listening on first use. */
  async *eventsOf(recipientId: string, signal: AbortSignal): AsyncGenerator<NotificationAdded> {
    this.listening ??= this.listen((event) => this.local.emit(event.recipientId, event));
    await this.listening;
    try {
      for await (const [event] of on(this.local, recipientId, { signal }) as AsyncIterable<[NotificationAdded]>) yield event;
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    }
  }

  protected parse(message: string): NotificationAdded | null {
    try {
      const value = JSON.parse(message) as Partial<NotificationAdded>;
      return typeof value.id === 'string' && typeof value.recipientId === 'string'
        ? { id: value.id, recipientId: value.recipientId }
        : null;
    } catch {
      this.logger.warn('ignored a malformed notification message');
      return null;
    }
  }

  static create(config: AppConfig, logger: BusLogger): NotificationBus {
    return config.REDIS_URL ? new RedisNotificationBus(config.REDIS_URL, logger) : new PostgresNotificationBus(config.DATABASE_URL, logger);
  }
}

class RedisNotificationBus extends NotificationBus {
  private readonly publisher: Redis;
  private subscriber?: Redis;

  constructor(
    private readonly url: string,
    logger: BusLogger,
  ) {
    super(logger);
    this.publisher = new Redis(url, { lazyConnect: true });
    // ioredis reconnects by itself; without a listener it reports every attempt as an unhandled error.
    this.publisher.on('error', (error: Error) => this.logger.warn(`notification publisher: ${error.message}`));
  }

  async publish(events: readonly NotificationAdded[]): Promise<void> {
    for (const event of events) await this.publisher.publish(CHANNEL, JSON.stringify(event));
  }

  protected async listen(deliver: (event: NotificationAdded) => void): Promise<void> {
    // A subscribed connection can do nothing else; ioredis resubscribes after reconnecting.
    this.subscriber = new Redis(this.url);
    this.subscriber.on('error', (error: Error) => this.logger.warn(`notification listener: ${error.message}`));
    this.subscriber.on('message', (_channel: string, message: string) => {
      const event = this.parse(message);
      if (event) deliver(event);
    });
    await this.subscriber.subscribe(CHANNEL);
  }

  async close(): Promise<void> {
    await Promise.all([this.publisher.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }
}

class PostgresNotificationBus extends NotificationBus {
  private readonly publisher: pg.Pool;
  private listener?: pg.Client;
  private closed = false;
  private reconnect?: NodeJS.Timeout;

  constructor(
    private readonly databaseUrl: string,
    logger: BusLogger,
  ) {
    super(logger);
    this.publisher = new pg.Pool({ connectionString: databaseUrl, max: 1, application_name: 'igu-notification-publisher' });
    // An idle connection dropped by the server (a restart) must not crash the process: the pool replaces it on the next publish.
    this.publisher.on('error', (error) => this.logger.warn(`notification publisher lost an idle connection: ${error.message}`));
  }

  async publish(events: readonly NotificationAdded[]): Promise<void> {
    for (const event of events) await this.publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
  }

  /** Its own connection: LISTEN holds it for good. Reconnects after a loss (messages in between are missed: best effort). */
  protected async listen(deliver: (event: NotificationAdded) => void): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: LISTENER_APPLICATION_NAME, keepAlive: true });
    this.listener = client;
    const lost = () => {
      if (this.listener !== client || this.closed) return;
      this.listener = undefined;
      void client.end().catch(() => undefined);
      this.logger.warn('notification listener lost its connection; reconnecting');
      this.reconnect = setTimeout(() => void this.listen(deliver).catch(lost), RECONNECT_MS);
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      const event = message.payload ? this.parse(message.payload) : null;
      if (event) deliver(event);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.publisher.end().catch(() => undefined);
  }
}
