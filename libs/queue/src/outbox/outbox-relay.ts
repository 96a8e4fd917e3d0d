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

/**
 * Moves committed outbox rows into BullMQ. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so several relays can run; the job id is derived
 * from the row id, so a relay that crashes after enqueueing but before marking
 * the row re-enqueues a job BullMQ already has and it is not added twice.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueConnection,
    private readonly routes: OutboxRoutes,
    private readonly logger: Logger,
    private readonly pollMs: number,
    private readonly batchSize = 200,
  ) {}

  start(): void {
    this.stopped = false;
    const tick = async () => {
      if (this.stopped) return;
      try {
        // Drain without waiting while there is a backlog.
        while (!this.stopped && (await this.relayOnce()) === this.batchSize);
      } catch (error) {
        this.logger.error({ err: error }, 'outbox relay failed; retrying');
      }
      if (!this.stopped) this.timer = setTimeout(tick, this.pollMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Relays one batch; returns how many rows it handled. */
  relayOnce(): Promise<number> {
    this.running = this.dataSource.transaction(async (manager) => {
      const rows: PendingEvent[] = await manager.query(
        `SELECT id, topic, aggregate_type, aggregate_id, payload FROM outbox_event
         WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, { name: string; data: object; opts: { jobId: string } }[]>();
      for (const row of rows) {
        const route = this.routes.resolve(row.topic);
        if (!route) {
          this.logger.warn({ topic: row.topic, outboxId: row.id }, 'no route for outbox topic; dropping');
          continue;
        }
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
      await manager.query(`UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
    return this.running;
  }
}
