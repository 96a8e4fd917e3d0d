import { type JobHandler, type JobSchedule, type OutboxJobData, QueueName } from '@igu/queue';
import type { HandoverEvent } from '../events/handover.events.js';
import type { HandoverImportRunner } from '../services/handover-import.runner.js';
import type { HandoverMaintenance } from '../services/handover-maintenance.js';

export const HandoverJob = {
  IMPORT: 'handover-import',
  SWEEP_FILES: 'handover-sweep-files',
} as const;

export type HandoverImportJobData = OutboxJobData<typeof HandoverEvent.IMPORT_REQUESTED>;

/**
 * Imports one uploaded file (the job carries the import's id only). A retry,
 * or the stalled-job check handing a dead worker's job to another, continues
 * from the import's checkpoint; after the last attempt the import is FAILED.
 */
export function handoverImportProcessor(runner: HandoverImportRunner): JobHandler<HandoverImportJobData> {
  return {
    queue: QueueName.IMPORTS,
    name: HandoverJob.IMPORT,
    handle: async (job) => {
      try {
        return await runner.run(job.data.importId, (fraction) => job.updateProgress(fraction));
      } catch (error) {
        if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await runner.giveUp(job.data.importId);
        throw error;
      }
    },
  };
}

export function sweepFilesProcessor(maintenance: HandoverMaintenance): JobHandler<Record<string, never>> {
  return { queue: QueueName.IMPORTS, name: HandoverJob.SWEEP_FILES, handle: () => maintenance.sweep() };
}

/** Hourly: no uploaded file outlives 24 hours, whatever became of its import. */
export const HOURLY_FILE_SWEEP: JobSchedule = {
  id: 'handover-file-sweep',
  queue: QueueName.IMPORTS,
  name: HandoverJob.SWEEP_FILES,
  repeat: { pattern: '17 * * * *' },
};
