import { type JobHandler, type JobSchedule, QueueName } from '@igu/queue';
import type { RetentionService } from '../services/retention.service.js';

export const DataProtectionJob = {
  RETENTION: 'data-protection.retention',
} as const;

/** Enqueued by the daily schedule; carries nothing (the run reads the period from configuration). */
export type RetentionJobData = Record<string, never>;

/** One retention run; a retried or re-run job continues where a killed one stopped (see RetentionService). */
export function retentionProcessor(retention: RetentionService): JobHandler<RetentionJobData> {
  return {
    queue: QueueName.MAINTENANCE,
    name: DataProtectionJob.RETENTION,
    handle: (job) => retention.run({ progress: (pseudonymised) => job.updateProgress({ pseudonymised }) }),
  };
}

export const DAILY_RETENTION: JobSchedule = {
  id: 'daily-data-retention',
  queue: QueueName.MAINTENANCE,
  name: DataProtectionJob.RETENTION,
  // At night, after the matching run: days are Danish calendar days.
  repeat: { pattern: '30 2 * * *', tz: 'Europe/Copenhagen' },
};
