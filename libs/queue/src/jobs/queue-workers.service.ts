import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, Optional } from '@nestjs/common';
import { hostname } from 'node:os';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { type Job, UnrecoverableError, type Worker } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { QueueConnection } from '../queue-connection.js';
import type { QueueName } from '../queue-names.js';
import { JobHandlerRegistry } from './job-handlers.js';
import { JOB_OBSERVER, type JobObserver } from './job-observer.js';
import { LeaderElection } from './leader-election.js';

/** Recorded on each job this process takes (`job.processedBy`): which process ran it. */
const WORKER_NAME = `${hostname()}:${process.pid}`;

/**
 * Worker process only: one BullMQ worker per queue with registered handlers,
 * dispatching by job name, and the registered schedules upserted. A leader-only
 * queue (matching) gets its worker only while this process holds that queue's
 * leader lock; the other queues run on every worker process.
 *
 * Workers close before the application shutdown hooks run (the queues and the
 * database pool close there): in-flight jobs finish, and the jobs of a process
 * that died return to wait through BullMQ's stalled-job check.
 */
@Injectable()
export class QueueWorkersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly workers = new Map<QueueName, Worker>();
  private readonly elections: LeaderElection[] = [];

  constructor(
    @Inject(QueueConnection) private readonly queues: QueueConnection,
    @Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PinoLogger) private readonly logger: PinoLogger,
    @Optional() @Inject(JOB_OBSERVER) private readonly observer?: JobObserver,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const schedule of this.registry.allSchedules()) {
      await this.queues
        .queue(schedule.queue)
        .upsertJobScheduler(schedule.id, schedule.repeat, { name: schedule.name, data: schedule.data ?? {} });
    }
    for (const queue of this.registry.queues()) {
      if (!this.registry.isLeaderOnly(queue)) {
        this.startWorker(queue);
        continue;
      }
      const election = new LeaderElection(
        {
          databaseUrl: this.config.DATABASE_URL,
          name: `${this.config.QUEUE_PREFIX}:${queue}`,
          pollMs: this.config.LEADER_POLL_MS,
          onAcquired: () => this.startWorker(queue),
          onLost: () => this.closeWorker(queue),
        },
        this.logger.logger,
      );
      this.elections.push(election);
      election.start();
    }
  }

  private startWorker(queue: QueueName): void {
    if (this.workers.has(queue)) return;
    const worker = this.queues.worker(queue, (job) => this.dispatch(queue, job), { concurrency: 4, name: WORKER_NAME });
    worker.on('failed', (job, error) =>
      this.logger.warn({ queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: error }, 'job failed'),
    );
    worker.on('error', (error) => this.logger.error({ queue, err: error }, 'worker error'));
    this.workers.set(queue, worker);
  }

  private async closeWorker(queue: QueueName): Promise<void> {
    const worker = this.workers.get(queue);
    this.workers.delete(queue);
    await worker?.close();
  }

  private async dispatch(queue: QueueName, job: Job): Promise<unknown> {
    const handler = this.registry.handlerFor(queue, job.name);
    if (!handler) throw new UnrecoverableError(`No handler for ${queue}/${job.name}`);
    const started = performance.now();
    let failed = true;
    try {
      const result = await handler.handle(job);
      failed = false;
      return result;
    } finally {
      // The name has a registered handler, so it is one of a fixed set.
      this.observer?.jobFinished({ queue, job: job.name, failed, seconds: (performance.now() - started) / 1000 });
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.elections.map((election) => election.stop()));
    await Promise.all([...this.workers.keys()].map((queue) => this.closeWorker(queue)));
  }
}
