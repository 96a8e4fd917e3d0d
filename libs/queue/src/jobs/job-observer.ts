import type { QueueName } from '../queue-names.js';

/** Told about every job this worker process finishes (metrics); names only, never the job's data or id. */
export interface JobObserver {
  jobFinished(sample: { queue: QueueName; job: string; failed: boolean; seconds: number }): void;
}

export const JOB_OBSERVER = Symbol('JOB_OBSERVER');
