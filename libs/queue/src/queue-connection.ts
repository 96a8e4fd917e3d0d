import type { AppConfig } from '@igu/config';
import { createPostgresBackend, type Job, Queue, type QueueOptions, withBackend, Worker, type WorkerOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { DEFAULT_JOB_OPTIONS, QueueName } from './queue-names.js';

export type QueueBackendKind = 'redis' | 'postgres';
export type JobProcessor = (job: Job) => Promise<unknown>;
export type WorkerSettings = Pick<WorkerOptions, 'name' | 'concurrency' | 'lockDuration' | 'stalledInterval' | 'maxStalledCount'>;

/**
 * Builds BullMQ queues and workers on Redis when REDIS_URL is set, otherwise on
 * BullMQ's PostgreSQL backend in the application database (schema `bullmq`,
 * migrated on connect), so a fresh machine needs no Redis.
 */
export class QueueConnection {
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private readonly redis?: Redis;
  private readonly classes: { Queue: typeof Queue; Worker: typeof Worker };
  private readonly connection: unknown;
  readonly kind: QueueBackendKind;

  constructor(private readonly config: AppConfig) {
    if (config.REDIS_URL) {
      this.kind = 'redis';
      // BullMQ requires maxRetriesPerRequest: null for its blocking commands.
      this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
      // While Redis is away ioredis reconnects and commands wait for it; readiness reports it
      // (ping) and BullMQ's queues and workers emit their own errors. Without a listener ioredis
      // would print every failed reconnect attempt to stderr.
      this.redis.on('error', () => undefined);
      this.connection = this.redis;
      this.classes = { Queue, Worker };
    } else {
      this.kind = 'postgres';
      this.connection = { connectionString: config.DATABASE_URL, schema: 'bullmq', migrate: true, max: 3 };
      this.classes = withBackend(createPostgresBackend) as unknown as { Queue: typeof Queue; Worker: typeof Worker };
    }
  }

  private options(): QueueOptions {
    return {
      connection: this.connection,
      prefix: this.config.QUEUE_PREFIX,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    } as QueueOptions;
  }

  /** One producer per queue name, shared by the process. */
  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new this.classes.Queue(name, this.options());
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * Only the worker process calls this. Job locks and the stalled-job check
   * (which hands the jobs of a dead worker to another) follow the configuration
   * unless `settings` says otherwise.
   */
  worker(name: QueueName, processor: JobProcessor, settings: WorkerSettings = {}): Worker {
    const worker = new this.classes.Worker(name, processor, {
      ...this.options(),
      lockDuration: this.config.QUEUE_LOCK_DURATION_MS,
      stalledInterval: this.config.QUEUE_STALLED_INTERVAL_MS,
      ...settings,
      autorun: true,
    });
    this.workers.push(worker);
    // A worker closed early (its process lost the leadership of its queue) leaves the list.
    worker.once('closed', () => {
      const index = this.workers.indexOf(worker);
      if (index >= 0) this.workers.splice(index, 1);
    });
    return worker;
  }

  /** Readiness: the backend answers a cheap query. */
  async ping(): Promise<void> {
    if (this.redis) {
      await this.redis.ping();
      return;
    }
    await this.queue(QueueName.MAINTENANCE).getJobCounts('waiting');
  }

  /** Workers first (in-flight jobs finish), then producers, then the shared client. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.workers.length = 0;
    this.queues.clear();
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }
}
