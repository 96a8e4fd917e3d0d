import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { hostname } from 'node:os';
import { type Job, UnrecoverableError, type Worker } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { QueueConnection } from '../queue-connection.js';
import type { QueueName } from '../queue-names.js';
import { JobHandlerRegistry } from './job-handlers.js';
import { JOB_OBSERVER, type JobObserver } from './job-observer.js';

/** Recorded on each job this process takes (`job.processedBy`): which process ran it. */
const WORKER_NAME = `${hostname()}:${process.pid}`;

/**
 * Worker process only: one BullMQ worker per queue with registered handlers,
 * dispatching by job name, and the registered schedules upserted. Workers are
 * closed before the queues and the database pool on shutdown (in-flight jobs
 * finish; unfinished ones return to wait through BullMQ's stalled-job check).
 */
@Injectable()
export class QueueWorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(QueueConnection) private readonly queues: QueueConnection,
    @Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry,
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
      const worker = this.queues.worker(queue, (job) => this.dispatch(queue, job), { concurrency: 4, name: WORKER_NAME });
      worker.on('failed', (job, error) =>
        this.logger.warn({ queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: error }, 'job failed'),
      );
      worker.on('error', (error) => this.logger.error({ queue, err: error }, 'worker error'));
      this.workers.push(worker);
    }
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

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
