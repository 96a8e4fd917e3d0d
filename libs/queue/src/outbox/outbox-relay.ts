import pg from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { QueueConnection } from '../queue-connection.js';
import type { OutboxRoutes } from './outbox-routes.js';

interface PendingEvent {
  id: string;
  topic: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
}

export interface OutboxRelayOptions {
  /** The listener's own connection (not from the TypeORM pool: LISTEN holds it for good). */
  databaseUrl: string;
  /** Fallback poll, for when a notification is lost or the listener is reconnecting. */
  pollMs: number;
  batchSize?: number;
}

/** The channel the `outbox_event_notify` trigger (migration OutboxNotify) notifies on commit. */
const CHANNEL = 'outbox_event';
/** Names the listener in pg_stat_activity. */
export const OUTBOX_LISTENER_APPLICATION_NAME = 'igu-outbox-listener';
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * Moves committed outbox rows into BullMQ. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so several relays can run; the job id is derived
 * from the row id, so a relay that crashes after enqueueing but before marking
 * the row re-enqueues a job BullMQ already has and it is not added twice.
 *
 * A tick runs as soon as a transaction that wrote outbox rows commits (LISTEN/NOTIFY),
 * and every `pollMs` without one, so a lost notification or listener only delays.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private stopped = true;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private ticking?: Promise<void>;
  private tickAgain = false;
  private listener?: pg.Client;
  private reconnectTimer?: NodeJS.Timeout;
  private reconnectMs = RECONNECT_MIN_MS;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueConnection,
    private readonly routes: OutboxRoutes,
    private readonly logger: Logger,
    private readonly options: OutboxRelayOptions,
  ) {
    this.batchSize = options.batchSize ?? 200;
  }

  /** Throws when an expected topic has no destination: a consumer forgot to register, so nothing starts. */
  start(): void {
    if (!this.stopped) return;
    const missing = this.routes.missing();
    if (missing.length > 0) throw new Error(`Outbox topics without a consumer or a no-consumer reason: ${missing.join(', ')}`);
    this.stopped = false;
    this.wake();
    void this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = undefined; // so its 'end' is not taken for a lost connection
    await listener?.end().catch(() => undefined);
    await this.ticking;
    await this.running?.catch(() => undefined);
  }

  /**
   * Runs a tick now; during one, exactly one more after it (a notification may be
   * for a row committed after the running tick's SELECT). Never two at once.
   */
  private wake(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.tickAgain = true;
      return;
    }
    clearTimeout(this.timer);
    this.ticking = this.drain().finally(() => {
      this.ticking = undefined;
      if (this.tickAgain) {
        this.tickAgain = false;
        this.wake();
      } else if (!this.stopped) {
        this.timer = setTimeout(() => this.wake(), this.options.pollMs);
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      // Without waiting while there is a backlog.
      while (!this.stopped && (await this.relayOnce()) === this.batchSize);
    } catch (error) {
      this.logger.error({ err: error }, 'outbox relay failed; retrying');
    }
  }

  /** Opens the listening connection; on any failure, closes it and tries again later. Never rejects. */
  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: OUTBOX_LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 5_000,
      // Notice a silently dropped connection (no queries ever run on it otherwise).
      keepAlive: true,
    });
    this.listener = client;
    const lost = (error: Error) => this.listenerLost(client, error);
    client.on('error', lost);
    client.on('end', () => lost(new Error('connection ended')));
    client.on('notification', () => this.wake());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      // Back above the minimum only after a loss: say the relay is whole again.
      if (this.reconnectMs > RECONNECT_MIN_MS) this.logger.info('outbox relay listening for commits again');
      this.reconnectMs = RECONNECT_MIN_MS;
      // Rows committed while nobody was listening (start-up, a reconnect) sent no notification we saw.
      this.wake();
    } catch (error) {
      lost(error as Error);
    }
  }

  private listenerLost(client: pg.Client, error: Error): void {
    // Also reached for a client that stop() ended or that was already given up on ('error' then 'end').
    if (this.listener !== client) return;
    this.listener = undefined;
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const retryInMs = this.reconnectMs;
    this.reconnectMs = Math.min(this.reconnectMs * 2, RECONNECT_MAX_MS);
    // pg errors carry no connection string or password; the message and code say what happened.
    this.logger.warn(
      { err: { message: error.message, code: (error as { code?: string }).code }, retryInMs },
      'outbox relay has no listening connection; polling until it reconnects',
    );
    this.reconnectTimer = setTimeout(() => void this.listen(), retryInMs);
  }

  /** Relays one batch; returns how many rows it handled. */
  relayOnce(): Promise<number> {
    this.running = this.dataSource.transaction(async (manager) => {
      // Only routed topics: a row without a route stays unpublished until its consumer registers.
      const rows: PendingEvent[] = await manager.query(
        `SELECT id, topic, aggregate_type, aggregate_id, payload FROM outbox_event
         WHERE published_at IS NULL AND topic = ANY($2::text[]) ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize, this.routes.routedTopics()],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, { name: string; data: object; opts: { jobId: string } }[]>();
      for (const row of rows) {
        const route = this.routes.resolve(row.topic)!;
        const jobs = byQueue.get(route.queue) ?? [];
        jobs.push({
          name: route.jobName,
          data: { ...row.payload, aggregateId: row.aggregate_id, outboxId: row.id },
          opts: { jobId: `outbox-${row.id}` },
        });
        byQueue.set(route.queue, jobs);
      }
      for (const [queue, jobs] of byQueue) {
        await this.queues.queue(queue as never).addBulk(jobs);
      }
      await manager.query(`UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((row) => row.id)]);
      return rows.length;
    });
    return this.running;
  }
}
