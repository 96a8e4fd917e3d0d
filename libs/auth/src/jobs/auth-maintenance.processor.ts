import { type JobHandler, type JobSchedule, QueueName } from '@igu/queue';
import type { AuthMaintenance } from '../services/auth-maintenance.js';

export const AuthJob = {
  SWEEP_EXPIRED: 'auth.sweep-expired',
} as const;

export function sweepExpiredProcessor(maintenance: AuthMaintenance): JobHandler<Record<string, never>> {
  return { queue: QueueName.MAINTENANCE, name: AuthJob.SWEEP_EXPIRED, handle: () => maintenance.sweepExpired() };
}

/** Daily at night: expired rate-limit counters and ended sessions leave the database. */
export const DAILY_AUTH_SWEEP: JobSchedule = {
  id: 'daily-auth-sweep',
  queue: QueueName.MAINTENANCE,
  name: AuthJob.SWEEP_EXPIRED,
  repeat: { pattern: '45 3 * * *', tz: 'Europe/Copenhagen' },
};
