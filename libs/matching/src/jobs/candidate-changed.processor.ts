import { CandidateEvent } from '@igu/candidates';
import { type JobHandler, type OutboxJobData, QueueName } from '@igu/queue';
import type { MatchingService } from '../persistence/matching.service.js';
import { MatchingJob } from './matching-job-names.js';

/** The outbox topics that become this job. */
export const CANDIDATE_TOPICS = [CandidateEvent.CREATED, CandidateEvent.CHANGED] as const;

export type CandidateChangedJobData = OutboxJobData<(typeof CANDIDATE_TOPICS)[number]>;

/** A candidate was created or changed: its own list, and its place in the positions' lists. */
export function candidateChangedProcessor(matching: MatchingService): JobHandler<CandidateChangedJobData> {
  return {
    queue: QueueName.MATCHING,
    name: MatchingJob.CANDIDATE_CHANGED,
    handle: (job) => matching.candidateChanged(job.data.candidateId),
  };
}
