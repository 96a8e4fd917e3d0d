import { QueueName } from '@igu/queue';
import type { Job } from 'bullmq';
import type { JobState, JobStatusObject } from './match.objects.js';

/**
 * A job's status as reported: its own progress (a full run reports 1 once its
 * lists are committed), never one made up from its state, so a job that
 * stops reporting shows it.
 */
export function jobStatusOf(job: Pick<Job, 'id' | 'name' | 'progress' | 'timestamp' | 'finishedOn'>, state: JobState): JobStatusObject {
  return {
    id: `${QueueName.MATCHING}:${job.id}`,
    name: job.name,
    state,
    progress: typeof job.progress === 'number' ? Math.min(1, Math.max(0, job.progress)) : 0,
    enqueuedAt: new Date(job.timestamp),
    finishedAt: job.finishedOn ? new Date(job.finishedOn) : null,
  };
}
