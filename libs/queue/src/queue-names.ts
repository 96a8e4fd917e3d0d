import type { DefaultJobOptions } from 'bullmq';

/** Every queue in the system. Job names live with the feature that processes them. */
export enum QueueName {
  MATCHING = 'matching',
  NOTIFICATIONS = 'notifications',
  MAINTENANCE = 'maintenance',
  /** Long file imports (handover files), apart from matching's and maintenance's short jobs. */
  IMPORTS = 'imports',
}

/** Attempts, backoff and retention, set once for every job. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 5_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
