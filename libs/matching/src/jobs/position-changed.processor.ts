import { PositionEvent } from '@igu/positions';
import { type JobHandler, type OutboxJobData, QueueName } from '@igu/queue';
import type { MatchingService } from '../persistence/matching.service.js';
import { MatchingJob } from './matching-job-names.js';

/** The outbox topics that become this job: every change of a position's status or terms. */
export const POSITION_TOPICS = [PositionEvent.PUBLISHED, PositionEvent.CHANGED, PositionEvent.CLOSED, PositionEvent.FILLED] as const;

export type PositionChangedJobData = OutboxJobData<(typeof POSITION_TOPICS)[number]>;

/** A position was published, changed, closed or filled: its own list, and its place in the candidates' lists. */
export function positionChangedProcessor(matching: MatchingService): JobHandler<PositionChangedJobData> {
  return {
    queue: QueueName.MATCHING,
    name: MatchingJob.POSITION_CHANGED,
    handle: (job) => matching.positionChanged(job.data.positionId),
  };
}
