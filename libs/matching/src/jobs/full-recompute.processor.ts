import { type JobHandler, type JobSchedule, QueueName } from '@igu/queue';
import type { MatchingService } from '../persistence/matching.service.js';
import { MatchingJob } from './matching-job-names.js';

/** Enqueued by the daily schedule and by `recomputeMatches`; carries nothing. */
export type FullRecomputeJobData = Record<string, never>;

/** Every list from scratch, reporting progress as a fraction. */
export function fullRecomputeProcessor(matching: MatchingService): JobHandler<FullRecomputeJobData> {
  return {
    queue: QueueName.MATCHING,
    name: MatchingJob.FULL_RECOMPUTE,
    handle: (job) => matching.fullRun((fraction) => job.updateProgress(fraction)),
  };
}

export const DAILY_FULL_RECOMPUTE: JobSchedule = {
  id: 'daily-full-recompute',
  queue: QueueName.MATCHING,
  name: MatchingJob.FULL_RECOMPUTE,
  // Just after midnight: ages, eligibility and "today" move scores once a day.
  repeat: { pattern: '5 0 * * *', tz: 'Europe/Copenhagen' },
};
