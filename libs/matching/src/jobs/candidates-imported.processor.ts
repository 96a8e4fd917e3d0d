import { CandidateEvent } from '@igu/candidates';
import { type JobHandler, type OutboxJobData, QueueName } from '@igu/queue';
import { isUuid } from '@igu/graphql';
import type { MatchingService } from '../persistence/matching.service.js';
import { MatchingJob } from './matching-job-names.js';

export type CandidatesImportedJobData = OutboxJobData<typeof CandidateEvent.IMPORTED>;

/** A batch of a handover import created or filled in candidates: their lists and their places in the positions' lists, in one write. */
export function candidatesImportedProcessor(matching: MatchingService): JobHandler<CandidatesImportedJobData> {
  return {
    queue: QueueName.MATCHING,
    name: MatchingJob.CANDIDATES_IMPORTED,
    handle: (job) => matching.candidatesChanged(job.data.candidateIds.split(',').filter(isUuid)),
  };
}
