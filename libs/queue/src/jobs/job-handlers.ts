import { Injectable } from '@nestjs/common';
import type { Job, RepeatOptions } from 'bullmq';
import type { QueueName } from '../queue-names.js';

/**
 * One job type: where it runs and what it does, with its data typed (a
 * feature's `jobs/*.processor.ts`). Handlers reload state from ids and are idempotent.
 */
export interface JobHandler<Data = unknown> {
  queue: QueueName;
  name: string;
  handle(job: Job<Data>): Promise<unknown>;
}

/** A recurring job (BullMQ job scheduler), e.g. the daily full matching run. */
export interface JobSchedule {
  id: string;
  queue: QueueName;
  name: string;
  repeat: Omit<RepeatOptions, 'key'>;
  data?: Record<string, unknown>;
}

/** Feature job modules register here at start-up; the worker runs what is registered. */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<string, JobHandler<never>>();
  private readonly schedules = new Map<string, JobSchedule>();
  private readonly singleOwner = new Set<QueueName>();

  register<Data>(handler: JobHandler<Data>): void {
    const key = `${handler.queue}/${handler.name}`;
    if (this.handlers.has(key)) throw new Error(`Job handler ${key} is registered twice`);
    this.handlers.set(key, handler);
  }

  /**
   * The queue's jobs share state one process keeps in memory: only the elected
   * leader among the worker processes runs them (the others stand by).
   */
  leaderOnly(queue: QueueName): void {
    this.singleOwner.add(queue);
  }

  isLeaderOnly(queue: QueueName): boolean {
    return this.singleOwner.has(queue);
  }

  schedule(schedule: JobSchedule): void {
    this.schedules.set(schedule.id, schedule);
  }

  /** The job's data is trusted to be what its handler declares: only the relay and schedules enqueue, from typed sources. */
  handlerFor(queue: QueueName, name: string): JobHandler | undefined {
    return this.handlers.get(`${queue}/${name}`);
  }

  queues(): QueueName[] {
    return [...new Set([...this.handlers.values()].map((handler) => handler.queue))];
  }

  allSchedules(): JobSchedule[] {
    return [...this.schedules.values()];
  }
}
