import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry, OutboxRoutes, QueueName } from '@igu/queue';
import { MatchingModule } from '../matching.module.js';
import { MatchingService } from '../persistence/matching.service.js';
import { CandidateEvent } from '@igu/candidates';
import { CANDIDATE_TOPICS, candidateChangedProcessor } from './candidate-changed.processor.js';
import { candidatesImportedProcessor } from './candidates-imported.processor.js';
import { DAILY_FULL_RECOMPUTE, fullRecomputeProcessor } from './full-recompute.processor.js';
import { MatchingJob } from './matching-job-names.js';
import { POSITION_TOPICS, positionChangedProcessor } from './position-changed.processor.js';

export { MatchingJob };

/** The outbox topics matching consumes, and the job each becomes (ids only). */
export function registerMatchingRoutes(routes: OutboxRoutes): void {
  for (const topic of CANDIDATE_TOPICS) routes.register(topic, { queue: QueueName.MATCHING, jobName: MatchingJob.CANDIDATE_CHANGED });
  routes.register(CandidateEvent.IMPORTED, { queue: QueueName.MATCHING, jobName: MatchingJob.CANDIDATES_IMPORTED });
  for (const topic of POSITION_TOPICS) routes.register(topic, { queue: QueueName.MATCHING, jobName: MatchingJob.POSITION_CHANGED });
}

/** Worker side: outbox topics become matching jobs; a daily full run guards against drift. */
@Injectable()
class MatchingJobs implements OnModuleInit {
  constructor(
    @Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry,
    @Inject(OutboxRoutes) private readonly routes: OutboxRoutes,
    @Inject(MatchingService) private readonly matching: MatchingService,
  ) {}

  onModuleInit(): void {
    registerMatchingRoutes(this.routes);
    // The worker keeps the matching state in memory between jobs; two processes would take turns
    // discarding each other's state (a full run each time), so one leads and the others stand by.
    this.registry.leaderOnly(QueueName.MATCHING);
    this.registry.register(candidateChangedProcessor(this.matching));
    this.registry.register(candidatesImportedProcessor(this.matching));
    this.registry.register(positionChangedProcessor(this.matching));
    this.registry.register(fullRecomputeProcessor(this.matching));
    this.registry.schedule(DAILY_FULL_RECOMPUTE);
  }
}

@Module({ imports: [MatchingModule], providers: [MatchingJobs] })
export class MatchingJobsModule {}
