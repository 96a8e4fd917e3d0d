import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry, OutboxRoutes, QueueName } from '@igu/queue';
import type { Job } from 'bullmq';
import { MatchingModule } from '../matching.module.js';
import { MatchingService } from '../persistence/matching.service.js';

import { MatchingJob } from './matching-job-names.js';

export { MatchingJob };

/** Worker side: outbox topics become matching jobs (ids only); a daily full run guards against drift. */
@Injectable()
class MatchingJobs implements OnModuleInit {
  constructor(
    @Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry,
    @Inject(OutboxRoutes) private readonly routes: OutboxRoutes,
    @Inject(MatchingService) private readonly matching: MatchingService,
  ) {}

  onModuleInit(): void {
    for (const topic of ['candidate.created', 'candidate.changed']) {
      this.routes.register(topic, { queue: QueueName.MATCHING, jobName: MatchingJob.CANDIDATE_CHANGED });
    }
    for (const topic of ['position.published', 'position.changed', 'position.closed']) {
      this.routes.register(topic, { queue: QueueName.MATCHING, jobName: MatchingJob.POSITION_CHANGED });
    }
    this.registry.register({
      queue: QueueName.MATCHING,
      name: MatchingJob.CANDIDATE_CHANGED,
      handle: (job: Job) => this.matching.candidateChanged(String(job.data.candidateId ?? job.data.aggregateId)),
    });
    this.registry.register({
      queue: QueueName.MATCHING,
      name: MatchingJob.POSITION_CHANGED,
      handle: (job: Job) => this.matching.positionChanged(String(job.data.positionId ?? job.data.aggregateId)),
    });
    this.registry.register({
      queue: QueueName.MATCHING,
      name: MatchingJob.FULL_RECOMPUTE,
      handle: (job: Job) => this.matching.fullRun((fraction) => job.updateProgress(fraction)),
    });
    this.registry.schedule({
      id: 'daily-full-recompute',
      queue: QueueName.MATCHING,
      name: MatchingJob.FULL_RECOMPUTE,
      // Just after midnight: ages, eligibility and "today" move scores once a day.
      repeat: { pattern: '5 0 * * *', tz: 'Europe/Copenhagen' },
    });
  }
}

@Module({ imports: [MatchingModule], providers: [MatchingJobs] })
export class MatchingJobsModule {}
